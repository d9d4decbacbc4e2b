"""The caretaker's grid: one row per zone of every meter of a building, the new reading typed in place.

The model judges a typed value at once with the shared rule (the previous reading and the usual use
are in the row) and only then asks for it to be saved; a value it refuses stays in the cell with the
reason beside it, and is never saved. A jump far above the usual use is kept only when Enter is
pressed a second time on the same value: a keyboard-only confirmation, no dialog in the way.
"""

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from models.round import EMPTY, HELD, PARTIAL, SUBMITTED, CellSaved, Round, RoundRow
from models.schema import ACCEPTED, REJECTED, WAITING
from protocol.readings import parse_reading
from protocol.window import judge_taken
from ui.formatting import number
from ui.messages import CALENDAR_CODES, calendar_refusal, reading_problem, source_name, zone_name
from ui.round.words import held_status

Index = QModelIndex | QPersistentModelIndex

# Soft backgrounds beside the words; the high-contrast theme keeps its black and shows bold words only.
BACKGROUNDS = {
    "problem": "#f9d6d5",
    REJECTED: "#f9d6d5",
    ACCEPTED: "#dcefd9",
    SUBMITTED: "#dcefd9",
    PARTIAL: "#fff1c2",
    HELD: "#fff1c2",
}


def refusal(entry: RoundRow) -> str:
    """Why the supplier refused a row, in the person's language: a refusal by the calendar with its
    dates (never the server's English words), any other by its code."""
    if entry.code in CALENDAR_CODES and entry.taken_on is not None:
        days = entry.window
        taken = judge_taken(entry.taken_on, entry.taken_on, days.start_day, days.end_day, days.grace_days)
        return calendar_refusal(entry.code, entry.taken_on, taken.window, taken.last_arrival)
    return reading_problem(entry.code, entry.message or "")


class RoundModel(QAbstractTableModel):
    FLAT, ENTRANCE, FLOOR, ACCOUNT, METER, ZONE, PREVIOUS, NEW, CONSUMPTION, STATUS = range(10)
    COLUMNS = 10
    # What a caretaker needs at 175% text and more, when the rest does not fit: flat, zone, previous,
    # new, status (the current row's meter and account are said in full below the grid).
    COMPACT = (FLAT, ZONE, PREVIOUS, NEW, STATUS)

    save_requested = Signal(int, object)  # row, Decimal value: judged good, to be made durable
    progress_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.round: Round | None = None
        self.rows: list[RoundRow] = []
        self.problems: dict[int, str] = {}  # row -> why the typed text was not taken
        self.typed: dict[int, str] = {}  # row -> the refused text, given back to the editor
        self.to_confirm: dict[int, Decimal] = {}  # row -> a flagged value waiting for a second Enter
        self.saving: set[int] = set()
        self.last_refused = False

    # ---- contents ---------------------------------------------------------------------------------

    def set_round(self, found: Round) -> None:
        self.beginResetModel()
        self.round = found
        self.rows = found.rows
        self.problems.clear()
        self.typed.clear()
        self.to_confirm.clear()
        self.saving.clear()
        self.endResetModel()
        self.progress_changed.emit()

    def update_round(self, found: Round) -> None:
        """New states after a sync, keeping the view's place and anything being typed."""
        usual = {row.key: row.usual for row in self.rows}
        for new in found.rows:
            if new.usual is None:
                new.usual = usual.get(new.key)
        if self.round is None or [r.key for r in found.rows] != [r.key for r in self.rows]:
            self.set_round(found)
            return
        self.round = found
        for row in self.saving | set(self.problems):
            found.rows[row] = self.rows[row]  # keep what is being saved or was refused
        changed = [
            row for row, (old, new) in enumerate(zip(self.rows, found.rows, strict=True)) if old != new
        ]
        self.rows = found.rows
        for row in changed:  # only the rows whose answer changed: an open editor elsewhere is left alone
            self._changed(row)
        self.progress_changed.emit()

    def set_usual(self, usual: dict[tuple[int, str], Decimal]) -> None:
        """The usual use arrives after the grid is on screen; it only changes what gets flagged."""
        for row in self.rows:
            row.usual = usual.get(row.key)

    def progress(self) -> tuple[int, int]:
        """Meters with every zone entered, and all meters."""
        meters: dict[int, bool] = {}
        for row in self.rows:
            meters[row.meter_id] = meters.get(row.meter_id, True) and row.entered
        return sum(meters.values()), len(meters)

    def next_empty(self, after: int) -> int | None:
        count = len(self.rows)
        for step in range(1, count + 1):
            row = (after + step) % count
            if not self.rows[row].entered and row not in self.saving:
                return row
        return None

    # ---- Qt model ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            # The short headers in full, for the mouse and for a screen reader.
            full = {self.ENTRANCE: self.tr("Entrance"), self.FLOOR: self.tr("Floor")}
            return full.get(section) or self.headerData(section, orientation)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return [
            self.tr("Flat"),
            self.tr("Entr.", "entrance, short"),
            self.tr("Fl.", "floor, short"),
            self.tr("Account"),
            self.tr("Meter"),
            self.tr("Zone"),
            self.tr("Previous"),
            self.tr("New reading"),
            self.tr("Used, kWh"),
            self.tr("Status"),
        ][section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == self.NEW and index.row() not in self.saving:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def status_text(self, row: int) -> str:
        entry = self.rows[row]
        if row in self.problems:
            return self.tr("Not saved: %1").replace("%1", self.problems[row])
        if row in self.saving:
            return self.tr("Saving…")
        if entry.state == PARTIAL:
            return self.tr("Saved; enter the other zones of this meter")
        if entry.state == HELD:
            return held_status(entry.taken_on)
        wrapped = ""
        if entry.value is not None and entry.previous is not None and entry.value < entry.previous:
            wrapped = ". " + reading_problem("rollover")
        if entry.state == WAITING:
            return self.tr("Saved, waiting to be sent") + wrapped
        if entry.state == ACCEPTED:
            return (self.tr("Accepted, to be checked") if entry.flagged else self.tr("Accepted")) + wrapped
        if entry.state == REJECTED:
            return self.tr("Not accepted: %1").replace("%1", refusal(entry))
        if entry.state == SUBMITTED:
            return self.tr("Already submitted: %1").replace("%1", source_name(entry.source or ""))
        return ""

    def _text(self, row: int, column: int) -> str:
        entry = self.rows[row]
        if column == self.FLAT:
            return entry.flat
        if column == self.ENTRANCE:
            return str(entry.entrance)
        if column == self.FLOOR:
            return str(entry.floor)
        if column == self.ACCOUNT:
            return entry.account_number
        if column == self.METER:
            return entry.serial
        if column == self.ZONE:
            return "" if entry.zone == "single" else zone_name(entry.zone)  # a one-zone meter has no zone
        if column == self.PREVIOUS:
            return number(entry.previous) if entry.previous is not None else "—"
        if column == self.NEW:
            if row in self.typed:
                return self.typed[row]
            return number(entry.value) if entry.value is not None else ""
        if column == self.CONSUMPTION:
            used = entry.consumption
            return number(used) if used is not None else ""
        return self.status_text(row)

    def _kind(self, row: int) -> str:
        if row in self.problems:
            return "problem"
        return self.rows[row].state

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if row in self.typed:
                return self.typed[row]
            value = self.rows[row].value
            return f"{value:f}" if value is not None else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(row, column)
            if column == self.NEW and not text:
                return self.tr("empty")
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.FLAT,
            self.ENTRANCE,
            self.FLOOR,
            self.PREVIOUS,
            self.NEW,
            self.CONSUMPTION,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (
            column == self.NEW or (column == self.STATUS and self._kind(row) in ("problem", REJECTED))
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column in (self.NEW, self.STATUS):
            colour = BACKGROUNDS.get(self._kind(row))
            if colour and not _dark_theme():
                return QBrush(QColor(colour))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.NEW, self.STATUS):
            if BACKGROUNDS.get(self._kind(row)) and not _dark_theme():
                return QBrush(QColor("#000000"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATUS:
            return self._text(row, column) or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Judge what was typed; ask for it to be saved only when it is a good reading."""
        self.last_refused = False
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.NEW:
            return False
        row = index.row()
        entry = self.rows[row]
        typed = str(value).strip()
        if not typed:
            # Leaving a cell empty skips it; a saved value is never wiped by an empty Enter.
            self._clear_problem(row)
            return False
        parsed = parse_reading(typed)
        if parsed is None:
            return self._refuse(row, typed, reading_problem("not_a_number"))
        verdict = entry.verdict(parsed)
        if not verdict.ok:
            return self._refuse(row, typed, reading_problem(verdict.code, verdict.message))
        if verdict.flagged and self.to_confirm.get(row) != parsed:
            self.to_confirm[row] = parsed
            used = number(verdict.consumption) if verdict.consumption is not None else "?"
            usual = number(entry.usual.quantize(Decimal(1))) if entry.usual is not None else "?"
            return self._refuse(
                row,
                typed,
                self.tr("%1 kWh used, the usual is about %2 kWh. Check the meter; press Enter again to keep.")
                .replace("%1", used)
                .replace("%2", usual),
            )
        self.to_confirm.pop(row, None)
        self.problems.pop(row, None)
        self.typed.pop(row, None)
        if parsed == entry.value and entry.state not in (REJECTED, EMPTY):
            self._changed(row)
            return True  # the same value again: nothing to save
        entry.value = parsed
        self.saving.add(row)
        self._changed(row)
        self.save_requested.emit(row, parsed)
        return True

    def _refuse(self, row: int, typed: str, why: str) -> bool:
        self.problems[row] = why
        self.typed[row] = typed
        self.last_refused = True
        self._changed(row)
        return False

    def _clear_problem(self, row: int) -> None:
        if row in self.problems or row in self.typed:
            self.problems.pop(row, None)
            self.typed.pop(row, None)
            self.to_confirm.pop(row, None)
            self._changed(row)

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    # ---- answers from the database worker -----------------------------------------------------------

    def saved(self, row: int, result: CellSaved, taken_on: date | None = None) -> None:
        """The cell is durable; when it completed its meter, every zone of the meter is now waiting
        (or held, when typed while the window was closed)."""
        self.saving.discard(row)
        entry = self.rows[row]
        if result.changed:
            entry.taken_on = taken_on
        for other in range(max(0, row - 2), min(len(self.rows), row + 3)):
            sibling = self.rows[other]
            if sibling.meter_id != entry.meter_id:
                continue
            if result.changed or other == row:
                sibling.state = result.state
                if result.state == WAITING:
                    sibling.code = sibling.message = None
                    sibling.flagged = False
            self._changed(other)
        self.progress_changed.emit()

    def not_saved(self, row: int, why: str) -> None:
        self.saving.discard(row)
        entry = self.rows[row]
        self.typed[row] = f"{entry.value:f}" if entry.value is not None else ""
        self.problems[row] = why
        entry.value = None
        entry.state = EMPTY
        self._changed(row)
        self.progress_changed.emit()


def _dark_theme() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


class RoundFilter(QSortFilterProxyModel):
    """Rows of a flat number (exactly) or of a meter serial (any part), as the caretaker types."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.text:
            return True
        model = self.sourceModel()
        assert isinstance(model, RoundModel)
        entry = model.rows[source_row]
        return entry.flat.casefold() == self.text or self.text in entry.serial.casefold()
