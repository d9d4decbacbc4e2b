"""Render resources/icons/personal-account.svg to the PNG sizes the windows use and the .ico the
Windows build takes. Run after changing the SVG:

    QT_QPA_PLATFORM=offscreen python tools/make_icons.py
"""

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> None:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "personal-account.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"personal-account-{size}.png"))
    largest = Image.open(ICONS / "personal-account-256.png")
    largest.save(ICONS / "personal-account.ico", sizes=[(s, s) for s in SIZES])
    print(f"wrote {len(SIZES)} PNG sizes and personal-account.ico into {ICONS}")


if __name__ == "__main__":
    main()
