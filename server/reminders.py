"""Reminders of the monthly submission window, for logins that opted in (PUT /me/reminders).

On the window's first day ("open") and two days before its last day ("closing"), each login that opted in
and has at least one meter without a reading for the month is sent an e-mail and/or an SMS. `send_due`
runs from the server's background task (settings.reminders_interval) and from `python -m server
reminders`; any number of them may run at once, on any number of workers: each reminder is first claimed
by a row in reminder_sent (unique per login, period, kind and channel; INSERT ... ON CONFLICT DO NOTHING),
committed before anything is sent, so it goes out once. The sending itself runs outside any transaction
(a slow SMTP server holds no lock); a send that fails gives its claim back, so the next run tries again.
"""

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from protocol import schemas as s
from protocol.window import month_window, period_of
from server import auth, delivery
from server import serialize as out
from server.changes import log_change
from server.config import Settings
from server.db import Database
from server.errors import ApiError
from server.periods import window_days
from server.readings import month_name
from server.schema import (
    Account,
    AccountLink,
    CaretakerBuilding,
    Customer,
    Meter,
    Reading,
    ReminderSent,
)

CLOSING_DAYS_BEFORE = 2  # the "closing" reminder goes this many days before the window's last day
SHOWN_SERIALS = 5
log = logging.getLogger(__name__)


def change(database: Database, settings: Settings, token: str, *, email: bool, sms: bool) -> s.ProfileOut:
    """Set which reminders the login wants. E-mail needs an e-mail on file, SMS a phone: refused (400,
    nothing changed) otherwise. Concurrent calls each apply whole, one after the other (the login's row
    is locked), so the last one stands and the answer is always a state that was stored."""

    def write(session: Session) -> s.ProfileOut:
        found = auth.customer_for_token(session, settings, token)
        customer = session.get(Customer, found.id, with_for_update=True, populate_existing=True)
        if customer is None:  # deleted meanwhile: the token went with it
            raise ApiError(401, "not_logged_in", "Please log in.", {"WWW-Authenticate": "Bearer"})
        if email and not customer.email:
            raise ApiError(
                400,
                "no_email",
                "There is no e-mail in your profile to send reminders to. Add one under contacts first.",
            )
        if sms and not customer.phone:
            raise ApiError(
                400,
                "no_phone",
                "There is no phone number in your profile to send reminders to. Add one under contacts"
                " first.",
            )
        if (customer.remind_by_email, customer.remind_by_sms) != (email, sms):
            customer.remind_by_email = email
            customer.remind_by_sms = sms
            log_change(session, "profile", customer.id, customer_id=customer.id)
        return out.profile_out(customer)

    return database.retried(write)


@dataclass(frozen=True)
class Due:
    """One reminder to send: to a login, of a kind, by a channel, about its meters still without a reading."""

    customer_id: int
    period: str
    kind: str  # open, closing
    channel: str  # email, sms
    recipient: str
    window: tuple[date, date]
    serials: tuple[str, ...]


def kind_of(today: date, start: date, end: date) -> str | None:
    """Which reminder a window calls for today: "open" on its first day, "closing" two days before its
    last (when that is after the first), else none."""
    if today == start:
        return "open"
    closing = end - timedelta(days=CLOSING_DAYS_BEFORE)
    return "closing" if today == closing and closing > start else None


def _meters_of(session: Session, customers: list[Customer]) -> dict[int, list[Meter]]:
    """The active meters each login reads: a household's linked accounts', a caretaker's buildings'."""
    ids = [c.id for c in customers]
    by_account: dict[int, set[int]] = {}
    for customer_id, account_id in session.execute(
        select(AccountLink.customer_id, AccountLink.account_id).where(AccountLink.customer_id.in_(ids))
    ):
        by_account.setdefault(account_id, set()).add(customer_id)
    for customer_id, account_id in session.execute(
        select(CaretakerBuilding.customer_id, Account.id)
        .join(Account, Account.building_id == CaretakerBuilding.building_id)
        .where(CaretakerBuilding.customer_id.in_(ids))
    ):
        by_account.setdefault(account_id, set()).add(customer_id)
    found: dict[int, list[Meter]] = {customer_id: [] for customer_id in ids}
    if not by_account:
        return found
    for meter in session.scalars(
        select(Meter)
        .where(Meter.account_id.in_(list(by_account)), Meter.removed_on.is_(None))
        .order_by(Meter.id)
    ):
        for customer_id in by_account[meter.account_id]:
            found[customer_id].append(meter)
    return found


def _read_this_period(session: Session, meter_ids: Iterable[int], period: str) -> set[int]:
    """The meters that have a reading of `period` given by someone (not an installation or an estimate)."""
    ids = list(set(meter_ids))
    if not ids:
        return set()
    return set(
        session.scalars(
            select(Reading.meter_id).where(
                Reading.meter_id.in_(ids),
                Reading.period == period,
                Reading.status == "accepted",
                Reading.source.not_in(("installation", "estimate")),
            )
        )
    )


def due(session: Session, settings: Settings, today: date) -> list[Due]:
    """The reminders today calls for (sent or not): logins that opted in, with a contact for the
    channel, and a meter whose window opens today or closes in two days that has no reading yet."""
    customers = list(
        session.scalars(
            select(Customer)
            .where((Customer.remind_by_email.is_(True)) | (Customer.remind_by_sms.is_(True)))
            .order_by(Customer.id)
        )
    )
    if not customers:
        return []
    period = period_of(today)
    meters_of = _meters_of(session, customers)
    read = _read_this_period(session, (m.id for ms in meters_of.values() for m in ms), period)
    found: list[Due] = []
    for customer in customers:
        by_kind: dict[str, list[Meter]] = {}
        windows: dict[str, tuple[date, date]] = {}
        for meter in meters_of[customer.id]:
            if meter.id in read or meter.installed_on > today:
                continue
            start, end = month_window(today, *window_days(settings, meter))
            kind = kind_of(today, start, end)
            if kind is not None:
                by_kind.setdefault(kind, []).append(meter)
                windows.setdefault(kind, (start, end))
        for kind, meters in by_kind.items():
            serials = tuple(m.serial for m in meters)
            for channel, wanted, recipient in (
                ("email", customer.remind_by_email, customer.email),
                ("sms", customer.remind_by_sms, customer.phone),
            ):
                if wanted and recipient:
                    found.append(Due(customer.id, period, kind, channel, recipient, windows[kind], serials))
    return found


def _day_month(day: date) -> str:
    return f"{day.day} {month_name(period_of(day)).split()[0]}"


def message(reminder: Due) -> tuple[str, str]:
    """The reminder's subject and text (the SMS is the first line of the e-mail's)."""
    start, end = reminder.window
    month = month_name(reminder.period)
    if reminder.kind == "open":
        subject = f"Meter readings for {month}: from today until {_day_month(end)}"
        first = f"Personal account: meter readings for {month} are taken from today until {_day_month(end)}."
    else:
        subject = f"Meter readings for {month}: two days left, until {_day_month(end)}"
        first = (
            f"Personal account: two days left to send meter readings for {month}, until {_day_month(end)}."
        )
    if reminder.channel == "sms":
        return subject, first
    shown = ", ".join(reminder.serials[:SHOWN_SERIALS])
    more = len(reminder.serials) - SHOWN_SERIALS
    meters = shown + (f" and {more} more" if more > 0 else "")
    body = (
        f"{first}\n\n"
        f"Meters without a reading for {month} yet: {meters}.\n"
        f"Readings are accepted from {start:%d.%m.%Y} to {end:%d.%m.%Y}; a reading taken in those days and "
        f"sent later (without a connection) is still accepted for {month} if it arrives within "
        f"a few days.\n\n"
        f"You get this reminder because you asked for it in the app's settings; you can turn it off there."
    )
    return subject, body


def _claim(session: Session, settings: Settings, reminder: Due) -> bool:
    """Insert the reminder's row unless some run has; whether this run did (and so must send it)."""
    values = {
        ReminderSent.customer_id: reminder.customer_id,
        ReminderSent.period: reminder.period,
        ReminderSent.kind: reminder.kind,
        ReminderSent.channel: reminder.channel,
        ReminderSent.sent_at: settings.now(),
    }
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(ReminderSent).values(values).on_conflict_do_nothing().returning(ReminderSent.id)
    )
    return session.execute(statement).first() is not None


def _unclaim(session: Session, reminder: Due) -> None:
    session.execute(
        delete(ReminderSent).where(
            ReminderSent.customer_id == reminder.customer_id,
            ReminderSent.period == reminder.period,
            ReminderSent.kind == reminder.kind,
            ReminderSent.channel == reminder.channel,
        )
    )


def send_due(database: Database, settings: Settings, today: date | None = None) -> int:
    """Send the reminders `today` (the server's today by default) calls for that no run has sent; how
    many this run sent. Safe to run any number of times, and at once: each reminder goes out once."""
    day = today or settings.today()
    with database.session(write=False) as session:
        reminders = due(session, settings, day)
    sent = 0
    for reminder in reminders:
        if not database.retried(partial(_claim, settings=settings, reminder=reminder)):
            continue  # sent already, by this run's predecessors or a run beside it
        subject, body = message(reminder)
        try:
            delivery.deliver(settings, reminder.channel, reminder.recipient, subject, body)
        except ApiError:
            log.warning("a %s reminder could not be sent; the next run tries again", reminder.channel)
            with database.session() as session:
                _unclaim(session, reminder)
                record = delivery.stored(
                    session, settings, reminder.channel, reminder.recipient, subject, body
                )
                record.error = "delivery_failed"
            continue
        with database.session() as session:
            record = delivery.stored(session, settings, reminder.channel, reminder.recipient, subject, body)
            record.delivered = True
        sent += 1
    return sent
