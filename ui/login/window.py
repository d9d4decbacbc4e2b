"""The first screen: log in with the login and password the supplier sent."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_app.forms import FormProblem
from desktop_app.session import AppSession
from sync.errors import Offline
from ui.login.register import RegisterDialog, ResetDialog
from ui.message_line import MessageLine
from ui.messages import sync_problem
from ui.questions import centre_on_screen, fit_to_screen
from ui.startup import app_icon
from ui.tasks import TaskManager
from ui.widgets import scrolling_layout


def app_logo(size: int) -> QPixmap:
    """The app's icon at `size` pixels (three lines of text high, so it grows with the text)."""
    return app_icon().pixmap(QSize(size, size))


class LoginWindow(QWidget):
    logged_in = Signal(object)  # AppSession

    def __init__(
        self,
        tasks: TaskManager,
        server_url: str,
        server_key: str,
        data_dir: Path | None,
        demo_logins: list[tuple[str, str]] | None = None,
        last_login: str = "",
        log_in: Callable[..., AppSession] = AppSession.log_in,
    ) -> None:
        super().__init__()
        self.tasks = tasks
        self.server_url = server_url
        self.server_key = server_key
        self.data_dir = data_dir
        self.log_in = log_in
        self.dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Personal account — log in"))
        self.setAccessibleName(self.tr("Log in"))

        logo = QLabel()
        logo.setPixmap(app_logo(self.fontMetrics().height() * 3))
        logo.setAccessibleName(self.tr("Logo: a house with a lightning bolt"))
        title = QLabel(self.tr("<h1>Personal account</h1>"))
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(logo, 0, Qt.AlignmentFlag.AlignVCenter)
        heading.addWidget(title, 1, Qt.AlignmentFlag.AlignVCenter)
        intro = QLabel(self.tr("Log in with the login and password the supplier sent you."))
        intro.setWordWrap(True)

        self.login_edit = QLineEdit(last_login)
        self.login_edit.setAccessibleName(self.tr("Login"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        login_label = QLabel(self.tr("&Login:"))
        login_label.setBuddy(self.login_edit)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password_edit)
        form.addRow(login_label, self.login_edit)
        form.addRow(password_label, self.password_edit)

        # Its colours are fixed pairs (ui.message_line), never a palette role a theme can turn white.
        self.error = MessageLine(self.tr("Problem"))

        self.button = QPushButton(self.tr("Log &in"))
        self.button.setAccessibleName(self.tr("Log in"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.password_edit.returnPressed.connect(self.submit)
        self.login_edit.returnPressed.connect(self.password_edit.setFocus)

        self.register_button = QPushButton(self.tr("&Register"))
        self.register_button.setAccessibleName(self.tr("Register"))
        self.register_button.clicked.connect(self.open_register)
        self.reset_button = QPushButton(self.tr("&Forgot password"))
        self.reset_button.setAccessibleName(self.tr("Forgot password"))
        self.reset_button.clicked.connect(self.open_reset)
        extra = QHBoxLayout()
        extra.addWidget(self.register_button)
        extra.addWidget(self.reset_button)

        # At 200% text the demo logins make it taller than an old screen: it scrolls, nothing is cut.
        layout = scrolling_layout(self)
        layout.addLayout(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.button)
        layout.addLayout(extra)
        if demo_logins:
            lines = "".join(f"<li><b>{login}</b> — {who}</li>" for login, who in demo_logins)
            demo = QLabel(
                self.tr("<p>Demo mode: the supplier's server runs on this computer with made-up data.</p>")
                + self.tr("<p>Demo logins (password <b>%1</b>):</p>").replace("%1", "demo-2026")
                + f"<ul>{lines}</ul>"
            )
            demo.setTextFormat(Qt.TextFormat.RichText)
            demo.setWordWrap(True)
            demo.setAccessibleName(self.tr("Demo logins"))
            layout.addWidget(demo)
        layout.addStretch(1)
        self.content = layout
        self.placed = False
        (self.password_edit if last_login else self.login_edit).setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """The first time: wide enough for its words at this text size, as high as they need (never past
        the screen), in the middle of it."""
        super().showEvent(event)
        if self.placed:
            return
        self.placed = True
        fit_to_screen(self, self.fontMetrics().averageCharWidth() * 52, self._needed_height())
        centre_on_screen(self)

    def _needed_height(self) -> int:
        letters = self.fontMetrics().averageCharWidth() * 52
        width = self.width() if self.placed and self.isVisible() else letters
        self.content.activate()
        height = self.content.totalHeightForWidth(width) if self.content.hasHeightForWidth() else 0
        return max(height, self.content.totalSizeHint().height()) + 24

    def _grow_to_fit(self) -> None:
        """A message of three lines (offline) should not push the button below a scroll: the window
        grows, as far as the screen lets it."""
        if self.isVisible() and self._needed_height() > self.height():
            fit_to_screen(self, self.width(), self._needed_height())

    def open_register(self) -> None:
        dialog = RegisterDialog(self.tasks, self.server_url, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._registered(dialog.login))
        dialog.open()

    def _registered(self, login: str) -> None:
        self.login_edit.setText(login)
        self.password_edit.clear()
        self.password_edit.setFocus()

    def open_reset(self) -> None:
        dialog = ResetDialog(self.tasks, self.server_url, self.login_edit.text().strip(), self)
        self.dialog = dialog
        dialog.open()

    def submit(self) -> None:
        login = self.login_edit.text().strip()
        password = self.password_edit.text()
        if not login or not password:
            self.show_error(self.tr("Please type your login and password."))
            return
        self.button.setEnabled(False)
        self.button.setText(self.tr("Logging in…"))
        self.error.clear()

        def work() -> AppSession:
            return self.log_in(self.server_url, login, password, self.data_dir, server_key=self.server_key)

        self.tasks.run_net(work, self._done, self._failed)

    def _done(self, session: AppSession) -> None:
        self.password_edit.clear()
        self.logged_in.emit(session)

    def _failed(self, error: Exception) -> None:
        self.button.setEnabled(True)
        self.button.setText(self.tr("Log &in"))
        if isinstance(error, FormProblem):  # e.g. a password longer than any password can be
            self.show_error(QCoreApplication.translate("Messages", "The login or password is wrong."))
        elif isinstance(error, Offline):
            self.show_error(
                self.tr(
                    "No connection to the supplier, and this login has not been used on this computer "
                    "yet. Please check the Internet connection and try again."
                )
            )
        else:
            self.show_error(sync_problem(error))
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.error.error(text, self.password_edit if self.login_edit.text().strip() else self.login_edit)
        QTimer.singleShot(0, self._grow_to_fit)
