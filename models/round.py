"""The caretaker's round: every zone of every meter of a building as one row, what was typed on this
computer, and what became of it.

A building is read in a handful of set-based queries (never one query per flat), so a 1,000-flat
building opens at once. Confirming a cell is one short write transaction: the cell is durable the
moment it is confirmed, and when the last zone of a meter is in, the reading and its outbox item are
written in that same transaction.
"""

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import cast

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from models.db import Cache
from models.entries import queue_reading
from models.readings import USUAL_MONTHS, period_of
from models.schema import (
    CORRECTED,
    REJECTED,
    WAITING,
    Building,
    Flat,
    LocalReading,
    Meter,
    Outbox,
    RoundCell,
)
from protocol.readings import ReadingVerdict, check_reading
from protocol.window import DEFAULT_END_DAY, DEFAULT_GRACE_DAYS, DEFAULT_START_DAY, window_state
from protocol.zones import Zone

# Row states beside the entry states of models.schema: nothing yet, some zones of the meter typed,
# a reading that reached the server some other way this month (the resident, an SMS), or a meter
# typed while its window was closed: kept here, not queued, until the caretaker chooses.
EMPTY, PARTIAL, SUBMITTED, HELD = "empty", "partial", "submitted", "held"


@dataclass(frozen=True)
class WindowDays:
    """A meter's (or a building's) submission days and grace, as the server sends them."""

    start_day: int = DEFAULT_START_DAY
    end_day: int = DEFAULT_END_DAY
    grace_days: int = DEFAULT_GRACE_DAYS

    def is_open(self, day: date) -> bool:
        return window_state(day, self.start_day, self.end_day).is_open


@dataclass
class RoundRow:
    meter_id: int
    flat_id: int
    flat: str
    entrance: int
    floor: int
    account_number: str
    serial: str
    digits: int
    zone: Zone
    zones: tuple[Zone, ...]
    previous: Decimal | None
    usual: Decimal | None
    value: Decimal | None = None
    state: str = EMPTY
    code: str | None = None
    message: str | None = None
    flagged: bool = False
    source: str | None = None  # who submitted it, for SUBMITTED rows
    window: WindowDays = WindowDays()
    taken_on: date | None = None  # the day the value in the cell was typed

    @property
    def key(self) -> tuple[int, str]:
        return (self.meter_id, self.zone)

    @property
    def entered(self) -> bool:
        return self.value is not None

    def verdict(self, value: Decimal) -> ReadingVerdict:
        """The same verdict the server gives, from the previous reading and usual use in the cache."""
        return check_reading(value, digits=self.digits, previous=self.previous, usual_kwh=self.usual)

    @property
    def consumption(self) -> Decimal | None:
        if self.value is None or self.previous is None:
            return None
        verdict = self.verdict(self.value)
        return verdict.consumption if verdict.ok else None


@dataclass
class Round:
    building_id: int
    address: str
    period: str
    rows: list[RoundRow] = field(default_factory=list)
    window: WindowDays = WindowDays()  # the days most of the building's meters are read on

    def held(self) -> list[RoundRow]:
        """Rows kept on this computer because they were typed while their window was closed."""
        return [row for row in self.rows if row.state == HELD]

    @property
    def meters(self) -> int:
        return len({row.meter_id for row in self.rows})

    @property
    def meters_entered(self) -> int:
        """Meters with every zone entered (typed here or already submitted this month)."""
        missing = {row.meter_id for row in self.rows if not row.entered}
        return self.meters - len(missing)


@dataclass(frozen=True)
class BuildingChoice:
    id: int
    address: str
    flats: int


def buildings(session: Session) -> list[BuildingChoice]:
    return [
        BuildingChoice(b.id, b.address, b.flats)
        for b in session.scalars(select(Building).order_by(Building.address, Building.id))
    ]


def months_before(period: str, months: int) -> str:
    year, month = int(period[:4]), int(period[5:7])
    index = year * 12 + month - 1 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


_METERS_OF_BUILDING = (
    "SELECT meter.id FROM meter JOIN flat ON flat.id = meter.account_id "
    "WHERE flat.building_id = :building AND meter.active"
)

_PREVIOUS = text(
    f"""
    SELECT meter_id, "values" FROM (
        SELECT reading.meter_id, reading."values",
               row_number() OVER (PARTITION BY reading.meter_id
                                  ORDER BY reading.period DESC, reading.id DESC) AS n
        FROM reading
        WHERE reading.status = 'accepted'
          AND (reading.period < :period OR reading.source = 'installation')
          AND reading.meter_id IN ({_METERS_OF_BUILDING})
    ) WHERE n = 1
    """  # noqa: S608 - constant text, parameters bound
)

_USUAL = text(
    f"""
    SELECT reading.meter_id, json_extract(part.value, '$.zone'),
           avg(CAST(json_extract(part.value, '$.consumption') AS REAL))
    FROM reading, json_each(reading."values") AS part
    WHERE reading.status = 'accepted' AND reading.source != 'installation'
      AND reading.period < :period AND reading.period >= :since
      AND json_extract(part.value, '$.consumption') IS NOT NULL
      AND reading.meter_id IN ({_METERS_OF_BUILDING})
    GROUP BY 1, 2
    """  # noqa: S608
)

_THIS_PERIOD = text(
    f"""
    SELECT meter_id, "values", source, status FROM reading
    WHERE period = :period AND status = 'accepted' AND meter_id IN ({_METERS_OF_BUILDING})
    ORDER BY id
    """  # noqa: S608
)


def _values(raw: object) -> dict[str, Decimal]:
    import json

    items = json.loads(raw) if isinstance(raw, str) else raw
    assert isinstance(items, list)
    return {item["zone"]: Decimal(item["value"]) for item in items}


def usual_use(session: Session, building_id: int, period: str) -> dict[tuple[int, str], Decimal]:
    """Each meter zone's mean monthly use over the last year: a far jump above it is flagged."""
    return {
        (meter_id, zone): Decimal(f"{mean:.3f}")
        for meter_id, zone, mean in session.execute(
            _USUAL,
            {"building": building_id, "period": period, "since": months_before(period, USUAL_MONTHS)},
        ).tuples()
        if mean is not None
    }


def load_round(session: Session, building_id: int, today: date, *, with_usual: bool = True) -> Round:
    """Every meter zone of the building in entrance, floor and flat order, with what was typed.

    The usual use (for flagging far jumps) is the slowest part; the grid asks for it separately,
    after the building is on screen."""
    period = period_of(today)
    building = session.get(Building, building_id)
    if building is None:
        raise LookupError(f"building {building_id} is not in the cache")
    params = {"building": building_id, "period": period}
    meters = session.execute(
        select(
            Flat.id,
            Flat.flat,
            Flat.entrance,
            Flat.floor,
            Flat.number,
            Meter.id,
            Meter.serial,
            Meter.digits,
            Meter.zones,
            Meter.window_start_day,
            Meter.window_end_day,
            Meter.grace_days,
        )
        .join(Meter, Meter.account_id == Flat.id)
        .where(Flat.building_id == building_id, Meter.active.is_(True))
    ).all()
    previous = {meter_id: _values(raw) for meter_id, raw in session.execute(_PREVIOUS, params).tuples()}
    usual = usual_use(session, building_id, period) if with_usual else {}
    submitted: dict[int, tuple[dict[str, Decimal], str]] = {}
    for meter_id, raw, source, _status in session.execute(_THIS_PERIOD, params).tuples():
        submitted[meter_id] = (_values(raw), source)
    cells = {
        (c.meter_id, c.zone): c for c in session.scalars(select(RoundCell).where(RoundCell.period == period))
    }
    # Held cells of an earlier month are never lost: shown in this round until the caretaker decides.
    here = {meter_id for meter_id, _zone in cells}
    for c in session.scalars(
        select(RoundCell)
        .where(RoundCell.period < period, RoundCell.held.is_(True))
        .order_by(RoundCell.period.desc())
    ):
        if c.meter_id not in here:
            cells.setdefault((c.meter_id, c.zone), c)
    entries = {
        e.uuid: e
        for e in session.scalars(
            select(LocalReading).where(
                LocalReading.uuid.in_(
                    select(RoundCell.reading_uuid).where(
                        RoundCell.period <= period, RoundCell.reading_uuid.is_not(None)
                    )
                )
            )
        )
    }

    windows = Counter(WindowDays(m[9], m[10], m[11]) for m in meters)
    common = windows.most_common(1)[0][0] if windows else WindowDays()
    result = Round(building.id, building.address, period, window=common)
    ordered = sorted(
        meters,
        key=lambda m: (m.entrance, m.floor, int(m.flat) if m.flat.isdigit() else 10**9, m.flat, m[5]),
    )
    for flat_id, flat, entrance, floor, number, meter_id, serial, digits, zones, start, end, grace in ordered:
        zone_tuple: tuple[Zone, ...] = tuple(zones)
        days = WindowDays(start, end, grace)
        before = previous.get(meter_id, {})
        for zone in zone_tuple:
            row = RoundRow(
                meter_id=meter_id,
                flat_id=flat_id,
                flat=flat,
                entrance=entrance,
                floor=floor,
                account_number=number,
                serial=serial,
                digits=digits,
                zone=zone,
                zones=zone_tuple,
                previous=before.get(zone),
                usual=usual.get((meter_id, zone)),
                window=days,
            )
            _fill(row, cells.get((meter_id, zone)), entries, submitted.get(meter_id))
            result.rows.append(row)
    return result


def _fill(
    row: RoundRow,
    cell: RoundCell | None,
    entries: Mapping[str, LocalReading],
    submitted: tuple[dict[str, Decimal], str] | None,
) -> None:
    if cell is not None:
        row.value, row.taken_on = cell.value, cell.taken_on
        entry = entries.get(cell.reading_uuid) if cell.reading_uuid else None
        if cell.held:
            row.state = HELD
        elif entry is None:
            row.state = PARTIAL
        else:
            row.state = entry.state if entry.state != CORRECTED else WAITING
            row.code, row.message, row.flagged = entry.code, entry.message, entry.flagged
    elif submitted is not None and row.zone in submitted[0]:
        row.value = submitted[0][row.zone]
        row.state = SUBMITTED
        row.source = submitted[1]


@dataclass(frozen=True)
class CellSaved:
    state: str  # PARTIAL, WAITING, HELD, or the state it already had when nothing changed
    reading_uuid: str | None
    changed: bool


def meter_window(session: Session, meter_id: int) -> WindowDays:
    meter = session.get(Meter, meter_id)
    if meter is None:
        return WindowDays()
    return WindowDays(meter.window_start_day, meter.window_end_day, meter.grace_days)


def _meter_cells(session: Session, period: str, meter_id: int) -> dict[str, RoundCell]:
    """The meter's cells of `period`; held cells of an earlier month are brought into it first, so
    what was typed then is edited, not forgotten beside a new cell."""
    cells = {
        c.zone: c
        for c in session.scalars(
            select(RoundCell).where(RoundCell.period == period, RoundCell.meter_id == meter_id)
        )
    }
    if cells:
        return cells
    earlier = session.scalars(
        select(RoundCell)
        .where(RoundCell.period < period, RoundCell.meter_id == meter_id, RoundCell.held.is_(True))
        .order_by(RoundCell.period.desc())
    ).all()
    for old in earlier:
        if old.zone in cells:
            continue
        moved = RoundCell(
            period=period,
            meter_id=meter_id,
            zone=old.zone,
            value=old.value,
            entered_at=old.entered_at,
            reading_uuid=old.reading_uuid,
            taken_on=old.taken_on,
            held=True,
        )
        cells[old.zone] = moved
    if earlier:
        for old in earlier:
            session.delete(old)
        session.flush()
        session.add_all(cells.values())
    return cells


def _cancel_waiting(session: Session, old: LocalReading | None) -> None:
    if old is not None and old.state == WAITING:
        # Not sent yet: the new values replace it, so the server never gets two readings for one.
        session.execute(delete(Outbox).where(Outbox.uuid == old.uuid, Outbox.state == WAITING))
        old.state = CORRECTED


def confirm_cell(
    session: Session,
    period: str,
    meter_id: int,
    zones: Sequence[Zone],
    zone: Zone,
    value: Decimal,
    *,
    resend_rejected: bool = True,
    now: datetime | None = None,
    taken_on: date | None = None,
) -> CellSaved:
    """Keep one confirmed cell; queue the meter's reading once all its zones are in.

    A cell confirmed again with the same value changes nothing (so a file imported twice sends
    nothing twice), except that a refused reading confirmed again is sent again when `resend_rejected`.
    A reading still waiting to be sent is replaced rather than sent twice.

    With `taken_on` outside the meter's window, the cells are held: kept, not queued, since the server
    judges a reading by the day it was taken and would certainly refuse it. A meter some of whose
    zones are held from an earlier day stays held until the caretaker chooses (`release_held`): a
    reading is never sent with a date other than the one each of its values was typed on.
    """
    moment = now or datetime.now(UTC)
    cells = _meter_cells(session, period, meter_id)
    cell = cells.get(zone)
    old_uuid = next((c.reading_uuid for c in cells.values() if c.reading_uuid), None)
    old = session.get(LocalReading, old_uuid) if old_uuid else None
    if cell is not None and cell.value == value:
        if cell.held:
            return CellSaved(HELD, None, False)
        if old is None:
            return CellSaved(PARTIAL, None, False)
        if old.state != REJECTED or not resend_rejected:
            return CellSaved(old.state, old.uuid, False)
    if cell is None:
        cell = RoundCell(
            period=period, meter_id=meter_id, zone=zone, value=value, entered_at=moment, taken_on=taken_on
        )
        session.add(cell)
        cells[zone] = cell
    else:
        cell.value, cell.entered_at, cell.taken_on = value, moment, taken_on
    if any(z not in cells for z in zones):
        cell.held = False
        return CellSaved(PARTIAL, None, True)
    closed = taken_on is not None and not meter_window(session, meter_id).is_open(taken_on)
    held_before = any(c.held and c.taken_on != taken_on for c in cells.values() if c is not cell)
    if closed or held_before:
        _cancel_waiting(session, old)
        for each in cells.values():
            each.held = True
            if old is not None and old.state == CORRECTED:
                each.reading_uuid = None
        return CellSaved(HELD, None, True)
    corrects = None
    if old is not None:
        _cancel_waiting(session, old)
        if old.state == REJECTED:
            corrects = old.uuid
    entry = queue_reading(
        session,
        meter_id,
        {z: cells[z].value for z in zones},
        corrects=corrects,
        now=moment,
        taken_on=taken_on,
    )
    for each in cells.values():
        each.reading_uuid, each.held = entry.uuid, False
    return CellSaved(WAITING, entry.uuid, True)


def save_cell(
    cache: Cache,
    period: str,
    meter_id: int,
    zones: Sequence[Zone],
    zone: Zone,
    value: Decimal,
    *,
    resend_rejected: bool = True,
    taken_on: date | None = None,
) -> CellSaved:
    with cache.session() as session:
        return confirm_cell(
            session, period, meter_id, zones, zone, value, resend_rejected=resend_rejected, taken_on=taken_on
        )


def release_held(
    session: Session, meter_ids: Iterable[int], today: date, *, as_typed: bool, now: datetime | None = None
) -> int:
    """The caretaker's choice for held meters: each queued, dated the day it was typed (`as_typed`; the
    server will refuse those typed outside the window, and says so), or confirmed as taken `today`
    (they checked the meters still show these values). Returns how many readings were queued."""
    moment = now or datetime.now(UTC)
    period = period_of(today)
    queued = 0
    for meter_id in sorted(set(meter_ids)):
        meter = session.get(Meter, meter_id)
        cells = _meter_cells(session, period, meter_id)
        if meter is None or not cells or not all(c.held for c in cells.values()):
            continue
        zones = cast(tuple[Zone, ...], tuple(meter.zones))
        if any(z not in cells for z in zones):
            continue
        typed = [c.taken_on for c in cells.values() if c.taken_on is not None]
        taken = max(typed) if typed and as_typed else today
        old_uuid = next((c.reading_uuid for c in cells.values() if c.reading_uuid), None)
        old = session.get(LocalReading, old_uuid) if old_uuid else None
        entry = queue_reading(
            session,
            meter_id,
            {z: cells[z].value for z in zones},
            corrects=old.uuid if old is not None and old.state == REJECTED else None,
            now=moment,
            taken_on=taken,
        )
        for each in cells.values():
            each.reading_uuid, each.held = entry.uuid, False
            if not as_typed:
                each.taken_on = today
        queued += 1
    return queued


def held_count(session: Session) -> int:
    """Meters typed on a round and held (their window was closed): they wait, too."""
    held = select(RoundCell.period, RoundCell.meter_id).where(RoundCell.held.is_(True)).distinct().subquery()
    return session.scalar(select(func.count()).select_from(held)) or 0
