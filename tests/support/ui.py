"""The app driven as a person drives it: log in by keyboard, find the pages, read tables, check names."""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_app.options import Options
from server import demo
from tests.support.clock import TODAY
from ui import i18n
from ui.application import Controller
from ui.login.window import LoginWindow
from ui.main_window import MainWindow

PASSWORD = demo.DEMO_PASSWORD


def make_controller(qapp: QApplication, server_url: str, data_dir: Path, language: str = "en") -> Controller:
    """The app as `ui.startup` makes it, on the test server, with the test server's date."""
    options = Options(server_url=server_url, data_dir=data_dir, language=language, demo_flats=12)
    return Controller(qapp, options, today=lambda: TODAY)


def close(controller: Controller) -> None:
    """Shut the app down and close whatever window it shows."""
    controller.shutdown()
    if controller.window is not None:
        controller.window.close()


@contextmanager
def app_in(qapp: QApplication, server_url: str, data_dir: Path, language: str) -> Iterator[Controller]:
    """An app in another language than the `controller` fixture's; afterwards English again."""
    controller = make_controller(qapp, server_url, data_dir, language)
    try:
        yield controller
    finally:
        close(controller)
        i18n.install(qapp, "en")


def submit_login(
    qtbot: QtBot, controller: Controller, login: str = "ivanova", password: str = PASSWORD
) -> MainWindow:
    """Start the app, type the login and password, press Enter; the main window once it is there."""
    controller.start()
    window = controller.window
    assert isinstance(window, LoginWindow)
    qtbot.keyClicks(window.login_edit, login)
    qtbot.keyClicks(window.password_edit, password)
    qtbot.keyClick(window.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=10000)
    main = controller.window
    assert isinstance(main, MainWindow)
    return main


def log_in(
    qtbot: QtBot,
    controller: Controller,
    login: str = "ivanova",
    password: str = PASSWORD,
    home_account: str = "10100001",
) -> MainWindow:
    """A household logged in, its home page showing `home_account`."""
    main = submit_login(qtbot, controller, login, password)
    qtbot.waitUntil(lambda: f"Account {home_account}" in home_text(main), timeout=15000)
    return main


def home_text(window: MainWindow) -> str:
    return window.home.text()


def keys(qtbot: QtBot, text: str) -> None:
    """Each key to whatever has the focus, as a keyboard does."""
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)


def column(model: object, col: int) -> list[str]:
    """The shown text of one column of a table model, top to bottom."""
    return [model.data(model.index(row, col)) for row in range(model.rowCount())]  # type: ignore[attr-defined]


def assert_named(root: QWidget) -> None:
    """Every visible control has an accessible name and takes the focus; every &-label has a buddy."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QAbstractButton, QLineEdit, QComboBox, QTableView, QListWidget)):
            assert widget.accessibleName(), (
                f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"
            )
            assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        if isinstance(widget, QLabel) and "&" in widget.text().replace("&&", "") and "<" not in widget.text():
            assert widget.buddy() is not None, widget.text()


def access_keys(main: MainWindow, page: QWidget) -> dict[str, list[str]]:
    """Alt+letter keys active while `page` is shown: the menu bar, the status bar's buttons (the
    "log in again" one too, which appears when needed) and the page's buttons and labelled fields."""
    texts = [action.text() for action in main.menuBar().actions()]
    texts += [main.sync_button.text(), main.login_again_button.text()]
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
    found_keys: dict[str, list[str]] = {}
    for text in texts:
        found = re.search(r"&([^&])", text.replace("&&", ""))
        if found:
            found_keys.setdefault(found.group(1).lower(), []).append(text)
    return found_keys
