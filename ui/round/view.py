"""The grid's keyboard: digits start typing the new reading of the row, Enter keeps it and goes to the
next row, a refused value stays in its cell to be fixed, Home/End and PageUp/PageDown move through the
building, Escape drops what was being typed."""

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ui.messages import zone_name
from ui.round.model import RoundModel
from ui.theme import BASE_POINT_SIZE

START_KEYS = set("0123456789.,")
COMPACT_SCALE = 1.75  # from this text size on, only the compact columns (RoundModel.COMPACT)
# Columns hidden, in this order, when the grid is too narrow for all: never flat, zone, the readings.
DROPPED_FIRST = (
    RoundModel.ACCOUNT,
    RoundModel.METER,
    RoundModel.CONSUMPTION,
    RoundModel.FLOOR,
    RoundModel.ENTRANCE,
)
# The widest value each column is measured against (a full dial, a long account number), whatever the
# rows on screen: the widths never change as the caretaker scrolls.
SAMPLES = {
    RoundModel.ENTRANCE: "88",
    RoundModel.FLOOR: "88",
    RoundModel.ACCOUNT: "88888888",
    RoundModel.PREVIOUS: "88\u00a0888\u00a0888",
    RoundModel.NEW: "88\u00a0888\u00a0888",
    RoundModel.CONSUMPTION: "88\u00a0888",
}


class ReadingDelegate(QStyledItemDelegate):
    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAccessibleName(self.tr("New reading"))
        editor.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Fill a new editor, but never overwrite digits being typed when a sync refreshes the row."""
        if isinstance(editor, QLineEdit) and editor.isModified():
            return
        super().setEditorData(editor, index)


class RoundView(QTableView):
    def __init__(self) -> None:
        super().__init__()
        self.setItemDelegateForColumn(RoundModel.NEW, ReadingDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setTabKeyNavigation(False)  # Tab leaves the grid, as everywhere else
        # By pixel, so the current row can sit exactly in the middle (go_to), not a row and a half off.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setStretchLastSection(True)
        # Column widths from the rows around the visible ones, not all 1,500 (that took 0.4 s).
        self.horizontalHeader().setResizeContentsPrecision(50)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)

    # ---- the models -------------------------------------------------------------------------------

    def proxy(self) -> QSortFilterProxyModel:
        model = self.model()
        assert isinstance(model, QSortFilterProxyModel)
        return model

    def round_model(self) -> RoundModel:
        source = self.proxy().sourceModel()
        assert isinstance(source, RoundModel)
        return source

    def source_row(self, view_row: int) -> int:
        return self.proxy().mapToSource(self.proxy().index(view_row, 0)).row()

    def view_row(self, source_row: int) -> int:
        return self.proxy().mapFromSource(self.round_model().index(source_row, 0)).row()

    def go_to(self, view_row: int, edit: bool = False) -> None:
        """Make a row current (its new-reading cell), in the middle of the grid: the rows before and after
        it are always in sight, never the current one at the bottom edge with the next cut in half."""
        count = self.proxy().rowCount()
        if count == 0:
            return
        index = self.proxy().index(max(0, min(view_row, count - 1)), RoundModel.NEW)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        if edit:
            self.edit(index)

    # ---- sizes ------------------------------------------------------------------------------------

    @property
    def compact(self) -> bool:
        return self.font().pointSizeF() >= BASE_POINT_SIZE * COMPACT_SCALE - 0.01

    def fit_columns(self) -> None:
        """Every column as wide as its widest possible value or its header, fixed, so nothing is elided
        ("1..." for flat 100) and nothing moves while scrolling; the status takes the rest. Rows are one
        line of the current text high. At large text only the compact columns are shown."""
        model = self.round_model()
        header = self.horizontalHeader()
        # Headers are bold in some styles (Fusion's high contrast): measured bold, to be sure they fit.
        bold = QFont(header.font())
        bold.setBold(True)
        text, head = self.fontMetrics(), QFontMetrics(bold)
        # The cell's margins and the header's, with room for the focus frame and the grid line.
        cell_pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 14
        head_pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 14
        self.verticalHeader().setDefaultSectionSize(text.height() + 12)
        widths = {}
        for column in range(model.COLUMNS):
            if column == model.STATUS:
                continue
            values = self._values(model, column)
            widths[column] = max(
                [head.horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal))) + head_pad]
                + [text.horizontalAdvance(value) + cell_pad for value in values]
            )
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, widths[column])
        header.setSectionResizeMode(model.STATUS, QHeaderView.ResizeMode.Stretch)
        # What does not fit goes, least needed first (the current row's meter is said below the grid):
        # the status keeps room for a few words.
        hidden = set() if not self.compact else set(range(model.COLUMNS)) - set(model.COMPACT)
        if all(row.zone == "single" for row in model.rows):
            hidden.add(model.ZONE)  # a building of one-zone meters: the column would be empty
        room = self.viewport().width() - text.horizontalAdvance("0" * 16)
        for column in DROPPED_FIRST:
            if sum(w for c, w in widths.items() if c not in hidden) <= room:
                break
            hidden.add(column)
        for column in range(model.COLUMNS):
            self.setColumnHidden(column, column in hidden)

    @staticmethod
    def _values(model: RoundModel, column: int) -> set[str]:
        if column in SAMPLES:
            return {SAMPLES[column]}
        if column == model.ZONE:
            return {zone_name(zone) for zone in ("single", "day", "night", "peak", "half_peak")}
        field = {model.FLAT: "flat", model.METER: "serial"}[column]
        return {str(getattr(row, field)) for row in model.rows} | {"8888"}

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wider = event.size().width() != event.oldSize().width()
        if wider and isinstance(self.model(), QSortFilterProxyModel):
            self.fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        resized = (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange, QEvent.Type.StyleChange)
        if event.type() in resized and isinstance(self.model(), QSortFilterProxyModel):
            self.fit_columns()

    # ---- keys -------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self.currentIndex()
        row = current.row() if current.isValid() else 0
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.state() != QAbstractItemView.State.EditingState:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.go_to(row + 1)  # Enter on a cell not being edited skips it
                return
            if key == Qt.Key.Key_Home:
                self.go_to(0)
                return
            if key == Qt.Key.Key_End:
                self.go_to(self.proxy().rowCount() - 1)
                return
            if plain and event.text() in START_KEYS and current.column() != RoundModel.NEW:
                # Typing anywhere in a row types its new reading.
                self.setCurrentIndex(self.proxy().index(row, RoundModel.NEW))
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """After Enter: on to the next row, or back into the cell if its value was refused."""
        model = self.round_model()
        refused = model.last_refused
        model.last_refused = False
        index = self.currentIndex()
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if hint != QAbstractItemDelegate.EndEditHint.SubmitModelCache or not index.isValid():
            if hint == QAbstractItemDelegate.EndEditHint.RevertModelCache:
                self._drop_refused(index)
            return
        if refused:
            self.edit(index)
            if isinstance(self.indexWidget(index), QLineEdit):
                self.indexWidget(index).selectAll()  # type: ignore[attr-defined]
            return
        self.go_to(index.row() + 1)

    def _drop_refused(self, index: QModelIndex) -> None:
        """Escape: forget the refused text, show the cell as it was."""
        if index.isValid():
            self.round_model()._clear_problem(self.source_row(index.row()))
