"""A PDF the app made, shown in the app before it is printed or saved (QtPdf, loaded when first used)."""

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.messages import file_problem
from ui.questions import fit_to_screen


class PdfPreview(QDialog):
    def __init__(
        self, path: Path, title: str, suggested_name: str, print_it: Callable[[Path], None], parent: QWidget
    ) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.path = path
        self.suggested_name = suggested_name
        self.print_it = print_it
        self.choose_save_path: Callable[[], str | None] = self._save_dialog
        self.setWindowTitle(title)
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Preview"))
        self.pages = QLabel(self.tr("Pages: %1").replace("%1", str(self.document.pageCount())))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print"))
        self.print_button.clicked.connect(lambda: self.print_it(self.path))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save as PDF"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 900, 800)  # at 768 px high its Print, Save and Close stay on screen
        self.print_button.setFocus()

    def _save_dialog(self) -> str | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(Path.home() / self.suggested_name),
            self.tr("PDF document (*.pdf)"),
        )
        return name or None

    def save(self) -> None:
        name = self.choose_save_path()
        if not name:
            return
        target = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        try:
            shutil.copyfile(self.path, target)
        except OSError as error:
            self.pages.setText(file_problem(error))
            return
        self.pages.setText(self.tr("Saved to %1.").replace("%1", str(target)))
