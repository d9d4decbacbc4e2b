"""The window shown while the app starts and, in demo mode, while the demo server prepares its data."""

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget


class Starting(QWidget):
    """Shown while the demo server prepares its data (a few seconds, once)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Personal account"))
        self.setAccessibleName(self.tr("Starting"))
        self.label = QLabel(self.tr("Starting the demo server…"))
        self.label.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setAccessibleName(self.tr("Progress"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(bar)
        self.resize(420, 120)
