"""Personal data and settings: contacts, reminders, password, login, e-receipts, linked accounts,
language, text, starting with the system."""

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, qVersion
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app import autostart, support
from desktop_app import settings as service
from desktop_app.forms import FormProblem
from desktop_app.options import DEMO_KEY, LANGUAGES
from desktop_app.session import AppSession
from desktop_app.settings import PersonalData
from sync.errors import Offline, Refused
from ui.messages import sync_problem
from ui.preferences import Preferences
from ui.tasks import TaskManager
from ui.widgets import combo, heading

SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)

log = logging.getLogger(__name__)


class SettingsPage(QScrollArea):
    changed_on_server = Signal()  # something changed there: sync to see it here
    text_scale_chosen = Signal(float)
    contrast_chosen = Signal(bool)
    language_chosen = Signal(str)

    def __init__(self, tasks: TaskManager, session: AppSession, prefs: Preferences) -> None:
        super().__init__()
        self.tasks = tasks
        self.session = session
        self.prefs = prefs
        self.data: PersonalData | None = None
        self.confirm: Callable[[str, str], bool] = self._ask_yes_no
        self.choose_report_path: Callable[[str], str | None] = self._report_dialog
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Personal data and settings"))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("<h2>Personal data and settings</h2>")))
        self.who = QLabel()
        self.who.setAccessibleName(self.tr("Who is logged in"))
        layout.addWidget(self.who)
        layout.addWidget(self._contacts_box())
        layout.addWidget(self._reminders_box())
        layout.addWidget(self._password_box())
        layout.addWidget(self._login_box())
        layout.addWidget(self._receipts_box())
        layout.addWidget(self._accounts_box())
        layout.addWidget(self._view_box())
        layout.addWidget(self._start_box())
        layout.addWidget(self._support_box())
        layout.addStretch(1)
        self.setWidget(content)

    # ---- building ---------------------------------------------------------------------------------

    def _field(self, form: QFormLayout, caption: str, widget: QWidget, name: str) -> None:
        widget.setAccessibleName(name)
        label = QLabel(caption)
        label.setBuddy(widget)
        form.addRow(label, widget)

    def _button(self, text: str, name: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(action)
        return button

    def _result(self, name: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setAccessibleName(name)
        return label

    def _contacts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Contacts"))
        form = QFormLayout(box)
        intro = QLabel(
            self.tr(
                "A new password is sent here if you forget yours. To change them, type your current "
                "password; a notice goes to the previous e-mail and phone."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        # Shown when an older version queued a change that the server refuses without the password.
        self.refused_contacts = self._result(self.tr("Contact change not saved"))
        self.refused_contacts.hide()
        form.addRow(self.refused_contacts)
        self.forget_contacts_button = self._button(
            self.tr("Forget that change"), self.tr("Forget the change not saved"), self.forget_contacts
        )
        self.forget_contacts_button.hide()
        form.addRow(self.forget_contacts_button)
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("+79161234567")
        self.contacts_password = QLineEdit()
        self.contacts_password.setEchoMode(QLineEdit.EchoMode.Password)
        self._field(form, self.tr("&E-mail:"), self.email, self.tr("E-mail"))
        self._field(form, self.tr("P&hone:"), self.phone, self.tr("Phone"))
        self._field(
            form,
            self.tr("&Your current password:"),
            self.contacts_password,
            self.tr("Current password to change the contacts"),
        )
        form.addRow(self._button(self.tr("Save &contacts"), self.tr("Save contacts"), self.save_contacts))
        self.contacts_result = self._result(self.tr("Contacts result"))
        form.addRow(self.contacts_result)
        return box

    def _reminders_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reminders"))
        form = QFormLayout(box)
        intro = QLabel(
            self.tr(
                "The supplier can remind you when the time to send readings begins and two days before "
                "it ends, if a meter has no reading for the month yet."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.remind_email = QCheckBox(self.tr("Remind me by e-mail"))
        self.remind_email.setAccessibleName(self.tr("Remind me by e-mail"))
        self.remind_sms = QCheckBox(self.tr("Remind me by text message (SMS)"))
        self.remind_sms.setAccessibleName(self.tr("Remind me by SMS"))
        # Why a box cannot be ticked: the profile has no e-mail or phone to send to.
        self.remind_why = self._result(self.tr("Why a reminder cannot be chosen"))
        self.remind_why.hide()
        form.addRow(self.remind_email)
        form.addRow(self.remind_sms)
        form.addRow(self.remind_why)
        form.addRow(self._button(self.tr("Save reminders"), self.tr("Save reminders"), self.save_reminders))
        self.reminders_result = self._result(self.tr("Reminders result"))
        form.addRow(self.reminders_result)
        return box

    def _password_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Password"))
        form = QFormLayout(box)
        self.old_password, self.new_password, self.repeat_password = QLineEdit(), QLineEdit(), QLineEdit()
        for edit in (self.old_password, self.new_password, self.repeat_password):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._field(form, self.tr("C&urrent password:"), self.old_password, self.tr("Current password"))
        self._field(form, self.tr("Ne&w password:"), self.new_password, self.tr("New password"))
        self._field(form, self.tr("&Repeat it:"), self.repeat_password, self.tr("Repeat the new password"))
        form.addRow(
            self._button(self.tr("Change &password"), self.tr("Change password"), self.change_password)
        )
        self.password_result = self._result(self.tr("Password result"))
        form.addRow(self.password_result)
        return box

    def _login_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Login"))
        form = QFormLayout(box)
        self.new_login, self.login_password = QLineEdit(), QLineEdit()
        self.login_password.setEchoMode(QLineEdit.EchoMode.Password)
        self._field(form, self.tr("New lo&gin:"), self.new_login, self.tr("New login"))
        self._field(form, self.tr("Pa&ssword:"), self.login_password, self.tr("Password to confirm"))
        form.addRow(self._button(self.tr("Change l&ogin"), self.tr("Change login"), self.change_login))
        self.login_result = self._result(self.tr("Login result"))
        form.addRow(self.login_result)
        return box

    def _receipts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Electronic receipts"))
        form = QFormLayout(box)
        self.receipt_account = combo()
        self.receipt_account.currentIndexChanged.connect(self._receipt_account_changed)
        self.receipt_on = QCheckBox(self.tr("Send the monthly receipt by e-mail &instead of paper"))
        self.receipt_on.setAccessibleName(self.tr("Electronic receipts"))
        self.receipt_email = QLineEdit()
        self._field(form, self.tr("Accoun&t:"), self.receipt_account, self.tr("Account for receipts"))
        form.addRow(self.receipt_on)
        self._field(form, self.tr("Receipts to e-&mail:"), self.receipt_email, self.tr("E-mail for receipts"))
        form.addRow(self._button(self.tr("Save receipts"), self.tr("Save receipts"), self.save_receipts))
        self.receipt_result = self._result(self.tr("Receipts result"))
        form.addRow(self.receipt_result)
        return box

    def _accounts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Accounts of this login"))
        form = QFormLayout(box)
        intro = QLabel(
            self.tr(
                "Add another account (your parents' flat, a dacha): its number, surname and the access "
                "code printed on its receipt."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.link_number, self.link_surname = QLineEdit(), QLineEdit()
        self._field(form, self.tr("Account num&ber:"), self.link_number, self.tr("Account number to add"))
        self._field(form, self.tr("Surname:"), self.link_surname, self.tr("Surname on the account"))
        self.link_code = QLineEdit()
        self.link_code.setMaxLength(24)
        self._field(
            form, self.tr("Access code:"), self.link_code, self.tr("Access code of the account to add")
        )
        form.addRow(self._button(self.tr("A&dd the account"), self.tr("Add the account"), self.link_account))
        self.unlink_account_box = combo()
        self._field(form, self.tr("Remove account:"), self.unlink_account_box, self.tr("Account to remove"))
        form.addRow(
            self._button(self.tr("Remove &from this login"), self.tr("Remove the account"), self.unlink)
        )
        self.accounts_result = self._result(self.tr("Accounts result"))
        form.addRow(self.accounts_result)
        return box

    def _view_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language and text"))
        form = QFormLayout(box)
        self.language = combo()
        self.language.addItem(self.tr("As in the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.prefs.language)))
        self.language.activated.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))
        self.scale = combo()
        for scale in SCALES:
            self.scale.addItem(f"{round(scale * 100)}%", scale)
        self.scale.setCurrentIndex(max(0, self.scale.findData(self.prefs.text_scale)))
        self.scale.activated.connect(lambda _i: self.text_scale_chosen.emit(self.scale.currentData()))
        self.contrast = QCheckBox(self.tr("High contrast"))
        self.contrast.setAccessibleName(self.tr("High contrast"))
        self.contrast.setChecked(self.prefs.high_contrast)
        self.contrast.toggled.connect(self.contrast_chosen.emit)
        self._field(form, self.tr("Language:"), self.language, self.tr("Language"))
        self._field(form, self.tr("Te&xt size:"), self.scale, self.tr("Text size"))
        form.addRow(self.contrast)
        return box

    def _start_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Starting"))
        form = QFormLayout(box)
        self.start_with_system = QCheckBox(self.tr("Start with the system, minimised"))
        self.start_with_system.setAccessibleName(self.tr("Start with the system, minimised"))
        self.start_result = self._result(self.tr("Starting result"))
        if autostart.supported():
            self.start_with_system.setChecked(autostart.is_enabled())
            self.start_result.setText(
                self.tr("The app then waits in the tray and reminds you when readings are due.")
            )
        else:
            self.start_with_system.setEnabled(False)
            self.start_result.setText(self.tr("Starting with the system is not supported on macOS yet."))
        self.start_with_system.toggled.connect(self.set_start_with_system)
        form.addRow(self.start_with_system)
        form.addRow(self.start_result)
        return box

    def _support_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Help from the supplier"))
        form = QFormLayout(box)
        intro = QLabel(
            self.tr(
                "If something does not work, save a support report and send it to the supplier's help "
                "desk. It holds the app's log and versions, never your password."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(
            self._button(
                self.tr("Save a report for the help des&k…"),
                self.tr("Save a support report"),
                self.save_report,
            )
        )
        self.report_result = self._result(self.tr("Support report result"))
        form.addRow(self.report_result)
        return box

    # ---- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.tasks.run_db(lambda: service.personal_data(self.session), self._loaded)

    def _loaded(self, data: PersonalData) -> None:
        self.data = data
        name = " ".join(part for part in (data.first_name, data.surname) if part)
        self.who.setText(self.tr("Login: %1").replace("%1", data.login) + (f" ({name})" if name else ""))
        earlier = data.refused_contacts
        shown_email, shown_phone = data.email, data.phone
        if earlier is not None:  # what the older version queued, filled in to be saved with the password
            shown_email, shown_phone = earlier[0] or data.email, earlier[1] or data.phone
            self.refused_contacts.setText(
                self.tr(
                    "A change of your e-mail or phone made earlier was not saved: the server now asks for "
                    "your password. It is filled in below: type your current password and press Save "
                    "contacts, or forget that change."
                )
            )
        self.refused_contacts.setVisible(earlier is not None)
        self.forget_contacts_button.setVisible(earlier is not None)
        if not self.email.hasFocus():
            self.email.setText(shown_email or "")
        if not self.phone.hasFocus():
            self.phone.setText(shown_phone or "")
        self._show_reminders(data)
        for box in (self.receipt_account, self.unlink_account_box):
            keep = box.currentData()
            box.blockSignals(True)
            box.clear()
            for account_id, number, address, _on, _email in data.accounts:
                box.addItem(f"{number} — {address}", account_id)
            box.setCurrentIndex(max(0, box.findData(keep)) if keep is not None else 0)
            box.blockSignals(False)
        self._receipt_account_changed()

    def _show_reminders(self, data: PersonalData) -> None:
        """The boxes as the server has them; one with nowhere to send is off, and the page says why."""
        why = []
        for check, on, contact, reason in (
            (
                self.remind_email,
                data.remind_by_email,
                data.email,
                self.tr("To be reminded by e-mail, first add an e-mail under Contacts."),
            ),
            (
                self.remind_sms,
                data.remind_by_sms,
                data.phone,
                self.tr("To be reminded by SMS, first add a phone number under Contacts."),
            ),
        ):
            check.setChecked(on)
            check.setEnabled(bool(contact) or on)  # one on without its contact can still be switched off
            check.setToolTip("" if contact else reason)
            if not contact:
                why.append(reason)
        self.remind_why.setText(" ".join(why))
        self.remind_why.setVisible(bool(why))

    def _receipt_account_changed(self) -> None:
        if self.data is None:
            return
        account_id = self.receipt_account.currentData()
        for current_id, _number, _address, on, email in self.data.accounts:
            if current_id == account_id:
                self.receipt_on.setChecked(on)
                self.receipt_email.setText(email or self.data.email or "")

    def _report_dialog(self, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _kind = QFileDialog.getSaveFileName(
            self, self.tr("Save a support report"), suggested, self.tr("Zip archives (*.zip)")
        )
        return path or None

    def save_report(self) -> None:
        suggested = str(Path.home() / f"personal-account-report-{date.today():%Y-%m-%d}.zip")
        chosen = self.choose_report_path(suggested)
        if not chosen:
            return
        data_dir = self.session.data_dir
        self._say(self.report_result, self.tr("Please wait…"))
        self.tasks.run_work(
            lambda: support.write_report(Path(chosen), data_dir, qVersion()),
            lambda path: self._say(
                self.report_result,
                self.tr("Saved to %1. Please send this file to the help desk.").replace("%1", str(path)),
            ),
            lambda error: self._say(self.report_result, sync_problem(error)),
        )

    def _say(self, result: QLabel, text: str) -> None:
        """An answer below a button the access key pressed may be out of sight: scroll it into view."""
        result.setText(text)
        self.ensureWidgetVisible(result)

    def _ask_yes_no(self, title: str, question: str) -> bool:
        return QMessageBox.question(self, title, question) == QMessageBox.StandardButton.Yes

    # ---- actions ----------------------------------------------------------------------------------

    def _ask(
        self, work: Callable[[], Any], result: QLabel, done: str, after: Callable[[Any], None] | None = None
    ) -> None:
        self._say(result, self.tr("Please wait…"))

        def succeeded(value: Any) -> None:
            self._say(result, done)
            if after is not None:
                after(value)

        self.tasks.run_net(work, succeeded, lambda error: self._say(result, self.problem(error)))

    def problem(self, error: Exception) -> str:
        if isinstance(error, FormProblem):
            fields = error.fields
            if "new_password" in fields:
                return self.tr("A password needs at least 8 characters.")
            if "new_login" in fields:
                return self.tr("A login is 3 to 64 Latin letters, digits, dots, dashes or underscores.")
            if "email" in fields:
                return self.tr("This does not look like an e-mail address.")
            if "phone" in fields:
                return self.tr("The phone number should be digits, like +79161234567.")
            if "account_number" in fields:
                return self.tr("An account number is digits only.")
            return self.tr("Please check what you typed.")
        if isinstance(error, Refused):
            texts = {
                "wrong_password": self.tr("The password is wrong."),
                "login_taken": self.tr("This login is taken. Please choose another."),
                "login_like_account": self.tr(
                    "A login cannot be digits only: it would look like an account number. "
                    "Please add a letter."
                ),
                "account_mismatch": self.tr(
                    "No account with this number, surname and access code. Check them on your receipt."
                ),
                "last_account": self.tr("This is the only account of this login; it cannot be removed."),
                "no_email": self.tr("Give an e-mail address for the receipts."),
            }
            if error.code in texts:
                return texts[error.code]
        return sync_problem(error)

    def save_contacts(self) -> None:
        email, phone = self.email.text().strip(), self.phone.text().strip()
        password = self.contacts_password.text()
        if self.data is not None and email == (self.data.email or "") and phone == (self.data.phone or ""):
            self._say(self.contacts_result, self.tr("Nothing has changed."))
            return
        if not password:
            self._say(
                self.contacts_result, self.tr("Type your current password to change the e-mail or phone.")
            )
            self.contacts_password.setFocus()
            return
        self.contacts_password.clear()
        self._say(self.contacts_result, self.tr("Please wait…"))

        def saved(_profile: object) -> None:
            self._say(self.contacts_result, self.tr("Saved. A notice went to your previous e-mail/phone."))
            self.changed_on_server.emit()
            self.refresh()

        def failed(error: Exception) -> None:
            if isinstance(error, Offline):  # deliberately online only: the server asks the password
                text = self.tr(
                    "Changing the e-mail or phone needs a connection to the server. Please try again "
                    "when online."
                )
            else:
                text = self.problem(error)
            self._say(self.contacts_result, text)

        self.tasks.run_net(
            lambda: service.change_contacts(self.session, password, email, phone), saved, failed
        )

    def save_reminders(self) -> None:
        email, sms = self.remind_email.isChecked(), self.remind_sms.isChecked()
        if self.data is not None and (email, sms) == (self.data.remind_by_email, self.data.remind_by_sms):
            self._say(self.reminders_result, self.tr("Nothing has changed."))
            return
        self._say(self.reminders_result, self.tr("Please wait…"))

        def saved(_profile: object) -> None:
            if email or sms:
                text = self.tr("Saved: the supplier will remind you when readings are due.")
            else:
                text = self.tr("Saved: no reminders will be sent.")
            self._say(self.reminders_result, text)
            self.refresh()

        def failed(error: Exception) -> None:
            texts = {
                "no_email": self.tr("There is no e-mail in your profile. Add one under Contacts first."),
                "no_phone": self.tr(
                    "There is no phone number in your profile. Add one under Contacts first."
                ),
            }
            if isinstance(error, Offline):  # a setting kept on the server, which sends the reminders
                text = self.tr(
                    "Reminders are set on the supplier's server, so this needs a connection. Please try "
                    "again when online."
                )
            elif isinstance(error, Refused) and error.code in texts:
                text = texts[error.code]
            else:
                text = self.problem(error)
            self._say(self.reminders_result, text)
            if self.data is not None:
                self._show_reminders(self.data)  # the boxes as they still are on the server

        self.tasks.run_net(lambda: service.set_reminders(self.session, email, sms), saved, failed)

    def set_start_with_system(self, on: bool) -> None:
        """Written at once, on this computer only: the autostart entry with the command of this app."""
        try:
            if on:
                autostart.enable(autostart.app_command(self._server_argument(), self.session.data_dir))
            else:
                autostart.disable()
        except OSError:
            log.warning("starting with the system could not be changed", exc_info=True)
            self._say(
                self.start_result,
                self.tr("This could not be changed: the system's list of programs to start is not writable."),
            )
            self.start_with_system.blockSignals(True)
            self.start_with_system.setChecked(autostart.is_enabled())
            self.start_with_system.blockSignals(False)
            return
        if on:
            text = self.tr("The app will start with the system, minimised to the tray.")
        else:
            text = self.tr("The app will not start with the system.")
        self._say(self.start_result, text)

    def _server_argument(self) -> str | None:
        """The server to start with: none for the demo (it starts its own), else the one in use."""
        return None if self.session.server_key == DEMO_KEY else self.session.server_url

    def forget_contacts(self) -> None:
        self.tasks.run_db(
            lambda: service.forget_refused_contacts(self.session), lambda _r: self._contacts_forgotten()
        )

    def _contacts_forgotten(self) -> None:
        self._say(self.contacts_result, self.tr("That change is forgotten."))
        if self.data is not None:  # the contacts as they are on the server again, wherever the focus is
            self.email.setText(self.data.email or "")
            self.phone.setText(self.data.phone or "")
        self.refresh()
        self.changed_on_server.emit()  # the status bar stops asking for attention

    def change_password(self) -> None:
        old, new, again = self.old_password.text(), self.new_password.text(), self.repeat_password.text()
        if new != again:
            self.password_result.setText(self.tr("The new password and its repetition differ."))
            self.new_password.clear()
            self.repeat_password.clear()
            self.new_password.setFocus()
            return
        for edit in (self.old_password, self.new_password, self.repeat_password):
            edit.clear()
        self._ask(
            lambda: service.change_password(self.session, old, new),
            self.password_result,
            self.tr("The password has been changed."),
        )

    def change_login(self) -> None:
        login, password = self.new_login.text().strip(), self.login_password.text()
        self.login_password.clear()
        self._ask(
            lambda: service.change_login(self.session, password, login),
            self.login_result,
            self.tr("The login has been changed: log in with it from now on."),
            self._login_changed,
        )

    def _login_changed(self, _profile: object) -> None:
        self.new_login.clear()
        self.prefs.remember_login(
            self.session.server_key, self.session.identity, self.session.login, self.session.role
        )
        self.changed_on_server.emit()
        self.refresh()

    def save_receipts(self) -> None:
        account_id = self.receipt_account.currentData()
        if account_id is None:
            return
        on, email = self.receipt_on.isChecked(), self.receipt_email.text().strip()
        self._ask(
            lambda: service.set_e_receipt(self.session, account_id, on, email),
            self.receipt_result,
            self.tr("Saved: receipts will come by e-mail.")
            if on
            else self.tr("Saved: receipts will come on paper."),
            lambda _r: self.changed_on_server.emit(),
        )

    def link_account(self) -> None:
        number, surname = self.link_number.text().strip(), self.link_surname.text().strip()
        code = self.link_code.text().strip()
        if not number or not surname or not code:
            self.accounts_result.setText(
                self.tr("Type the account number, the surname on it and the access code from its receipt.")
            )
            return

        def linked(account: Any) -> None:
            self.link_number.clear()
            self.link_surname.clear()
            self.link_code.clear()
            self.changed_on_server.emit()

        self._ask(
            lambda: service.link_account(self.session, number, surname, code),
            self.accounts_result,
            self.tr("The account has been added; its data is being loaded."),
            linked,
        )

    def unlink(self) -> None:
        account_id = self.unlink_account_box.currentData()
        if account_id is None:
            return
        question = self.tr("Remove account %1 from this login? You can add it again later.").replace(
            "%1", self.unlink_account_box.currentText()
        )
        if not self.confirm(self.tr("Remove the account"), question):
            return
        self._ask(
            lambda: service.unlink_account(self.session, account_id),
            self.accounts_result,
            self.tr("The account has been removed from this login."),
            lambda _r: self.changed_on_server.emit(),
        )
