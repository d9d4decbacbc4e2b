"""The sections' icons (resources/icons/sections, drawn for this project, CC0), in the theme's colours.

Each SVG draws with `currentColor`; it is rendered at the size asked for (sharp at 200% text) in the
palette's text colour, and again in the highlighted text colour for a selected row, so an icon is as
readable as the words beside it in the light theme and in high contrast.
"""

from pathlib import Path

from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap

SECTIONS = Path(__file__).resolve().parent.parent / "resources" / "icons" / "sections"


def _pixmap(name: str, colour: QColor, size: int) -> QPixmap:
    svg = (SECTIONS / f"{name}.svg").read_text(encoding="utf-8")
    svg = svg.replace("currentColor", colour.name()).replace(
        'width="24" height="24"', f'width="{size}" height="{size}"', 1
    )
    pixmap = QPixmap()
    pixmap.loadFromData(svg.encode("utf-8"), "SVG")
    return pixmap


def section_icon(name: str, palette: QPalette, size: int) -> QIcon:
    """The icon of a section ("home", "readings", ...); an empty icon if there is none."""
    if not (SECTIONS / f"{name}.svg").exists():
        return QIcon()
    icon = QIcon()
    icon.addPixmap(_pixmap(name, palette.color(QPalette.ColorRole.Text), size), QIcon.Mode.Normal)
    selected = _pixmap(name, palette.color(QPalette.ColorRole.HighlightedText), size)
    icon.addPixmap(selected, QIcon.Mode.Selected)
    icon.addPixmap(selected, QIcon.Mode.Active)
    return icon
