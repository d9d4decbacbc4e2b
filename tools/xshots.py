"""Screenshots of the app in a real window: Xvfb with a window manager (openbox), driven by the keyboard
with xdotool as a person drives it, the whole screen taken with ImageMagick's `import`. Where
`make screenshots` draws the widgets offscreen, this shows what the window manager, the screen's edges
and real fonts do: windows that do not fit, a status bar off screen, focus that cannot be seen.

    make screenshots-x                       # every size, text size, theme and language
    python tools/xshots.py --only 1024x768-100-light-ru

Needs Debian's xvfb, openbox, xdotool, imagemagick and faketime. Pictures go to screenshots-x/ (ignored
by git), one folder per set-up; look at every one of them.
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from server import demo  # noqa: E402
from server.config import Settings  # noqa: E402
from tests.support.live_server import running, seeded  # noqa: E402

OUT = ROOT / "screenshots-x"
INSIDE = datetime(2026, 12, 18, 10, tzinfo=UTC)  # inside December's 15-25 window
BEFORE = datetime(2026, 12, 5, 10, tzinfo=UTC)  # ten days before it opens
DEAD = "http://127.0.0.1:9"  # nothing listens there: the app is offline
DISPLAY = ":93"


@dataclass(frozen=True)
class Setup:
    width: int
    height: int
    scale: float
    contrast: bool
    language: str

    @property
    def name(self) -> str:
        theme = "contrast" if self.contrast else "light"
        return f"{self.width}x{self.height}-{int(self.scale * 100)}-{theme}-{self.language}"


SETUPS = [
    Setup(w, h, scale, contrast, language)
    for (w, h) in ((1024, 768), (1366, 768))
    for scale in (1.0, 2.0)
    for contrast in (False, True)
    for language in ("ru", "en")
]
TITLES = {"ru": "Личный кабинет", "en": "Personal account"}


def sh(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, env=_env()).stdout


def _env() -> dict[str, str]:
    return {**os.environ, "DISPLAY": DISPLAY}


def key(*keys: str) -> None:
    sh("xdotool", "key", "--delay", "120", *keys)
    time.sleep(0.8)


def type_text(text: str) -> None:
    sh("xdotool", "type", "--delay", "60", text)
    time.sleep(0.5)


def shot(folder: Path, name: str) -> None:
    time.sleep(1.5)
    path = folder / f"{name}.png"
    sh("import", "-window", "root", str(path))
    print(path, flush=True)


def wait_for_window(title: str, timeout: float = 90.0) -> None:
    """Until a visible window whose title has `title` is on the screen, and focused."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        search = ["xdotool", "search", "--onlyvisible", "--name", title]
        found = subprocess.run(search, capture_output=True, text=True, env=_env()).stdout.split()
        if found:
            activate = ["xdotool", "windowactivate", "--sync", found[-1]]
            subprocess.run(activate, env=_env(), capture_output=True)
            time.sleep(2.0)
            return
        time.sleep(0.5)
    raise TimeoutError(f"no window {title!r}")


@contextmanager
def screen(setup: Setup) -> Iterator[None]:
    xvfb = subprocess.Popen(
        ["Xvfb", DISPLAY, "-screen", "0", f"{setup.width}x{setup.height}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    wm = subprocess.Popen(["openbox"], env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    try:
        yield
    finally:
        for process in (wm, xvfb):
            process.terminate()
            process.wait(10)


@contextmanager
def app(setup: Setup, server_url: str, folder: Path, when: datetime, **env: str) -> Iterator[None]:
    """The app as a subprocess on that screen, its clock at `when` (faketime), its text size and
    theme as the person chose them in an earlier session."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    contrast = "true" if setup.contrast else "false"
    (folder / "settings.ini").write_text(
        f"[General]\ntext_scale={setup.scale}\nhigh_contrast={contrast}\nlanguage={setup.language}\n"
    )
    command = [
        "faketime",
        "-f",
        when.strftime("@%Y-%m-%d %H:%M:%S"),  # "@": from that moment on, the clock runs
        sys.executable,
        "-m",
        "ui",
        "--server",
        server_url,
        "--data-dir",
        str(folder),
        "--language",
        setup.language,
    ]
    log = (folder / "app.log").open("w")
    env = {**_env(), "PYTHONPATH": str(ROOT), "DONT_FAKE_MONOTONIC": "1", **env}
    # faketime forks the app and waits for it: the whole group is ended, not only faketime.
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log, start_new_session=True)
    try:
        yield
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()


def log_in(login: str, password: str) -> None:
    type_text(login)
    key("Tab")
    type_text(password)
    key("Return")


def household(setup: Setup, url: str, work: Path, out: Path) -> None:
    title = TITLES[setup.language]
    with app(setup, url, work / "household", INSIDE, BROWSER="/bin/false"):
        wait_for_window(title)
        shot(out, "01-login")
        log_in("petrov", "wrong-password")
        shot(out, "02-login-wrong-password")
        key("ctrl+a")
        type_text(demo.DEMO_PASSWORD)
        key("Return")
        wait_for_window(f"{title} —")
        time.sleep(3)
        shot(out, "03-home")
        key("Tab")
        shot(out, "04-home-first-tab")
        key("ctrl+2")
        shot(out, "05-readings")
        type_text("12a")
        shot(out, "06-readings-letters")
        key("ctrl+a")
        type_text("1")
        time.sleep(1)
        shot(out, "06b-readings-lower-refused")
        key("ctrl+a")
        type_text("99999")
        key("Return")
        shot(out, "07-readings-far-jump")
        key("Escape")
        key("ctrl+3")
        shot(out, "08-history")
        key("ctrl+4")
        shot(out, "09-charts")
        key("ctrl+5")
        shot(out, "10-bills")
        # Alt and the access letter of "Amount" as the layout of the language types it (a Russian
        # keyboard sends "м"): then pay with Enter; BROWSER=/bin/false, so no browser opens.
        key("alt+Cyrillic_em" if setup.language == "ru" else "alt+m")
        key("ctrl+a")
        type_text("100")
        key("Return")
        time.sleep(3)
        shot(out, "10b-pay-no-browser")
        key("ctrl+6")
        shot(out, "11-calculator")
        key("ctrl+8")
        shot(out, "12-feedback")
        key("ctrl+9")
        shot(out, "13-settings")


def before_window(setup: Setup, url: str, work: Path, out: Path) -> None:
    """The app's calendar on the 5th, before December's window opens (the server's says the 18th)."""
    title = TITLES[setup.language]
    with app(setup, url, work / "before", BEFORE):
        wait_for_window(title)
        log_in("petrov", demo.DEMO_PASSWORD)
        wait_for_window(f"{title} —")
        time.sleep(3)
        shot(out, "40-home-before-window")
        key("ctrl+2")
        shot(out, "41-readings-before-window")


def offline(setup: Setup, work: Path, out: Path) -> None:
    with app(setup, DEAD, work / "offline", INSIDE):
        wait_for_window(TITLES[setup.language])
        log_in("caretaker", demo.DEMO_PASSWORD)
        shot(out, "20-login-offline")


def caretaker(setup: Setup, url: str, work: Path, out: Path) -> None:
    title = TITLES[setup.language]
    with app(setup, url, work / "caretaker", INSIDE):
        wait_for_window(title)
        log_in("caretaker", demo.DEMO_PASSWORD)
        wait_for_window(f"{title} —")
        time.sleep(6)
        shot(out, "30-round")
        for _ in range(5):
            type_text("100")
            key("Return")
        shot(out, "31-round-typed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", help="a set-up's name, e.g. 1024x768-100-light-ru")
    args = parser.parse_args()
    for tool in ("Xvfb", "openbox", "xdotool", "import", "faketime"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: apt-get install xvfb openbox xdotool imagemagick faketime")
    setups = [s for s in SETUPS if not args.only or s.name in args.only]
    work = Path(tempfile.mkdtemp(prefix="pa-xshots-"))
    settings = Settings(database_url=f"sqlite:///{work}/server.sqlite3", fixed_now=INSIDE)
    seeded(settings, 24, 13)
    with running(settings) as server:
        for setup in setups:
            out = OUT / setup.name
            if out.exists():
                shutil.rmtree(out)
            out.mkdir(parents=True)
            with screen(setup):
                for scene in ("household", "before", "offline", "caretaker"):
                    try:
                        if scene == "household":
                            household(setup, server.url, work, out)
                        elif scene == "before":
                            before_window(setup, server.url, work, out)
                        elif scene == "offline":
                            offline(setup, work, out)
                        else:
                            caretaker(setup, server.url, work, out)
                    except (TimeoutError, subprocess.CalledProcessError) as exc:
                        print(f"{setup.name}: {exc}", file=sys.stderr)
                        shot(out, "99-failed")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
