"""Registration (account number, surname, e-mail or phone, the picture code) and password reset.

The password arrives by e-mail or SMS; the person then types it on the login screen.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.login import Captcha, FormProblem, Registered, Registration, registration
from sync.errors import Refused
from ui import theme
from ui.messages import sync_problem
from ui.tasks import TaskManager

PICTURE_SIZE = (220, 76)  # the reference server's pictures (server/captcha.py), room kept before one comes


class CaptchaBox(QWidget):
    """The picture code: an image, and below it a field for the digits and a button for a new picture.

    The picture is never scaled down: its strokes are drawn to be read at that size. With larger text it is
    shown larger by as much as the text is.
    """

    def __init__(self, tasks: TaskManager, service: Registration) -> None:
        super().__init__()
        self.tasks = tasks
        self.service = service
        self.captcha_id = ""
        self.image = QLabel()
        self.image.setAccessibleName(self.tr("Picture with digits"))
        self.image.setAccessibleDescription(
            self.tr(
                "Five digits drawn crooked and crossed by lines, to be typed into the field below. If they "
                "are hard to read, ask for a new picture."
            )
        )
        self.scale = max(1.0, self.font().pointSizeF() / theme.BASE_POINT_SIZE)
        self.image.setMinimumSize(round(PICTURE_SIZE[0] * self.scale), round(PICTURE_SIZE[1] * self.scale))
        self.image.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.answer = QLineEdit()
        self.answer.setAccessibleName(self.tr("Digits from the picture"))
        self.answer.setMaxLength(8)
        # room for the five digits at any text size, and no more: the Russian reset dialog at 200% must fit
        # a 1024-pixel screen
        self.answer.setMinimumWidth(self.answer.fontMetrics().horizontalAdvance("0" * 6) + 16)
        self.renew = QPushButton(self.tr("New &picture"))
        self.renew.setAccessibleName(self.tr("New picture"))
        self.renew.clicked.connect(self.load)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.image)
        row = QHBoxLayout()
        row.addWidget(self.answer, 1)
        row.addWidget(self.renew)
        column.addLayout(row)

    def load(self) -> None:
        self.answer.clear()
        self.tasks.run_net(
            self.service.captcha, self._show, lambda error: self.image.setText(sync_problem(error))
        )

    def _show(self, captcha: Captcha) -> None:
        self.captcha_id = captcha.captcha_id
        pixmap = QPixmap()
        pixmap.loadFromData(captcha.png, "PNG")
        if self.scale > 1:
            pixmap = pixmap.scaled(
                pixmap.size() * self.scale,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.image.setMinimumSize(pixmap.size())  # a server with larger pictures still gets them whole
        self.image.setPixmap(pixmap)


def _problem(error: Exception) -> str:
    if isinstance(error, FormProblem):
        fields = error.fields
        if "account_number" in fields:
            return QCoreApplication.translate(
                "RegisterDialog", "An account number is digits only, as on the receipt."
            )
        if "email" in fields:
            return QCoreApplication.translate("RegisterDialog", "This does not look like an e-mail address.")
        if "phone" in fields:
            return QCoreApplication.translate(
                "RegisterDialog", "The phone number should be digits, like +79161234567."
            )
        if "surname" in fields:
            return QCoreApplication.translate("RegisterDialog", "Please type the surname.")
        if "access_code" in fields:
            return QCoreApplication.translate(
                "RegisterDialog", "Please type the access code printed on the receipt."
            )
        return QCoreApplication.translate(
            "RegisterDialog", "Give an e-mail or a phone number for the password."
        )
    if isinstance(error, Refused):
        texts = {
            "account_mismatch": QCoreApplication.translate(
                "RegisterDialog",
                "No account with this number, surname and access code. Check them on your receipt.",
            ),
            "captcha_wrong": QCoreApplication.translate(
                "RegisterDialog", "The digits from the picture are wrong. Here is a new picture."
            ),
            "captcha_expired": QCoreApplication.translate(
                "RegisterDialog", "The picture is too old. Here is a new one."
            ),
            "already_registered": QCoreApplication.translate(
                "RegisterDialog",
                "This account already has a login. Use 'Forgot password' with the account number: the new "
                "password goes to the e-mail or phone of the account's own login.",
            ),
        }
        if error.code in texts:
            return texts[error.code]
    return sync_problem(error)


def _lay_out(
    dialog: QDialog,
    intro: str,
    rows: list[tuple[str, QLineEdit, str]],
    captcha: CaptchaBox,
    button: tuple[str, str],
    result_name: str,
) -> tuple[QLabel, QPushButton]:
    """Intro, a form (the captcha's answer field shown with its picture), a result line and a button.
    The strings come translated by the calling dialog, so each keeps its own translation context.

    The intro and the form scroll, the answer and the button stay in view under them: with large text
    the form, the picture and a long answer can be taller than the screen, and the window manager would
    then squeeze the rows over each other (the picture under its field first)."""
    text = QLabel(intro)
    text.setWordWrap(True)
    text.setTextFormat(Qt.TextFormat.PlainText)
    form = QFormLayout()
    for caption, field, name in rows:
        field.setAccessibleName(name)
        label = QLabel(caption)
        label.setBuddy(field)
        form.addRow(label, captcha if field is captcha.answer else field)
    scroll = QScrollArea()
    scroll.setAccessibleName(dialog.windowTitle())
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields take the focus, from the first one
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    result = QLabel()
    result.setWordWrap(True)
    result.setAccessibleName(result_name)
    push = QPushButton(button[0])
    push.setAccessibleName(button[1])
    push.setDefault(True)
    content = QWidget()
    inner = QVBoxLayout(content)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.addWidget(text)
    inner.addLayout(form)
    inner.addStretch(1)
    scroll.setWidget(content)
    layout = QVBoxLayout(dialog)
    layout.addWidget(scroll, 1)
    layout.addWidget(result)
    layout.addWidget(push)
    # As wide as the form likes (no sideways scrolling, room for the bar), and as tall as it needs while
    # the screen allows, less a title bar: the form scrolls only when it must.
    inner.activate()
    bar = scroll.verticalScrollBar().sizeHint().width()
    margins, gap = layout.contentsMargins(), layout.spacing()
    room = dialog.screen().availableGeometry() if dialog.screen() else None
    widest = (room.width() if room else 1024) - bar - margins.left() - margins.right() - 20
    width = max(content.minimumSizeHint().width(), min(content.sizeHint().width(), widest))
    scroll.setMinimumWidth(width + bar)
    needed = (
        inner.totalHeightForWidth(width)
        + 2 * gap
        + result.sizeHint().height()
        + push.sizeHint().height()
        + margins.top()
        + margins.bottom()
    )
    dialog.resize(
        width + bar + margins.left() + margins.right(), min(needed, (room.height() if room else 768) - 40)
    )
    return result, push


class RegisterDialog(QDialog):
    def __init__(self, tasks: TaskManager, server_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.service = Registration(server_url)
        self.login = ""
        self.setWindowTitle(self.tr("Registration"))
        self.setAccessibleName(self.tr("Registration"))
        self.number, self.surname, self.email, self.phone = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.access_code = QLineEdit()
        self.access_code.setMaxLength(24)
        self.phone.setPlaceholderText("+79161234567")
        self.captcha = CaptchaBox(tasks, self.service)
        self.result_label, self.button = _lay_out(
            self,
            self.tr(
                "Type your account number, surname and access code as on the receipt. The password comes by "
                "e-mail or SMS."
            ),
            [
                (self.tr("Account &number:"), self.number, self.tr("Account number")),
                (self.tr("&Surname:"), self.surname, self.tr("Surname")),
                (self.tr("Access c&ode:"), self.access_code, self.tr("Access code from the receipt")),
                (self.tr("&E-mail:"), self.email, self.tr("E-mail for the password")),
                (self.tr("or &phone for SMS:"), self.phone, self.tr("Phone for the password")),
                (
                    self.tr("&Digits from the picture:"),
                    self.captcha.answer,
                    self.tr("Digits from the picture"),
                ),
            ],
            self.captcha,
            (self.tr("&Register"), self.tr("Register")),
            self.tr("Result"),
        )
        self.button.clicked.connect(self.submit)
        self.captcha.load()

    def submit(self) -> None:
        try:
            body = registration(
                self.number.text(),
                self.surname.text(),
                self.access_code.text(),
                self.email.text(),
                self.phone.text(),
                self.captcha.captcha_id,
                self.captcha.answer.text(),
            )
        except FormProblem as error:
            self.result_label.setText(_problem(error))
            return
        self.button.setEnabled(False)
        self.result_label.setText(self.tr("Please wait…"))
        self.tasks.run_net(lambda: self.service.register(body), self._done, self._failed)

    def _done(self, answer: Registered) -> None:
        self.login = answer.login
        where = self.tr("by e-mail to %1") if answer.channel == "email" else self.tr("by SMS to %1")
        self.result_label.setText(
            self.tr("Your login is %1. The password was sent %2. Type it on the login screen.")
            .replace("%1", answer.login)
            .replace("%2", where.replace("%1", answer.sent_to))
        )
        self.button.setText(self.tr("&Go to the login screen"))
        self.button.setEnabled(True)
        self.button.clicked.disconnect()
        self.button.clicked.connect(self.accept)

    def _failed(self, error: Exception) -> None:
        self.button.setEnabled(True)
        self.result_label.setText(_problem(error))
        self.captcha.load()  # a picture is good for one try, right or wrong

    def done(self, result: int) -> None:
        self.service.close()
        super().done(result)


class ResetDialog(QDialog):
    def __init__(
        self, tasks: TaskManager, server_url: str, login: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.service = Registration(server_url)
        self.setWindowTitle(self.tr("Forgot password"))
        self.setAccessibleName(self.tr("Forgot password"))
        self.who = QLineEdit(login)
        self.captcha = CaptchaBox(tasks, self.service)
        self.result_label, self.button = _lay_out(
            self,
            self.tr("A new password will be sent to the e-mail or phone of your login."),
            [
                (self.tr("&Login or account number:"), self.who, self.tr("Login or account number")),
                (
                    self.tr("&Digits from the picture:"),
                    self.captcha.answer,
                    self.tr("Digits from the picture"),
                ),
            ],
            self.captcha,
            (self.tr("&Send a new password"), self.tr("Send a new password")),
            self.tr("Result"),
        )
        self.button.clicked.connect(self.submit)
        self.captcha.load()

    def submit(self) -> None:
        who, answer = self.who.text().strip(), self.captcha.answer.text().strip()
        if len(who) < 3 or not answer:
            self.result_label.setText(
                self.tr("Type your login (or account number) and the digits from the picture.")
            )
            return
        self.button.setEnabled(False)
        captcha_id = self.captcha.captcha_id
        self.tasks.run_net(
            lambda: self.service.password_reset(who, captcha_id, answer), self._done, self._failed
        )

    def _done(self, _nothing: None) -> None:
        self.button.setEnabled(True)
        self.result_label.setText(
            self.tr(
                "If this login exists, a new password has been sent to its e-mail or phone. "
                "The old password keeps working until you log in with the new one."
            )
        )

    def _failed(self, error: Exception) -> None:
        self.button.setEnabled(True)
        self.result_label.setText(_problem(error))
        self.captcha.load()

    def done(self, result: int) -> None:
        self.service.close()
        super().done(result)
