"""A household's readings on each side of the submission window, over the real server, with the app's and
the server's clocks set apart: what the page says before saving, whether Save is on, what is queued, what
the server answers. Also the verification dates and the proof of use (the bill that used a reading)."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.options import Options
from models.schema import LocalReading, Outbox
from server.schema import Meter, Reading
from tests.support.live_server import LiveServer
from tests.support.ui import assert_named, close, home_text, log_in
from ui.application import Controller
from ui.main_window import MainWindow
from ui.readings import ReadingsPage

SERIAL = "SE-101-4471"  # Ivanova's flat, the first meter on her readings page


@dataclass
class Clock:
    today: date


@pytest.fixture
def clock() -> Clock:
    return Clock(date(2026, 3, 18))


@pytest.fixture
def app(qapp: QApplication, server: LiveServer, tmp_path: Path, clock: Clock) -> Iterator[Controller]:
    options = Options(server_url=server.url, data_dir=tmp_path / "app", language="en", demo_flats=12)
    controller = Controller(qapp, options, today=lambda: clock.today)
    yield controller
    close(controller)


def server_day(server: LiveServer, day: date) -> None:
    server.settings.fixed_now = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)


def readings_page(qtbot: QtBot, main: MainWindow) -> ReadingsPage:
    main.nav.setCurrentRow(1)
    page = main.readings
    qtbot.waitUntil(lambda: bool(page.inputs) and page.current_choice() is not None, timeout=10000)
    choice = page.current_choice()
    assert choice is not None and choice.serial == SERIAL
    return page


def outbox(main: MainWindow) -> list[tuple[str, dict[str, object]]]:
    assert main.session is not None
    with main.session.cache.session(write=False) as session:
        return [(o.state, o.payload) for o in session.scalars(select(Outbox).order_by(Outbox.seq))]


def local_readings(main: MainWindow) -> list[LocalReading]:
    assert main.session is not None
    with main.session.cache.session(write=False) as session:
        return list(session.scalars(select(LocalReading).order_by(LocalReading.entered_at)))


def type_and_save(qtbot: QtBot, page: ReadingsPage, more: int = 50) -> None:
    previous = page.current_choice().previous["single"]  # type: ignore[union-attr]
    qtbot.keyClicks(page.inputs["single"], str(int(previous) + more))
    qtbot.keyClick(page.inputs["single"], Qt.Key.Key_Return)


OPEN_CASES = [
    pytest.param(date(2026, 3, 15), "Readings are taken until 25 March. 10 days left.", id="first-day"),
    pytest.param(date(2026, 3, 24), "Readings are taken until 25 March. Tomorrow is the last day.", id="eve"),
    pytest.param(date(2026, 3, 25), "Today, 25 March, is the last day to send readings.", id="last-day"),
]


@pytest.mark.parametrize(("day", "said"), OPEN_CASES)
def test_inside_the_window_the_page_says_until_when_and_the_reading_is_accepted(
    qtbot: QtBot, app: Controller, server: LiveServer, clock: Clock, day: date, said: str
) -> None:
    clock.today = day
    server_day(server, day)
    main = log_in(qtbot, app)
    assert said in home_text(main)
    page = readings_page(qtbot, main)
    assert page.window_note.text() == said and page.window_note.isVisibleTo(page)
    assert page.save_button.isEnabled()
    assert not page.blocked_note.isVisibleTo(page) and not page.remind_button.isVisibleTo(page)
    type_and_save(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    [(_state, payload)] = outbox(main)
    assert payload["taken_on"] == day.isoformat()
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 3)) == "Accepted", timeout=15000)
    # Once answered, "Saved. It will be sent..." is gone; the answer is said in full below the table.
    qtbot.waitUntil(lambda: page.status.text() == "", timeout=5000)
    assert page.details.text().endswith(": Accepted")


CLOSED_CASES = [
    pytest.param(
        date(2026, 3, 10),
        "The supplier does not accept readings today. Readings are taken from 15 to 25 March. "
        "That is in 5 days.",
        "Readings are taken from 15 to 25 March. That is in 5 days.",
        "Saving is possible from 15 March.",
        id="before",
    ),
    pytest.param(
        date(2026, 3, 14),
        "The supplier does not accept readings today. Readings are taken from 15 to 25 March. "
        "That is tomorrow.",
        "Readings are taken from 15 to 25 March. That is tomorrow.",
        "Saving is possible from 15 March.",
        id="eve-of-the-first-day",
    ),
    pytest.param(
        date(2026, 3, 26),
        "The supplier does not accept readings today. This month's readings were taken until 25 March. "
        "The next ones are taken from 15 to 25 April.",
        "This month's readings were taken until 25 March. The next ones are taken from 15 to 25 April.",
        "Saving is possible from 15 April.",
        id="one-day-after",
    ),
    pytest.param(
        date(2026, 3, 31),
        "The supplier does not accept readings today. This month's readings were taken until 25 March. "
        "The next ones are taken from 15 to 25 April.",
        "This month's readings were taken until 25 March. The next ones are taken from 15 to 25 April.",
        "Saving is possible from 15 April.",
        id="after-the-grace",
    ),
]


@pytest.mark.parametrize(("day", "page_says", "home_says", "beside_save"), CLOSED_CASES)
def test_outside_the_window_nothing_is_saved_and_the_page_says_when(
    qtbot: QtBot,
    app: Controller,
    server: LiveServer,
    clock: Clock,
    day: date,
    page_says: str,
    home_says: str,
    beside_save: str,
) -> None:
    clock.today = day
    server_day(server, day)
    main = log_in(qtbot, app)
    assert home_says in home_text(main)
    page = readings_page(qtbot, main)
    # Said before anything is typed; Save is off with the reason beside it, read by a screen reader too.
    assert page.blocked_note.text() == page_says and page.blocked_note.isVisibleTo(page)
    assert not page.save_button.isEnabled()
    assert page.save_note.text() == beside_save and page.save_note.isVisibleTo(page)
    assert page.save_button.accessibleDescription() == beside_save
    assert page.remind_button.isVisibleTo(page)
    assert_named(page)
    # Typed and Enter pressed all the same: not saved, never "saved and sending", nothing queued.
    type_and_save(qtbot, page)
    qtbot.waitUntil(lambda: page.status.text().startswith("Not saved."), timeout=5000)
    assert page.status.text() == "Not saved. " + page_says
    main.sync_now()
    qtbot.waitUntil(lambda: main.state_label.text().startswith("Online"), timeout=15000)
    assert outbox(main) == [] and local_readings(main) == [] and page.model.rowCount() == 0
    assert "waiting" not in main.state_label.text()
    # The reminder: the button leads to Settings (its reminders, where it has them).
    qtbot.mouseClick(page.remind_button, Qt.MouseButton.LeftButton)
    assert main.pages.currentWidget() is main.settings
    assert QApplication.focusWidget() is main.settings.remind_email


def test_the_window_closing_while_the_page_is_open_is_checked_again_on_saving(
    qtbot: QtBot, app: Controller, server: LiveServer, clock: Clock
) -> None:
    """Typed on the last day before midnight, Enter pressed after it: the day of saving decides."""
    clock.today = date(2026, 3, 25)
    server_day(server, clock.today)
    main = log_in(qtbot, app)
    page = readings_page(qtbot, main)
    assert page.save_button.isEnabled()
    clock.today = date(2026, 3, 26)
    type_and_save(qtbot, page)
    qtbot.waitUntil(lambda: page.status.text().startswith("Not saved."), timeout=5000)
    assert not page.save_button.isEnabled() and page.remind_button.isVisibleTo(page)
    assert outbox(main) == [] and local_readings(main) == []


def test_a_computer_a_day_ahead_of_the_server_keeps_the_reading_and_sends_it_when_the_day_comes(
    qtbot: QtBot, app: Controller, server: LiveServer, clock: Clock
) -> None:
    """East of the server after midnight: the app's first day of the window is the server's last day
    before it. The server refuses the date as in the future; the reading waits, said in words, counted
    as waiting, and is accepted once the server's day has come, sent by itself."""
    clock.today = date(2026, 3, 15)
    server_day(server, date(2026, 3, 14))
    main = log_in(qtbot, app)
    page = readings_page(qtbot, main)
    assert page.save_button.isEnabled()
    type_and_save(qtbot, page)
    qtbot.waitUntil(
        lambda: bool(page.model.entries) and page.model.entries[0].code == "future_date", timeout=15000
    )
    held = "Waiting: on the supplier's calendar it is not 15 March 2026 yet. It will be sent by itself."
    assert page.model.data(page.model.index(0, 3)) == held
    assert page.details.text().endswith(": " + held)  # wrapped below the table, whole
    [(state, _payload)] = outbox(main)
    assert state == "rejected"  # that UUID was answered; the reading itself waits
    qtbot.waitUntil(lambda: "waiting to be sent: 1" in main.state_label.text(), timeout=10000)
    assert main.state_label.text().startswith("Online")  # not "needs attention": nothing to correct
    # A sync while the server is still on the 14th changes nothing.
    main.sync_now()
    qtbot.waitUntil(lambda: main.session.engine.status().last_sync is not None, timeout=10000)  # type: ignore[union-attr]
    assert [r.state for r in local_readings(main)] == ["waiting"]
    server_day(server, date(2026, 3, 15))
    main.sync_now()
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 3)) == "Accepted", timeout=15000)
    states = [state for state, _ in outbox(main)]
    assert states == ["rejected", "accepted"]
    assert [payload["taken_on"] for _, payload in outbox(main)] == ["2026-03-15", "2026-03-15"]
    qtbot.waitUntil(lambda: "waiting" not in main.state_label.text(), timeout=10000)


def test_typed_on_the_last_day_and_arriving_the_next_day_is_accepted(
    qtbot: QtBot, app: Controller, server: LiveServer, clock: Clock
) -> None:
    """The app says it is the last day; the server's day is already the next one: within the grace."""
    clock.today = date(2026, 3, 25)
    server_day(server, date(2026, 3, 26))
    main = log_in(qtbot, app)
    page = readings_page(qtbot, main)
    assert page.window_note.text() == "Today, 25 March, is the last day to send readings."
    type_and_save(qtbot, page)
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.model.entries[0].state != "waiting", timeout=15000
    )
    assert page.model.data(page.model.index(0, 3)) == "Accepted"


def set_verification(server: LiveServer, due: date) -> None:
    with server.db.session() as session:
        meter = session.scalars(select(Meter).where(Meter.serial == SERIAL)).one()
        meter.next_verification_on = due


def test_a_verification_due_in_45_days_is_announced(
    qtbot: QtBot, app: Controller, server: LiveServer
) -> None:
    set_verification(server, date(2026, 5, 2))
    main = log_in(qtbot, app)
    text = home_text(main)
    assert "Verification is due on 2 May 2026: in 45 days. Please order it in advance." in text
    assert f"Meter {SERIAL}: verification overdue" not in text
    page = readings_page(qtbot, main)
    assert page.save_button.isEnabled()


def test_a_meter_past_its_verification_is_marked_and_its_readings_are_not_saved(
    qtbot: QtBot, app: Controller, server: LiveServer
) -> None:
    set_verification(server, date(2026, 3, 1))
    main = log_in(qtbot, app)
    text = home_text(main)
    assert f"Meter {SERIAL}: verification overdue" in text
    said = (
        "The verification date, 1 March 2026, has passed. Please order a verification of this meter. "
        "Until then the supplier does not accept its readings."
    )
    assert said in text
    page = readings_page(qtbot, main)
    assert page.blocked_note.text() == said and not page.save_button.isEnabled()
    assert page.save_note.text() == "Saving is possible once the meter is verified."
    assert not page.remind_button.isVisibleTo(page)  # a reminder of the window would not help
    type_and_save(qtbot, page)
    qtbot.waitUntil(lambda: page.status.text().startswith("Not saved."), timeout=5000)
    assert outbox(main) == [] and local_readings(main) == []


def test_the_history_shows_the_bill_that_used_each_reading(
    qtbot: QtBot, app: Controller, server: LiveServer
) -> None:
    """The seed closes December to February; the server sends each reading with the bill that used it."""
    main = log_in(qtbot, app)
    main.open_page(main.history)
    page = main.history
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    statuses = [page.model.data(page.model.index(row, 5)) for row in range(page.model.rowCount())]
    months = [page.model.data(page.model.index(row, 0)) for row in range(page.model.rowCount())]
    for month, name in (
        ("02.2026", "February 2026"),
        ("01.2026", "January 2026"),
        ("12.2025", "December 2025"),
    ):
        assert statuses[months.index(month)].endswith(f"Used in the bill for {name}"), statuses
    page.table.selectRow(months.index("02.2026"))
    assert page.details.text() == f"02.2026: {statuses[months.index('02.2026')]}"


def test_a_month_billed_by_estimate_is_told_on_the_home_page(
    qtbot: QtBot, app: Controller, server: LiveServer
) -> None:
    """The last billed month had no reading of the meter: the close estimated it. The server says why."""
    with server.db.session() as session:
        meter = session.scalars(select(Meter).where(Meter.serial == SERIAL)).one()
        for reading in session.scalars(
            select(Reading).where(Reading.meter_id == meter.id, Reading.period == "2026-02")
        ):
            reading.source = "estimate"  # as the close records a month with no reading
    main = log_in(qtbot, app)
    said = "The bill for February 2026 used the supplier's estimate for meter SE-101-4471, because no "
    qtbot.waitUntil(lambda: said + "reading arrived in time." in home_text(main), timeout=10000)
    main.open_page(main.history)
    qtbot.waitUntil(lambda: main.history.model.rowCount() > 0, timeout=10000)
    said = "Estimated by the supplier, because no reading arrived in time. Used in the bill for February 2026"
    assert said in [
        main.history.model.data(main.history.model.index(r, 5)) for r in range(main.history.model.rowCount())
    ]


def test_after_the_monthly_close_the_entry_shows_the_bill_that_used_it(
    qtbot: QtBot, app: Controller, server: LiveServer, clock: Clock
) -> None:
    """Typed in March, the month closed after the grace by the real close; the next sync says so."""
    from server.billing import close_period
    from tests.conftest import at

    main = log_in(qtbot, app)
    page = readings_page(qtbot, main)
    type_and_save(qtbot, page)
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.model.entries[0].state == "accepted", timeout=15000
    )
    closing = at(server.settings, datetime(2026, 4, 1, 3, tzinfo=UTC))
    with server.db.session() as session:
        close_period(session, closing, "2026-03")
    clock.today = date(2026, 4, 1)
    server_day(server, clock.today)
    main.sync_now()
    qtbot.waitUntil(
        lambda: page.model.data(page.model.index(0, 3)) == "Accepted. Used in the bill for March 2026",
        timeout=15000,
    )
