"""Every section has its icon, drawn in the theme's text colour (readable in high contrast too)."""

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui import theme
from ui.icons import section_icon
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.tasks import TaskManager


@pytest.mark.parametrize("role", ["customer", "caretaker"])
def test_every_section_has_an_icon(qtbot: QtBot, tmp_path: Path, role: str) -> None:
    tasks = TaskManager()
    window = MainWindow(None, tasks, Preferences(tmp_path), login="someone", role=role)
    qtbot.addWidget(window)
    try:
        assert window.nav.count() == len(window.section_names) > 0
        for row in range(window.nav.count()):
            assert not window.nav.item(row).icon().isNull(), window.section_names[row]
    finally:
        tasks.close()


@pytest.mark.parametrize("high_contrast", [False, True])
def test_an_icon_is_drawn_in_the_text_colour(qapp: QApplication, high_contrast: bool) -> None:
    theme.apply(qapp, 1.0, high_contrast)
    try:
        palette = qapp.palette()
        image = section_icon("home", palette, 48).pixmap(48, 48).toImage()
        drawn = {
            image.pixelColor(x, y).name()
            for x in range(48)
            for y in range(48)
            if image.pixelColor(x, y).alpha() == 255
        }
        assert QColor(palette.color(QPalette.ColorRole.Text)).name() in drawn
    finally:
        theme.apply(qapp, 1.0, False)
