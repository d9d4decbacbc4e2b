"""Use cases of the readings screen: which meters, judge what is typed, save it, list what was entered."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select

from models.db import Cache
from models.entries import enter_reading
from models.readings import Judgement, judge, period_of, previous_values
from models.schema import CORRECTED, Account, Flat, LocalReading, Meter
from protocol.zones import Zone


@dataclass(frozen=True)
class MeterChoice:
    id: int
    account_number: str
    serial: str
    zones: tuple[Zone, ...]
    previous: dict[str, Decimal]


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


def meter_choices(cache: Cache, today: date) -> list[MeterChoice]:
    period = period_of(today)
    with cache.session(write=False) as session:
        numbers = {a.id: a.number for a in session.scalars(select(Account))}
        numbers.update({f.id: f.number for f in session.scalars(select(Flat))})
        meters = session.scalars(
            select(Meter).where(Meter.active.is_(True)).order_by(Meter.account_id, Meter.id)
        )
        return [
            MeterChoice(
                id=m.id,
                account_number=numbers.get(m.account_id, ""),
                serial=m.serial,
                zones=tuple(m.zones),  # type: ignore[arg-type]
                previous=previous_values(session, m.id, period),
            )
            for m in meters
        ]


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
    return enter_reading(cache, meter_id, values, corrects=corrects, taken_on=taken_on).uuid


def recent_entries(cache: Cache, limit: int = 100) -> list[Entry]:
    with cache.session(write=False) as session:
        serials = {m.id: m.serial for m in session.scalars(select(Meter))}
        rows = session.scalars(
            select(LocalReading)
            .where(LocalReading.state != CORRECTED)
            .order_by(LocalReading.entered_at.desc())
            .limit(limit)
        )
        return [
            Entry(
                uuid=r.uuid,
                entered_at=r.entered_at,
                meter_serial=serials.get(r.meter_id, str(r.meter_id)),
                values={zone: Decimal(value) for zone, value in r.values.items()},
                state=r.state,
                code=r.code,
                message=r.message,
                flagged=r.flagged,
            )
            for r in rows
        ]
