"""Screenshots of every screen at 100% and 200% text and in high contrast, into screenshots/ (ignored
by git), against a demo server on loopback. Run with `make screenshots`; then look at them."""

import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop_app.options import Options  # noqa: E402
from server import demo  # noqa: E402
from server.config import Settings  # noqa: E402
from tests.support.file_keyring import FileKeyring  # noqa: E402
from tests.support.live_server import running, seeded  # noqa: E402
from ui import theme  # noqa: E402
from ui.application import Controller  # noqa: E402
from ui.login.window import LoginWindow  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "screenshots"
NOW = datetime(2026, 11, 18, 10, tzinfo=UTC)  # inside the default 15-25 window
OUTSIDE = datetime(2026, 12, 4, 10, tzinfo=UTC)  # after November's window, before December's


def settle(condition: object = None, timeout: float = 20.0) -> None:
    """Run the event loop until the condition holds, or for a moment when there is none."""
    deadline = time.monotonic() + (0.4 if condition is None else timeout)
    flags = QEventLoop.ProcessEventsFlag.AllEvents | QEventLoop.ProcessEventsFlag.WaitForMoreEvents
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(flags, 50)
        if callable(condition) and condition():
            settle()
            return
    if condition is not None:
        raise TimeoutError("the screen did not settle")


def grab(widget: QWidget, name: str) -> None:
    widget.resize(1100, 800)
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    folder = Path(tempfile.mkdtemp(prefix="pa-shots-"))
    os.environ["PA_TEST_KEYRING_DIR"] = str(folder)
    keyring.set_keyring(FileKeyring())
    settings = Settings(database_url=f"sqlite:///{folder}/server.sqlite3", fixed_now=NOW)
    seeded(settings, 12, 13)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with running(settings) as server:
        for language in ("en", "ru"):
            for scale, contrast, tag in ((1.0, False, "100"), (2.0, False, "200"), (1.0, True, "contrast")):
                shoot(
                    app,
                    server.url,
                    folder / f"app-{language}-{tag}",
                    language,
                    scale,
                    contrast,
                    f"{language}-{tag}",
                )
                shoot_round(
                    app,
                    server.url,
                    folder / f"round-{language}-{tag}",
                    language,
                    scale,
                    contrast,
                    f"{language}-{tag}",
                )
    # The same screens on a day the supplier takes no readings: what a person sees before saving.
    settings = Settings(database_url=f"sqlite:///{folder}/outside.sqlite3", fixed_now=OUTSIDE)
    seeded(settings, 12, 13)
    with running(settings) as server:
        for language in ("en", "ru"):
            for scale, tag in ((1.0, "100"), (2.0, "200")):
                shoot_outside(app, server.url, folder / f"outside-{language}-{tag}", language, scale, tag)


def shoot_outside(app: QApplication, url: str, data: Path, language: str, scale: float, tag: str) -> None:
    """Home, readings (a value typed, not saved) and the round (cells kept, not sent) outside the window."""
    day = OUTSIDE.date()
    for who, pages in (("petrov", "household"), (demo.CARETAKER_LOGIN, "round")):
        controller, login = started(app, url, data / pages, language, scale, False, day)
        login.login_edit.setText(who)
        login.password_edit.setText(demo.DEMO_PASSWORD)
        login.submit()
        settle(lambda: isinstance(controller.window, MainWindow))  # noqa: B023
        window = controller.window
        assert isinstance(window, MainWindow)
        name = f"outside-{language}-{tag}"
        if pages == "household":
            settle(lambda: window.session.engine.status().last_sync is not None)  # noqa: B023
            settle(lambda: window.home.empty.isHidden())  # noqa: B023
            grab(window, f"{name}-2-home")
            window.nav.setCurrentRow(1)
            settle(lambda: bool(window.readings.inputs))  # noqa: B023
            choice = window.readings.current_choice()
            assert choice is not None
            for zone, edit in window.readings.inputs.items():
                edit.setText(str(int(choice.previous.get(zone, 0)) + 120))
            settle()
            grab(window, f"{name}-3-readings")
        else:
            page = window.round
            settle(lambda: page.model.rowCount() > 0)  # noqa: B023
            model = page.model
            for row in range(3):
                model.setData(model.index(row, model.NEW), str(int(model.rows[row].previous or 0) + 90 + row))
            settle(lambda: not model.saving)  # noqa: B023
            grab(window, f"{name}-11-round")
        controller.shutdown()
        window.close()


def started(
    app: QApplication,
    url: str,
    data: Path,
    language: str,
    scale: float,
    contrast: bool,
    day: date = NOW.date(),
) -> tuple[Controller, LoginWindow]:
    """The app at its login window, in that language, text size and contrast, on that day."""
    options = Options(server_url=url, data_dir=data, language=language, demo_flats=12)
    controller = Controller(app, options, today=lambda: day)
    controller.prefs.text_scale = scale
    controller.prefs.high_contrast = contrast
    theme.apply(app, scale, contrast)
    controller.start()
    login = controller.window
    assert isinstance(login, LoginWindow)
    return controller, login


def shoot(
    app: QApplication, url: str, data: Path, language: str, scale: float, contrast: bool, tag: str
) -> None:
    controller, login = started(app, url, data, language, scale, contrast)
    grab(login, f"{tag}-1-login")
    login.login_edit.setText("petrov")
    login.password_edit.setText(demo.DEMO_PASSWORD)
    login.submit()
    try:
        settle(lambda: isinstance(controller.window, MainWindow))
    except TimeoutError:
        raise SystemExit(f"could not log in: {login.error.text()}") from None
    window = controller.window
    assert isinstance(window, MainWindow)
    settle(lambda: window.session.engine.status().last_sync is not None and window.home.empty.isHidden())
    grab(window, f"{tag}-2-home")
    window.nav.setCurrentRow(1)
    settle(lambda: bool(window.readings.inputs))
    choice = window.readings.current_choice()
    assert choice is not None
    for zone, edit in window.readings.inputs.items():
        edit.setText(str(int(choice.previous.get(zone, 0)) + 120))
    settle(lambda: bool(window.readings.summary.text()))
    grab(window, f"{tag}-3-readings")
    pages = [
        (window.history, "4-history", lambda: window.history.model.rowCount() > 0),
        (window.charts, "4b-charts", lambda: window.charts.table.rowCount() == 12),
        (window.bills, "5-bills", lambda: window.bills.lines_model.rowCount() > 0),
        (window.calculator, "5b-calculator", lambda: bool(window.calculator.comparison.text())),
        (window.news, "6-news", lambda: bool(window.news.view.toPlainText())),
        (window.feedback, "7-feedback", lambda: bool(window.feedback.contacts.text())),
        (window.settings, "8-settings", lambda: window.settings.who.text() != ""),
        (window.help, "9-help", None),
    ]
    for page, name, ready in pages:
        window.open_page(page)
        settle(ready)
        grab(window, f"{tag}-{name}")
    controller.shutdown()
    window.close()
    # The registration dialog, from a fresh login window.
    login_again = LoginWindow(controller.tasks, url, url, data)
    login_again.open_register()
    dialog = login_again.dialog
    assert dialog is not None
    settle(lambda: bool(dialog.captcha.captcha_id))  # type: ignore[attr-defined]
    grab(dialog, f"{tag}-10-register")
    dialog.reject()
    login_again.close()


ROUNDS = iter(range(100))


def shoot_round(
    app: QApplication, url: str, data: Path, language: str, scale: float, contrast: bool, tag: str
) -> None:
    """The caretaker's grid with cells in every state: sent and accepted, saved, half a meter, refused."""
    shot = next(ROUNDS)  # each shot sends its own values: the same value again would be nothing new
    controller, login = started(app, url, data, language, scale, contrast)
    login.login_edit.setText(demo.CARETAKER_LOGIN)
    login.password_edit.setText(demo.DEMO_PASSWORD)
    login.submit()
    settle(lambda: isinstance(controller.window, MainWindow))
    window = controller.window
    assert isinstance(window, MainWindow)
    page = window.round
    settle(lambda: page.model.rowCount() > 0)
    model = page.model
    for row in range(3):
        model.setData(model.index(row, model.NEW), str(int(model.rows[row].previous or 0) + 95 + row + shot))
    settle(lambda: not model.saving)
    page.send_all()
    try:
        settle(lambda: not page.busy and model.rows[0].state == "accepted")
    except TimeoutError:
        raise SystemExit(f"not sent: {page.result.text()} {model.rows[0]}") from None
    for row in range(3, 7):
        model.setData(model.index(row, model.NEW), str(int(model.rows[row].previous or 0) + 80 + row))
    settle(lambda: not model.saving)
    model.setData(model.index(7, model.NEW), "12a45")
    page.view.go_to(8)
    settle()
    grab(window, f"{tag}-11-round")
    controller.shutdown()
    window.close()


if __name__ == "__main__":
    main()
