"""Home: the login's accounts, each account's meters, balance or debt, the submission window in words and
dates, each meter's verification dates, and a notice when the last billed month was estimated."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop_app import home as service
from desktop_app.home import AccountCard, Estimate, MeterCard, Overview
from desktop_app.session import AppSession
from protocol.window import Phase
from ui.formatting import money
from ui.message_line import MessageLine
from ui.messages import zone_values
from ui.tasks import TaskManager
from ui.window_words import estimate_reason, long_date, month_year, verification_sentence, window_sentence


def notice(text: str) -> QLabel:
    """A sentence that must not be missed: bold (not coloured: it reads in high contrast too), wrapped."""
    label = QLabel(text)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


class HomePage(QScrollArea):
    enter_reading = Signal(int)  # meter id

    def __init__(self, tasks: TaskManager, session: AppSession, today: Callable[[], date]) -> None:
        super().__init__()
        self.tasks = tasks
        self.session = session
        self.today = today
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Home"))
        self._content = QWidget()
        self._layout = QVBoxLayout(self._content)
        self.setWidget(self._content)
        self.boxes: list[QGroupBox] = []
        self.empty = QLabel(self.tr("Nothing here yet. Your accounts appear after the first sync."))
        self.empty.setWordWrap(True)
        self._layout.addWidget(self.empty)

    def refresh(self) -> None:
        cache, today = self.session.cache, self.today()
        self.tasks.run_db(
            lambda: service.overview(cache, today), lambda data: self.show_overview(data, today)
        )

    def show_overview(self, data: Overview, today: date) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None and widget is not self.empty:
                widget.deleteLater()
        if not data.accounts:
            self.boxes = []
            self._layout.addWidget(self.empty)
            self.empty.show()
            return
        self.empty.hide()
        self.boxes = [self._account_box(account) for account in data.accounts]
        for box in self.boxes:
            self._layout.addWidget(box)
        self._layout.addStretch(1)

    def text(self) -> str:
        """Everything the current overview says, for a screen reader's summary and for tests."""
        if not self.boxes:
            return self.empty.text()
        parts = []
        for box in self.boxes:
            parts.append(box.title())
            parts.extend(label.text() for label in box.findChildren(QLabel))
        return "\n".join(parts)

    def _account_box(self, account: AccountCard) -> QGroupBox:
        box = QGroupBox(self.tr("Account %1").replace("%1", account.number))
        box.setObjectName("AccountCard")  # a card (theme.py): rounded, on the base colour
        box.setAccessibleName(self.tr("Account %1").replace("%1", account.number))
        layout = QVBoxLayout(box)
        address = QLabel(f"{account.holder}\n{account.address}")
        address.setWordWrap(True)
        layout.addWidget(address)
        if account.access_code:
            code = QLabel(self.tr("Access code for the app: %1").replace("%1", account.access_code))
            code.setToolTip(self.tr("A family member adds this account to their login with this code"))
            code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            code.setWordWrap(True)  # at 200% text on 1024 px it would widen the page past the window
            layout.addWidget(code)
        if account.balance > 0:
            text = self.tr("To pay: %1").replace("%1", money(account.balance))
        elif account.balance < 0:
            text = self.tr("Paid in advance: %1").replace("%1", money(-account.balance))
        else:
            text = self.tr("Nothing to pay")
        # The amount due first, in its colour and icon: a debt is a warning, nothing due a success.
        balance = MessageLine(self.tr("Balance"))
        (balance.warning if account.balance > 0 else balance.success)(text)
        layout.addWidget(balance)
        for estimate in account.estimates:
            layout.addWidget(notice(self._estimate_text(estimate)))
        for meter in account.meters:
            layout.addWidget(self._meter_row(meter))
        return box

    def _estimate_text(self, estimate: Estimate) -> str:
        return (
            self.tr("The bill for %1 used the supplier's estimate for meter %2, because %3.")
            .replace("%1", month_year(estimate.period))
            .replace("%2", estimate.serial)
            .replace("%3", estimate_reason(estimate.reason))
        )

    def _meter_row(self, meter: MeterCard) -> QWidget:
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 8, 0, 0)
        values = zone_values({z: meter.last_values[z] for z in meter.zones if z in meter.last_values})
        title = self.tr("Meter %1").replace("%1", meter.serial)
        if meter.verification.overdue:
            title = self.tr("Meter %1: verification overdue").replace("%1", meter.serial)
        lines = [title]
        if values:
            lines.append(self.tr("Last reading: %1").replace("%1", values))
        label = QLabel("\n".join(lines))
        label.setWordWrap(True)
        layout.addWidget(label)
        window = window_sentence(meter.window)
        state = MessageLine(self.tr("Submission of readings"))
        if meter.window.phase == Phase.LAST_DAY:
            state.warning(window)  # the last day must not be missed
        elif meter.window.is_open:
            state.success(window)
        else:
            state.info(window)
        layout.addWidget(state)
        verification = []
        if meter.verified_on is not None:
            verification.append(self.tr("Last verified: %1.").replace("%1", long_date(meter.verified_on)))
        said = verification_sentence(meter.verification, meter.verification_enforced)
        if meter.verification.overdue or meter.verification.soon:
            if verification:
                layout.addWidget(self._plain(verification[0]))
            layout.addWidget(notice(said))
        elif said or verification:
            layout.addWidget(self._plain(" ".join([*verification, said]).strip()))
        if meter.waiting:
            layout.addWidget(
                self._plain(self.tr("Readings waiting to be sent: %1").replace("%1", str(meter.waiting)))
            )
        # Short, under the meter's own line: at 200% text the serial would push it past the window's edge.
        button = QPushButton(self.tr("Enter a reading"))
        button.setAccessibleName(self.tr("Enter a reading for meter %1").replace("%1", meter.serial))
        button.clicked.connect(lambda: self.enter_reading.emit(meter.id))
        layout.addWidget(button)
        return row

    @staticmethod
    def _plain(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label
