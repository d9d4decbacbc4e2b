"""The one widget that tells a person how something went: an error, a warning, a success or a note.

Each kind has its colour, its icon and its words, so the meaning never rests on colour alone; the colours
are fixed pairs measured against their own background (at least 7:1), never a palette role that a theme
can turn white on grey. An error can mark the field it is about (a red outline from the style sheet,
the field's accessible description says why) until the next message or `clear()`.
"""

from enum import Enum

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStyle, QWidget


class Kind(Enum):
    ERROR = "error"
    WARNING = "warning"
    SUCCESS = "success"
    INFO = "info"


# (text, background, border) for the light theme; every text/background pair is over 7:1.
LIGHT = {
    Kind.ERROR: ("#7a0c0c", "#fde8e8", "#c62828"),
    Kind.WARNING: ("#5a3a00", "#fff4d1", "#b7791f"),
    Kind.SUCCESS: ("#0f4d23", "#e3f4e8", "#2e7d32"),
    Kind.INFO: ("#123a66", "#e6effa", "#1a5fb4"),
}
# High contrast: white or yellow on black, the kind told by a bright border and the icon.
CONTRAST = {
    Kind.ERROR: ("#ffffff", "#000000", "#ff5c5c"),
    Kind.WARNING: ("#ffff00", "#000000", "#ffff00"),
    Kind.SUCCESS: ("#ffffff", "#000000", "#4cff7a"),
    Kind.INFO: ("#ffffff", "#000000", "#00ffff"),
}
ICONS = {
    Kind.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Kind.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Kind.SUCCESS: QStyle.StandardPixmap.SP_DialogApplyButton,
    Kind.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def high_contrast() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colours(kind: Kind) -> tuple[QColor, QColor, QColor]:
    """The text, background and border colours of a kind in the theme now in use."""
    text, background, border = (CONTRAST if high_contrast() else LIGHT)[kind]
    return QColor(text), QColor(background), QColor(border)


class MessageLine(QFrame):
    """A message under a form or a page's action. Hidden while there is nothing to say, unless
    `keep_space` asks it to hold one line's height so the layout around it does not jump."""

    def __init__(
        self,
        accessible_name: str = "",
        parent: QWidget | None = None,
        keep_space: bool = False,
        dismiss: str = "",
    ):
        """`dismiss`, if given, is the words of a button that puts the message away (a notice that
        holds for the whole window, told once, should not keep its lines for good)."""
        super().__init__(parent)
        self.setObjectName("MessageLine")
        self.keep_space = keep_space
        self.kind: Kind | None = None
        self.field: QWidget | None = None
        self.icon = QLabel()
        self.icon.setAccessibleName("")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(8)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.dismiss_button: QPushButton | None = None
        if dismiss:
            self.dismiss_button = QPushButton(dismiss)
            self.dismiss_button.setAccessibleName(dismiss)
            self.dismiss_button.clicked.connect(self.clear)
            layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(accessible_name)
        self.label.setAccessibleName(accessible_name)
        # Never capped at the one-line size hint: a long message wrapped at 200% text grows downwards
        # (its height for its width) instead of being cut.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._show(None, "")

    # The same calls a QLabel answers, so a page can ask what it says.
    def text(self) -> str:
        return self.label.text() if self.kind is not None else ""

    def setText(self, text: str) -> None:
        if text:
            self.info(text)
        else:
            self.clear()

    def error(self, text: str, field: QWidget | None = None) -> None:
        self._show(Kind.ERROR, text, field)

    def warning(self, text: str, field: QWidget | None = None) -> None:
        self._show(Kind.WARNING, text, field)

    def success(self, text: str) -> None:
        self._show(Kind.SUCCESS, text)

    def info(self, text: str) -> None:
        self._show(Kind.INFO, text)

    def clear(self) -> None:
        self._show(None, "")

    def _show(self, kind: Kind | None, text: str, field: QWidget | None = None) -> None:
        self._mark(None)
        self.kind = kind if text else None
        if self.dismiss_button is not None:
            self.dismiss_button.setVisible(self.kind is not None)
        self.label.setText(text)
        self.setAccessibleDescription(text)
        if self.kind is None:
            self.icon.clear()
            # The same 2 px border as a message, transparent: an empty line holds the height of a full one.
            self.setStyleSheet("#MessageLine { background: transparent; border: 2px solid transparent; }")
            self._set_shown(self.keep_space)
            self.label.setText(" " if self.keep_space else "")
            return
        fg, bg, border = colours(self.kind)
        size = max(16, self.fontMetrics().height())
        self.icon.setPixmap(self.style().standardIcon(ICONS[self.kind]).pixmap(QSize(size, size)))
        self.setStyleSheet(
            f"#MessageLine {{ background: {bg.name()}; border: 2px solid {border.name()};"
            " border-radius: 6px; }"
            f"#MessageLine QLabel {{ color: {fg.name()}; background: transparent; border: none; }}"
            f"#MessageLine QPushButton {{ color: {fg.name()}; background: {bg.name()};"
            f" border: 2px solid {border.name()}; border-radius: 4px; }}"
            f"#MessageLine QPushButton:focus {{ border: 3px solid {fg.name()}; }}"
        )
        self.label.setStyleSheet("font-weight: bold;" if self.kind is Kind.ERROR else "")
        self._mark(field if self.kind in (Kind.ERROR, Kind.WARNING) else None)
        self._set_shown(True)

    def _set_shown(self, shown: bool) -> None:
        """Shown or hidden in its layout; a line not yet put in one is never shown as a window of its
        own (it would take the focus from the real window), it waits for its parent (event)."""
        self._shown = shown
        if self.parentWidget() is not None:
            self.setVisible(shown)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and self.parentWidget() is not None:
            self.setVisible(getattr(self, "_shown", False))
        return super().event(event)

    def _mark(self, field: QWidget | None) -> None:
        """Outline the field an error is about (theme.py styles [invalid="true"]) and say why to a
        screen reader; unmark the one marked before."""
        previous, self.field = self.field, field
        for widget, value in ((previous, False), (field, True)):
            if widget is None:
                continue
            widget.setProperty("invalid", value)
            widget.setAccessibleDescription(self.label.text() if value else "")
            widget.style().unpolish(widget)
            widget.style().polish(widget)
