"""Time from process start to the app's windows, next to a bare PySide6 window in the same run:

- someone who stays logged in (cached profile, token in the keyring): the main window on screen, then
  with its pages built from the cache;
- someone new: the login window, from source and, if `make dist` has built it, from the frozen app.

Medians of several runs; the disk cache is warm (a first start after a reboot is slower for every
program alike). Prints figures; asserts nothing.

    python bench/bench_startup.py [--runs 5]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402

from bench.figures import report  # noqa: E402
from desktop_app.session import AppSession  # noqa: E402
from server import demo  # noqa: E402
from tests.conftest import base_settings  # noqa: E402
from tests.support.file_keyring import FileKeyring  # noqa: E402
from tests.support.live_server import running, seeded  # noqa: E402

PACKAGES = ("ui", "desktop_app", "models", "sync", "server")

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print("SHOWN", flush=True), app.quit()))
app.exec()
"""


def time_until_shown(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds until the first window (FIRST, if the program says so) and until SHOWN."""
    started = time.perf_counter()
    child = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert child.stdout is not None
    first = shown = None
    for line in child.stdout:
        now = time.perf_counter() - started
        if line.startswith("FIRST"):
            first = now
        if line.startswith("SHOWN"):
            shown = now
    child.wait(timeout=120)
    if shown is None:
        raise SystemExit(f"{command[:3]} did not show a window")
    return (first if first is not None else shown), shown


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="pa-startup-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PA_TEST_KEYRING_DIR": str(folder),
        "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.FileKeyring",
        "PYTHONPATH": str(ROOT),
    }
    # An installed app has its modules compiled to bytecode; a machine that sets PYTHONDONTWRITEBYTECODE
    # (as some sandboxes do) would compile ours from source at every start. Compile them once here.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", *(str(ROOT / name) for name in PACKAGES)], check=True
    )
    os.environ["PA_TEST_KEYRING_DIR"] = str(folder)
    keyring.set_keyring(FileKeyring())
    settings = base_settings(f"sqlite:///{folder}/server.sqlite3")
    seeded(settings, 12, 24)
    data = folder / "app"
    with running(settings) as server:
        session = AppSession.log_in(server.url, "ivanova", demo.DEMO_PASSWORD, data)
        session.engine.sync()
        session.close()
        from PySide6.QtCore import QSettings

        prefs = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
        prefs.setValue("last_server_key", server.url)
        prefs.setValue("last_identity", session.identity)
        prefs.setValue("last_login", "ivanova")
        prefs.sync()
        remembered = [sys.executable, "-m", "ui", "--server", server.url, "--data-dir", str(data)]
        new = [sys.executable, "-m", "ui", "--server", server.url]
        frozen_exe = ROOT / "dist" / "personal-account" / "personal-account"
        frozen = [str(frozen_exe), "--server", server.url] if frozen_exe.exists() else None
        runs: dict[str, list[float]] = {name: [] for name in ("bare", "frame", "pages", "login", "frozen")}
        for run in range(args.runs):
            runs["bare"].append(time_until_shown([sys.executable, "-c", BARE], env)[1])
            frame, pages = time_until_shown([*remembered, "--exit-when-shown"], env)
            runs["frame"].append(frame)
            runs["pages"].append(pages)
            fresh = ["--data-dir", str(folder / f"new-{run}"), "--exit-when-shown"]
            runs["login"].append(time_until_shown([*new, *fresh], env)[1])
            if frozen is not None:
                frozen_fresh = ["--data-dir", str(folder / f"frozen-{run}"), "--exit-when-shown"]
                runs["frozen"].append(time_until_shown([*frozen, *frozen_fresh], env)[1])
    median = {name: statistics.median(times) for name, times in runs.items() if times}
    bare_s = median["bare"]
    bare = "a bare PySide6 window"
    report(
        "start-up, remembered login: the main window on screen",
        median["frame"],
        "s",
        baseline=bare_s,
        baseline_what=bare,
        target="< 2x",
        met=median["frame"] / bare_s < 2,
    )
    report(
        "start-up, remembered login: its pages, from the cache",
        median["pages"],
        "s",
        baseline=bare_s,
        baseline_what=bare,
    )
    report(
        "start-up, new user: the login window, from source",
        median["login"],
        "s",
        baseline=bare_s,
        baseline_what=bare,
    )
    if "frozen" in median:
        report(
            "start-up, new user: the login window, frozen app",
            median["frozen"],
            "s",
            baseline=bare_s,
            baseline_what=bare,
        )
    else:
        print("the frozen app is not built (make dist): no frozen start-up figure")


if __name__ == "__main__":
    main()
