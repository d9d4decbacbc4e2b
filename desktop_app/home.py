"""What the home screen shows, read from the cache: accounts, their meters, balance, the window, the
verification dates, and whether the last billed month was estimated."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.db import Cache
from models.readings import latest_values
from models.receipts import grouped_code
from models.schema import WAITING, Account, Bill, LocalReading, Meta, Meter, Reading
from protocol.window import VerificationState, WindowState, verification_state, window_state


@dataclass(frozen=True)
class MeterCard:
    id: int
    serial: str
    zones: tuple[str, ...]
    last_values: dict[str, Decimal]
    window: WindowState  # where the app's today stands in this meter's submission window
    verified_on: date | None
    verification: VerificationState
    verification_enforced: bool  # past its date, the supplier refuses its readings
    waiting: int  # readings entered and not yet answered by the server


@dataclass(frozen=True)
class Estimate:
    """The last billed month of an account was billed from the supplier's estimate for a meter."""

    period: str  # YYYY-MM
    serial: str
    reason: str  # no_reading, verification_overdue


@dataclass(frozen=True)
class AccountCard:
    id: int
    number: str
    address: str
    holder: str
    access_code: str  # as printed on the receipt, for a family member to add the account ("" if unknown)
    balance: Decimal  # positive: owed
    meters: tuple[MeterCard, ...]
    estimates: tuple[Estimate, ...] = ()


@dataclass(frozen=True)
class Overview:
    accounts: tuple[AccountCard, ...]
    last_sync: datetime | None


def meter_window(meter: Meter, today: date) -> WindowState:
    """The window's state on `today` from the days the server sent (the days of the month repeat)."""
    return window_state(today, meter.window_start_day, meter.window_end_day)


def last_estimates(session: Session, account_id: int) -> tuple[Estimate, ...]:
    """The estimates in the account's last billed month (the newest bill's period), if any."""
    period = session.scalar(select(func.max(Bill.period)).where(Bill.account_id == account_id))
    if period is None:
        return ()
    rows = session.execute(
        select(Meter.serial, Reading.estimate_reason)
        .join(Reading, Reading.meter_id == Meter.id)
        .where(
            Meter.account_id == account_id,
            Reading.period == period,
            Reading.source == "estimate",
            Reading.status == "accepted",
        )
        .order_by(Meter.id)
    ).all()
    return tuple(Estimate(period, serial, reason or "no_reading") for serial, reason in rows)


def overview(cache: Cache, today: date) -> Overview:
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
                meter_cards.append(
                    MeterCard(
                        id=meter.id,
                        serial=meter.serial,
                        zones=tuple(meter.zones),
                        last_values=latest_values(session, meter.id),
                        window=meter_window(meter, today),
                        verified_on=meter.verified_on,
                        verification=verification_state(meter.next_verification_on, today),
                        verification_enforced=meter.verification_enforced,
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
                    estimates=last_estimates(session, account.id),
                )
            )
        last = session.get(Meta, "last_sync")
    return Overview(tuple(cards), datetime.fromisoformat(last.value) if last else None)
