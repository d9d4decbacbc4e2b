"""The first moments: parse the options, show a window at once, then load the rest of the app.

Importing the database, HTTP and schema libraries takes most of a second on an old PC; a window is on
screen before that, so a double click is never answered by nothing. With a remembered login it is the
main window itself (its pages follow once the profile is open), otherwise a window saying the app is
starting. Only PySide6 and the small settings, language, theme and main-window modules load first.
"""

import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QMessageLogContext,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.options import DEMO_KEY, Options, parse
from models.profiles import data_root  # platformdirs only
from ui import collector, i18n, theme
from ui.preferences import Preferences
from ui.starting import Starting

if TYPE_CHECKING:
    from ui.tasks import TaskManager

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def app_icon() -> QIcon:
    """The house with a lightning bolt, in the sizes title bars and task bars ask for
    (rendered from the SVG by tools/make_icons.py)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(ICONS / f"personal-account-{size}.png"))
    return icon


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings (a missing font, a failed printer) go to the app's log, not to a console
    that an installed app does not have."""
    where = f" ({context.file}:{context.line})" if context.file else ""
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def start_logging(data_dir: Path) -> None:
    from desktop_app import logs  # after the first window: nothing but options loads before it

    logs.setup(data_dir)
    logs.install_hooks()
    qInstallMessageHandler(qt_message)
    logging.getLogger("ui").info("starting, version %s", logs.app_version())


def first_window(options: Options, prefs: Preferences) -> tuple[QWidget, "TaskManager | None"]:
    """Someone who stays logged in gets their main window at once, its pages once the profile is open
    (with the task manager it will use); anyone else a window saying the app is starting. Whether the
    keyring holds their token is asked of the preferences, not the keyring (that import is slow): never
    an empty main window that turns into the login window."""
    remembered = prefs.last_login
    if remembered is None or remembered[0] != (options.server_url or DEMO_KEY) or not prefs.token_kept:
        starting = Starting()
        starting.label.setText(QCoreApplication.translate("Starting", "Starting…"))
        return starting, None
    from ui.main_window import MainWindow
    from ui.tasks import TaskManager

    tasks = TaskManager()
    return MainWindow(None, tasks, prefs, login=prefs.last_login_name, role=prefs.last_role), tasks


def paint_now(window: QWidget, wait_ms: int = 1000) -> None:
    """Paint the first window before the slow imports block the event loop. A window manager maps a
    new window a little later; until then Qt has nothing to paint on, and a window mapped while the
    loop is blocked stays black (an old PC: for seconds). So wait, briefly, for it to be exposed."""
    handle = window.windowHandle()
    deadline = time.monotonic() + wait_ms / 1000
    while handle is not None and not handle.isExposed() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)
    window.repaint()
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def main(argv: Sequence[str] | None = None) -> int:
    options = parse(list(sys.argv[1:] if argv is None else argv))
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    collector.install(app)
    app.setApplicationName("personal-account")
    app.setWindowIcon(app_icon())
    data_dir = options.data_dir or data_root()
    prefs = Preferences(data_dir)
    i18n.install(app, options.language or prefs.language)
    theme.apply(app, prefs.text_scale, prefs.high_contrast)
    first, tasks = first_window(options, prefs)
    if options.minimised:  # started with the system: the controller moves it to the tray, if there is one
        first.showMinimized()
    else:
        first.show()
        paint_now(first)
    if options.exit_when_shown:
        print("FIRST", flush=True)
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    start_logging(data_dir)  # before anything that could fail: the profile, the demo server, the pages

    from ui.application import Controller  # the heavy part: SQLAlchemy, requests, pydantic, the pages

    controller = Controller(app, options, tasks=tasks, prefs=prefs)
    controller.window = first  # the frame gets its pages, or is replaced by the first real window
    QTimer.singleShot(0, controller.start)
    return app.exec()
