"""The theme's colours: every pair a person reads is measured, in light and high contrast."""

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui import theme


@pytest.mark.parametrize("high_contrast", [False, True])
def test_a_hint_in_an_empty_field_is_readable_and_never_looks_typed(
    qapp: QApplication, high_contrast: bool
) -> None:
    theme.apply(qapp, 1.0, high_contrast)
    try:
        palette = qapp.palette()
        hint = palette.color(QPalette.ColorRole.PlaceholderText)
        typed = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        assert hint != typed
        if high_contrast:  # Fusion's own light palette is left as Qt draws it
            assert theme.contrast_ratio(hint, base) >= 4.5
    finally:
        theme.apply(qapp, 1.0, False)


def test_a_scrolling_page_with_the_focus_shows_it(qapp: QApplication, qtbot: QtBot) -> None:
    """The first Tab stop on Home is the page itself (it scrolls): its focus ring is drawn."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

    theme.apply(qapp, 1.0, False)
    window = QWidget()
    qtbot.addWidget(window)
    page = QScrollArea()
    page.setWidget(QLabel("Account 10100001"))
    other = QLineEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(page)
    layout.addWidget(other)
    window.show()
    qtbot.waitExposed(window)
    other.setFocus()
    without = page.grab().toImage()
    page.setFocus()
    qtbot.waitUntil(page.hasFocus)
    assert page.grab().toImage() != without
