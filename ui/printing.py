"""Printing a PDF made by the app through Qt's printing: pages rendered by QtPdf, off the GUI thread,
then painted onto the printer (or a PDF file, when "Print to file" is chosen in the dialog)."""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from jobs import CancelToken

if TYPE_CHECKING:
    from ui.tasks import TaskManager

PRINT_DPI = 200  # sharp on paper, and 40 pages stay within a few hundred megabytes


class PrintError(Exception):
    pass


def render_pages(
    path: Path, dpi: int, cancel: CancelToken, progress: Callable[[int, int], None] | None = None
) -> list[QImage]:
    """Every page of the PDF as an image; callable from a worker thread."""
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise PrintError(f"the PDF {path} could not be read")
        images = []
        count = document.pageCount()
        for page in range(count):
            cancel.check()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, size)
            if image.isNull():
                raise PrintError(f"page {page + 1} could not be drawn")
            images.append(image)
            if progress:
                progress(page + 1, count)
        return images
    finally:
        document.close()


def paint(printer: QPrinter, images: list[QImage]) -> None:
    """On the GUI thread: each image scaled onto a page of the printer."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("the printer could not be started")
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(area.x(), area.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
    finally:
        painter.end()


def print_in_background(
    tasks: "TaskManager",
    printer: QPrinter,
    path: Path,
    cancel: CancelToken,
    progress: Callable[[int, int], None],
    done: Callable[[int], None],
    failed: Callable[[Exception], None],
) -> None:
    """Render the PDF's pages on the documents worker, then paint them onto the printer (GUI thread)."""

    def painted(images: list[QImage]) -> None:
        try:
            paint(printer, images)
        except PrintError as exc:
            failed(exc)
            return
        done(len(images))

    tasks.run_work(lambda: render_pages(path, PRINT_DPI, cancel, progress), painted, failed)


def choose_printer(parent: QWidget, title: str) -> QPrinter | None:
    """The system's print dialog; None when the user cancels it."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None
