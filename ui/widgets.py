"""Small widget factories shared by the pages."""

import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.accounts import AccountChoice


class Combo(QComboBox):
    """A combo box the mouse wheel changes only once it has been clicked or tabbed into: scrolling a page
    past it must never switch the account silently. The wheel then scrolls the page."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def setAccessibleName(self, name: str) -> None:
        """The drop-down's list is named too: a screen reader announces it when it opens."""
        super().setAccessibleName(name)
        self.view().setAccessibleName(name)


def combo() -> QComboBox:
    """A combo box that does not grow to its longest item: a long address at 200% text would otherwise
    make the window wider than an old 1366-pixel screen."""
    box = Combo()
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    return box


class WrapRow(QWidget):
    """Buttons side by side while they fit, else on as many rows as they need: a row of four buttons at
    200% text is wider than an old screen, and a page that scrolls sideways loses a person."""

    def __init__(self, widgets: Sequence[QWidget]) -> None:
        super().__init__()
        self.widgets = list(widgets)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # our hints, not the grid's
        self.columns = 0
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._arrange(len(self.widgets))

    def _fits(self, width: int) -> int:
        """How many of the widgets fit side by side in `width`, at least one."""
        spacing = max(self.grid.horizontalSpacing(), 0)
        used, count = 0, 0
        for widget in self.widgets:
            used += widget.sizeHint().width() + (spacing if count else 0)
            if used > width and count:
                break
            count += 1
        return max(count, 1)

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for widget in self.widgets:
            self.grid.removeWidget(widget)
        for index, widget in enumerate(self.widgets):
            self.grid.addWidget(widget, index // columns, index % columns, Qt.AlignmentFlag.AlignLeft)
        self.grid.setColumnStretch(columns, 1)
        self.updateGeometry()

    def _height(self, columns: int) -> int:
        rows = -(-len(self.widgets) // columns)
        line = max(widget.sizeHint().height() for widget in self.widgets)
        return rows * line + (rows - 1) * max(self.grid.verticalSpacing(), 0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height(self._fits(width))

    def sizeHint(self) -> QSize:
        spacing = max(self.grid.horizontalSpacing(), 0) * (len(self.widgets) - 1)
        width = sum(w.sizeHint().width() for w in self.widgets) + spacing
        return QSize(width, self._height(len(self.widgets)))

    def minimumSizeHint(self) -> QSize:
        return QSize(max(w.minimumSizeHint().width() for w in self.widgets), self._height(1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(self._fits(event.size().width()))
        super().resizeEvent(event)


def fit_rows(view: QTableView, most: int = 12) -> None:
    """A table in a scrolling page as high as its rows (up to `most`): the page scrolls, not a table
    inside it; one with more rows than that scrolls itself beyond them.

    Fitted again whenever its sideways scroll bar comes or goes: that is only known once the columns are
    laid out, after the rows arrive, and the bar would otherwise take the only row's place."""
    model = view.model()
    rows = min(model.rowCount() if model is not None else 0, most)
    line = view.verticalHeader().defaultSectionSize()
    if rows:
        line = max(line, view.sizeHintForRow(0))
    header = max(view.horizontalHeader().sizeHint().height(), view.horizontalHeader().height())
    height = header + max(rows, 1) * line + 2 * view.frameWidth()
    bar = view.horizontalScrollBar()
    if bar.maximum() > 0:
        height += bar.sizeHint().height()
    view.setFixedHeight(height)
    if not view.property("fitsRows"):
        view.setProperty("fitsRows", True)
        bar.rangeChanged.connect(lambda _low, _high, view=view, most=most: fit_rows(view, most))


def with_clear_button(edit: QLineEdit) -> QLineEdit:
    """Qt's clear button inside a line edit, named for a screen reader (Qt leaves it nameless)."""
    edit.setClearButtonEnabled(True)
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(QCoreApplication.translate("Widgets", "Clear the field"))
    return edit


def heading(text: str) -> QLabel:
    """A page title that wraps instead of widening the window at large text sizes."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def scrolling_layout(page: QWidget) -> QVBoxLayout:
    """The layout of a page that scrolls as a whole: at 200% text its parts do not fit an old screen."""
    content = QWidget()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return QVBoxLayout(content)


def fill_accounts(box: QComboBox, accounts: Sequence[AccountChoice]) -> None:
    """The accounts in a combo box, keeping the one chosen before, without a change signal per item."""
    keep = box.currentData()
    box.blockSignals(True)
    box.clear()
    for account in accounts:
        box.addItem(f"{account.number} — {account.address}", account.id)
    box.setCurrentIndex(max(0, box.findData(keep)) if keep is not None else 0)
    box.blockSignals(False)


def access_key(text: str) -> str | None:
    """The letter after a single "&", lower case."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def taken_access_keys(root: QWidget) -> set[str]:
    """The Alt+letter keys in use while `root` (a page) is shown: its window's menus and status bar (a
    button there that is hidden now may appear), and `root`'s own buttons and labelled fields, whether
    or not the page is on screen at the moment."""
    window = root.window()
    texts = []
    if isinstance(window, QMainWindow):
        texts += [action.text() for action in window.menuBar().actions()]
        texts += [button.text() for button in window.statusBar().findChildren(QAbstractButton)]
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root) and (
            isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None)
        ):
            texts.append(widget.text())
    return {key for key in map(access_key, texts) if key}


def with_access_key(text: str, taken: Iterable[str]) -> str:
    """`text` with an Alt+letter key no other control has: a word's first letter if one is free, else
    any letter, else none (the control is still reached with Tab). Labels made at run time, such as the
    meter zones, get theirs this way: "&Day", then "N&ight" because Alt+N is Sync now."""
    taken = {key.lower() for key in taken}
    starts = [match.start() for match in re.finditer(r"\w+", text)]
    for at in [*starts, *range(len(text))]:
        if text[at].isalpha() and text[at].lower() not in taken:
            return text[:at] + "&" + text[at:]
    return text
