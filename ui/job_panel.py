"""A progress bar with a Cancel that really stops: long work checks the token between steps."""

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from jobs import CancelToken


class JobPanel(QWidget):
    _progressed = Signal(str, int, int)  # text, done, total (0: unknown); from any thread

    def __init__(self) -> None:
        super().__init__()
        self.token = CancelToken()
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Work in progress"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self._progressed.connect(self._show_progress)
        self.hide()

    @property
    def busy(self) -> bool:
        parent = self.parentWidget()
        return self.isVisibleTo(parent) if parent is not None else self.isVisible()

    def start(self, text: str) -> CancelToken:
        self.token = CancelToken()
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()
        self.cancel_button.setFocus()
        return self.token

    def report(self, text: str, done: int, total: int | None) -> None:
        """Callable from the worker thread."""
        self._progressed.emit(text, done, total or 0)

    @Slot(str, int, int)
    def _show_progress(self, text: str, done: int, total: int) -> None:
        if text:
            self.label.setText(text)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)

    def cancel(self) -> None:
        self.token.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping…"))

    def finish(self) -> None:
        self.hide()
