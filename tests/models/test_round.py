"""The caretaker's round on the cache: the building's rows, cells kept at once, readings queued once."""

from datetime import date
from decimal import Decimal

from sqlalchemy import delete, func, select

from models.db import Cache
from models.round import HELD, PARTIAL, SUBMITTED, confirm_cell, held_count, load_round, release_held
from models.schema import ACCEPTED, CORRECTED, WAITING, Building, LocalReading, Outbox, RoundCell
from tests.support.clock import TODAY
from tests.support.sync import Connect

PERIOD = "2026-03"


def building_id(cache: Cache) -> int:
    with cache.session(write=False) as session:
        return session.scalars(select(Building.id)).one()


def outbox_count(cache: Cache) -> int:
    with cache.session(write=False) as session:
        return session.scalar(select(func.count()).select_from(Outbox).where(Outbox.state == WAITING)) or 0


def test_a_building_lists_every_zone_of_every_meter_in_flat_order(
    connect: Connect, local_cache: Cache
) -> None:
    connect("caretaker").sync()
    with local_cache.session(write=False) as session:
        found = load_round(session, building_id(local_cache), TODAY)
    flats = [row.flat for row in found.rows]
    assert flats[0] == "1"
    assert sorted({int(f) for f in flats}) == list(range(1, 13))
    three = [row for row in found.rows if len(row.zones) == 3]
    assert [row.zone for row in three] == ["peak", "half_peak", "night"]
    assert all(row.previous is not None for row in found.rows)
    assert found.meters == 12 and found.meters_entered == 0
    assert [(r.entrance, r.floor) for r in found.rows] == sorted((r.entrance, r.floor) for r in found.rows)


def test_cells_are_kept_and_a_reading_is_queued_once_all_zones_are_in(
    connect: Connect, local_cache: Cache
) -> None:
    engine = connect("caretaker")
    engine.sync()
    with local_cache.session(write=False) as session:
        rows = load_round(session, building_id(local_cache), TODAY).rows
    two = next(row for row in rows if len(row.zones) == 2 and row.zone == "day")
    night = next(row for row in rows if row.meter_id == two.meter_id and row.zone == "night")
    assert two.previous is not None and night.previous is not None
    with local_cache.session() as session:
        first = confirm_cell(
            session, PERIOD, two.meter_id, two.zones, "day", two.previous + 40, taken_on=TODAY
        )
    assert first.state == PARTIAL and outbox_count(local_cache) == 0
    with local_cache.session() as session:
        second = confirm_cell(
            session, PERIOD, two.meter_id, two.zones, "night", night.previous + 25, taken_on=TODAY
        )
    assert second.state == WAITING and outbox_count(local_cache) == 1
    # The same value again changes nothing; a new value replaces the unsent reading.
    with local_cache.session() as session:
        again = confirm_cell(
            session, PERIOD, two.meter_id, two.zones, "night", night.previous + 25, taken_on=TODAY
        )
    assert not again.changed and outbox_count(local_cache) == 1
    with local_cache.session() as session:
        fixed = confirm_cell(
            session, PERIOD, two.meter_id, two.zones, "night", night.previous + 26, taken_on=TODAY
        )
    assert fixed.changed and outbox_count(local_cache) == 1
    with local_cache.session(write=False) as session:
        states = {r.uuid: r.state for r in session.scalars(select(LocalReading))}
    assert states == {second.reading_uuid: CORRECTED, fixed.reading_uuid: WAITING}

    report = engine.sync()
    assert report.error is None and report.accepted == 1
    with local_cache.session(write=False) as session:
        after = load_round(session, building_id(local_cache), TODAY)
    mine = [row for row in after.rows if row.meter_id == two.meter_id]
    assert {row.state for row in mine} == {ACCEPTED}
    assert [row.value for row in mine] == [two.previous + 40, night.previous + 26]
    assert after.meters_entered == 1
    assert mine[0].consumption == Decimal(40)


def test_a_reading_submitted_by_the_resident_shows_as_entered(connect: Connect, local_cache: Cache) -> None:
    engine = connect("caretaker")
    engine.sync()
    with local_cache.session(write=False) as session:
        rows = load_round(session, building_id(local_cache), TODAY).rows
    single = rows[0]
    assert single.previous is not None
    with local_cache.session() as session:
        confirm_cell(
            session, PERIOD, single.meter_id, single.zones, single.zone, single.previous + 7, taken_on=TODAY
        )
    engine.sync()
    # Another computer of the same caretaker: the reading arrives by pull, not from its own cells.
    with local_cache.session() as session:
        for table in (Outbox, LocalReading, RoundCell):
            session.execute(delete(table))
    with local_cache.session(write=False) as session:
        again = load_round(session, building_id(local_cache), TODAY)
    assert again.rows[0].state == SUBMITTED and again.rows[0].value == single.previous + 7
    assert again.rows[0].source == "caretaker"


BEFORE, FIRST, LAST, AFTER = date(2026, 3, 3), date(2026, 3, 15), date(2026, 3, 25), date(2026, 3, 26)


def taken_dates(cache: Cache) -> dict[int, date | None]:
    with cache.session(write=False) as session:
        return {r.meter_id: r.taken_on for r in session.scalars(select(LocalReading))}


def test_cells_typed_while_the_window_is_closed_are_held_and_queued_only_by_choice(
    connect: Connect, local_cache: Cache
) -> None:
    engine = connect("caretaker")
    engine.sync()
    building = building_id(local_cache)
    with local_cache.session(write=False) as session:
        rows = load_round(session, building, BEFORE).rows
    single = next(row for row in rows if row.zones == ("single",))
    two = next(row for row in rows if len(row.zones) == 2)
    night = next(row for row in rows if row.meter_id == two.meter_id and row.zone == "night")
    assert single.previous is not None and two.previous is not None and night.previous is not None
    with local_cache.session() as session:
        one = confirm_cell(
            session, PERIOD, single.meter_id, single.zones, "single", single.previous + 5, taken_on=BEFORE
        )
        day = confirm_cell(session, PERIOD, two.meter_id, two.zones, "day", two.previous + 4, taken_on=BEFORE)
        both = confirm_cell(
            session, PERIOD, two.meter_id, two.zones, "night", night.previous + 3, taken_on=BEFORE
        )
    assert (one.state, day.state, both.state) == (HELD, PARTIAL, HELD)
    assert one.reading_uuid is None and both.reading_uuid is None
    assert outbox_count(local_cache) == 0
    with local_cache.session(write=False) as session:
        assert held_count(session) == 2
        again = load_round(session, building, BEFORE)
    # The status bar's waiting count counts the held meters too.
    assert engine.status().waiting == 2
    held = {(r.meter_id, r.zone): r for r in again.held()}
    assert set(held) == {(single.meter_id, "single"), (two.meter_id, "day"), (two.meter_id, "night")}
    assert {r.taken_on for r in held.values()} == {BEFORE}
    # A sync sends nothing of them: the server would refuse them by the day they were taken.
    assert engine.sync().pushed == 0
    # Typed again with the same value: still held, nothing queued.
    with local_cache.session() as session:
        same = confirm_cell(
            session, PERIOD, single.meter_id, single.zones, "single", single.previous + 5, taken_on=FIRST
        )
    assert same == same.__class__(HELD, None, False) and outbox_count(local_cache) == 0

    # The window opens: the caretaker confirms one as taken today and sends the other dated as typed.
    with local_cache.session() as session:
        assert release_held(session, [single.meter_id], FIRST, as_typed=False) == 1
    with local_cache.session() as session:
        assert release_held(session, [two.meter_id], FIRST, as_typed=True) == 1
    assert taken_dates(local_cache) == {single.meter_id: FIRST, two.meter_id: BEFORE}
    with local_cache.session(write=False) as session:
        assert held_count(session) == 0
        cells = {(c.meter_id, c.zone): c.taken_on for c in session.scalars(select(RoundCell))}
    assert cells[(single.meter_id, "single")] == FIRST and cells[(two.meter_id, "day")] == BEFORE
    assert outbox_count(local_cache) == 2 and engine.status().waiting == 2
    with local_cache.session() as session:  # nothing left to release: nothing queued twice
        assert release_held(session, [single.meter_id, two.meter_id], FIRST, as_typed=False) == 0


def test_a_meter_held_from_a_closed_day_stays_held_when_one_zone_is_retyped_in_the_window(
    connect: Connect, local_cache: Cache
) -> None:
    connect("caretaker").sync()
    with local_cache.session(write=False) as session:
        rows = load_round(session, building_id(local_cache), BEFORE).rows
    two = next(row for row in rows if len(row.zones) == 2)
    night = next(row for row in rows if row.meter_id == two.meter_id and row.zone == "night")
    assert two.previous is not None and night.previous is not None
    with local_cache.session() as session:
        confirm_cell(session, PERIOD, two.meter_id, two.zones, "day", two.previous + 4, taken_on=BEFORE)
        confirm_cell(session, PERIOD, two.meter_id, two.zones, "night", night.previous + 3, taken_on=BEFORE)
    # On the first day one zone is typed anew: the other still has the value of the 3rd, so the
    # reading is not sent dated the 15th with it.
    with local_cache.session() as session:
        retyped = confirm_cell(
            session, PERIOD, two.meter_id, two.zones, "day", two.previous + 9, taken_on=FIRST
        )
    assert retyped.state == HELD and outbox_count(local_cache) == 0
    # Both typed anew on the 15th: a reading of the 15th, queued.
    with local_cache.session() as session:
        done = confirm_cell(
            session, PERIOD, two.meter_id, two.zones, "night", night.previous + 8, taken_on=FIRST
        )
    assert done.state == WAITING and outbox_count(local_cache) == 1
    assert taken_dates(local_cache) == {two.meter_id: FIRST}


def test_inside_the_window_a_cell_is_queued_with_its_day_and_after_it_a_new_value_is_held(
    connect: Connect, local_cache: Cache
) -> None:
    connect("caretaker").sync()
    with local_cache.session(write=False) as session:
        rows = load_round(session, building_id(local_cache), LAST).rows
    single = next(row for row in rows if row.zones == ("single",))
    assert single.previous is not None
    with local_cache.session() as session:
        queued = confirm_cell(
            session, PERIOD, single.meter_id, single.zones, "single", single.previous + 5, taken_on=LAST
        )
    assert queued.state == WAITING and taken_dates(local_cache) == {single.meter_id: LAST}
    # Changed the next day, after the window: the unsent reading of the 25th is replaced by one that is
    # held, not sent dated the 25th with a value typed on the 26th.
    with local_cache.session() as session:
        changed = confirm_cell(
            session, PERIOD, single.meter_id, single.zones, "single", single.previous + 6, taken_on=AFTER
        )
    assert changed.state == HELD and outbox_count(local_cache) == 0
    with local_cache.session(write=False) as session:
        assert session.get(LocalReading, queued.reading_uuid).state == CORRECTED  # type: ignore[union-attr]


def test_held_cells_of_a_month_gone_by_are_carried_into_the_next_round(
    connect: Connect, local_cache: Cache
) -> None:
    connect("caretaker").sync()
    building = building_id(local_cache)
    with local_cache.session(write=False) as session:
        rows = load_round(session, building, AFTER).rows
    single = next(row for row in rows if row.zones == ("single",))
    assert single.previous is not None
    late = date(2026, 3, 27)
    with local_cache.session() as session:
        confirm_cell(
            session, PERIOD, single.meter_id, single.zones, "single", single.previous + 5, taken_on=late
        )
    april = date(2026, 4, 15)
    with local_cache.session(write=False) as session:
        shown = load_round(session, building, april)
    assert [(r.meter_id, r.taken_on, r.value) for r in shown.held()] == [
        (single.meter_id, late, single.previous + 5)
    ]
    with local_cache.session() as session:
        assert release_held(session, [single.meter_id], april, as_typed=False) == 1
    with local_cache.session(write=False) as session:
        cells = [(c.period, c.taken_on, c.held) for c in session.scalars(select(RoundCell))]
        moved = load_round(session, building, april)
    assert cells == [("2026-04", april, False)]
    assert taken_dates(local_cache) == {single.meter_id: april}
    assert next(r for r in moved.rows if r.meter_id == single.meter_id).state == WAITING
