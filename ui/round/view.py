"""The grid's keyboard: digits start typing the new reading of the row, Enter keeps it and goes to the
next row, a refused value stays in its cell to be fixed, Home/End and PageUp/PageDown move through the
building, Escape drops what was being typed."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ui.round.model import RoundModel

START_KEYS = set("0123456789.,")


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
        """Make a row current (its new-reading cell), scrolled into view."""
        count = self.proxy().rowCount()
        if count == 0:
            return
        index = self.proxy().index(max(0, min(view_row, count - 1)), RoundModel.NEW)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        if edit:
            self.edit(index)

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
