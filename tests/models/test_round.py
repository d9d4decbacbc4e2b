"""The caretaker's round on the cache: the building's rows, cells kept at once, readings queued once."""

from decimal import Decimal

from sqlalchemy import delete, func, select

from models.db import Cache
from models.round import PARTIAL, SUBMITTED, confirm_cell, load_round
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
