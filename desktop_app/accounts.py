"""The accounts of the login, for the account choosers of every page."""

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from models.db import Cache
from models.schema import Account


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
