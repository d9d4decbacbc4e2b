"""Feedback: the supplier's contacts, an application, a complaint or a callback request, and their status."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app import accounts as account_service
from desktop_app import feedback as service
from desktop_app.accounts import AccountChoice
from desktop_app.feedback import ApplicationRow, Contacts
from desktop_app.forms import FormProblem
from desktop_app.session import AppSession
from ui.messages import sync_problem
from ui.table_model import TextTableModel
from ui.tasks import TaskManager
from ui.widgets import combo, heading


class FeedbackPage(QWidget):
    sent = Signal()  # something was queued: a good moment to sync

    def __init__(self, tasks: TaskManager, session: AppSession) -> None:
        super().__init__()
        self.session = session
        self.tasks = tasks
        self.cache = session.cache
        self.setAccessibleName(self.tr("Feedback"))
        self.contacts = QLabel()
        self.contacts.setWordWrap(True)
        self.contacts.setAccessibleName(self.tr("Supplier's contacts"))

        self.kind = combo()
        self.kind.setAccessibleName(self.tr("What to send"))
        for text, kind in (
            (self.tr("Application"), "application"),
            (self.tr("Complaint"), "complaint"),
            (self.tr("Please call me back"), "callback"),
        ):
            self.kind.addItem(text, kind)
        self.account = combo()
        self.account.setAccessibleName(self.tr("Account"))
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.subject.setMaxLength(200)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Text"))
        self.body.setTabChangesFocus(True)
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Phone to call back"))
        self.phone.setPlaceholderText("+79161234567")
        self.send_button = QPushButton(self.tr("S&end"))
        self.send_button.setAccessibleName(self.tr("Send"))
        self.send_button.clicked.connect(self.send)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Result"))

        form = QFormLayout()
        for caption, field in (
            (self.tr("&What:"), self.kind),
            (self.tr("A&ccount:"), self.account),
            (self.tr("S&ubject:"), self.subject),
            (self.tr("&Text:"), self.body),
            (self.tr("&Phone:"), self.phone),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)

        self.model = TextTableModel(
            [self.tr("Date"), self.tr("What"), self.tr("Subject"), self.tr("Status"), self.tr("Answer")]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Your applications"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        table_label = QLabel(self.tr("&Your applications:"))
        table_label.setBuddy(self.table)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("<h2>Feedback</h2>")))
        layout.addWidget(self.contacts)
        layout.addLayout(form)
        layout.addWidget(self.send_button)
        layout.addWidget(self.result)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        self.accounts: list[AccountChoice] = []

    def refresh(self) -> None:
        self.tasks.run_db(lambda: service.contacts(self.cache), self._contacts)
        self.tasks.run_db(lambda: account_service.accounts(self.cache), self._accounts)
        self.tasks.run_db(lambda: service.applications(self.cache), self._applications)

    def _contacts(self, contacts: Contacts | None) -> None:
        if contacts is None:
            self.contacts.setText("")
            return
        self.contacts.setText(
            self.tr("%1\nPhone: %2\nE-mail: %3\nAddress: %4")
            .replace("%1", contacts.name)
            .replace("%2", contacts.phone)
            .replace("%3", contacts.email)
            .replace("%4", contacts.address)
        )

    def _accounts(self, accounts: list[AccountChoice]) -> None:
        keep = self.account.currentData()
        self.accounts = accounts
        self.account.clear()
        self.account.addItem(self.tr("Not about one account"), None)
        for account in accounts:
            self.account.addItem(account.number, account.id)
        self.account.setCurrentIndex(max(0, self.account.findData(keep)) if keep is not None else 0)

    def _applications(self, rows: list[ApplicationRow]) -> None:
        kinds = {
            "application": self.tr("Application"),
            "complaint": self.tr("Complaint"),
            "callback": self.tr("Call back"),
        }
        states = {
            "waiting": self.tr("Waiting to be sent"),
            "rejected": self.tr("Not accepted"),
            "received": self.tr("Received"),
            "in_progress": self.tr("In progress"),
            "answered": self.tr("Answered"),
            "closed": self.tr("Closed"),
        }
        self.model.set_rows(
            [
                [
                    row.created_at.astimezone().strftime("%d.%m.%Y"),
                    kinds.get(row.kind, row.kind),
                    row.subject or row.body[:60],
                    states.get(row.status, row.status),
                    row.answer or "",
                ]
                for row in rows
            ]
        )

    def send(self) -> None:
        kind = self.kind.currentData()
        account_id = self.account.currentData()
        subject, body, phone = (
            self.subject.text().strip(),
            self.body.toPlainText().strip(),
            self.phone.text().strip(),
        )
        if kind == "callback" and not phone:
            self.result.setText(self.tr("Please give a phone number to call you back."))
            self.phone.setFocus()
            return
        if kind != "callback" and not body:
            self.result.setText(self.tr("Please write what it is about."))
            self.body.setFocus()
            return
        self.tasks.run_db(
            lambda: service.send(self.cache, kind, account_id, subject, body, phone),
            self._sent,
            self._refused,
        )

    def _sent(self, _uuid: str) -> None:
        self.subject.clear()
        self.body.clear()
        self.result.setText(
            self.tr("Your message is saved. It will be sent to the supplier once there is a connection.")
        )
        self.tasks.run_db(lambda: service.applications(self.cache), self._applications)
        self.sent.emit()

    def _refused(self, error: Exception) -> None:
        if isinstance(error, FormProblem):
            if "contact_phone" in error.fields:
                self.result.setText(self.tr("The phone number should be digits, like +79161234567."))
                self.phone.setFocus()
                return
            self.result.setText(self.tr("Please check what you wrote: it is too long or has odd characters."))
            return
        self.result.setText(sync_problem(error))
