"""Personal data and settings: contacts, password, login, e-receipts, accounts, language, text size."""

import shlex
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app import settings as service
from models.schema import Outbox
from models.schema import Profile as CachedProfile
from server.demo import demo_access_code
from server.schema import Account as ServerAccount
from server.schema import AccountLink, Customer, OutgoingMessage
from tests.support.live_server import Api, LiveServer
from tests.support.sync import queue_contact_change_as_before
from tests.support.ui import assert_named, home_text, log_in, submit_login
from ui import theme
from ui.application import Controller
from ui.main_window import MainWindow


def open_settings(qtbot: QtBot, controller: Controller, login: str = "ivanova") -> MainWindow:
    if login == "sidorova":
        main = submit_login(qtbot, controller, login)
        qtbot.waitUntil(lambda: "1010000" in home_text(main), timeout=15000)
    else:
        main = log_in(
            qtbot, controller, login, home_account={"ivanova": "10100001", "petrov": "10100002"}[login]
        )
    main.open_page(main.settings)
    qtbot.waitUntil(lambda: main.settings.who.text().startswith("Login: "), timeout=10000)
    return main


def stored_contacts(server: LiveServer) -> tuple[str | None, str | None]:
    with server.db.session(write=False) as session:
        customer = session.scalars(select(Customer).where(Customer.login == "ivanova")).one()
        return customer.email, customer.phone


def test_contacts_ask_the_password_and_are_saved_online(
    qtbot: QtBot, controller: Controller, server: LiveServer
) -> None:
    main = open_settings(qtbot, controller)
    page = main.settings
    assert page.email.text() == "ivanova@example.com"
    assert page.contacts_password.echoMode() == QLineEdit.EchoMode.Password
    page.email.clear()
    qtbot.keyClicks(page.email, "anna.new@example.org")
    page.save_contacts()
    assert page.contacts_result.text() == "Type your current password to change the e-mail or phone."
    qtbot.keyClicks(page.contacts_password, "demo-2026")
    page.phone.clear()
    qtbot.keyClicks(page.phone, "not a phone")
    page.save_contacts()
    qtbot.waitUntil(lambda: "digits" in page.contacts_result.text(), timeout=5000)
    page.phone.clear()
    qtbot.keyClicks(page.phone, "+79035550000")
    qtbot.keyClicks(page.contacts_password, "a-wrong-one")
    page.save_contacts()
    assert page.contacts_password.text() == ""  # never kept in the field
    qtbot.waitUntil(lambda: page.contacts_result.text() == "The password is wrong.", timeout=5000)
    assert stored_contacts(server) == ("ivanova@example.com", "+79161234501")
    qtbot.keyClicks(page.contacts_password, "demo-2026")
    qtbot.keyClick(page.contacts_password, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Save &contacts
    qtbot.waitUntil(
        lambda: page.contacts_result.text() == "Saved. A notice went to your previous e-mail/phone.",
        timeout=5000,
    )
    assert stored_contacts(server) == ("anna.new@example.org", "+79035550000")
    assert service.personal_data(main.session).email == "anna.new@example.org"  # the cache at once
    qtbot.waitUntil(lambda: page.data is not None and page.data.email == "anna.new@example.org", timeout=5000)
    assert page.email.text() == "anna.new@example.org"
    with server.db.session(write=False) as session:
        told = session.scalars(
            select(OutgoingMessage.recipient).where(OutgoingMessage.subject.like("%was changed"))
        ).all()
    assert told == ["ivanova@example.com", "+79161234501"]  # the previous contacts


def test_contacts_offline_say_a_connection_is_needed(
    qtbot: QtBot, controller: Controller, server: LiveServer
) -> None:
    main = open_settings(qtbot, controller)
    page = main.settings
    main.session.client.base_url = "http://127.0.0.1:9"  # nothing answers there
    page.email.clear()
    qtbot.keyClicks(page.email, "anna.new@example.org")
    qtbot.keyClicks(page.contacts_password, "demo-2026")
    page.save_contacts()
    qtbot.waitUntil(
        lambda: (
            page.contacts_result.text()
            == "Changing the e-mail or phone needs a connection to the server. Please try again when online."
        ),
        timeout=15000,
    )
    assert stored_contacts(server) == ("ivanova@example.com", "+79161234501")
    with main.session.cache.session(write=False) as db:
        assert db.query(Outbox).count() == 0  # nothing queued: contacts change online only


def test_a_change_an_older_version_queued_leads_to_settings(
    qtbot: QtBot, controller: Controller, server: LiveServer
) -> None:
    main = log_in(qtbot, controller, home_account="10100001")
    queue_contact_change_as_before(main.session.cache, phone="+79035550101")
    main.sync_now()
    qtbot.waitUntil(lambda: main.open_settings_button.isVisible(), timeout=15000)
    assert main.state_label.text() == "Contacts not saved"
    assert not main.sync_label.isVisible()  # the button takes its place
    qtbot.mouseClick(main.open_settings_button, Qt.MouseButton.LeftButton)
    page = main.settings
    assert main.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.refused_contacts.isVisible(), timeout=10000)
    assert "was not saved" in page.refused_contacts.text()
    assert page.phone.text() == "+79035550101"  # filled in, to be saved with the password
    assert page.email.text() == "ivanova@example.com"
    qtbot.keyClicks(page.contacts_password, "demo-2026")
    page.save_contacts()
    qtbot.waitUntil(lambda: page.contacts_result.text().startswith("Saved."), timeout=5000)
    assert stored_contacts(server) == ("ivanova@example.com", "+79035550101")
    qtbot.waitUntil(lambda: not page.refused_contacts.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: not main.open_settings_button.isVisible(), timeout=15000)


def test_a_change_an_older_version_queued_can_be_forgotten(
    qtbot: QtBot, controller: Controller, server: LiveServer
) -> None:
    main = open_settings(qtbot, controller)
    page = main.settings
    queue_contact_change_as_before(main.session.cache, email="old.idea@example.org")
    main.sync_now()
    qtbot.waitUntil(lambda: page.forget_contacts_button.isVisible(), timeout=15000)
    assert page.email.text() == "old.idea@example.org"
    qtbot.mouseClick(page.forget_contacts_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.contacts_result.text() == "That change is forgotten.", timeout=5000)
    qtbot.waitUntil(lambda: page.email.text() == "ivanova@example.com", timeout=5000)
    qtbot.waitUntil(lambda: not main.open_settings_button.isVisible(), timeout=15000)
    assert not page.refused_contacts.isVisible()
    assert stored_contacts(server) == ("ivanova@example.com", "+79161234501")


def test_change_the_password(qtbot: QtBot, controller: Controller, server: LiveServer) -> None:
    page = open_settings(qtbot, controller).settings
    qtbot.keyClicks(page.old_password, "demo-2026")
    qtbot.keyClicks(page.new_password, "short")
    qtbot.keyClicks(page.repeat_password, "short")
    page.change_password()
    qtbot.waitUntil(lambda: "at least 8" in page.password_result.text(), timeout=5000)
    qtbot.keyClicks(page.old_password, "wrong-old-one")
    qtbot.keyClicks(page.new_password, "a-new-secret")
    qtbot.keyClicks(page.repeat_password, "a-new-secret")
    page.change_password()
    qtbot.waitUntil(lambda: page.password_result.text() == "The password is wrong.", timeout=5000)
    qtbot.keyClicks(page.old_password, "demo-2026")
    qtbot.keyClicks(page.new_password, "a-new-secret")
    qtbot.keyClicks(page.repeat_password, "a-new-secret-typo")
    page.change_password()
    assert page.password_result.text() == "The new password and its repetition differ."
    qtbot.keyClicks(page.new_password, "a-new-secret")
    qtbot.keyClicks(page.repeat_password, "a-new-secret")
    page.change_password()
    qtbot.waitUntil(lambda: page.password_result.text() == "The password has been changed.", timeout=5000)
    Api(server.url).login("ivanova", "a-new-secret")


def test_change_the_login_keeps_the_profile(qtbot: QtBot, controller: Controller, server: LiveServer) -> None:
    main = open_settings(qtbot, controller)
    page = main.settings
    qtbot.keyClicks(page.new_login, "anna.i")
    qtbot.keyClicks(page.login_password, "demo-2026")
    page.change_login()
    qtbot.waitUntil(lambda: "log in with it" in page.login_result.text(), timeout=5000)
    qtbot.waitUntil(lambda: page.who.text().startswith("Login: anna.i"), timeout=15000)
    assert main.session.login == "anna.i"
    assert controller.prefs.last_login == (server.url, main.session.identity)
    assert controller.prefs.last_login_name == "anna.i"
    qtbot.keyClicks(page.new_login, "petrov")
    qtbot.keyClicks(page.login_password, "demo-2026")
    page.change_login()
    qtbot.waitUntil(
        lambda: page.login_result.text() == "This login is taken. Please choose another.", timeout=5000
    )


def test_e_receipts(qtbot: QtBot, controller: Controller, server: LiveServer) -> None:
    page = open_settings(qtbot, controller).settings
    assert page.receipt_on.isChecked()  # the flat's receipts come by e-mail in the demo
    page.receipt_on.setChecked(False)
    page.save_receipts()
    qtbot.waitUntil(lambda: page.receipt_result.text() == "Saved: receipts will come on paper.", timeout=5000)
    with server.db.session(write=False) as session:
        assert (
            session.scalars(select(AccountLink.e_receipt).where(AccountLink.account_id == 1)).one() is False
        )
    qtbot.waitUntil(lambda: not page.receipt_on.isChecked(), timeout=15000)


def test_link_and_unlink_an_account(qtbot: QtBot, controller: Controller, server: LiveServer) -> None:
    main = open_settings(qtbot, controller, "petrov")
    page = main.settings
    with server.db.session(write=False) as session:
        surname = session.scalars(
            select(ServerAccount.surname).where(ServerAccount.number == "30000004")
        ).one()
    qtbot.keyClicks(page.link_number, "30000004")
    page.link_surname.insert("Неверная")
    qtbot.keyClicks(page.link_code, demo_access_code("30000004"))
    page.link_account()
    qtbot.waitUntil(lambda: "No account with this number" in page.accounts_result.text(), timeout=5000)
    page.link_surname.clear()
    page.link_surname.insert(surname)
    page.link_account()
    qtbot.waitUntil(lambda: page.unlink_account_box.count() == 2, timeout=15000)
    main.nav.setCurrentRow(0)
    qtbot.waitUntil(lambda: "Account 30000004" in home_text(main), timeout=10000)
    main.open_page(main.settings)
    page.confirm = lambda _title, _question: True  # the person answers Yes
    page.unlink_account_box.setCurrentIndex(1)  # the account just added
    page.unlink()
    qtbot.waitUntil(lambda: page.unlink_account_box.count() == 1, timeout=15000)
    page.unlink()
    qtbot.waitUntil(lambda: "only account" in page.accounts_result.text(), timeout=5000)


def test_language_and_text_size(qapp: QApplication, qtbot: QtBot, controller: Controller) -> None:
    page = open_settings(qtbot, controller).settings
    page.scale.setCurrentIndex(2)
    page.scale.activated.emit(2)
    assert qapp.font().pointSizeF() == 1.5 * theme.BASE_POINT_SIZE
    page.language.setCurrentIndex(page.language.findData("ru"))
    page.language.activated.emit(page.language.currentIndex())
    qtbot.waitUntil(
        lambda: isinstance(controller.window, MainWindow) and controller.window.section_title(0) == "Главная",
        timeout=10000,
    )
    assert controller.prefs.language == "ru"
    controller.set_language("en")
    theme.apply(qapp, 1.0, False)


def reminders_on_server(server: LiveServer, login: str = "ivanova") -> tuple[bool, bool]:
    with server.db.session(write=False) as session:
        customer = session.scalars(select(Customer).where(Customer.login == login)).one()
        return customer.remind_by_email, customer.remind_by_sms


def reminders_in_cache(main: MainWindow) -> tuple[bool, bool]:
    with main.session.cache.session(write=False) as db:
        profile = db.scalars(select(CachedProfile)).one()
        return profile.remind_by_email, profile.remind_by_sms


def test_reminders_are_saved_on_the_server_and_in_the_cache(
    qtbot: QtBot, controller: Controller, server: LiveServer
) -> None:
    main = open_settings(qtbot, controller)
    page = main.settings
    assert_named(page)
    assert not page.remind_email.isChecked() and not page.remind_sms.isChecked()
    assert page.remind_email.isEnabled() and page.remind_sms.isEnabled() and page.remind_why.isHidden()
    page.save_reminders()
    assert page.reminders_result.text() == "Nothing has changed."
    page.remind_email.setFocus()  # reached with Tab, ticked with the space bar
    qtbot.keyClick(page.remind_email, Qt.Key.Key_Space)
    assert page.remind_email.isChecked()
    page.remind_sms.setChecked(True)
    page.save_reminders()
    qtbot.waitUntil(
        lambda: page.reminders_result.text() == "Saved: the supplier will remind you when readings are due.",
        timeout=10000,
    )
    assert reminders_on_server(server) == (True, True)
    assert reminders_in_cache(main) == (True, True)
    with main.session.cache.session(write=False) as db:
        assert db.query(Outbox).count() == 0  # a setting kept on the server: nothing queued
    page.remind_email.setChecked(False)
    page.save_reminders()
    qtbot.waitUntil(lambda: reminders_on_server(server) == (False, True), timeout=10000)
    qtbot.waitUntil(lambda: reminders_in_cache(main) == (False, True), timeout=10000)
    page.remind_sms.setChecked(False)
    page.save_reminders()
    qtbot.waitUntil(
        lambda: page.reminders_result.text() == "Saved: no reminders will be sent.", timeout=10000
    )
    assert reminders_on_server(server) == (False, False)


def test_reminders_offline_say_a_connection_is_needed(
    qtbot: QtBot, controller: Controller, server: LiveServer
) -> None:
    main = open_settings(qtbot, controller)
    page = main.settings
    main.session.client.base_url = "http://127.0.0.1:9"  # nothing answers there
    page.remind_email.setChecked(True)
    page.save_reminders()
    qtbot.waitUntil(
        lambda: (
            page.reminders_result.text()
            == "Reminders are set on the supplier's server, so this needs a connection. Please try again "
            "when online."
        ),
        timeout=15000,
    )
    assert not page.remind_email.isChecked()  # back as it is on the server
    assert reminders_on_server(server) == (False, False) and reminders_in_cache(main) == (False, False)
    with main.session.cache.session(write=False) as db:
        assert db.query(Outbox).count() == 0


def test_a_reminder_with_nowhere_to_send_cannot_be_chosen_and_says_why(
    qtbot: QtBot, controller: Controller, server: LiveServer
) -> None:
    page = open_settings(qtbot, controller, "sidorova").settings  # a phone, no e-mail
    assert not page.remind_email.isEnabled() and page.remind_sms.isEnabled()
    assert page.remind_why.isVisible()
    assert page.remind_why.text() == "To be reminded by e-mail, first add an e-mail under Contacts."
    assert page.remind_email.toolTip() == page.remind_why.text()
    page.remind_sms.setChecked(True)
    page.save_reminders()
    qtbot.waitUntil(lambda: reminders_on_server(server, "sidorova") == (False, True), timeout=10000)


def test_the_server_refuses_a_reminder_whose_contact_went_away(
    qtbot: QtBot, controller: Controller, server: LiveServer
) -> None:
    """The page still shows an e-mail the supplier has since removed: the server's refusal in words."""
    page = open_settings(qtbot, controller).settings
    with server.db.session() as session:
        session.scalars(select(Customer).where(Customer.login == "ivanova")).one().email = None
    page.remind_email.setChecked(True)
    page.save_reminders()
    qtbot.waitUntil(
        lambda: (
            page.reminders_result.text()
            == "There is no e-mail in your profile. Add one under Contacts first."
        ),
        timeout=10000,
    )
    assert reminders_on_server(server) == (False, False)
    assert not page.remind_email.isChecked()


def test_start_with_the_system_minimised(
    qtbot: QtBot, controller: Controller, server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    page = open_settings(qtbot, controller).settings
    entry = tmp_path / "config" / "autostart" / "personal-account.desktop"
    page.start_with_system.setChecked(True)
    assert entry.is_file()
    assert page.start_result.text() == "The app will start with the system, minimised to the tray."
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    command = shlex.split(exec_line.removeprefix("Exec="))
    assert command[-3:] == ["--server", server.url, "--minimised"] or command[-1] == "--minimised"
    assert "--server" in command and server.url in command
    page.start_with_system.setChecked(False)
    assert not entry.exists()
    assert page.start_result.text() == "The app will not start with the system."


def test_start_with_the_system_where_it_cannot_be_written(
    qtbot: QtBot, controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "autostart").write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    page = open_settings(qtbot, controller).settings
    page.start_with_system.setChecked(True)
    assert not page.start_with_system.isChecked()
    assert page.start_result.text() == (
        "This could not be changed: the system's list of programs to start is not writable."
    )
