"""The submission window above the round's grid: its state in words and dates, and, when it has opened
on readings typed while it was closed, the caretaker's choice for them.

A framed panel of plain words in the theme's own colours (readable in the high-contrast theme and at
200% text). It always holds a sentence once a building is open, so the grid below does not move when
the state changes; the choice's row appears only while there is something to choose.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout


class WindowBanner(QFrame):
    confirm_today = Signal()
    send_as_typed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Submission window"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state.setAccessibleName(self.tr("When readings are taken"))
        self.offer = QLabel()
        self.offer.setWordWrap(True)
        self.offer.setTextFormat(Qt.TextFormat.PlainText)
        self.offer.setAccessibleName(self.tr("Readings kept on this computer"))
        self.today_button = QPushButton(self.tr("Confirm as taken &today…"))
        self.today_button.setAccessibleName(self.tr("Confirm the kept readings as taken today"))
        self.today_button.clicked.connect(self.confirm_today)
        self.typed_button = QPushButton(self.tr("Send dated as t&yped…"))
        self.typed_button.setAccessibleName(self.tr("Send the kept readings dated the day they were typed"))
        self.typed_button.clicked.connect(self.send_as_typed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.today_button)
        buttons.addWidget(self.typed_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)  # close around the words: at 200% the grid keeps its rows
        layout.setSpacing(4)
        layout.addWidget(self.state)
        layout.addWidget(self.offer)
        layout.addLayout(buttons)
        self.show_offer("")

    def show_state(self, text: str) -> None:
        self.state.setText(text)
        self.state.setToolTip(text)  # where 200% text on a small screen squeezes the panel, still all said
        self.setAccessibleDescription(text)

    def show_offer(self, text: str) -> None:
        """The choice for kept readings, or (empty text) none."""
        self.offer.setText(text)
        for widget in (self.offer, self.today_button, self.typed_button):
            widget.setVisible(bool(text))
