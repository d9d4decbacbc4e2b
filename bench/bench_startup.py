"""Time from process start to the main window shown, with a cached profile and a remembered login,
next to a bare PySide6 window in the same run. Prints figures; asserts nothing.

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
        app_command = [
            sys.executable,
            "-m",
            "ui",
            "--server",
            server.url,
            "--data-dir",
            str(data),
            "--exit-when-shown",
        ]
        bare_command = [sys.executable, "-c", BARE]
        first_times, app_times, bare_times = [], [], []
        for _ in range(args.runs):
            bare_times.append(time_until_shown(bare_command, env)[1])
            first, shown = time_until_shown(app_command, env)
            first_times.append(first)
            app_times.append(shown)
    first_s, app_s = statistics.median(first_times), statistics.median(app_times)
    bare_s = statistics.median(bare_times)
    bare = "a bare PySide6 window"
    report(
        "start-up: the first window, from source",
        first_s,
        "s",
        baseline=bare_s,
        baseline_what=bare,
        target="< 2x",
        met=first_s / bare_s < 2,
    )
    report(
        "start-up: the main window, cached profile, from source",
        app_s,
        "s",
        baseline=bare_s,
        baseline_what=bare,
        target="< 2x",
        met=app_s / bare_s < 2,
    )


if __name__ == "__main__":
    main()
