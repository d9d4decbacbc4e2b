"""Registration with the password read from the SMTP server, and a forgotten password."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from server.demo import demo_access_code
from server.schema import Account
from tests.support.live_server import LiveServer
from tests.support.mail import body_of, password_in, smtp_server
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
