"""A failure nobody else put in words: one message box at a time, on top of the current window.

A second failure while the box is open changes its text rather than piling up boxes. The box is not
modal: what the person was typing stays theirs, and the window under it still answers.
"""

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class ProblemBox:
    def __init__(self) -> None:
        self.box: QMessageBox | None = None

    def show(self, parent: QWidget | None, text: str) -> QMessageBox:
        box = self.box
        if box is not None and not shiboken6.isValid(box):
            box = None  # its window was closed and deleted, and the box with it
        if box is None or box.parent() is not parent:
            if box is not None:
                box.close()
                box.deleteLater()
            box = QMessageBox(parent)
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(QCoreApplication.translate("ProblemBox", "Something went wrong"))
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.setAccessibleName(QCoreApplication.translate("ProblemBox", "Problem"))
            self.box = box
        box.setText(text)
        box.show()
        return box

    def close(self) -> None:
        """The app is closing: the box goes with it (a box left open outlives the window it was for)."""
        box, self.box = self.box, None
        if box is not None and shiboken6.isValid(box):
            box.close()
            box.deleteLater()
