"""The tariff calculator's data: the tariffs in force, the household's own group, and its last year
priced with one, two and three zones."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop_app.session import AppSession
from models import calculator
from models.calculator import Comparison
from models.schema import Account
from protocol.tariff import TariffEntry


@dataclass(frozen=True)
class CalculatorData:
    entries: list[TariffEntry]
    group: str  # the household's own group
    comparison: Comparison | None


def load(session: AppSession, today: date) -> CalculatorData:
    with session.cache.session(write=False) as db:
        entries = calculator.tariff_entries(db)
        account = db.scalars(select(Account).order_by(Account.number).limit(1)).first()
        comparison = calculator.household(db, account.id, today) if account is not None else None
        group = account.tariff_group if account is not None else (calculator.groups(entries) or ["urban"])[0]
    return CalculatorData(entries, group, comparison)
