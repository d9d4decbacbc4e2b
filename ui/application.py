"""The app's entry point: settings, translations, theme, the demo server if no server is given,
then the login window or, with a remembered login, straight to the main window."""

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.embedded import EmbeddedServer
from desktop_app.options import DEMO_KEY, Options
from desktop_app.session import AppSession
from models.profiles import data_root
from sync.tokens import TokenStore
from ui import collector, i18n, theme
from ui.login.window import LoginWindow
from ui.main_window import MainWindow
from ui.messages import sync_problem
from ui.preferences import Preferences
from ui.problems import ProblemBox
from ui.starting import Starting
from ui.tasks import TaskManager
from ui.tray import Tray


class Controller:
    def __init__(
        self,
        app: QApplication,
        options: Options,
        today: object = date.today,
        tasks: TaskManager | None = None,
        prefs: Preferences | None = None,
    ) -> None:
        """`tasks` and `prefs` are those of the first window `ui.startup` has already shown, with the
        language and theme it installed."""
        self.app = app
        collector.install(app)
        self.options = options
        self.today = today
        self.data_dir = options.data_dir or data_root()
        self.prefs = prefs or Preferences(self.data_dir)
        if prefs is None:
            i18n.install(app, options.language or self.prefs.language)
            theme.apply(app, self.prefs.text_scale, self.prefs.high_contrast)
        self.tasks = tasks or TaskManager()
        self.problems = ProblemBox()
        self.tasks.unhandled.connect(self.job_failed)
        self.embedded: EmbeddedServer | None = None
        self.server_url = options.server_url or ""
        self.server_key = options.server_url or DEMO_KEY
        self.window: QWidget | None = None
        self.session: AppSession | None = None
        # Started with the system (--minimised): the first windows come minimised, and the main window
        # goes to the tray where there is one.
        self.minimised = options.minimised
        self.tray: Tray | None = None
        app.aboutToQuit.connect(self.shutdown)

    def start(self) -> None:
        if self.options.server_url:
            self.show_login_or_main()
            return
        self.embedded = EmbeddedServer(self.data_dir, flats=self.options.demo_flats)
        if not self._opening():
            starting = self.window if isinstance(self.window, Starting) else Starting()
            self._show(starting)
        self._say(QApplication.translate("Starting", "Starting the demo server…"))
        self.embedded.start()
        embedded = self.embedded
        self.tasks.run_net(lambda: embedded.ready.wait(600), lambda _ok: self._embedded_ready())

    def _opening(self) -> MainWindow | None:
        """The main window's frame, shown by `ui.startup` for a remembered login, still without pages."""
        window = self.window
        return window if isinstance(window, MainWindow) and not window.attached else None

    def _say(self, text: str) -> None:
        opening = self._opening()
        if opening is not None:
            opening.state_label.setText(text)
        elif isinstance(self.window, Starting):
            self.window.label.setText(text)

    def _embedded_ready(self) -> None:
        assert self.embedded is not None
        if self.embedded.error is not None or not self.embedded.ready.is_set():
            self._say(
                QApplication.translate("Starting", "The demo server could not start: %1").replace(
                    "%1", sync_problem(_as_exception(self.embedded.error))
                )
            )
            return
        self.server_url = self.embedded.url
        self.show_login_or_main()

    def job_failed(self, error: Exception) -> None:
        """A background job failed and no page put it in words (the task manager logged it)."""
        self.problems.show(self.window, sync_problem(error))

    def _show(self, window: QWidget) -> None:
        old = self.window if self.window is not window else None
        self.window = window
        if self.minimised:
            window.showMinimized()
        else:
            window.show()
        if self.options.exit_when_shown and isinstance(window, LoginWindow) and not self.options.demo_login:
            # The smoke test of the frozen app: the demo server answered and the first real screen is up.
            QTimer.singleShot(0, lambda: (print("SHOWN login", flush=True), self.app.quit()))
        if old is not None:
            old.close()
            old.deleteLater()

    def show_login_or_main(self) -> None:
        remembered = self.prefs.last_login
        if (
            remembered
            and remembered[0] == self.server_key
            and TokenStore(self.server_key, remembered[1]).get()
        ):
            identity = remembered[1]
            self.tasks.run_db(
                lambda: AppSession.open(self.server_url, identity, self.data_dir, server_key=self.server_key),
                self.show_main,
                self._open_failed,
            )
            return
        self.show_login()

    def _open_failed(self, error: Exception) -> None:
        """The profile would not open (say, a newer version of the app left it, or the disk is full):
        the login window says so rather than an "Opening…" window that never opens."""
        self.show_login()
        assert isinstance(self.window, LoginWindow)
        self.window.show_error(
            QApplication.translate("Controller", "Your saved data could not be opened: %1").replace(
                "%1", sync_problem(error)
            )
        )

    def show_login(self) -> None:
        demo = None
        if self.embedded is not None:
            demo = [
                ("ivanova", QApplication.translate("Controller", "a flat and a dacha")),
                ("petrov", QApplication.translate("Controller", "a two-zone meter")),
                ("sidorova", QApplication.translate("Controller", "a three-zone meter")),
                ("caretaker", QApplication.translate("Controller", "a caretaker of a 240-flat building")),
            ]
        window = LoginWindow(
            self.tasks,
            self.server_url,
            self.server_key,
            self.data_dir,
            demo,
            self.prefs.last_login_name,
        )
        window.logged_in.connect(self.show_main)
        self._show(window)
        if self.embedded is not None and self.options.demo_login:
            window.login_edit.setText(self.options.demo_login)
            window.password_edit.setText(self.embedded.demo_password)
            window.submit()

    def show_main(self, session: AppSession) -> None:
        self.session = session
        kept = session.has_token and session.tokens.remembered
        self.prefs.remember_login(self.server_key, session.identity, session.login, session.role, kept)
        window = self._opening()
        if window is not None:
            window.today = self.today  # type: ignore[assignment]
            window.attach(session)
        else:
            window = MainWindow(session, self.tasks, self.prefs, self.today)  # type: ignore[arg-type]
        window.logged_out.connect(self.logged_out)
        window.text_scale_changed.connect(
            lambda scale: theme.apply(self.app, scale, self.prefs.high_contrast)
        )
        window.contrast_changed.connect(self.set_contrast)
        window.language_changed.connect(self.set_language)
        self._show(window)
        tray = self._tray()
        if self.minimised:
            self.minimised = False  # once: a window built again (a new language) is shown as it was
            if tray.in_tray:
                window.hide()
        tray.attach(session, window)
        self._tell_login_state(session, window)
        if self.options.exit_when_shown:
            QTimer.singleShot(0, lambda: (print("SHOWN main", flush=True), self.app.quit()))
            return
        session.start_sync()

    def _tell_login_state(self, session: AppSession, window: MainWindow) -> None:
        """Logged in from the cache: say that sync waits. No keyring: say once that this PC cannot keep
        the person logged in (every start asks for the password)."""
        if session.offline:
            window.notice.info(
                QApplication.translate(
                    "Controller",
                    "No connection to the supplier: you see the data saved on this computer. What you "
                    "enter is kept and sent when the connection is back.",
                )
            )
        elif not session.tokens.remembered and not self.prefs.keyring_notice_told:
            self.prefs.keyring_notice_told = True
            window.notice.warning(
                QApplication.translate(
                    "Controller",
                    "This computer has no password store (keyring), so it cannot keep you logged in: "
                    "the app will ask for your password each time it starts.",
                )
            )

    def _tray(self) -> Tray:
        """The tray icon and the reminders, made when the first main window is shown."""
        if self.tray is None:
            self.tray = Tray(self.tasks, self.today)  # type: ignore[arg-type]
            self.tray.open_requested.connect(self.open_window)
            self.tray.quit_requested.connect(self.app.quit)
        return self.tray

    def open_window(self) -> None:
        """From the tray: the window on top, as it was before it was hidden or minimised."""
        window = self.window
        if window is None:
            return
        window.showNormal()
        window.raise_()
        window.activateWindow()

    def set_contrast(self, on: bool) -> None:
        self.prefs.high_contrast = on
        theme.apply(self.app, self.prefs.text_scale, on)

    def set_language(self, language: str) -> None:
        """Every string is set when a window is built, so the main window is built again."""
        self.prefs.language = language
        i18n.install(self.app, language)
        if self.session is not None:
            self.show_main(self.session)

    def logged_out(self) -> None:
        if self.tray is not None:
            self.tray.detach()
        self.session = None
        self.prefs.forget_login()
        self.show_login()

    def shutdown(self) -> None:
        self.problems.close()
        if self.tray is not None:
            self.tray.close()
        if self.session is not None:
            self.session.close()
            self.session = None
        self.tasks.close()
        if self.embedded is not None:
            self.embedded.stop()
        self.prefs.sync()


def _as_exception(error: BaseException | None) -> Exception:
    """The embedded server's failure (or a start that never finished) as a job failure to put in words."""
    return error if isinstance(error, Exception) else RuntimeError("the demo server did not start")
