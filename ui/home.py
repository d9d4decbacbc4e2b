"""Home: the login's accounts, each account's meters, balance or debt, and the submission window."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop_app import home as service
from desktop_app.home import AccountCard, MeterCard, Overview
from desktop_app.session import AppSession
from ui.formatting import money, number
from ui.messages import zone_name
from ui.tasks import TaskManager


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
        box.setAccessibleName(self.tr("Account %1").replace("%1", account.number))
        layout = QVBoxLayout(box)
        address = QLabel(f"{account.holder}\n{account.address}")
        address.setWordWrap(True)
        layout.addWidget(address)
        if account.access_code:
            code = QLabel(self.tr("Access code for the app: %1").replace("%1", account.access_code))
            code.setToolTip(self.tr("A family member adds this account to their login with this code"))
            code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(code)
        if account.balance > 0:
            text = self.tr("To pay: %1").replace("%1", money(account.balance))
        elif account.balance < 0:
            text = self.tr("Paid in advance: %1").replace("%1", money(-account.balance))
        else:
            text = self.tr("Nothing to pay")
        balance = QLabel(f"<b>{text}</b>")
        balance.setTextFormat(Qt.TextFormat.RichText)
        balance.setAccessibleName(text)
        layout.addWidget(balance)
        for meter in account.meters:
            layout.addWidget(self._meter_row(meter))
        return box

    def _meter_row(self, meter: MeterCard) -> QWidget:
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 8, 0, 0)
        values = ", ".join(
            f"{zone_name(zone)} {number(meter.last_values[zone])}"
            for zone in meter.zones
            if zone in meter.last_values
        )
        lines = [self.tr("Meter %1").replace("%1", meter.serial)]
        if values:
            lines.append(self.tr("Last reading: %1").replace("%1", values))
        window = self.tr("Readings are taken from the %1 to the %2 of each month.")
        lines.append(
            window.replace("%1", str(meter.window_start.day)).replace("%2", str(meter.window_end.day))
        )
        if meter.window_open:
            if meter.days_left == 0:
                lines.append(self.tr("Today is the last day."))
            else:
                lines.append(self.tr("Days left: %1").replace("%1", str(meter.days_left)))
        if meter.waiting:
            lines.append(self.tr("Readings waiting to be sent: %1").replace("%1", str(meter.waiting)))
        label = QLabel("\n".join(lines))
        label.setWordWrap(True)
        layout.addWidget(label)
        button = QPushButton(self.tr("Enter a reading for meter %1").replace("%1", meter.serial))
        button.setAccessibleName(self.tr("Enter a reading for meter %1").replace("%1", meter.serial))
        button.clicked.connect(lambda: self.enter_reading.emit(meter.id))
        layout.addWidget(button)
        return row
