"""Accepting meter readings: the window, the zones, the rules of protocol.readings, superseding."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from protocol.readings import check_reading
from protocol.window import TakenVerdict, judge_taken, verification_state
from protocol.zones import Zone, zones_for
from server.changes import log_change
from server.config import Settings
from server.periods import period_bounds, window_days
from server.schema import Account, Bill, BillingPeriod, Customer, Meter, Reading, ReadingValue

ZONE_NAMES = {"single": "", "day": "day", "night": "night", "peak": "peak", "half_peak": "half-peak"}
USUAL_MONTHS = 12


@dataclass(frozen=True)
class Outcome:
    accepted: bool
    code: str | None
    message: str
    reading: Reading | None = None
    flagged: bool = False


def lock_meters(session: Session, meter_ids: Iterable[int]) -> list[Meter]:
    """Hold these meters until the transaction ends, so their readings are judged and stored one
    transaction at a time: a second writer waits here, then sees what the first committed.

    PostgreSQL locks them in ascending id order, so two writers holding the same meters never deadlock
    each other; the lock is FOR NO KEY UPDATE, which inserting a reading (a foreign key share) does not
    wait on. SQLite has no row locks: its writers hold the whole database from BEGIN IMMEDIATE. Take this
    before anything is read for judging a reading, and before the first write (the change counter's row
    lock comes after it in every transaction).
    """
    ids = sorted(set(meter_ids))
    if not ids:
        return []
    return list(
        session.scalars(
            select(Meter)
            .where(Meter.id.in_(ids))
            .order_by(Meter.id)
            .with_for_update(key_share=True)
            .execution_options(populate_existing=True)
        )
    )


def previous_reading(session: Session, meter_id: int, period: str) -> Reading | None:
    """The reading a new one in `period` is measured from: the last accepted one of an earlier period,
    or the installation reading of a meter installed this period."""
    prefetched = session.info.get(_PREFETCH, {}).get(period)
    if prefetched is not None and meter_id in prefetched.meter_ids:
        found: Reading | None = prefetched.previous.get(meter_id)
        return found
    return session.scalars(
        select(Reading)
        .where(
            Reading.meter_id == meter_id,
            Reading.status == "accepted",
            (Reading.period < period) | (Reading.source == "installation"),
        )
        .order_by(Reading.period.desc(), Reading.id.desc())
        .limit(1)
        .options(selectinload(Reading.values))
    ).first()


def previous_readings(session: Session, meter_ids: list[int], period: str) -> dict[int, Reading]:
    """previous_reading for many meters in one query (the monthly close bills thousands at once)."""
    if not meter_ids:
        return {}
    ranked = (
        select(
            Reading.id,
            func.row_number()
            .over(partition_by=Reading.meter_id, order_by=(Reading.period.desc(), Reading.id.desc()))
            .label("rank"),
        )
        .where(
            Reading.meter_id.in_(meter_ids),
            Reading.status == "accepted",
            (Reading.period < period) | (Reading.source == "installation"),
        )
        .subquery()
    )
    rows = session.scalars(
        select(Reading)
        .join(ranked, ranked.c.id == Reading.id)
        .where(ranked.c.rank == 1)
        .options(selectinload(Reading.values))
    )
    return {reading.meter_id: reading for reading in rows}


def _averages(rows: Iterable[tuple[int, str, str, Decimal]]) -> dict[int, dict[str, Decimal]]:
    """Average consumption per meter and zone over each zone's last USUAL_MONTHS accepted months.

    `rows` are (meter id, zone, period, consumption), newest period first.
    """
    taken: dict[tuple[int, str], list[Decimal]] = {}
    for meter_id, zone, _period, consumption in rows:
        values = taken.setdefault((meter_id, zone), [])
        if len(values) < USUAL_MONTHS:
            values.append(consumption)
    result: dict[int, dict[str, Decimal]] = {}
    for (meter_id, zone), values in taken.items():
        result.setdefault(meter_id, {})[zone] = sum(values, Decimal(0)) / len(values)
    return result


def _usual_rows(session: Session, meter_ids: list[int], period: str) -> list[tuple[int, str, str, Decimal]]:
    rows = session.execute(
        select(Reading.meter_id, ReadingValue.zone, Reading.period, ReadingValue.consumption)
        .join(Reading)
        .where(
            Reading.meter_id.in_(meter_ids),
            Reading.status == "accepted",
            Reading.period < period,
            Reading.source != "installation",
            ReadingValue.consumption.is_not(None),
        )
        .order_by(Reading.period.desc(), Reading.id.desc())
    ).all()
    return [(int(m), str(z), str(p), c) for m, z, p, c in rows]


def usual_consumption(session: Session, meter_id: int, period: str) -> dict[str, Decimal]:
    """Average monthly consumption per zone over the last year of accepted readings."""
    prefetched = session.info.get(_PREFETCH, {}).get(period)
    if prefetched is not None and meter_id in prefetched.meter_ids:
        usual: dict[str, Decimal] = prefetched.usual.get(meter_id, {})
        return usual
    return _averages(_usual_rows(session, [meter_id], period)).get(meter_id, {})


@dataclass(frozen=True)
class _Prefetched:
    meter_ids: frozenset[int]
    previous: dict[int, Reading]
    usual: dict[int, dict[str, Decimal]]


_PREFETCH = "readings.prefetch"


def prefetch(session: Session, meter_ids: Iterable[int], period: str) -> None:
    """Look up, for a whole batch at once, what submit() needs of each meter's earlier periods.

    Kept in the session for its transaction: readings of `period` never change what came before it.
    """
    ids = sorted(set(meter_ids))
    if not ids:
        return
    found = _Prefetched(
        frozenset(ids), previous_readings(session, ids, period), _averages(_usual_rows(session, ids, period))
    )
    session.info.setdefault(_PREFETCH, {})[period] = found


def record(
    session: Session,
    meter: Meter,
    values: Mapping[Zone, Decimal],
    consumption: Mapping[Zone, Decimal | None],
    *,
    period: str,
    taken_on: date,
    source: str,
    now_at: object,
    building_id: int | None,
    flagged: bool = False,
    rollover: bool = False,
    client_uuid: str | None = None,
    submitted_by: int | None = None,
) -> Reading:
    """Store an accepted reading, superseding any earlier one of the same meter and period.

    The caller holds the meter (lock_meters), or two writers could each keep theirs accepted."""
    superseded = session.scalars(
        select(Reading.id).where(
            Reading.meter_id == meter.id,
            Reading.period == period,
            Reading.status == "accepted",
            Reading.source != "installation",
        )
    ).all()
    if superseded:
        session.execute(update(Reading).where(Reading.id.in_(superseded)).values(status="superseded"))
        for reading_id in superseded:
            log_change(session, "reading", reading_id, account_id=meter.account_id, building_id=building_id)
    zones = zones_for(meter.zone_count)
    reading = Reading(
        meter_id=meter.id,
        period=period,
        taken_on=taken_on,
        source=source,
        status="accepted",
        flagged=flagged,
        rollover=rollover,
        client_uuid=client_uuid,
        submitted_by=submitted_by,
        created_at=now_at,
        values=[
            ReadingValue(
                zone=zone, position=zones.index(zone), value=values[zone], consumption=consumption[zone]
            )
            for zone in zones
        ],
    )
    session.add(reading)
    session.flush()
    log_change(session, "reading", reading.id, account_id=meter.account_id, building_id=building_id)
    return reading


def period_closed(session: Session, account_id: int, period: str) -> bool:
    """Whether the monthly close has billed this period (for the account, or for everyone)."""
    start = period_bounds(period)[0]
    closed = session.scalars(
        select(BillingPeriod.id).where(
            BillingPeriod.year == start.year,
            BillingPeriod.month == start.month,
            BillingPeriod.closed_at.is_not(None),
        )
    ).first()
    if closed is not None:
        return True
    billed = session.scalars(select(Bill.id).where(Bill.account_id == account_id, Bill.period == period))
    return billed.first() is not None


MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def month_name(period: str) -> str:
    """ "November 2026": English, whatever the server's locale."""
    return f"{MONTHS[int(period[5:7]) - 1]} {period[:4]}"


def _closed_message(taken: date, verdict: TakenVerdict) -> str:
    return (
        f"The reading taken on {taken:%d.%m.%Y} belongs to {month_name(verdict.period)}, which has already "
        f"been billed by the monthly close; readings of that month are no longer accepted. Enter this "
        f"month's reading in its window."
    )


def submit(
    session: Session,
    settings: Settings,
    customer: Customer,
    meter: Meter,
    values: Mapping[Zone, Decimal],
    taken_on: date | None,
    client_uuid: str | None,
    source: str | None = None,
) -> Outcome:
    """Judge a reading of all of a meter's zones and store it if accepted. Writes nothing if refused.

    It is judged by the day it was taken (protocol.window.judge_taken): taken inside its month's window,
    not later than the server's today, arriving within the grace after that window closed, and before
    the monthly close billed that month; the period is that of the day it was taken."""
    today = settings.today()
    if meter.removed_on is not None:
        return Outcome(
            False,
            "meter_replaced",
            f"This meter was replaced on {meter.removed_on:%d.%m.%Y}; please enter the new meter's reading.",
        )
    zones = zones_for(meter.zone_count)
    if set(values) != set(zones):
        expected = ", ".join(ZONE_NAMES[z] or "single" for z in zones)
        return Outcome(False, "wrong_zones", f"This meter needs a reading for each of its zones: {expected}.")
    taken = taken_on or today  # an older app sends no date: the reading was taken the day it arrives
    judged = judge_taken(taken, today, *window_days(settings, meter), settings.grace_days)
    if judged.code in (None, "too_late") and period_closed(session, meter.account_id, judged.period):
        return Outcome(False, "period_closed", _closed_message(taken, judged))
    if not judged.ok:
        return Outcome(False, judged.code, judged.message)
    due = verification_state(meter.next_verification_on, taken)
    if settings.refuse_unverified and due.overdue and due.due is not None:
        return Outcome(
            False,
            "verification_overdue",
            f"This meter was due for verification on {due.due:%d.%m.%Y}: by the supplier's rules "
            f"its readings are not accepted until it is verified again, and the month is billed by "
            f"estimate. Order a verification (an application in the app, or call the supplier); once "
            f"it is done, its new date is entered and readings are accepted again.",
        )
    period = judged.period
    later = session.scalars(
        select(Reading.period)
        .where(
            Reading.meter_id == meter.id,
            Reading.period > period,
            Reading.status == "accepted",
            Reading.source != "installation",
        )
        .order_by(Reading.period.desc())
        .limit(1)
    ).first()
    if later is not None:  # a window with its grace reaching into the next one: the later reading counts
        return Outcome(
            False,
            "later_reading",
            f"A reading of {month_name(later)} is already accepted for this meter, so the one taken on "
            f"{taken:%d.%m.%Y} is no longer needed.",
        )
    newer = session.scalars(
        select(Reading.taken_on)
        .where(
            Reading.meter_id == meter.id,
            Reading.period == period,
            Reading.status == "accepted",
            Reading.source != "installation",
            Reading.taken_on > taken,
        )
        .limit(1)
    ).first()
    if newer is not None:  # a reading sent late, in the grace, must not replace one taken after it
        return Outcome(
            False,
            "newer_reading",
            f"A reading taken on {newer:%d.%m.%Y} is already accepted for this meter this month; the one "
            f"taken earlier, on {taken:%d.%m.%Y}, does not replace it.",
        )
    previous = previous_reading(session, meter.id, period)
    previous_values = {v.zone: v.value for v in previous.values} if previous else {}
    usual = usual_consumption(session, meter.id, period)
    consumption: dict[Zone, Decimal | None] = {}
    flagged = rollover = False
    remarks: list[str] = []
    for zone in zones:
        verdict = check_reading(
            values[zone], digits=meter.digits, previous=previous_values.get(zone), usual_kwh=usual.get(zone)
        )
        label = f"{ZONE_NAMES[zone].capitalize()}: " if meter.zone_count > 1 else ""
        if not verdict.ok:
            return Outcome(False, verdict.code, label + verdict.message)
        consumption[zone] = verdict.consumption
        flagged |= verdict.flagged
        rollover |= verdict.rollover
        if verdict.code:
            remarks.append(label + verdict.message)
    account = session.get(Account, meter.account_id)
    reading = record(
        session,
        meter,
        values,
        consumption,
        period=period,
        taken_on=taken,
        source=source or ("caretaker" if customer.role == "caretaker" else "app"),
        now_at=settings.now(),
        building_id=account.building_id if account else None,
        flagged=flagged,
        rollover=rollover,
        client_uuid=client_uuid,
        submitted_by=customer.id,
    )
    code = "implausible_jump" if flagged else ("rollover" if rollover else None)
    return Outcome(True, code, " ".join(remarks) or "Accepted.", reading, flagged)
