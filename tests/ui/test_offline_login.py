"""The login window as people meet it: a wrong password they can read, and a start with no network and
no keyring that still opens what this PC has kept."""

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.options import Options
from tests.support.live_server import LiveServer
from tests.support.round import open_round
from tests.support.ui import PASSWORD, close, make_controller
from ui import theme
from ui.application import Controller
from ui.login.window import LoginWindow
from ui.main_window import MainWindow
from ui.message_line import Kind
from ui.preferences import Preferences
from ui.starting import Starting
from ui.startup import first_window


def drawn_contrast(window: LoginWindow) -> float:
    """The words of the login error against their own background, measured in a grab of what is drawn:
    the background is the commonest colour, the words the colour furthest from it."""
    line = window.error
    image = line.grab(line.label.geometry()).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    back = QColor.fromRgb(Counter(p.rgb() for p in pixels).most_common(1)[0][0])
    return max(theme.contrast_ratio(p, back) for p in pixels)


def type_login(qtbot: QtBot, window: LoginWindow, login: str, password: str) -> None:
    window.login_edit.clear()
    qtbot.keyClicks(window.login_edit, login)
    window.password_edit.clear()
    qtbot.keyClicks(window.password_edit, password)
    qtbot.keyClick(window.password_edit, Qt.Key.Key_Return)


def log_in_by_keyboard(qtbot: QtBot, controller: Controller, login: str) -> MainWindow:
    """The login window may hold the last login already: typed anew, as a person would."""
    controller.start()
    window = controller.window
    assert isinstance(window, LoginWindow)
    type_login(qtbot, window, login, PASSWORD)
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=15000)
    main = controller.window
    assert isinstance(main, MainWindow)
    return main


@pytest.mark.parametrize("high_contrast", [False, True])
def test_a_wrong_password_is_said_in_words_that_can_be_read(
    qapp: QApplication, qtbot: QtBot, controller: Controller, high_contrast: bool
) -> None:
    theme.apply(qapp, 1.0, high_contrast)
    try:
        controller.start()
        window = controller.window
        assert isinstance(window, LoginWindow)
        type_login(qtbot, window, "ivanova", "not-her-password")
        qtbot.waitUntil(lambda: window.error.isVisible(), timeout=10000)
        assert window.error.kind is Kind.ERROR
        assert window.error.text() == "The login or password is wrong."
        assert drawn_contrast(window) >= 4.5
        # The field it is about is marked, and a screen reader hears why.
        assert window.password_edit.property("invalid") is True
        assert window.password_edit.accessibleDescription() == "The login or password is wrong."
        # The message holds its wrapped height: it never overlaps the fields or the button.
        assert window.error.geometry().bottom() < window.button.geometry().top()
    finally:
        theme.apply(qapp, 1.0, False)


def test_no_network_and_a_login_never_used_here_says_what_to_do(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    controller = make_controller(qapp, "http://127.0.0.1:9", tmp_path / "app")
    try:
        controller.start()
        window = controller.window
        assert isinstance(window, LoginWindow)
        type_login(qtbot, window, "ivanova", PASSWORD)
        qtbot.waitUntil(lambda: window.error.isVisible(), timeout=15000)
        assert window.error.text().startswith("No connection to the supplier, and this login has not")
        assert window.error.geometry().bottom() < window.button.geometry().top()
        # The window grows for the message: the button is still in sight, not below a scroll.
        qtbot.waitUntil(
            lambda: window.button.visibleRegion().boundingRect().height() == window.button.height()
        )
    finally:
        close(controller)


@pytest.mark.usefixtures("no_keyring")
def test_a_caretaker_with_no_keyring_and_no_network_opens_the_round_he_has(
    qapp: QApplication, qtbot: QtBot, server: LiveServer, tmp_path: Path
) -> None:
    data = tmp_path / "app"
    first = make_controller(qapp, server.url, data)
    try:
        main, page = open_round(qtbot, first)
        flats = page.model.rowCount()
        # Told once that this PC cannot keep him logged in.
        assert main.notice.kind is Kind.WARNING
        assert "cannot keep you logged in" in main.notice.text()
    finally:
        close(first)
    # The next start knows there is no token to wait for: the login window, not an empty main window.
    prefs = Preferences(data)
    assert not prefs.token_kept
    options = Options(server_url=server.url, data_dir=data, language="en", demo_flats=12)
    shown, _tasks = first_window(options, prefs)
    assert isinstance(shown, Starting)
    shown.close()

    server.stop()  # the network is gone
    again = make_controller(qapp, server.url, data)
    try:
        main = log_in_by_keyboard(qtbot, again, "caretaker")
        assert main.caretaker and main.session is not None and main.session.offline
        qtbot.waitUntil(lambda: main.round.model.rowCount() == flats, timeout=15000)
        assert main.notice.kind is Kind.INFO
        assert main.notice.text().startswith("No connection to the supplier: you see the data saved")
        qtbot.waitUntil(lambda: main.state_label.text().startswith("Offline"), timeout=15000)
    finally:
        close(again)


@pytest.mark.usefixtures("no_keyring")
def test_the_keyring_notice_is_said_once(
    qapp: QApplication, qtbot: QtBot, server: LiveServer, tmp_path: Path
) -> None:
    for told_before in (False, True):
        controller = make_controller(qapp, server.url, tmp_path / "app")
        try:
            main = log_in_by_keyboard(qtbot, controller, "petrov")
            assert (main.notice.kind is None) is told_before
        finally:
            close(controller)
