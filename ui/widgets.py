"""Small widget factories shared by the pages."""

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop_app.history import AccountChoice


def combo() -> QComboBox:
    """A combo box that does not grow to its longest item: a long address at 200% text would otherwise
    make the window wider than an old 1366-pixel screen."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    return box


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
