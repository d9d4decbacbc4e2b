"""With no server given, the app starts the reference server inside itself, with demo data."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ui.application import Controller, Options, Starting
from ui.login_window import LoginWindow
from ui.main_window import MainWindow


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
    # The next start goes straight to the main window: the token waits in the keyring.
    again = Controller(qapp, options)
    try:
        again.start()
        qtbot.waitUntil(lambda: isinstance(again.window, MainWindow), timeout=120000)
        window = again.window
        assert isinstance(window, MainWindow) and window.session.login == "ivanova"
    finally:
        again.shutdown()
        if again.window is not None:
            again.window.close()
