"""The table of readings entered on this computer and what became of them: waiting, accepted (and, after
the monthly close, which bill used it), or refused, in full words with the dates (a tooltip too, and the
page shows the selected row's words wrapped below the table)."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop_app.readings import Entry
from models.schema import ACCEPTED, REJECTED, WAITING
from ui.messages import CALENDAR_CODES, calendar_refusal, reading_problem, zone_values
from ui.window_words import long_date, month_year

Index = QModelIndex | QPersistentModelIndex


def entry_state(entry: Entry) -> str:
    """What became of a reading typed here, in full words (the readings page and the history)."""
    if entry.state == WAITING:
        if entry.code == "future_date" and entry.taken_on is not None:
            # Held by the sync engine, never lost: it goes again once the supplier's day has come.
            return QCoreApplication.translate(
                "EntriesModel",
                "Waiting: on the supplier's calendar it is not %1 yet. It will be sent by itself.",
            ).replace("%1", long_date(entry.taken_on))
        return QCoreApplication.translate("EntriesModel", "Waiting to be sent")
    if entry.state == ACCEPTED:
        text = (
            QCoreApplication.translate("EntriesModel", "Accepted, to be checked")
            if entry.flagged
            else QCoreApplication.translate("EntriesModel", "Accepted")
        )
        if entry.bill_period is not None:
            text += ". " + QCoreApplication.translate("EntriesModel", "Used in the bill for %1").replace(
                "%1", month_year(entry.bill_period)
            )
        return text
    if entry.state == REJECTED:
        if entry.code in CALENDAR_CODES:
            why = calendar_refusal(entry.code, entry.taken_on, entry.window, entry.last_arrival)
        else:
            why = reading_problem(entry.code, entry.message or "")
        return QCoreApplication.translate("EntriesModel", "Not accepted: %1").replace("%1", why)
    return entry.state


class EntriesModel(QAbstractTableModel):
    COLUMNS = 4

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Entered"), self.tr("Meter"), self.tr("Reading"), self.tr("Status")][section]

    def state_text(self, entry: Entry) -> str:
        return entry_state(entry)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return self.state_text(entry)  # the whole sentence, however narrow the column
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return entry.entered_at.astimezone().strftime("%d.%m.%Y %H:%M")
            if column == 1:
                return entry.meter_serial
            if column == 2:
                return zone_values(entry.values)
            if column == 3:
                return self.state_text(entry)
        if role == Qt.ItemDataRole.FontRole and column == 3 and entry.state == REJECTED:
            font = QFont()
            font.setBold(True)  # bold rather than red: it reads in the high-contrast theme too
            return font
        if role == Qt.ItemDataRole.UserRole:
            return entry.uuid
        return None
