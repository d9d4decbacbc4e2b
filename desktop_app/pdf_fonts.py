"""The font of every PDF the app makes: DejaVu Sans, shipped in resources/fonts (with its licence) and
embedded in the file, because reportlab's built-in fonts have no Cyrillic letters."""

from pathlib import Path

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"


def register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS / "DejaVuSans-Bold.ttf")))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, BOLD)
