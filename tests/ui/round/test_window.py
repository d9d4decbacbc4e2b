"""The caretaker's round and the submission window, over the real server with its clock and the app's set
to each side of the window: what the banner above the grid says, what is queued (the outbox), what is
held on this computer, and what the server answers.

The server judges a reading by the day it was taken (protocol.window.judge_taken), provided it arrives
within the grace after the window closed; the app holds what it types while the window is closed, and
the caretaker decides what becomes of it once the window opens.
"""

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_app.options import Options
from models.round import HELD
from models.schema import ACCEPTED, REJECTED, WAITING, LocalReading, Outbox, RoundCell
from server.billing import close_period
from server.schema import Reading as ServerReading
from tests.conftest import at, base_settings
from tests.support.live_server import LiveServer, free_port
from tests.support.round import open_round, type_into_grid
from tests.support.ui import assert_named, close
from ui.application import Controller
from ui.main_window import MainWindow
from ui.round.page import RoundPage

BEFORE = date(2026, 3, 3)
FIRST = date(2026, 3, 15)
LAST = date(2026, 3, 25)
AFTER = date(2026, 3, 26)
PAST_GRACE = date(2026, 3, 31)  # the grace (5 days) ended on the 30th

KEPT = "The supplier does not accept readings now: what you type is kept here, not sent."


class Server:
    """The reference server on one port, started again with another date (its database kept), as a
    supplier's server is still there the next morning."""

    def __init__(self, url: str) -> None:
        self.settings = base_settings(url)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.live: LiveServer | None = None

    def start(self, day: date) -> LiveServer:
        self.stop()
        self.live = LiveServer(
            at(self.settings, datetime(day.year, day.month, day.day, 10, tzinfo=UTC)), self.port
        )
        return self.live.start()

    def stop(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None

    def reading(self, uuid: str) -> ServerReading | None:
        assert self.live is not None
        with self.live.db.session() as session:
            found = session.scalars(select(ServerReading).where(ServerReading.client_uuid == uuid)).first()
            if found is not None:
                session.expunge(found)
            return found


@dataclass
class Clock:
    day: date


@pytest.fixture
def supplier(sqlite_template: Path, tmp_path: Path) -> Iterator[Server]:
    path = tmp_path / "server.sqlite3"
    shutil.copy(sqlite_template, path)
    server = Server(f"sqlite:///{path}")
    yield server
    server.stop()


@pytest.fixture
def clock() -> Clock:
    return Clock(FIRST)


@pytest.fixture
def app(qapp: QApplication, supplier: Server, clock: Clock, tmp_path: Path) -> Iterator[Controller]:
    """The app on the supplier's server, its calendar the test's `clock`."""
    options = Options(server_url=supplier.url, data_dir=tmp_path / "app", language="en", demo_flats=12)
    controller = Controller(qapp, options, today=lambda: clock.day)
    yield controller
    close(controller)


Start = Callable[[date, date | None], tuple[MainWindow, RoundPage]]


@pytest.fixture
def start(qtbot: QtBot, app: Controller, supplier: Server, clock: Clock) -> Start:
    def begin(app_day: date, server_day: date | None = None) -> tuple[MainWindow, RoundPage]:
        clock.day = app_day
        supplier.start(server_day or app_day)
        return open_round(qtbot, app)

    return begin


def singles(page: RoundPage, count: int) -> list[int]:
    rows = [i for i, row in enumerate(page.model.rows) if row.zones == ("single",)]
    return rows[:count]


def type_rows(qtbot: QtBot, page: RoundPage, rows: list[int], more: int = 11) -> None:
    for row in rows:
        page.view.go_to(page.view.view_row(row))
        previous = page.model.rows[row].previous
        assert previous is not None
        type_into_grid(qtbot, page, str(int(previous) + more))


def local(main: MainWindow) -> dict[str, int]:
    """What the app's cache holds: outbox items waiting, held cells, readings queued in all."""
    assert main.session is not None
    with main.session.cache.session(write=False) as session:
        waiting = session.scalar(select(func.count()).select_from(Outbox).where(Outbox.state == WAITING))
        held = session.scalar(select(func.count()).select_from(RoundCell).where(RoundCell.held.is_(True)))
        readings = session.scalar(select(func.count()).select_from(LocalReading))
    return {"waiting": waiting or 0, "held": held or 0, "readings": readings or 0}


def queued(main: MainWindow) -> list[LocalReading]:
    assert main.session is not None
    with main.session.cache.session(write=False) as session:
        found = list(session.scalars(select(LocalReading).order_by(LocalReading.uuid)))
        for each in found:
            session.expunge(each)
        return found


def send_all(qtbot: QtBot, page: RoundPage) -> object:
    with qtbot.waitSignal(page.sent, timeout=20000) as sent:
        qtbot.keyClick(page.send_button, Qt.Key.Key_Space)
    return sent.args[0]


def wait_status(qtbot: QtBot, main: MainWindow, text: str) -> None:
    qtbot.waitUntil(lambda: text in main.state_label.text(), timeout=10000)


def reopen(qtbot: QtBot, page: RoundPage, banner_starts: str) -> None:
    """The next day's look at the page (a sync finished, or the page shown again)."""
    page.reload_states()
    qtbot.waitUntil(lambda: page.banner.state.text().startswith(banner_starts), timeout=10000)


# ---- before the window ------------------------------------------------------------------------------


def test_before_the_window_cells_are_held_and_sent_by_choice_once_it_opens(
    qtbot: QtBot, start: Start, supplier: Server, clock: Clock
) -> None:
    main, page = start(BEFORE, None)
    assert page.banner.state.text() == ("Readings are taken from 15 to 25 March — in 12 days. " + KEPT)
    assert not page.banner.offer.isVisible()
    rows = singles(page, 3)
    type_rows(qtbot, page, rows)
    model = page.model
    assert {model.rows[r].state for r in rows} == {HELD}
    assert model.status_text(rows[0]) == "Kept here, not sent: typed on 3 March, outside the window"
    assert local(main) == {"waiting": 0, "held": 3, "readings": 0}
    # Every waiting item is counted in the status bar, the held ones too, without waiting for a sync.
    wait_status(qtbot, main, "waiting to be sent: 3")
    # Send all sends nothing of them: the server would refuse them by the day they were taken.
    report = send_all(qtbot, page)
    assert report.pushed == 0  # type: ignore[attr-defined]
    assert page.result.text() == "Nothing was waiting to be sent. The answers were fetched."
    assert local(main)["held"] == 3
    assert not page.banner.offer.isVisible()  # the window is still closed: nothing to choose yet

    # The 15th: the window opens, and the page offers the choice, the day they were typed said.
    clock.day = FIRST
    supplier.start(FIRST)
    reopen(qtbot, page, "Readings are taken until 25 March: 10 days left.")
    qtbot.waitUntil(lambda: page.banner.offer.isVisible(), timeout=5000)
    assert page.banner.offer.text().startswith(
        "Kept here: 3 readings typed on 3 March, outside the window. "
        "Sent with that date, they will not be accepted."
    )
    assert_named(page)

    # The question's default keeps them: Enter at the dialog changes nothing.
    seen: list[str] = []

    def answer_with_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        assert box.defaultButton().text() == "Keep them"
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer_with_enter)
    page.banner.today_button.setFocus()
    qtbot.keyClick(page.banner.today_button, Qt.Key.Key_Space)
    assert seen and "typed on 3 March as taken today, 15 March?" in seen[0]
    assert local(main) == {"waiting": 0, "held": 3, "readings": 0}

    # They looked at the meters again: the values still stand, so they are confirmed as taken today.
    page.ask = lambda _title, _text, _go: True
    with qtbot.waitSignal(page.released, timeout=5000) as released:
        qtbot.keyClick(page.banner.today_button, Qt.Key.Key_Space)
    assert released.args == [3]
    assert page.result.text() == "Now waiting to be sent: 3. Press Send all to send them."
    assert local(main) == {"waiting": 3, "held": 0, "readings": 3}
    assert {r.taken_on for r in queued(main)} == {FIRST}
    wait_status(qtbot, main, "waiting to be sent: 3")
    qtbot.waitUntil(lambda: {model.rows[r].state for r in rows} == {WAITING}, timeout=5000)
    assert not page.banner.offer.isVisible()

    report = send_all(qtbot, page)
    assert report.accepted == 3 and report.rejected == 0  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: {model.rows[r].state for r in rows} == {ACCEPTED}, timeout=10000)
    for entry in queued(main):
        answer = supplier.reading(entry.uuid)
        assert answer is not None and answer.taken_on == FIRST and answer.period == "2026-03"


def test_held_cells_sent_dated_as_typed_are_refused_by_that_day(
    qtbot: QtBot, start: Start, supplier: Server, clock: Clock
) -> None:
    """Needs the server to judge by the day taken: arriving on the 15th, a reading of the 3rd is refused."""
    main, page = start(BEFORE, None)
    rows = singles(page, 1)
    type_rows(qtbot, page, rows)
    clock.day = FIRST
    supplier.start(FIRST)
    reopen(qtbot, page, "Readings are taken until 25 March")
    qtbot.waitUntil(lambda: page.banner.offer.isVisible(), timeout=5000)
    asked: list[str] = []
    page.ask = lambda _title, text, _go: asked.append(text) is None
    with qtbot.waitSignal(page.released, timeout=5000):
        qtbot.keyClick(page.banner.typed_button, Qt.Key.Key_Space)
    assert asked[0].startswith("Send 1 reading dated as typed, 3 March?")
    assert "they will come back as not accepted" in asked[0]
    assert [r.taken_on for r in queued(main)] == [BEFORE]
    report = send_all(qtbot, page)
    assert report.rejected == 1  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.model.rows[rows[0]].state == REJECTED, timeout=10000)
    assert [r.code for r in queued(main)] == ["outside_window"]
    assert page.model.status_text(rows[0]).startswith("Not accepted:")


# ---- inside the window ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "banner"),
    [
        (FIRST, "Readings are taken until 25 March: 10 days left."),
        (date(2026, 3, 24), "Readings are taken until 25 March: 1 day left."),
        (LAST, "Today, 25 March, is the last day readings are taken."),
    ],
)
def test_inside_the_window_cells_are_queued_with_their_day_and_accepted(
    qtbot: QtBot, start: Start, supplier: Server, day: date, banner: str
) -> None:
    main, page = start(day, None)
    assert page.banner.state.text() == banner
    rows = singles(page, 2)
    type_rows(qtbot, page, rows)
    assert {page.model.rows[r].state for r in rows} == {WAITING}
    assert page.model.status_text(rows[0]) == "Saved, waiting to be sent"
    assert local(main) == {"waiting": 2, "held": 0, "readings": 2}
    assert {r.taken_on for r in queued(main)} == {day}
    wait_status(qtbot, main, "waiting to be sent: 2")
    report = send_all(qtbot, page)
    assert report.accepted == 2  # type: ignore[attr-defined]
    for entry in queued(main):
        answer = supplier.reading(entry.uuid)
        assert answer is not None and answer.taken_on == day


def test_a_round_typed_offline_on_the_last_day_and_sent_the_next_morning_is_accepted(
    qtbot: QtBot, start: Start, supplier: Server, clock: Clock
) -> None:
    """Needs the server to judge by the day taken (with the grace): it arrives on the 26th."""
    main, page = start(LAST, None)
    supplier.stop()  # the connection is lost on the round
    rows = singles(page, 4)
    type_rows(qtbot, page, rows)
    assert {page.model.rows[r].state for r in rows} == {WAITING}
    report = send_all(qtbot, page)  # fails: no server
    assert report.error is not None  # type: ignore[attr-defined]
    # A failed Send all leaves every item waiting, and the status bar counts them.
    assert local(main) == {"waiting": 4, "held": 0, "readings": 4}
    wait_status(qtbot, main, "waiting to be sent: 4")

    clock.day = AFTER
    supplier.start(AFTER)
    reopen(qtbot, page, "Readings were taken until 25 March;")
    assert page.banner.state.text() == (
        "Readings were taken until 25 March; the next, from 15 to 25 April — in 20 days. Those typed by "
        "then and waiting to be sent are accepted until 30 March. " + KEPT
    )
    send_all(qtbot, page)
    qtbot.waitUntil(lambda: {page.model.rows[r].state for r in rows} == {ACCEPTED}, timeout=10000)
    for entry in queued(main):
        answer = supplier.reading(entry.uuid)
        assert answer is not None and answer.taken_on == LAST and answer.period == "2026-03"
    wait_status(qtbot, main, "Online")
    assert "waiting to be sent" not in main.state_label.text()


# ---- after the window -----------------------------------------------------------------------------------


def test_the_day_after_the_window_cells_are_held_not_sent(qtbot: QtBot, start: Start) -> None:
    main, page = start(AFTER, None)
    # Nothing of this round waits to be sent, so there is no "still accepted until" to tell.
    assert page.banner.state.text() == (
        "Readings were taken until 25 March; the next, from 15 to 25 April — in 20 days. " + KEPT
    )
    rows = singles(page, 2)
    type_rows(qtbot, page, rows)
    assert {page.model.rows[r].state for r in rows} == {HELD}
    assert local(main) == {"waiting": 0, "held": 2, "readings": 0}
    wait_status(qtbot, main, "waiting to be sent: 2")
    report = send_all(qtbot, page)
    assert report.pushed == 0  # type: ignore[attr-defined]
    assert not page.banner.offer.isVisible()


def test_after_the_grace_a_reading_typed_in_the_window_is_refused_as_too_late(
    qtbot: QtBot, start: Start, supplier: Server, clock: Clock
) -> None:
    """Needs the server to judge by the day taken: taken on the 25th, arriving on the 31st."""
    main, page = start(LAST, None)
    supplier.stop()
    rows = singles(page, 1)
    type_rows(qtbot, page, rows)
    clock.day = PAST_GRACE
    supplier.start(PAST_GRACE)
    reopen(qtbot, page, "Readings were taken until 25 March;")
    assert page.banner.state.text() == (
        "Readings were taken until 25 March; the next, from 15 to 25 April — in 15 days. " + KEPT
    )
    report = send_all(qtbot, page)
    assert report.rejected == 1  # type: ignore[attr-defined]
    assert [r.code for r in queued(main)] == ["too_late"]


def test_after_the_monthly_close_a_reading_of_that_month_is_refused_as_billed(
    qtbot: QtBot, start: Start, supplier: Server, clock: Clock
) -> None:
    """Typed offline on the last day, sent once the grace is over and the supplier has billed March."""
    main, page = start(LAST, None)
    supplier.stop()
    rows = singles(page, 1)
    type_rows(qtbot, page, rows)
    clock.day = PAST_GRACE
    live = supplier.start(PAST_GRACE)
    with live.db.session() as session:
        close_period(session, live.settings, "2026-03")
    report = send_all(qtbot, page)
    assert report.rejected == 1  # type: ignore[attr-defined]
    assert [r.code for r in queued(main)] == ["period_closed"]
    qtbot.waitUntil(lambda: page.model.rows[rows[0]].state == REJECTED, timeout=10000)
    assert local(main)["waiting"] == 0


# ---- the app's clock and the server's a day apart -----------------------------------------------------


def test_an_app_a_day_ahead_of_the_server_is_told_its_reading_is_dated_in_the_future(
    qtbot: QtBot, start: Start
) -> None:
    """Needs the server to judge by the day taken: the app says the 15th, the server's today is the 14th."""
    main, page = start(FIRST, date(2026, 3, 14))
    rows = singles(page, 1)
    type_rows(qtbot, page, rows)
    assert local(main)["waiting"] == 1
    send_all(qtbot, page)
    assert [r.code for r in queued(main)] == ["future_date"]
    # Said in its row, and the value typed is still there (the sync may keep it to send again later).
    qtbot.waitUntil(lambda: page.model.rows[rows[0]].code == "future_date", timeout=10000)
    assert page.model.rows[rows[0]].entered


def test_an_app_a_day_behind_the_server_holds_by_its_own_calendar_and_sends_when_it_opens(
    qtbot: QtBot, start: Start, clock: Clock
) -> None:
    """The app's calendar says the 14th (the server's, the 15th): held, and offered once the app's day
    is the 15th; confirmed as taken that day, accepted."""
    main, page = start(date(2026, 3, 14), FIRST)
    assert page.banner.state.text().startswith("Readings are taken from 15 to 25 March — in 1 day.")
    rows = singles(page, 1)
    type_rows(qtbot, page, rows)
    assert local(main) == {"waiting": 0, "held": 1, "readings": 0}
    clock.day = FIRST
    reopen(qtbot, page, "Readings are taken until 25 March")
    qtbot.waitUntil(lambda: page.banner.offer.isVisible(), timeout=5000)
    page.ask = lambda _title, _text, _go: True
    with qtbot.waitSignal(page.released, timeout=5000):
        qtbot.keyClick(page.banner.today_button, Qt.Key.Key_Space)
    report = send_all(qtbot, page)
    assert report.accepted == 1  # type: ignore[attr-defined]


def test_with_the_choice_shown_at_twice_the_text_size_the_round_fits_an_old_screen(
    qapp: QApplication, qtbot: QtBot, start: Start, supplier: Server, clock: Clock, app: Controller
) -> None:
    from ui import theme

    app.prefs.text_scale = 2.0
    theme.apply(qapp, 2.0, False)
    try:
        main, page = start(BEFORE, None)
        type_rows(qtbot, page, singles(page, 1))
        clock.day = FIRST
        reopen(qtbot, page, "Readings are taken until 25 March")
        qtbot.waitUntil(lambda: page.banner.offer.isVisible(), timeout=5000)
        assert main.nav.width() + page.minimumSizeHint().width() + 40 <= 1366
        for button in (page.banner.today_button, page.banner.typed_button):
            assert button.sizeHint().height() >= 44
        # The banner's words wrap; nothing is cut: every line of it is there at this width.
        assert page.banner.state.wordWrap() and page.banner.offer.wordWrap()
    finally:
        theme.apply(qapp, 1.0, False)


def test_dates_in_russian_take_the_genitive_and_days_their_plural_form() -> None:
    from PySide6.QtCore import QLocale

    from ui.round import words

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    try:
        assert words.days_span(date(2026, 12, 15), date(2026, 12, 25)) == ("15", "25 декабря")
        assert words.typed_days([date(2026, 12, 3), None, date(2026, 12, 5), date(2026, 12, 3)]) == (
            "3 декабря, 5 декабря"
        )
    finally:
        QLocale.setDefault(before)
