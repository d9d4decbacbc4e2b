"""Starting with a remembered login: the main window first, its pages once the profile is open."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.live_server import LiveServer
from tests.support.paths import ROOT
from tests.support.ui import TODAY, access_keys, app_in, close, log_in, submit_login
from ui.application import Controller
from ui.login.window import LoginWindow
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.startup import app_icon, first_window


def restart(qapp: QApplication, controller: Controller) -> tuple[Controller, MainWindow]:
    """As ui.startup.main does it: the frame first, then the controller that fills it."""
    assert controller.window is not None
    close(controller)
    prefs = Preferences(controller.options.data_dir)  # type: ignore[arg-type]
    frame, tasks = first_window(controller.options, prefs)
    assert isinstance(frame, MainWindow) and not frame.attached
    again = Controller(qapp, controller.options, today=lambda: TODAY, tasks=tasks, prefs=prefs)
    again.window = frame
    frame.show()
    return again, frame


def test_the_frame_gets_its_pages_and_keeps_the_section_chosen_meanwhile(
    qapp: QApplication, qtbot: QtBot, controller: Controller
) -> None:
    log_in(qtbot, controller)
    again, frame = restart(qapp, controller)
    try:
        assert frame.windowTitle() == "Personal account — ivanova"
        assert frame.opening.text() == "Opening your account…"
        frame.nav.setCurrentRow(4)  # bills and payments, chosen before the pages exist
        assert not frame.sync_button.isEnabled() and not frame.actions_by_name["logout"].isEnabled()
        frame.sync_now()
        frame.log_out()  # both wait for the profile: nothing happens, nothing fails
        again.start()
        qtbot.waitUntil(lambda: frame.attached, timeout=10000)
        assert again.window is frame
        assert frame.pages.currentWidget() is frame.bills
        assert frame.sync_button.isEnabled() and frame.actions_by_name["logout"].isEnabled()
        qtbot.waitUntil(lambda: frame.state_label.text().startswith("Online"), timeout=15000)
    finally:
        again.shutdown()
        frame.close()


def test_a_profile_that_will_not_open_leads_to_the_login_window_saying_why(
    qapp: QApplication, qtbot: QtBot, controller: Controller
) -> None:
    main = log_in(qtbot, controller)
    assert main.session is not None
    path = main.session.cache.path
    again, _frame = restart(qapp, controller)
    # A newer version of the app has been here: its migration is unknown to this one.
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from-a-newer-app'")
    try:
        again.start()
        qtbot.waitUntil(lambda: isinstance(again.window, LoginWindow), timeout=10000)
        login = again.window
        assert isinstance(login, LoginWindow)
        assert login.error.isVisibleTo(login)
        assert login.error.text().startswith("Your saved data could not be opened:")
    finally:
        close(again)


def test_the_app_has_its_icon_in_every_size(qapp: QApplication) -> None:
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert sizes == {16, 24, 32, 48, 64, 128, 256}


def test_the_app_from_its_entry_point_to_the_main_window_in_demo_mode(tmp_path: Path) -> None:
    """What `make dist` checks on the frozen app, from source: the first window at once, then the
    embedded server, a demo login over HTTP, the profile created, the main window; nothing on stderr."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.FileKeyring",
        "PYTHONPATH": str(ROOT),
    }
    command = [sys.executable, "-m", "ui", "--data-dir", str(tmp_path / "app"), "--demo-flats", "6"]
    run = subprocess.run(
        [*command, "--demo-login", "petrov", "--exit-when-shown"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    noise = "This plugin does not support propagateSizeHints()"
    errors = [line for line in run.stderr.splitlines() if line.strip() and noise not in line]
    assert run.returncode == 0 and not errors, run.stderr
    assert run.stdout.split() == ["FIRST", "SHOWN", "main"]
    # The next start opens on the main window straight away: the login is remembered.
    again = subprocess.run(
        [*command, "--exit-when-shown"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )
    assert again.stdout.split() == ["FIRST", "SHOWN", "main"], again.stderr
    assert (tmp_path / "app" / "settings.ini").read_text().count("petrov") == 1


def test_zone_fields_made_behind_the_home_page_keep_clear_of_the_readings_page_keys(
    qapp: QApplication, qtbot: QtBot, server: LiveServer, tmp_path: Path
) -> None:
    """On a start with a full cache the meter's zone fields are made while the home page is shown. In
    Russian "Сохранить &показание" holds Alt+П, so the zone "Показание" or "Пик" must take another."""
    with app_in(qapp, server.url, tmp_path / "app", "ru") as controller:
        main = submit_login(qtbot, controller, "sidorova")  # a three-zone meter: Пик and Полупик
        assert main.session is not None
        qtbot.waitUntil(lambda: main.session.engine.status().last_sync is not None, timeout=15000)
        again, frame = restart(qapp, controller)
        try:
            again.start()
            qtbot.waitUntil(lambda: frame.attached and len(frame.readings.inputs) == 3, timeout=10000)
            assert frame.pages.currentWidget() is frame.home
            keys = access_keys(frame, frame.readings)
            assert all(len(texts) == 1 for texts in keys.values()), keys
        finally:
            again.shutdown()
            frame.close()


def test_the_first_window_is_painted_before_the_slow_imports(tmp_path: Path) -> None:
    """On a real X screen with a window manager: when the app says its first window is shown (and
    goes on to import the rest), the window holds its words and colours, not the black of a window
    mapped while the event loop is blocked."""
    missing = [
        tool
        for tool in ("Xvfb", "openbox", "xdotool", "import", "convert", "xprop")
        if shutil.which(tool) is None
    ]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed")
    with x_screen() as display:
        env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=display, PYTHONPATH=str(ROOT))
        app = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "ui",
                "--data-dir",
                str(tmp_path / "app"),
                "--server",
                "http://127.0.0.1:9",
                "--exit-when-shown",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert app.stdout is not None  # a piped stdout: never None
            assert app.stdout.readline().strip() == "FIRST"
            app.send_signal(signal.SIGSTOP)  # as the slow imports do, nothing more is painted
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "^Personal account$"],
                env=env,
                capture_output=True,
                text=True,
                timeout=30,
            )
            window = found.stdout.split()[0]
            picture = tmp_path / "first.png"
            subprocess.run(["import", "-window", window, str(picture)], env=env, check=True, timeout=30)
            mean = subprocess.run(
                ["convert", str(picture), "-colorspace", "Gray", "-format", "%[fx:mean]", "info:"],
                capture_output=True,
                text=True,
                check=True,
                timeout=30,
            )
            assert float(mean.stdout) > 0.5, "the first window is dark: it was not painted"
        finally:
            app.kill()
            app.send_signal(signal.SIGCONT)
            app.communicate(timeout=30)


@contextmanager
def x_screen() -> Iterator[str]:
    """A virtual screen on a free display number, with openbox managing its windows."""
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert xvfb.stdout is not None
    display = f":{xvfb.stdout.readline().strip()}"
    wm = subprocess.Popen(
        ["openbox"],
        env={**os.environ, "DISPLAY": display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):  # until openbox manages the screen: a window mapped before is not managed
            managing = subprocess.run(
                ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
                env={**os.environ, "DISPLAY": display},
                capture_output=True,
                text=True,
            )
            if "window id" in managing.stdout:
                break
            assert wm.poll() is None, "openbox ended"
            time.sleep(0.1)  # another process, polled: no Qt signal to wait on
        yield display
    finally:
        for process in (wm, xvfb):
            process.terminate()
            process.wait(10)
        xvfb.stdout.close()
