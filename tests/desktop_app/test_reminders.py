"""The running app's reminders of the submission window: on its first day and two days before it
closes, only while a meter has no reading for the month, and once each."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from desktop_app.reminders import Kind, check, due_reminder, kind_of
from models.db import Cache
from models.entries import enter_reading
from models.readings import previous_values
from models.schema import REJECTED, LocalReading, Meter
from tests.support.sync import Connect

APRIL = [date(2026, 4, day) for day in range(1, 31)]


def test_the_reminder_days_of_a_window() -> None:
    assert kind_of(date(2026, 4, 14), 15, 25) is None
    assert kind_of(date(2026, 4, 15), 15, 25) == (Kind.OPENS, date(2026, 4, 15), date(2026, 4, 25))
    assert kind_of(date(2026, 4, 16), 15, 25) is None
    assert kind_of(date(2026, 4, 22), 15, 25) is None
    assert kind_of(date(2026, 4, 23), 15, 25) == (Kind.CLOSING, date(2026, 4, 15), date(2026, 4, 25))
    assert kind_of(date(2026, 4, 24), 15, 25) is None
    assert kind_of(date(2026, 4, 25), 15, 25) is None
    assert kind_of(date(2026, 4, 26), 15, 25) is None
    # A window to the month's end: two days before the last day of February
    assert kind_of(date(2026, 2, 26), 20, 31) == (Kind.CLOSING, date(2026, 2, 20), date(2026, 2, 28))
    # A window of two days has its first day's reminder only
    assert [kind_of(date(2026, 4, d), 10, 11) for d in (8, 9, 10, 11)] == [
        None,
        None,
        (Kind.OPENS, date(2026, 4, 10), date(2026, 4, 11)),
        None,
    ]


@pytest.mark.parametrize("login", ["ivanova", "caretaker"])
def test_due_on_the_first_day_and_two_days_before_the_close_only(
    connect: Connect, local_cache: Cache, login: str
) -> None:
    connect(login).sync()
    with local_cache.session(write=False) as db:
        meters = len(db.scalars(select(Meter).where(Meter.active.is_(True))).all())
    due = {day.day: due_reminder(local_cache, day) for day in APRIL}
    assert {d for d, r in due.items() if r is not None} == {15, 23}
    opens, closing = due[15], due[23]
    assert opens is not None and closing is not None
    assert (opens.kind, opens.period, opens.start, opens.end) == (
        Kind.OPENS,
        "2026-04",
        date(2026, 4, 15),
        date(2026, 4, 25),
    )
    assert closing.kind == Kind.CLOSING and opens.missing == closing.missing == meters > 0


def test_shown_once_per_period_and_kind(connect: Connect, local_cache: Cache) -> None:
    connect("ivanova").sync()
    first = check(local_cache, date(2026, 4, 15))
    assert first is not None and first.kind == Kind.OPENS
    assert check(local_cache, date(2026, 4, 15)) is None  # a second check that day, or after a restart
    closing = check(local_cache, date(2026, 4, 23))
    assert closing is not None and closing.kind == Kind.CLOSING
    assert check(local_cache, date(2026, 4, 23)) is None
    may = check(local_cache, date(2026, 5, 15))  # the next month is another period
    assert may is not None and may.period == "2026-05"


def test_a_reading_typed_for_the_month_ends_the_reminders_a_refused_one_does_not(
    connect: Connect, local_cache: Cache
) -> None:
    connect("ivanova").sync()
    with local_cache.session(write=False) as db:
        meters = db.scalars(select(Meter).where(Meter.active.is_(True)).order_by(Meter.id)).all()
        start = {m.id: previous_values(db, m.id, "2026-04") for m in meters}
    entries = [
        enter_reading(
            local_cache,
            m.id,
            {zone: value + Decimal(50) for zone, value in start[m.id].items()},
            taken_on=date(2026, 4, 15),
        )
        for m in meters
    ]
    assert due_reminder(local_cache, date(2026, 4, 23)) is None  # every meter has a reading waiting
    with local_cache.session() as db:
        db.execute(update(LocalReading).where(LocalReading.uuid == entries[0].uuid).values(state=REJECTED))
    due = due_reminder(local_cache, date(2026, 4, 23))
    assert due is not None and due.missing == 1


def test_no_reminder_for_a_month_already_read(connect: Connect, local_cache: Cache) -> None:
    """March (the test server's month) as the server sent it: meters read already are not counted."""
    connect("ivanova").sync()
    with local_cache.session(write=False) as db:
        meters = db.scalars(select(Meter).where(Meter.active.is_(True)).order_by(Meter.id)).all()
        start = {m.id: previous_values(db, m.id, "2026-03") for m in meters}
    for m in meters:
        enter_reading(
            local_cache,
            m.id,
            {zone: value + Decimal(10) for zone, value in start[m.id].items()},
            taken_on=date(2026, 3, 18),
        )
    connect("ivanova").sync()
    with local_cache.session(write=False) as db:
        assert not db.scalars(select(LocalReading).where(LocalReading.state == REJECTED)).all()
    with local_cache.session() as db:
        db.execute(update(LocalReading).values(state="corrected"))  # only the server's rows count now
    assert due_reminder(local_cache, date(2026, 3, 23)) is None
