"""Readings history, bills with their lines, and payments, as the cache holds them."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from models.db import Cache
from models.schema import Account, Bill, Meter, Payment, Reading


@dataclass(frozen=True)
class HistoryRow:
    period: str
    taken_on: date
    values: dict[str, Decimal]
    consumption: dict[str, Decimal]
    source: str
    status: str
    flagged: bool


@dataclass(frozen=True)
class BillRow:
    id: int
    period: str
    issued_on: date
    due_on: date
    opening_balance: Decimal
    charges: Decimal
    penalties: Decimal
    recalculation: Decimal
    payments: Decimal
    closing_balance: Decimal
    lines: list[dict[str, Any]]


@dataclass(frozen=True)
class PaymentRow:
    id: int
    created_at: datetime
    paid_at: datetime | None
    amount: Decimal
    status: str
    method: str
    card_last4: str | None


@dataclass(frozen=True)
class AccountChoice:
    id: int
    number: str
    address: str
    balance: Decimal


def accounts(cache: Cache) -> list[AccountChoice]:
    with cache.session(write=False) as session:
        return [
            AccountChoice(a.id, a.number, a.address, a.balance)
            for a in session.scalars(select(Account).order_by(Account.id))
        ]


def meters(cache: Cache) -> list[tuple[int, str, str]]:
    """(meter id, account number, serial) of every meter, the replaced ones too: their history counts."""
    with cache.session(write=False) as session:
        numbers = {a.id: a.number for a in session.scalars(select(Account))}
        return [
            (m.id, numbers.get(m.account_id, ""), m.serial)
            for m in session.scalars(select(Meter).order_by(Meter.account_id, Meter.active.desc(), Meter.id))
        ]


def readings_history(cache: Cache, meter_id: int) -> list[HistoryRow]:
    with cache.session(write=False) as session:
        rows = session.scalars(
            select(Reading)
            .where(Reading.meter_id == meter_id)
            .order_by(Reading.period.desc(), Reading.id.desc())
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
            )
            for r in rows
        ]


def bills(cache: Cache, account_id: int) -> list[BillRow]:
    with cache.session(write=False) as session:
        return [
            BillRow(
                b.id,
                b.period,
                b.issued_on,
                b.due_on,
                b.opening_balance,
                b.charges,
                b.penalties,
                b.recalculation,
                b.payments,
                b.closing_balance,
                list(b.lines),
            )
            for b in session.scalars(
                select(Bill).where(Bill.account_id == account_id).order_by(Bill.period.desc())
            )
        ]


def payments(cache: Cache, account_id: int) -> list[PaymentRow]:
    with cache.session(write=False) as session:
        return [
            PaymentRow(p.id, p.created_at, p.paid_at, p.amount, p.status, p.method, p.card_last4)
            for p in session.scalars(
                select(Payment).where(Payment.account_id == account_id).order_by(Payment.created_at.desc())
            )
        ]
