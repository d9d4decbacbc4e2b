"""The local cache: what the server sent (keyed by server ids) and what the user typed (keyed by UUIDs).

Server tables mirror the wire models of protocol.schemas one to one, so a pull page goes in with
one bulk upsert per entity. Local tables hold what the user entered, with its sending state; every
entry also has a row in `outbox`, written in the same transaction.
"""

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Boolean, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from models.types import DecimalText, IsoDate, IsoDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Meta(Base):
    """Small facts about this cache: the pull cursor, when it was last refreshed, whose it is."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# ---- what the server sent -------------------------------------------------------------------------------


class Supplier(Base):
    __tablename__ = "supplier"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String)
    inn: Mapped[str] = mapped_column(String)
    kpp: Mapped[str] = mapped_column(String)
    bank_name: Mapped[str] = mapped_column(String)
    bic: Mapped[str] = mapped_column(String)
    settlement_account: Mapped[str] = mapped_column(String)
    correspondent_account: Mapped[str] = mapped_column(String)
    address: Mapped[str] = mapped_column(String)
    phone: Mapped[str] = mapped_column(String)
    email: Mapped[str] = mapped_column(String)


class Profile(Base):
    __tablename__ = "profile"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    login: Mapped[str] = mapped_column(String)
    role: Mapped[str] = mapped_column(String)
    surname: Mapped[str] = mapped_column(String)
    first_name: Mapped[str] = mapped_column(String)
    email: Mapped[str | None] = mapped_column(String)
    phone: Mapped[str | None] = mapped_column(String)
    remind_by_email: Mapped[bool] = mapped_column(Boolean, default=False)
    remind_by_sms: Mapped[bool] = mapped_column(Boolean, default=False)


class Account(Base):
    __tablename__ = "account"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    number: Mapped[str] = mapped_column(String)
    oko_number: Mapped[str] = mapped_column(String)
    household_number: Mapped[str] = mapped_column(String)
    holder: Mapped[str] = mapped_column(String)
    address: Mapped[str] = mapped_column(String)
    flat: Mapped[str | None] = mapped_column(String)
    building_id: Mapped[int | None] = mapped_column(Integer)
    occupants: Mapped[int] = mapped_column(Integer)
    area_m2: Mapped[Decimal] = mapped_column(DecimalText())
    tariff_group: Mapped[str] = mapped_column(String)
    balance: Mapped[Decimal] = mapped_column(DecimalText())
    e_receipt: Mapped[bool] = mapped_column(Boolean)
    e_receipt_email: Mapped[str | None] = mapped_column(String)
    access_code: Mapped[str] = mapped_column(String)


class Flat(Base):
    """A caretaker's view of an account."""

    __tablename__ = "flat"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    number: Mapped[str] = mapped_column(String)
    building_id: Mapped[int] = mapped_column(Integer, index=True)
    flat: Mapped[str] = mapped_column(String)
    entrance: Mapped[int] = mapped_column(Integer)
    floor: Mapped[int] = mapped_column(Integer)


class Building(Base):
    __tablename__ = "building"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    address: Mapped[str] = mapped_column(String)
    entrances: Mapped[int] = mapped_column(Integer)
    floors: Mapped[int] = mapped_column(Integer)
    flats: Mapped[int] = mapped_column(Integer)


class Meter(Base):
    __tablename__ = "meter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    account_id: Mapped[int] = mapped_column(Integer, index=True)
    serial: Mapped[str] = mapped_column(String)
    digits: Mapped[int] = mapped_column(Integer)
    zone_count: Mapped[int] = mapped_column(Integer)
    zones: Mapped[list[str]] = mapped_column(JSON)
    installed_on: Mapped[date] = mapped_column(IsoDate())
    verified_on: Mapped[date | None] = mapped_column(IsoDate())
    next_verification_on: Mapped[date | None] = mapped_column(IsoDate())
    active: Mapped[bool] = mapped_column(Boolean)
    replaces_meter_id: Mapped[int | None] = mapped_column(Integer)
    window_start: Mapped[date] = mapped_column(IsoDate())
    window_end: Mapped[date] = mapped_column(IsoDate())
    window_open: Mapped[bool] = mapped_column(Boolean)
    # What protocol.window needs to say the window's state on any day (see MeterOut).
    window_start_day: Mapped[int] = mapped_column(Integer, default=15)
    window_end_day: Mapped[int] = mapped_column(Integer, default=25)
    grace_days: Mapped[int] = mapped_column(Integer, default=5)
    verification_enforced: Mapped[bool] = mapped_column(Boolean, default=False)


class Reading(Base):
    __tablename__ = "reading"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    meter_id: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(7))
    taken_on: Mapped[date] = mapped_column(IsoDate())
    source: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    flagged: Mapped[bool] = mapped_column(Boolean)
    rollover: Mapped[bool] = mapped_column(Boolean)
    client_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    values: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # [{zone, value, consumption}] as text
    bill_id: Mapped[int | None] = mapped_column(Integer)  # the bill that used it (proof of use)
    estimate_reason: Mapped[str | None] = mapped_column(String)
    __table_args__ = (Index("ix_reading_meter_period", "meter_id", "period"),)


class Bill(Base):
    __tablename__ = "bill"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    account_id: Mapped[int] = mapped_column(Integer, index=True)
    period: Mapped[str] = mapped_column(String(7))
    issued_on: Mapped[date] = mapped_column(IsoDate())
    due_on: Mapped[date] = mapped_column(IsoDate())
    opening_balance: Mapped[Decimal] = mapped_column(DecimalText())
    charges: Mapped[Decimal] = mapped_column(DecimalText())
    recalculation: Mapped[Decimal] = mapped_column(DecimalText())
    penalties: Mapped[Decimal] = mapped_column(DecimalText())
    payments: Mapped[Decimal] = mapped_column(DecimalText())
    closing_balance: Mapped[Decimal] = mapped_column(DecimalText())
    lines: Mapped[list[dict[str, Any]]] = mapped_column(JSON)


class Payment(Base):
    __tablename__ = "payment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    account_id: Mapped[int] = mapped_column(Integer, index=True)
    amount: Mapped[Decimal] = mapped_column(DecimalText())
    status: Mapped[str] = mapped_column(String)
    card_last4: Mapped[str | None] = mapped_column(String(4))
    created_at: Mapped[datetime] = mapped_column(IsoDateTime())
    paid_at: Mapped[datetime | None] = mapped_column(IsoDateTime())
    pay_url: Mapped[str | None] = mapped_column(String)
    method: Mapped[str] = mapped_column(String)


class News(Base):
    __tablename__ = "news"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    published_at: Mapped[datetime] = mapped_column(IsoDateTime())
    title: Mapped[str] = mapped_column(String)
    body: Mapped[str] = mapped_column(Text)


class Tariff(Base):
    __tablename__ = "tariff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    group: Mapped[str] = mapped_column(String)
    zone_count: Mapped[int] = mapped_column(Integer)
    zone: Mapped[str] = mapped_column(String)
    band_upto_kwh: Mapped[Decimal | None] = mapped_column(DecimalText())
    price: Mapped[Decimal] = mapped_column(DecimalText())
    effective_from: Mapped[date] = mapped_column(IsoDate())


class Application(Base):
    __tablename__ = "application"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    account_id: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String)
    subject: Mapped[str] = mapped_column(String)
    body: Mapped[str] = mapped_column(Text)
    contact_phone: Mapped[str | None] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    answer: Mapped[str | None] = mapped_column(Text)
    client_uuid: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(IsoDateTime())
    updated_at: Mapped[datetime] = mapped_column(IsoDateTime())


SERVER_TABLES: dict[str, type[Base]] = {
    "supplier": Supplier,
    "profile": Profile,
    "account": Account,
    "flat": Flat,
    "building": Building,
    "meter": Meter,
    "reading": Reading,
    "bill": Bill,
    "payment": Payment,
    "news": News,
    "tariff": Tariff,
    "application": Application,
}


# ---- what the user typed --------------------------------------------------------------------------------

# States of a local entry: waiting to be sent, accepted or rejected by the server, or corrected (a newer
# entry replaced a rejected one).
WAITING, ACCEPTED, REJECTED, CORRECTED = "waiting", "accepted", "rejected", "corrected"


class LocalReading(Base):
    __tablename__ = "local_reading"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    meter_id: Mapped[int] = mapped_column(Integer, index=True)
    values: Mapped[dict[str, str]] = mapped_column(JSON)  # zone -> decimal text
    entered_at: Mapped[datetime] = mapped_column(IsoDateTime())
    # The day the reading was taken, by this computer's calendar when it was typed; the server judges the
    # window by it. None only for readings an older app queued (the server took the day they arrived).
    taken_on: Mapped[date | None] = mapped_column(IsoDate())
    state: Mapped[str] = mapped_column(String(10), default=WAITING)
    code: Mapped[str | None] = mapped_column(String(40))
    message: Mapped[str | None] = mapped_column(Text)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    server_id: Mapped[int | None] = mapped_column(Integer)
    corrects: Mapped[str | None] = mapped_column(String(36))  # the rejected entry this one corrects


class LocalApplication(Base):
    __tablename__ = "local_application"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    account_id: Mapped[int | None] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(String, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    contact_phone: Mapped[str | None] = mapped_column(String)
    entered_at: Mapped[datetime] = mapped_column(IsoDateTime())
    state: Mapped[str] = mapped_column(String(10), default=WAITING)
    code: Mapped[str | None] = mapped_column(String(40))
    message: Mapped[str | None] = mapped_column(Text)
    server_id: Mapped[int | None] = mapped_column(Integer)


class LocalContactChange(Base):
    __tablename__ = "local_contact_change"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    email: Mapped[str | None] = mapped_column(String)
    phone: Mapped[str | None] = mapped_column(String)
    entered_at: Mapped[datetime] = mapped_column(IsoDateTime())
    state: Mapped[str] = mapped_column(String(10), default=WAITING)
    code: Mapped[str | None] = mapped_column(String(40))
    message: Mapped[str | None] = mapped_column(Text)


class RoundCell(Base):
    """One zone of one meter typed on the caretaker's round, saved the moment it is confirmed.

    A reading needs every zone of its meter: when the last zone of a meter is confirmed, the reading
    goes to `local_reading` and the outbox in the same transaction, and its UUID is written here.
    """

    __tablename__ = "round_cell"
    period: Mapped[str] = mapped_column(String(7), primary_key=True)
    meter_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    zone: Mapped[str] = mapped_column(String(10), primary_key=True)
    value: Mapped[Decimal] = mapped_column(DecimalText())
    entered_at: Mapped[datetime] = mapped_column(IsoDateTime())
    reading_uuid: Mapped[str | None] = mapped_column(String(36))
    # The day it was typed (the app's today), and whether it is held: confirmed while the window was
    # closed, kept here and not queued until the caretaker chooses (see models.round.release_held).
    taken_on: Mapped[date | None] = mapped_column(IsoDate())
    held: Mapped[bool] = mapped_column(Boolean, default=False)


class Outbox(Base):
    """What waits to be pushed, in the order it was entered; the UUID is the server's idempotency key."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(10), default=WAITING, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(IsoDateTime())
    answered_at: Mapped[datetime | None] = mapped_column(IsoDateTime())


LOCAL_TABLES: dict[str, type[LocalReading] | type[LocalApplication] | type[LocalContactChange]] = {
    "reading": LocalReading,
    "application": LocalApplication,
    "contact_change": LocalContactChange,
}
