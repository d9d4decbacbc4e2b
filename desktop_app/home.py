"""What the home screen shows, read from the cache: accounts, their meters, balance, the window."""

import calendar
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select

from models.db import Cache
from models.readings import period_of, previous_values
from models.receipts import grouped_code
from models.schema import WAITING, Account, LocalReading, Meta, Meter


@dataclass(frozen=True)
class MeterCard:
    id: int
    serial: str
    zones: tuple[str, ...]
    last_values: dict[str, Decimal]
    window_start: date
    window_end: date
    window_open: bool
    days_left: int  # days until the window closes (0 on its last day); -1 when closed
    waiting: int  # readings entered and not yet answered by the server


@dataclass(frozen=True)
class AccountCard:
    id: int
    number: str
    address: str
    holder: str
    access_code: str  # as printed on the receipt, for a family member to add the account ("" if unknown)
    balance: Decimal  # positive: owed
    meters: tuple[MeterCard, ...]


@dataclass(frozen=True)
class Overview:
    accounts: tuple[AccountCard, ...]
    last_sync: datetime | None


def window_days_left(meter: Meter, today: date) -> int:
    """Days until this month's window closes (0 on its last day), or -1 outside it.

    The dates the server sent are of the month it sent them in; the days of the month repeat.
    """
    last = calendar.monthrange(today.year, today.month)[1]
    start = today.replace(day=min(meter.window_start.day, last))
    end = today.replace(day=min(meter.window_end.day, last))
    return (end - today).days if start <= today <= end else -1


def overview(cache: Cache, today: date) -> Overview:
    period = period_of(today)
    with cache.session(write=False) as session:
        accounts = session.scalars(select(Account).order_by(Account.id)).all()
        cards = []
        for account in accounts:
            meters = session.scalars(
                select(Meter).where(Meter.account_id == account.id, Meter.active.is_(True)).order_by(Meter.id)
            ).all()
            meter_cards = []
            for meter in meters:
                waiting = len(
                    session.scalars(
                        select(LocalReading.uuid).where(
                            LocalReading.meter_id == meter.id, LocalReading.state == WAITING
                        )
                    ).all()
                )
                left = window_days_left(meter, today)
                meter_cards.append(
                    MeterCard(
                        id=meter.id,
                        serial=meter.serial,
                        zones=tuple(meter.zones),
                        last_values=previous_values(session, meter.id, period),
                        window_start=meter.window_start,
                        window_end=meter.window_end,
                        window_open=left >= 0,
                        days_left=left,
                        waiting=waiting,
                    )
                )
            cards.append(
                AccountCard(
                    id=account.id,
                    number=account.number,
                    address=account.address,
                    holder=account.holder,
                    access_code=grouped_code(account.access_code) if account.access_code else "",
                    balance=account.balance,
                    meters=tuple(meter_cards),
                )
            )
        last = session.get(Meta, "last_sync")
    return Overview(tuple(cards), datetime.fromisoformat(last.value) if last else None)
