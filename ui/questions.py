"""Questions that default to the safe answer, and dialogs no bigger than the screen they open on."""

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, title: str, text: str, go: str, keep: str) -> bool:
    """A yes/no question whose buttons say what they do (`go`, `keep`); Enter and Escape both keep,
    so going ahead always takes a deliberate choice. Put the numbers the person decides on in `text`."""
    box, yes = question_box(parent, title, text, go, keep)
    box.exec()
    return box.clickedButton() is yes


def question_box(parent: QWidget, title: str, text: str, go: str, keep: str) -> tuple[QMessageBox, QWidget]:
    """The question `ask` shows, and its go-ahead button, not yet shown."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    yes = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    yes.setAccessibleName(go)
    no.setAccessibleName(keep)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    return box, yes


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to the size asked for, but never past the available part of the screen the window opens
    on (an old 1366x768 screen less its task bar), so its buttons are always on screen."""
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry()
        # The frame the window manager adds is not in the size asked for: leave it a margin.
        width, height = min(width, room.width() - 16), min(height, room.height() - 48)
    window.resize(width, height)


def centre_on_screen(window: QWidget) -> None:
    """In the middle of the available part of its screen (a window manager may put a new window in a
    corner, half off an old screen)."""
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame = window.frameGeometry()
    frame.moveCenter(room.center())
    window.move(max(room.left(), frame.left()), max(room.top(), frame.top()))
