"""Text size (100% to 200%) and the high-contrast theme, applied to the whole application."""

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

BASE_POINT_SIZE = 11.0  # comfortable on an old 1366x768 screen

# Focus is always visible; buttons are at least 44 px high (a fingertip, a shaky hand).
COMMON_STYLE = """
QPushButton, QToolButton { min-height: 44px; padding: 4px 16px; }
QLineEdit, QComboBox, QSpinBox { min-height: 36px; }
QListWidget::item { padding: 3px 2px; }
*:focus { outline: none; }
QPushButton:focus, QLineEdit:focus, QComboBox:focus, QListView:focus, QTableView:focus, QCheckBox:focus,
QToolButton:focus, QTextBrowser:focus, QSpinBox:focus, QScrollArea:focus, QAbstractScrollArea:focus {
    border: 3px solid %(focus)s; }
QLineEdit[invalid="true"], QComboBox[invalid="true"], QSpinBox[invalid="true"] {
    border: 3px solid %(invalid)s; }
"""

# Cards on the home page: the account's box on the base colour, rounded, its title bold.
CARDS = """
QGroupBox#AccountCard { background: %(card)s; border: 1px solid %(card_border)s; border-radius: 8px;
    margin-top: 1.6em; padding: 0.6em 0.4em 0.4em 0.4em; font-weight: bold; }
QGroupBox#AccountCard::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
QGroupBox#AccountCard QLabel, QGroupBox#AccountCard QPushButton { font-weight: normal; }
"""

NORMAL = {"focus": "#1a5fb4", "invalid": "#c62828", "card": "#ffffff", "card_border": "#b8c2cc"}
CONTRAST = {"focus": "#ffd700", "invalid": "#ff5c5c", "card": "#000000", "card_border": "#ffffff"}
# In high contrast every control gets a white outline, or it would vanish into the black.
CONTRAST_EXTRA = """
QPushButton, QToolButton, QLineEdit, QComboBox, QSpinBox, QGroupBox, QTableView, QListView,
QListWidget, QTextBrowser { border: 2px solid #ffffff; }
QPushButton:disabled { border: 2px dashed #c0c0c0; }
QHeaderView::section { background: #000000; color: #ffffff; border: 1px solid #ffffff; }
QGroupBox { margin-top: 1.5em; padding-top: 0.5em; }
"""


def high_contrast_palette() -> QPalette:
    """White and yellow on black: 21:1 and 19:1, far above the 7:1 that WCAG AAA asks for text."""
    palette = QPalette()
    black, white, yellow, cyan = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00"), QColor("#00ffff")
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.Button,
        QPalette.ColorRole.ToolTipBase,
    ):
        palette.setColor(role, black)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
        QPalette.ColorRole.BrightText,
    ):
        palette.setColor(role, white)
    # A hint in an empty field must not look like typed text: grey (9.4:1 on black), not white.
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#a8a8a8"))
    palette.setColor(QPalette.ColorRole.Highlight, yellow)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.Link, cyan)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#c0c0c0"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#c0c0c0"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#c0c0c0"))
    return palette


def apply(app: QApplication, scale: float, high_contrast: bool) -> None:
    # Setting a style or a style sheet restyles every widget there is: done again with the same values
    # (each new main window, each login) it only costs, and more the longer the app has run.
    applied = f"{scale}/{high_contrast}"
    if app.property("pa_theme") == applied and app.style().name().lower() == "fusion":
        return
    app.setProperty("pa_theme", applied)
    app.setStyle(QStyleFactory.create("Fusion"))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    app.setPalette(high_contrast_palette() if high_contrast else app.style().standardPalette())
    colours = CONTRAST if high_contrast else NORMAL
    style = COMMON_STYLE % colours + CARDS % colours
    app.setStyleSheet(style + CONTRAST_EXTRA if high_contrast else style)


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
