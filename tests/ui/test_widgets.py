"""Shared widgets: a row of buttons that wraps instead of widening the page."""

from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui import theme
from ui.widgets import WrapRow


def test_buttons_wrap_onto_more_rows_when_the_page_is_narrow(qapp: QApplication, qtbot: QtBot) -> None:
    theme.apply(qapp, 2.0, False)
    try:
        buttons = [
            QPushButton(text) for text in ("Квитанция…", "Квитанции за год…", "Квитанции по всем счетам…")
        ]
        page = QWidget()
        qtbot.addWidget(page)
        layout = QVBoxLayout(page)
        row = WrapRow(buttons)
        layout.addWidget(row)
        wide = sum(b.sizeHint().width() for b in buttons) + 100
        page.resize(wide, 400)
        page.show()
        qtbot.waitExposed(page)
        qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 1)  # one row
        narrow = max(b.sizeHint().width() for b in buttons) + 40
        assert page.minimumSizeHint().width() <= narrow
        page.resize(narrow, 400)
        qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == 3)  # one a row, none cut
        assert all(b.geometry().right() <= row.width() for b in buttons)
    finally:
        theme.apply(qapp, 1.0, False)
