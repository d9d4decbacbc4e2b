"""Registration with the password read from the SMTP server, and a forgotten password."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from server import captcha
from server.demo import demo_access_code
from server.schema import Account
from tests.support.live_server import LiveServer
from tests.support.mail import body_of, password_in, smtp_server
from tests.support.ui import app_in
from ui import theme
from ui.application import Controller
from ui.login.register import RegisterDialog, ResetDialog
from ui.login.window import LoginWindow
from ui.main_window import MainWindow


def test_register_then_log_in_with_the_mailed_password(
    qtbot: QtBot, controller: Controller, server: LiveServer
) -> None:
    with server.db.session(write=False) as session:
        surname = session.scalars(select(Account.surname).where(Account.number == "30000003")).one()
    with smtp_server() as (inbox, port):
        server.settings.delivery = "live"
        server.settings.smtp_port = port
        controller.start()
        login = controller.window
        assert isinstance(login, LoginWindow)
        qtbot.mouseClick(login.register_button, Qt.MouseButton.LeftButton)
        dialog = login.dialog
        assert isinstance(dialog, RegisterDialog)
        qtbot.waitUntil(lambda: bool(dialog.captcha.captcha_id), timeout=10000)
        assert not dialog.captcha.image.pixmap().isNull()
        qtbot.keyClicks(dialog.number, "30000003")
        dialog.surname.insert(surname)
        qtbot.keyClicks(dialog.access_code, demo_access_code("30000003").lower())
        qtbot.keyClicks(dialog.email, "new.person@example.com")
        qtbot.keyClicks(dialog.captcha.answer, "00000")  # wrong digits first
        first_id = dialog.captcha.captcha_id
        qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: "digits from the picture are wrong" in dialog.result_label.text(), timeout=10000
        )
        qtbot.waitUntil(lambda: dialog.captcha.captcha_id != first_id, timeout=10000)
        qtbot.keyClicks(dialog.captcha.answer, server.captcha_answer(dialog.captcha.captcha_id))
        qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Your login is 30000003" in dialog.result_label.text(), timeout=10000)
        assert "n***@example.com" in dialog.result_label.text()
        password = password_in(body_of(inbox.wait_for_message()))
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    assert login.login_edit.text() == "30000003"
    qtbot.keyClicks(login.password_edit, password)
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=15000)


def test_a_forgotten_password_is_sent_again(qtbot: QtBot, controller: Controller, server: LiveServer) -> None:
    with smtp_server() as (inbox, port):
        server.settings.delivery = "live"
        server.settings.smtp_port = port
        controller.start()
        login = controller.window
        assert isinstance(login, LoginWindow)
        qtbot.keyClicks(login.login_edit, "ivanova")
        qtbot.mouseClick(login.reset_button, Qt.MouseButton.LeftButton)
        dialog = login.dialog
        assert isinstance(dialog, ResetDialog)
        assert dialog.who.text() == "ivanova"
        qtbot.waitUntil(lambda: bool(dialog.captcha.captcha_id), timeout=10000)
        qtbot.keyClicks(dialog.captcha.answer, server.captcha_answer(dialog.captcha.captcha_id))
        qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "a new password has been sent" in dialog.result_label.text(), timeout=10000)
        message = inbox.wait_for_message()
    assert message["To"] == "ivanova@example.com" and password_in(body_of(message))
    dialog.reject()


def _wrapped_height(label: QLabel) -> int:
    return label.heightForWidth(label.width())


@pytest.mark.parametrize("which", ["register", "reset"])
def test_the_picture_is_shown_whole_and_the_dialog_fits_at_twice_the_text(
    qapp: QApplication, qtbot: QtBot, server: LiveServer, tmp_path: Path, which: str
) -> None:
    """In Russian (the longer captions) at 200% text: the picture whole at twice its size, nothing squeezed,
    and the dialog's least size within a 1024x768 screen, with room for a window frame and a taskbar."""
    try:
        with app_in(qapp, server.url, tmp_path / "ru", "ru") as controller:
            theme.apply(qapp, 2.0, False)  # after the app has applied its own preferences
            controller.start()
            login = controller.window
            assert isinstance(login, LoginWindow)
            button = login.register_button if which == "register" else login.reset_button
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            dialog = login.dialog
            assert isinstance(dialog, RegisterDialog | ResetDialog)
            qtbot.waitUntil(lambda: bool(dialog.captcha.captcha_id), timeout=10000)
            image = dialog.captcha.image
            width, height = 2 * captcha.SIZE[0], 2 * captcha.SIZE[1]  # as much larger as the text
            assert image.pixmap().size().toTuple() == (width, height)
            qtbot.waitUntil(lambda: image.width() >= width and image.height() >= height)
            box = dialog.captcha
            assert box.height() >= box.minimumSizeHint().height()  # the field is not drawn over the picture
            assert image.accessibleName() == "Картинка с цифрами"
            assert "Пять цифр" in image.accessibleDescription()
            least = dialog.minimumSize().expandedTo(dialog.minimumSizeHint())
            assert least.width() <= 1024 - 20 and least.height() <= 768 - 80, least
            # A long answer under the form (as for an account that has a login) takes room: the form then
            # scrolls, and neither the picture nor the answer is squeezed (they were drawn over each other).
            dialog.resize(least.width(), 768 - 80)
            dialog.result_label.setText(" ".join(["Длинный ответ сервера в несколько строк."] * 6))
            qtbot.waitUntil(lambda: dialog.result_label.height() >= _wrapped_height(dialog.result_label))
            assert box.height() >= box.minimumSizeHint().height()
            assert image.height() >= height
            dialog.reject()
    finally:
        theme.apply(qapp, 1.0, False)


def test_an_account_with_a_login_is_told_to_use_forgot_password_with_its_number(
    qtbot: QtBot, controller: Controller, server: LiveServer
) -> None:
    controller.start()
    login = controller.window
    assert isinstance(login, LoginWindow)
    qtbot.mouseClick(login.register_button, Qt.MouseButton.LeftButton)
    dialog = login.dialog
    assert isinstance(dialog, RegisterDialog)
    qtbot.waitUntil(lambda: bool(dialog.captcha.captcha_id), timeout=10000)
    qtbot.keyClicks(dialog.number, "10100001")  # Иванова's: registered already
    dialog.surname.insert("Иванова")
    qtbot.keyClicks(dialog.access_code, demo_access_code("10100001"))
    qtbot.keyClicks(dialog.email, "someone@example.com")
    qtbot.keyClicks(dialog.captcha.answer, server.captcha_answer(dialog.captcha.captcha_id))
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Forgot password" in dialog.result_label.text(), timeout=10000)
    assert "account number" in dialog.result_label.text()
    dialog.reject()
