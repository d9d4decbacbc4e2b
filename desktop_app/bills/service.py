"""Bills with their lines, and payments, as the cache holds them."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from models.db import Cache
from models.schema import Bill, Payment


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
