"""With no server given, the app starts the reference server inside itself, with demo data."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop_app.options import Options
from ui.application import Controller
from ui.login.window import LoginWindow
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.starting import Starting
from ui.startup import first_window


def test_demo_mode_starts_its_own_server_and_remembers_the_login(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    options = Options(server_url=None, data_dir=tmp_path / "demo", language="en", demo_flats=6)
    controller = Controller(qapp, options)
    try:
        controller.start()
        assert isinstance(controller.window, Starting)
        qtbot.waitUntil(lambda: isinstance(controller.window, LoginWindow), timeout=120000)
        login = controller.window
        assert isinstance(login, LoginWindow)
        assert controller.server_url.startswith("http://127.0.0.1:")
        demo_text = " ".join(label.text() for label in login.findChildren(QLabel))
        assert "ivanova" in demo_text and "caretaker" in demo_text and "demo-2026" in demo_text
        qtbot.keyClicks(login.login_edit, "ivanova")
        qtbot.keyClicks(login.password_edit, "demo-2026")
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=15000)
    finally:
        controller.shutdown()
        if controller.window is not None:
            controller.window.close()
    # The next start shows the main window at once, the way ui.startup does, before the profile is
    # open and the demo server is up; a section chosen meanwhile is the one shown when the pages come.
    prefs = Preferences(options.data_dir)
    frame, tasks = first_window(options, prefs)
    assert isinstance(frame, MainWindow) and not frame.attached
    assert frame.windowTitle().endswith("ivanova")
    assert [frame.section_title(row) for row in range(3)] == ["Home", "Submit readings", "Readings history"]
    again = Controller(qapp, options, tasks=tasks, prefs=prefs)
    again.window = frame
    frame.show()
    try:
        again.start()
        assert again.window is frame
        assert frame.state_label.text() == "Starting the demo server…"
        frame.nav.setCurrentRow(2)
        frame.sync_now()  # nothing to sync yet: no error
        qtbot.waitUntil(lambda: frame.attached, timeout=120000)
        assert again.window is frame and frame.session is not None and frame.session.login == "ivanova"
        assert frame.pages.currentWidget() is frame.history
        assert frame.pages.count() == len(frame.sections) == 10
    finally:
        again.shutdown()
        if again.window is not None:
            again.window.close()
