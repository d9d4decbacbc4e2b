"""The tray icon and the reminders of the submission window while the app runs.

On the window's first day and two days before it closes, if a meter has no reading for the month, a
desktop notification says so (desktop_app.reminders decides; each once per period and kind). Checked
when a profile is attached, every hour and after each sync. Where the desktop has no system tray (or
the tests' offscreen platform), the same words come in a notice over the main window's corner. Every
reminder shown is also emitted as `notified(title, text)`, which is what a test watches.

The tray's menu opens the window or quits; clicking the icon or the notification opens the window.
"""

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from desktop_app import reminders
from desktop_app.reminders import Due, Kind
from sync.status import State, Status
from ui.startup import app_icon
from ui.sync_bridge import SyncBridge
from ui.tasks import TaskManager

if TYPE_CHECKING:
    from desktop_app.session import AppSession

CHECK_EVERY_MS = 60 * 60 * 1000  # an hour
SHOWN_FOR_MS = 30 * 1000


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class Tray(QObject):
    notified = Signal(str, str)  # title, text: every reminder shown, in the tray or in the window
    checked = Signal(object)  # after each check: the reminder it found due (Due), or None
    open_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        tasks: TaskManager,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
        *,
        use_tray: bool | None = None,
        check_every_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.today = today
        self.session: AppSession | None = None
        self.window: QWidget | None = None
        self.notice: Notice | None = None
        self.bridge = SyncBridge(self)
        self.bridge.status_changed.connect(self._synced)
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)
        self.icon: QSystemTrayIcon | None = None
        if use_tray if use_tray is not None else tray_available():
            icon = QApplication.windowIcon()
            self.icon = QSystemTrayIcon(app_icon() if icon.isNull() else icon, self)
            self.icon.setToolTip(self.tr("Personal account"))
            self.menu = QMenu()
            self.menu.setAccessibleName(self.tr("Personal account"))
            open_action = QAction(self.tr("&Open"), self.menu)
            open_action.triggered.connect(self.open_requested.emit)
            quit_action = QAction(self.tr("&Quit"), self.menu)
            quit_action.triggered.connect(self.quit_requested.emit)
            self.menu.addAction(open_action)
            self.menu.addAction(quit_action)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self.open_requested.emit)
            self.icon.show()

    @property
    def in_tray(self) -> bool:
        return self.icon is not None

    def attach(self, session: "AppSession", window: QWidget) -> None:
        """Remind for this profile, showing in-window notices on `window`; checks at once."""
        self.detach()
        self.session = session
        self.window = window
        session.listeners.append(self.bridge.post)
        self.timer.start()
        self.check()

    def detach(self) -> None:
        if self.session is not None and self.bridge.post in self.session.listeners:
            self.session.listeners.remove(self.bridge.post)
        self.session = None
        self.window = None
        self.timer.stop()

    def check(self) -> None:
        """Look for a reminder due today (in a worker) and show it."""
        session = self.session
        if session is None:
            return
        today = self.today()
        self.tasks.run_db(lambda: reminders.check(session.cache, today), self._due)

    def _synced(self, status: Status) -> None:
        if status.state in (State.ONLINE, State.NEEDS_ATTENTION):
            self.check()  # what the sync brought may be the readings, or new meters

    def _due(self, due: Due | None) -> None:
        if due is not None and self.session is not None:
            title, text = self.words(due)
            self.show_message(title, text)
        self.checked.emit(due)

    def words(self, due: Due) -> tuple[str, str]:
        locale = QLocale()

        def day(value: date) -> str:
            return locale.toString(QDate(value.year, value.month, value.day), "d MMMM")

        missing = self.tr("Meters without a reading this month: %1.").replace("%1", str(due.missing))
        if due.kind == Kind.OPENS:
            title = self.tr("Time to send meter readings")
            text = self.tr("Readings are taken from %1 to %2.").replace("%1", day(due.start))
            text = text.replace("%2", day(due.end))
        else:
            title = self.tr("Two days left to send meter readings")
            text = self.tr("Readings are taken until %1.").replace("%1", day(due.end))
        return title, f"{text} {missing}"

    def show_message(self, title: str, text: str) -> None:
        if self.icon is not None:
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, SHOWN_FOR_MS)
        else:
            self._notice(title, text)
        self.notified.emit(title, text)

    def _notice(self, title: str, text: str) -> None:
        """No tray on this desktop: a notice over the main window's corner until it is closed."""
        notice = self.notice
        if notice is not None and not shiboken6.isValid(notice):
            notice = None
        if notice is None or notice.parent() is not self.window:
            if notice is not None:
                notice.deleteLater()
            if self.window is None:
                return
            notice = Notice(self.window)
            self.notice = notice
        notice.say(title, text)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def close(self) -> None:
        self.detach()
        if self.notice is not None and shiboken6.isValid(self.notice):
            self.notice.hide()
        if self.icon is not None:
            self.icon.hide()


class Notice(QFrame):
    """A reminder inside the main window, over its top right corner: a child widget, so it takes
    neither the keyboard nor the window's place in front; closed with its button (reached with Tab)."""

    MARGIN = 12
    WIDEST = 460

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Raised)
        self.setAutoFillBackground(True)  # the theme's window colour, so the page does not show through
        self.setAccessibleName(self.tr("Reminder"))
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Reminder"))
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setAccessibleName(self.tr("What the reminder says"))
        self.close_button = QPushButton(self.tr("OK"))
        self.close_button.setAccessibleName(self.tr("Close the reminder"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        window.installEventFilter(self)
        self.hide()

    def say(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.body.setText(text)
        self.place()
        self.show()
        self.raise_()

    def text(self) -> str:
        return f"{self.title.text()} {self.body.text()}"

    def place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        width = max(120, min(self.WIDEST, window.width() - 2 * self.MARGIN))
        layout = self.layout()
        height = layout.totalHeightForWidth(width) if layout is not None else -1
        if height <= 0:
            height = self.sizeHint().height()
        top = self.MARGIN
        menu = window.menuWidget() if isinstance(window, QMainWindow) else None
        if menu is not None:
            top += menu.height()
        self.setGeometry(window.width() - width - self.MARGIN, top, width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.place()
        return False
