"""What every PDF the app makes shares: the font, DejaVu Sans, shipped in resources/fonts (with its
licence) and embedded in the file, because reportlab's built-in fonts have no Cyrillic letters; and
the building of a document under a temporary name, so a cancelled or failed job leaves no half file."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from jobs import CancelToken

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
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


def build_a4(
    story: list[Any],
    path: Path,
    *,
    title: str,
    cancel: CancelToken,
    margins_mm: tuple[float, float, float, float],  # left, right, top, bottom
    decorate: Callable[[Any, Any], None] | None = None,
) -> int:
    """Lay out `story` on A4 pages into `path`; returns the pages. `cancel` is checked on every page
    (reportlab stops where it is raised); `decorate(canvas, document)` draws a page's footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    pages = 0

    def on_page(canvas: Any, document: Any) -> None:
        nonlocal pages
        cancel.check()
        pages = document.page
        if decorate is not None:
            decorate(canvas, document)

    partial = path.with_name(path.name + ".part")
    left, right, top, bottom = margins_mm
    document = SimpleDocTemplate(
        str(partial),
        pagesize=A4,
        leftMargin=left * mm,
        rightMargin=right * mm,
        topMargin=top * mm,
        bottomMargin=bottom * mm,
        title=title,
        author="personal-account",
        initialFontName=FONT,  # or the canvas starts in Helvetica, which has no Cyrillic
    )
    try:
        document.build(story, onFirstPage=on_page, onLaterPages=on_page)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return pages
