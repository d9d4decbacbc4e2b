"""Readings history of every meter, as the cache holds it."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop_app.readings import Entry, recent_entries
from models.db import Cache
from models.readings import period_of
from models.schema import REJECTED, WAITING, Account, Bill, Meter, Reading


@dataclass(frozen=True)
class HistoryRow:
    period: str
    taken_on: date
    values: dict[str, Decimal]
    consumption: dict[str, Decimal]
    source: str
    status: str
    flagged: bool
    bill_period: str | None = None  # proof of use: the period of the bill that used this reading
    estimate_reason: str | None = None  # an estimate: why the supplier estimated the month
    entry: Entry | None = None  # typed here and not (yet) taken: waiting to be sent, or not accepted


def meters(cache: Cache) -> list[tuple[int, str, str]]:
    """(meter id, account number, serial) of every meter, the replaced ones too: their history counts."""
    with cache.session(write=False) as session:
        numbers = {a.id: a.number for a in session.scalars(select(Account))}
        return [
            (m.id, numbers.get(m.account_id, ""), m.serial)
            for m in session.scalars(select(Meter).order_by(Meter.account_id, Meter.active.desc(), Meter.id))
        ]


def readings_history(cache: Cache, meter_id: int) -> list[HistoryRow]:
    """What the supplier holds, and before it what this computer typed that it does not: readings
    waiting to be sent and readings it did not accept (with why), so none is missing from the list."""
    pending = [
        HistoryRow(
            period=period_of(e.taken_on or e.entered_at.date()),
            taken_on=e.taken_on or e.entered_at.date(),
            values=e.values,
            consumption={},
            source="app",
            status=e.state,
            flagged=e.flagged,
            entry=e,
        )
        for e in recent_entries(cache, meter_id=meter_id, states=(WAITING, REJECTED))
    ]
    return pending + _taken(cache, meter_id)


def _taken(cache: Cache, meter_id: int) -> list[HistoryRow]:
    with cache.session(write=False) as session:
        rows = session.scalars(
            select(Reading)
            .where(Reading.meter_id == meter_id)
            .order_by(Reading.period.desc(), Reading.id.desc())
        ).all()
        bill_ids = {r.bill_id for r in rows if r.bill_id is not None}
        periods = (
            dict(session.execute(select(Bill.id, Bill.period).where(Bill.id.in_(bill_ids))).tuples().all())
            if bill_ids
            else {}
        )
        return [
            HistoryRow(
                period=r.period,
                taken_on=r.taken_on,
                values={v["zone"]: Decimal(v["value"]) for v in r.values},
                consumption={
                    v["zone"]: Decimal(v["consumption"]) for v in r.values if v.get("consumption") is not None
                },
                source=r.source,
                status=r.status,
                flagged=r.flagged,
                bill_period=periods.get(r.bill_id) if r.bill_id is not None else None,
                estimate_reason=(r.estimate_reason or "no_reading") if r.source == "estimate" else None,
            )
            for r in rows
        ]
