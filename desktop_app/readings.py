"""Use cases of the readings screen: which meters, judge what is typed, save it, list what was entered.

A reading the supplier will certainly refuse is not saved at all: outside the submission window (by this
computer's calendar, the day it is typed is the day it was taken) or, where the supplier's rules say so,
for a meter past its verification date. The screen says so before anything is typed.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.home import meter_window
from models.db import Cache
from models.entries import enter_reading
from models.readings import Judgement, judge, period_of, previous_values
from models.schema import ACCEPTED, CORRECTED, Account, Bill, Flat, LocalReading, Meter, Reading
from protocol.window import VerificationState, WindowState, judge_taken, verification_state
from protocol.zones import Zone

OUTSIDE_WINDOW = "outside_window"
VERIFICATION_OVERDUE = "verification_overdue"


@dataclass(frozen=True)
class MeterChoice:
    id: int
    account_number: str
    serial: str
    zones: tuple[Zone, ...]
    previous: dict[str, Decimal]
    window: WindowState
    verification: VerificationState
    blocked: str | None = None  # why a reading cannot be saved today: OUTSIDE_WINDOW, VERIFICATION_OVERDUE
    # The reading the supplier already took this month, if any: a new one replaces it (and is still
    # measured from `previous`, the month before's).
    this_month: dict[str, Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class Entry:
    uuid: str
    entered_at: datetime
    meter_serial: str
    values: dict[str, Decimal]
    state: str
    code: str | None
    message: str | None
    flagged: bool
    taken_on: date | None = None
    bill_period: str | None = None  # proof of use: the period of the bill that used the accepted reading
    # The window of the month it was taken in and the last day it could arrive, to say a refusal with dates.
    window: tuple[date, date] | None = None
    last_arrival: date | None = None


class NotAcceptedNow(Exception):
    """A reading the supplier would refuse today (see `MeterChoice.blocked`); nothing was saved."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def blocked_by(meter: Meter, today: date) -> str | None:
    """Why the supplier will refuse a reading of `meter` taken `today`, or None if it may be sent."""
    if meter.verification_enforced and verification_state(meter.next_verification_on, today).overdue:
        return VERIFICATION_OVERDUE
    if not meter_window(meter, today).is_open:
        return OUTSIDE_WINDOW
    return None


def _choice(session: Session, meter: Meter, number: str, today: date) -> MeterChoice:
    return MeterChoice(
        id=meter.id,
        account_number=number,
        serial=meter.serial,
        zones=tuple(meter.zones),  # type: ignore[arg-type]
        previous=previous_values(session, meter.id, period_of(today)),
        window=meter_window(meter, today),
        verification=verification_state(meter.next_verification_on, today),
        blocked=blocked_by(meter, today),
        this_month=this_month_values(session, meter.id, period_of(today)),
    )


def this_month_values(session: Session, meter_id: int, period: str) -> dict[str, Decimal]:
    latest = session.scalars(
        select(Reading)
        .where(
            Reading.meter_id == meter_id,
            Reading.status == "accepted",
            Reading.period == period,
            Reading.source != "installation",
        )
        .order_by(Reading.id.desc())
        .limit(1)
    ).first()
    return {v["zone"]: Decimal(v["value"]) for v in latest.values} if latest is not None else {}


def meter_choices(cache: Cache, today: date) -> list[MeterChoice]:
    with cache.session(write=False) as session:
        numbers = {a.id: a.number for a in session.scalars(select(Account))}
        numbers.update({f.id: f.number for f in session.scalars(select(Flat))})
        meters = session.scalars(
            select(Meter).where(Meter.active.is_(True)).order_by(Meter.account_id, Meter.id)
        )
        return [_choice(session, m, numbers.get(m.account_id, ""), today) for m in meters]


def meter_choice(cache: Cache, meter_id: int, today: date) -> MeterChoice | None:
    """One meter as `meter_choices` gives it, on `today` (the day may have changed since the list)."""
    with cache.session(write=False) as session:
        meter = session.get(Meter, meter_id)
        if meter is None:
            return None
        account = session.get(Account, meter.account_id)
        flat = session.get(Flat, meter.account_id) if account is None else None
        number = account.number if account is not None else (flat.number if flat is not None else "")
        return _choice(session, meter, number, today)


def judge_entry(cache: Cache, meter_id: int, values: Mapping[Zone, Decimal], today: date) -> Judgement:
    with cache.session(write=False) as session:
        return judge(session, meter_id, values, today)


def save_entry(
    cache: Cache,
    meter_id: int,
    values: Mapping[Zone, Decimal],
    corrects: str | None = None,
    taken_on: date | None = None,
) -> str:
    """Save and queue a reading taken on `taken_on`; NotAcceptedNow (nothing saved) if it would be refused."""
    if taken_on is not None:
        with cache.session(write=False) as session:
            meter = session.get(Meter, meter_id)
            reason = blocked_by(meter, taken_on) if meter is not None else None
        if reason is not None:
            raise NotAcceptedNow(reason)
    return enter_reading(cache, meter_id, values, corrects=corrects, taken_on=taken_on).uuid


def recent_entries(
    cache: Cache, limit: int = 100, meter_id: int | None = None, states: tuple[str, ...] | None = None
) -> list[Entry]:
    """The readings typed on this computer, newest first (of one meter, in some states, if given)."""
    with cache.session(write=False) as session:
        meters = {m.id: m for m in session.scalars(select(Meter))}
        query = select(LocalReading).where(LocalReading.state != CORRECTED)
        if meter_id is not None:
            query = query.where(LocalReading.meter_id == meter_id)
        if states is not None:
            query = query.where(LocalReading.state.in_(states))
        rows = session.scalars(query.order_by(LocalReading.entered_at.desc()).limit(limit)).all()
        used = bill_periods(session, [r.server_id for r in rows if r.state == ACCEPTED and r.server_id])
        entries = []
        for r in rows:
            meter = meters.get(r.meter_id)
            window = last_arrival = None
            if meter is not None and r.taken_on is not None:
                taken = judge_taken(
                    r.taken_on, r.taken_on, meter.window_start_day, meter.window_end_day, meter.grace_days
                )
                window, last_arrival = taken.window, taken.last_arrival
            entries.append(
                Entry(
                    uuid=r.uuid,
                    entered_at=r.entered_at,
                    meter_serial=meter.serial if meter is not None else str(r.meter_id),
                    values={zone: Decimal(value) for zone, value in r.values.items()},
                    state=r.state,
                    code=r.code,
                    message=r.message,
                    flagged=r.flagged,
                    taken_on=r.taken_on,
                    bill_period=used.get(r.server_id) if r.server_id is not None else None,
                    window=window,
                    last_arrival=last_arrival,
                )
            )
        return entries


def bill_periods(session: Session, reading_ids: list[int]) -> dict[int, str]:
    """reading id -> the period of the bill that used it, for the readings a closed month used."""
    if not reading_ids:
        return {}
    rows = session.execute(
        select(Reading.id, Bill.period)
        .join(Bill, Bill.id == Reading.bill_id)
        .where(Reading.id.in_(reading_ids))
    ).all()
    return {reading_id: period for reading_id, period in rows}
