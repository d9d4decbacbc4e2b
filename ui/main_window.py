"""The main window: navigation on the left, the page on the right, the connection in the status bar.

It is built in two steps so that it is on screen at once. With a remembered login the frame (title,
sections, menus, status bar) is shown before the database, HTTP and schema libraries are imported;
`attach` then builds the pages on the opened profile. This module imports none of those libraries.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sync.status import State, Status
from ui.icons import section_icon
from ui.message_line import Kind, MessageLine
from ui.messages import sync_problem
from ui.preferences import STEP, Preferences
from ui.questions import centre_on_screen, fit_to_screen
from ui.sync_bridge import SyncBridge
from ui.tasks import TaskManager
from ui.theme import BASE_POINT_SIZE

if TYPE_CHECKING:
    from desktop_app.session import AppSession
    from ui.feedback import FeedbackPage
    from ui.home import HomePage
    from ui.readings import ReadingsPage
    from ui.round.page import RoundPage
    from ui.settings import SettingsPage


@dataclass(frozen=True)
class Section:
    name: str  # the page's attribute on the window: "home", "round", ...
    title: str
    page: QWidget
    refresh: Callable[[], None]


class MainWindow(QMainWindow):
    logged_out = Signal()
    text_scale_changed = Signal(float)
    contrast_changed = Signal(bool)
    language_changed = Signal(str)
    # The pages, set by `attach` from the role's sections (a caretaker's window has no home or readings).
    home: "HomePage"
    readings: "ReadingsPage"
    feedback: "FeedbackPage"
    settings: "SettingsPage"
    round: "RoundPage"

    def __init__(
        self,
        session: "AppSession | None",
        tasks: TaskManager,
        prefs: Preferences,
        today: Callable[[], date] = date.today,
        *,
        login: str = "",
        role: str = "customer",
    ) -> None:
        """With a session, the whole window; without one, the frame for `login` and `role`, waiting
        for `attach`."""
        super().__init__()
        self.session: AppSession | None = None
        self.tasks = tasks
        self.prefs = prefs
        self.today = today
        self.sections: list[Section] = []
        self.section_names: list[str] = []  # the page names, in the section list's order
        self.placed = False  # sized and placed on the screen at the first show (showEvent)
        self.resize(1000, 700)

        self.bridge = SyncBridge(self)
        self.bridge.status_changed.connect(self.show_status)

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)  # a long name goes on two lines (_fit_nav)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.opening = QLabel(self.tr("Opening your account…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening.setAccessibleName(self.tr("Opening your account"))
        self.pages.addWidget(self.opening)
        self._name_sections(login, role)
        self.nav.currentRowChanged.connect(self.show_section)
        # What holds for the whole window (working offline, no keyring), above the page.
        self.notice = MessageLine(self.tr("Notice"), dismiss=self.tr("&Got it"))
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.notice)
        right.addWidget(self.pages, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Connection"))
        self.sync_label = QLabel()
        self.sync_label.setAccessibleName(self.tr("Last update"))
        self.sync_button = QPushButton(self.tr("Sync &now"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.statusBar().addWidget(self.state_label, 1)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.sync_button)
        self.login_again_button = QPushButton(self.tr("&Log in again"))
        self.login_again_button.setAccessibleName(self.tr("Log in again"))
        self.login_again_button.clicked.connect(self.log_in_again)
        self.login_again_button.hide()
        self.statusBar().addPermanentWidget(self.login_again_button)
        # Shown when a contact change an older version queued was refused: it leads to where it is made.
        self.open_settings_button = QPushButton(self.tr("Open settings"))
        self.open_settings_button.setAccessibleName(self.tr("Open the settings to change the contacts"))
        self.open_settings_button.clicked.connect(lambda: self.open_page(self.settings))
        self.open_settings_button.hide()
        self.statusBar().addPermanentWidget(self.open_settings_button)
        self.ask_password: Callable[[], str | None] = self._ask_password
        self._menus()
        self._section_keys()
        # Syncing and logging out wait for the profile.
        self.sync_button.setEnabled(False)
        self.actions_by_name["sync"].setEnabled(False)
        self.actions_by_name["logout"].setEnabled(False)
        if session is not None:
            self.attach(session)

    @property
    def attached(self) -> bool:
        return self.session is not None

    def _section_titles(self, role: str) -> list[tuple[str, str]]:
        """Each role's sections in order, as (page name, title): the one list both the frame and
        `attach` are built from."""
        if role == "caretaker":
            # A caretaker has no bills or payments: the round, the news, the settings and help.
            return [
                ("round", self.tr("Building round")),
                ("news", self.tr("News")),
                ("settings", self.tr("Personal data and settings")),
                ("help", self.tr("Help")),
            ]
        return [
            ("home", self.tr("Home")),
            ("readings", self.tr("Submit readings")),
            ("history", self.tr("Readings history")),
            ("charts", self.tr("Consumption charts")),
            ("bills", self.tr("Bills and payments")),
            ("calculator", self.tr("Tariff calculator")),
            ("news", self.tr("News")),
            ("feedback", self.tr("Feedback")),
            ("settings", self.tr("Personal data and settings")),
            ("help", self.tr("Help")),
        ]

    def _name_sections(self, login: str, role: str) -> None:
        self.setWindowTitle(self.tr("Personal account — %1").replace("%1", login))
        self.caretaker = role == "caretaker"
        titles = [title for _name, title in self._section_titles(role)]
        if [self.section_title(row) for row in range(self.nav.count())] != titles:
            self.nav.blockSignals(True)
            self.nav.clear()
            for title in titles:
                item = QListWidgetItem(title)
                item.setData(Qt.ItemDataRole.UserRole, title)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
                self.nav.addItem(item)
            self.nav.setCurrentRow(0)
            self.nav.blockSignals(False)
        self.section_names = [name for name, _title in self._section_titles(role)]
        self._fit_nav()

    def attach(self, session: "AppSession") -> None:
        """Build the pages on the opened profile; the section chosen meanwhile stays chosen."""
        # The pages import the services, and through them SQLAlchemy and pydantic: only now.
        from ui.bills.page import BillsPage
        from ui.calculator import CalculatorPage
        from ui.charts import ChartsPage
        from ui.feedback import FeedbackPage
        from ui.help import HelpPage
        from ui.history import HistoryPage
        from ui.home import HomePage
        from ui.news import NewsPage
        from ui.readings import ReadingsPage
        from ui.round.page import RoundPage
        from ui.settings import SettingsPage

        assert self.session is None, "attached twice"
        tasks, today = self.tasks, self.today
        self.session = session
        self._name_sections(session.login, session.role)
        session.listeners.append(self.bridge.post)
        make: dict[str, Callable[[], QWidget]] = {
            "home": lambda: HomePage(tasks, session, today),
            "readings": lambda: ReadingsPage(tasks, session, today),
            "history": lambda: HistoryPage(tasks, session),
            "charts": lambda: ChartsPage(tasks, session, today),
            "bills": lambda: BillsPage(tasks, session),
            "calculator": lambda: CalculatorPage(tasks, session, today),
            "news": lambda: NewsPage(tasks, session),
            "feedback": lambda: FeedbackPage(tasks, session),
            "settings": lambda: SettingsPage(tasks, session, self.prefs),
            "help": HelpPage,
            "round": lambda: RoundPage(tasks, session, today),
        }
        self.sections = []
        for name, title in self._section_titles(session.role):
            page = make[name]()
            setattr(self, name, page)
            # Choosing the readings page keeps what is being typed there.
            refresh = page.refresh_if_idle if name == "readings" else page.refresh  # type: ignore[attr-defined]
            self.sections.append(Section(name, title, page, refresh))
        self.settings.changed_on_server.connect(self.sync_now)
        self.settings.text_scale_chosen.connect(self.set_scale)
        self.settings.language_chosen.connect(self.language_changed.emit)
        contrast = self.actions_by_name["contrast"]
        contrast.toggled.connect(self.settings.contrast.setChecked)
        self.settings.contrast_chosen.connect(contrast.setChecked)
        if not self.caretaker:
            self.readings.saved.connect(lambda _uuid: self.sync_now())
            self.feedback.sent.connect(self.sync_now)
            self.home.enter_reading.connect(self.open_reading)
            self.readings.remind_requested.connect(self.open_reminders)
        for action in (self.actions_by_name["sync"], self.actions_by_name["logout"]):
            action.setEnabled(True)
        self.sync_button.setEnabled(True)
        for section in self.sections:
            self.pages.addWidget(section.page)
        self.pages.removeWidget(self.opening)
        self.opening.deleteLater()
        row = max(self.nav.currentRow(), 0)
        self.pages.setCurrentIndex(row)
        self.refresh()
        if row > 0:
            self.sections[row].refresh()
        if session.cache.repair is not None:
            self._tell_repaired(session.cache.repair.kept_copy, session.cache.repair.recovered_entries)
            session.cache.repair = None  # told once

    def _tell_repaired(self, kept: Path, recovered: int) -> None:
        """The cache file was damaged (a power cut, a failing disk) and made anew: say so, once."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Your data was repaired"))
        box.setText(
            self.tr(
                "The data file on this computer was damaged. A copy was kept at %1. %2 entries not yet "
                "sent were recovered; everything else is downloaded again from the server."
            )
            .replace("%1", str(kept))
            .replace("%2", str(recovered))
        )
        box.setAccessibleName(self.tr("Your data was repaired"))
        box.open()
        self.repair_box = box

    def _section_keys(self) -> None:
        """Ctrl+1 ... Ctrl+9 open the sections in their order: a keyboard user need not find the list."""
        for row in range(9):
            key = QAction(self)
            key.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            key.triggered.connect(lambda _checked=False, row=row: self._open_row(row))
            self.addAction(key)

    def _open_row(self, row: int) -> None:
        if row < self.nav.count():
            self.nav.setCurrentRow(row)

    def _menus(self) -> None:
        view = self.menuBar().addMenu(self.tr("&View"))
        larger = QAction(self.tr("&Larger text"), self)
        larger.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        larger.triggered.connect(lambda: self.change_scale(+STEP))
        smaller = QAction(self.tr("&Smaller text"), self)
        smaller.setShortcut(QKeySequence.StandardKey.ZoomOut)
        smaller.triggered.connect(lambda: self.change_scale(-STEP))
        contrast = QAction(self.tr("&High contrast"), self)
        contrast.setCheckable(True)
        contrast.setChecked(self.prefs.high_contrast)
        contrast.toggled.connect(self.contrast_changed.emit)
        view.addActions([larger, smaller, contrast])
        account = self.menuBar().addMenu(self.tr("&Account"))
        sync = QAction(self.tr("&Sync now"), self)
        sync.setShortcut(QKeySequence.StandardKey.Refresh)
        sync.triggered.connect(self.sync_now)
        logout = QAction(self.tr("Log &out"), self)
        logout.triggered.connect(self.log_out)
        account.addActions([sync, logout])
        self.actions_by_name = {
            "larger": larger,
            "smaller": smaller,
            "contrast": contrast,
            "sync": sync,
            "logout": logout,
        }

    def section_title(self, row: int) -> str:
        """A section's name as one line (the list may show it on two)."""
        return str(self.nav.item(row).data(Qt.ItemDataRole.UserRole) or self.nav.item(row).text())

    def _fit_nav(self) -> None:
        """The section list is as wide as its longest name and its icon, at whatever text size, but never
        more than about 20 letters: at large text a long name wraps and the page keeps its room."""
        side = round(self.nav.fontMetrics().height() * 1.2)
        self.nav.setIconSize(QSize(side, side))
        palette = self.nav.palette()
        for row, name in enumerate(self.section_names[: self.nav.count()]):
            self.nav.item(row).setIcon(section_icon(name, palette, side * 2))  # twice: sharp when scaled
        # Names longer than about 24 letters go onto two lines, broken here at a space: Qt's own word
        # wrap in a list with icons measured one width and painted another ("Тарифный ...").
        metrics = self.nav.fontMetrics()
        room = metrics.averageCharWidth() * 24
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            item.setText(_wrapped(self.section_title(row), metrics, room))
        frame = 2 * self.nav.frameWidth() + 24
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + frame)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time: as large as asked, never past the screen; on a screen too small for the
        window at this text size, maximised (the status bar is then never below the screen's edge)."""
        super().showEvent(event)
        if self.placed:
            return
        self.placed = True
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        scale = self.fontInfo().pointSizeF() / BASE_POINT_SIZE
        wanted = QSize(int(1000 * min(scale, 1.4)), int(700 * min(scale, 1.1)))
        if wanted.width() > room.width() - 16 or wanted.height() > room.height() - 48:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            return
        fit_to_screen(self, wanted.width(), wanted.height())
        centre_on_screen(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.ApplicationFontChange,
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        ):
            self._fit_nav()
        super().changeEvent(event)

    def change_scale(self, delta: float) -> None:
        self.set_scale(self.prefs.text_scale + delta)

    def set_scale(self, scale: float) -> None:
        self.prefs.text_scale = scale
        self.text_scale_changed.emit(self.prefs.text_scale)

    # ---- data -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.session is None:
            return
        if self.caretaker:
            self.round.refresh()
        else:
            self.home.refresh()
            self.readings.refresh()
        self.tasks.run_db(self.session.engine.status, self.show_status)

    def open_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(page))

    def show_section(self, row: int) -> None:
        if self.notice.kind is Kind.WARNING:
            self.notice.clear()  # "cannot keep you logged in" is said once, on the first page
        if not self.sections:
            return  # still opening: the section chosen is shown once the pages are built
        self.pages.setCurrentIndex(row)
        if 0 <= row < len(self.sections):
            self.sections[row].refresh()

    def open_reminders(self) -> None:
        """Settings, at its reminders ("Remind me when readings open")."""
        self.open_page(self.settings)
        self.settings.ensureWidgetVisible(self.settings.remind_email)
        self.settings.remind_email.setFocus()

    def open_reading(self, meter_id: int) -> None:
        self.nav.setCurrentRow(1)
        self.readings.refresh(select_meter=meter_id)

    def sync_now(self) -> None:
        if self.session is None:
            return
        runner = self.session.start_sync()
        runner.request()

    def show_status(self, status: Status) -> None:
        texts = {
            State.ONLINE: self.tr("Online"),
            State.OFFLINE: self.tr("Offline: your entries are kept and sent later"),
            State.SYNCING: self.tr("Syncing…"),
            State.NEEDS_ATTENTION: self.tr("Needs attention"),
        }
        text = texts[status.state]
        online = status.state == State.ONLINE and self.session is not None and not self.session.offline
        if online and self.caretaker and self.sections:
            self.round.connection_back()
        if online and self.notice.kind is Kind.INFO:  # "no connection, you see the saved data": no more
            self.notice.clear()
        if status.state == State.NEEDS_ATTENTION:
            if status.contacts_refused:  # short, beside the button that leads to Settings
                text = self.tr("Contacts not saved")
            elif status.rejected:
                text += ": " + self.tr("some readings were not accepted")
            elif status.error is not None:
                text += ": " + sync_problem(status.error)
        if status.waiting:
            text += " · " + self.tr("waiting to be sent: %1").replace("%1", str(status.waiting))
        self.state_label.setText(text)
        self.login_again_button.setVisible(status.needs_login)
        lead_to_settings = bool(status.contacts_refused) and bool(self.sections)
        self.open_settings_button.setVisible(lead_to_settings)
        # Its place is taken by the button meanwhile: at twice the text size both do not fit in 1024 px.
        self.sync_label.setVisible(not lead_to_settings)
        if status.last_sync is not None:
            when = QLocale().toString(status.last_sync.astimezone(), QLocale.FormatType.ShortFormat)  # type: ignore[call-overload]
            self.sync_label.setText(self.tr("Updated %1").replace("%1", when))
        else:
            self.sync_label.setText(self.tr("Not updated yet"))
        if status.state != State.SYNCING and self.sections:
            # Reload what is shown; what the user is typing on the readings page stays as it is.
            if not self.caretaker:
                self.home.refresh()
            current = self.nav.currentRow()
            if current > 0 or (self.caretaker and current == 0):
                self.sections[current].refresh()

    def _ask_password(self) -> str | None:
        assert self.session is not None
        password, ok = QInputDialog.getText(
            self,
            self.tr("Log in again"),
            self.tr("Your session has ended. Password for %1:").replace("%1", self.session.login),
            QLineEdit.EchoMode.Password,
        )
        return password if ok and password else None

    def log_in_again(self) -> None:
        session = self.session
        if session is None:
            return
        password = self.ask_password()
        if password is None:
            return
        self.tasks.run_net(
            lambda: session.log_in_again(password),
            lambda _r: self.login_again_button.hide(),
            lambda error: self.state_label.setText(sync_problem(error)),
        )

    def log_out(self) -> None:
        session = self.session
        if session is None:
            return
        self.tasks.run_net(
            session.log_out, lambda _r: self.logged_out.emit(), lambda _e: self.logged_out.emit()
        )

    def closeEvent(self, event: object) -> None:
        if self.session is not None and self.bridge.post in self.session.listeners:
            self.session.listeners.remove(self.bridge.post)
        super().closeEvent(event)  # type: ignore[arg-type]


def _wrapped(title: str, metrics: QFontMetrics, room: int) -> str:
    """`title` on as many lines as it needs to be at most `room` pixels wide, broken at spaces."""
    lines: list[str] = []
    for word in title.split(" "):
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)
