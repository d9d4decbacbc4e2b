"""The server's database schema (SQLAlchemy 2 ORM). Migrations live in server/migrations."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from server.security import login_key, new_access_code
from server.types import UtcDateTime, kwh, money, price

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Supplier(Base):
    __tablename__ = "supplier"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    inn: Mapped[str] = mapped_column(String(12))
    kpp: Mapped[str] = mapped_column(String(9))
    bank_name: Mapped[str] = mapped_column(String(300))
    bic: Mapped[str] = mapped_column(String(9))
    settlement_account: Mapped[str] = mapped_column(String(20))
    correspondent_account: Mapped[str] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(String(300))
    phone: Mapped[str] = mapped_column(String(30))
    email: Mapped[str] = mapped_column(String(254))


class Customer(Base):
    """A login: a household or a caretaker."""

    __tablename__ = "customer"
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    # The login as compared: casefolded, so "Ivanova" and "ivanova" are one login (see auth.login_key).
    login_key: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    # A reset's new password waits here; the old one keeps working until the new one is first used.
    pending_password_hash: Mapped[str | None] = mapped_column(String(200))
    pending_expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    role: Mapped[str] = mapped_column(String(16), default="household")
    surname: Mapped[str] = mapped_column(String(100), default="")
    first_name: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    # Reminders of the submission window (opt-in, server/reminders.py): to the e-mail and/or the phone.
    remind_by_email: Mapped[bool] = mapped_column(Boolean, default=False)
    remind_by_sms: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())

    @validates("login")
    def _keep_key(self, _name: str, login: str) -> str:
        self.login_key = login_key(login)
        return login


class Building(Base):
    __tablename__ = "building"
    id: Mapped[int] = mapped_column(primary_key=True)
    address: Mapped[str] = mapped_column(String(300))
    entrances: Mapped[int] = mapped_column(Integer, default=1)
    floors: Mapped[int] = mapped_column(Integer, default=1)


class CaretakerBuilding(Base):
    __tablename__ = "caretaker_building"
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id", ondelete="CASCADE"), primary_key=True)


class Account(Base):
    """A personal account: number = OKO number + household number, written together."""

    __tablename__ = "account"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    oko_number: Mapped[str] = mapped_column(String(10))
    household_number: Mapped[str] = mapped_column(String(10))
    surname: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100), default="")
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300))
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"), index=True)
    flat: Mapped[str | None] = mapped_column(String(10))
    entrance: Mapped[int | None] = mapped_column(Integer)
    floor: Mapped[int | None] = mapped_column(Integer)
    occupants: Mapped[int] = mapped_column(Integer, default=1)
    area_m2: Mapped[Decimal] = mapped_column(money(), default=Decimal(0))
    tariff_group: Mapped[str] = mapped_column(String(32), default="urban")
    # Printed on every receipt: the proof of holding the account that registration and linking ask for
    # (a number and a surname are guessable). Eight characters of accounts.ACCESS_CODE_ALPHABET.
    access_code: Mapped[str] = mapped_column(String(16), default=new_access_code)


class AccountLink(Base):
    """A login may see an account. The e-receipt subscription is per login and account."""

    __tablename__ = "account_link"
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), primary_key=True)
    e_receipt: Mapped[bool] = mapped_column(Boolean, default=False)
    # The login registered for this account (at most one per account); other links were added by linking.
    owner: Mapped[bool] = mapped_column(Boolean, default=False)
    e_receipt_email: Mapped[str | None] = mapped_column(String(254))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Meter(Base):
    __tablename__ = "meter"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    serial: Mapped[str] = mapped_column(String(40))
    digits: Mapped[int] = mapped_column(Integer, default=5)
    zone_count: Mapped[int] = mapped_column(Integer, default=1)
    installed_on: Mapped[date] = mapped_column(Date)
    verified_on: Mapped[date | None] = mapped_column(Date)
    next_verification_on: Mapped[date | None] = mapped_column(Date)
    removed_on: Mapped[date | None] = mapped_column(Date)
    replaces_meter_id: Mapped[int | None] = mapped_column(ForeignKey("meter.id"))
    window_start_day: Mapped[int | None] = mapped_column(Integer)  # None: the server's default
    window_end_day: Mapped[int | None] = mapped_column(Integer)


class Tariff(Base):
    __tablename__ = "tariff"
    id: Mapped[int] = mapped_column(primary_key=True)
    group: Mapped[str] = mapped_column(String(32))
    zone_count: Mapped[int] = mapped_column(Integer)
    zone: Mapped[str] = mapped_column(String(16))
    band_upto_kwh: Mapped[Decimal | None] = mapped_column(kwh())
    price: Mapped[Decimal] = mapped_column(price())
    effective_from: Mapped[date] = mapped_column(Date)


class BillingPeriod(Base):
    __tablename__ = "billing_period"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    __table_args__ = (UniqueConstraint("year", "month", name="uq_billing_period_year_month"),)


class Reading(Base):
    """One meter's reading of all its zones, as submitted together."""

    __tablename__ = "reading"
    id: Mapped[int] = mapped_column(primary_key=True)
    meter_id: Mapped[int] = mapped_column(ForeignKey("meter.id"))
    period: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    taken_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(16))  # app, caretaker, sms, estimate, installation
    status: Mapped[str] = mapped_column(String(16), default="accepted")  # accepted, superseded
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    rollover: Mapped[bool] = mapped_column(Boolean, default=False)
    client_uuid: Mapped[str | None] = mapped_column(String(36))
    submitted_by: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # Proof of use: the bill of the monthly close that used this reading (set by billing.close_period);
    # an estimate says why the month was estimated: "no_reading" or "verification_overdue".
    bill_id: Mapped[int | None] = mapped_column(ForeignKey("bill.id"))
    estimate_reason: Mapped[str | None] = mapped_column(String(24))
    values: Mapped[list["ReadingValue"]] = relationship(
        back_populates="reading", cascade="all, delete-orphan", order_by="ReadingValue.position"
    )
    __table_args__ = (Index("ix_reading_meter_period", "meter_id", "period"),)


class ReadingValue(Base):
    __tablename__ = "reading_value"
    reading_id: Mapped[int] = mapped_column(ForeignKey("reading.id", ondelete="CASCADE"), primary_key=True)
    zone: Mapped[str] = mapped_column(String(16), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    value: Mapped[Decimal] = mapped_column(kwh())
    consumption: Mapped[Decimal | None] = mapped_column(kwh())
    reading: Mapped[Reading] = relationship(back_populates="values")


class Bill(Base):
    __tablename__ = "bill"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    period: Mapped[str] = mapped_column(String(7))
    issued_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    opening_balance: Mapped[Decimal] = mapped_column(money())
    charges: Mapped[Decimal] = mapped_column(money())
    recalculation: Mapped[Decimal] = mapped_column(money(), default=Decimal(0))
    penalties: Mapped[Decimal] = mapped_column(money(), default=Decimal(0))
    payments: Mapped[Decimal] = mapped_column(money())
    closing_balance: Mapped[Decimal] = mapped_column(money())
    lines: Mapped[list["BillLine"]] = relationship(
        back_populates="bill", cascade="all, delete-orphan", order_by="BillLine.position"
    )
    __table_args__ = (UniqueConstraint("account_id", "period", name="uq_bill_account_period"),)


class BillLine(Base):
    __tablename__ = "bill_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bill.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    service: Mapped[str] = mapped_column(String(100))
    zone: Mapped[str | None] = mapped_column(String(16))
    previous: Mapped[Decimal | None] = mapped_column(kwh())
    current: Mapped[Decimal | None] = mapped_column(kwh())
    consumption: Mapped[Decimal | None] = mapped_column(kwh())
    price: Mapped[Decimal | None] = mapped_column(price())
    band_upto_kwh: Mapped[Decimal | None] = mapped_column(kwh())
    amount: Mapped[Decimal] = mapped_column(money())
    bill: Mapped[Bill] = relationship(back_populates="lines")


class Payment(Base):
    __tablename__ = "payment"
    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)  # the acquirer page's address
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    amount: Mapped[Decimal] = mapped_column(money())
    status: Mapped[str] = mapped_column(String(16), default="pending")
    method: Mapped[str] = mapped_column(String(8), default="card")
    card_last4: Mapped[str | None] = mapped_column(String(4))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    paid_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class News(Base):
    __tablename__ = "news"
    id: Mapped[int] = mapped_column(primary_key=True)
    published_at: Mapped[datetime] = mapped_column(UtcDateTime())
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)


class Application(Base):
    """An application, a complaint or a callback request."""

    __tablename__ = "application"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    kind: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(16), default="received")
    answer: Mapped[str | None] = mapped_column(Text)
    client_uuid: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ClientItem(Base):
    """Every pushed item's UUID and the answer it got, kept for good: the idempotency ledger."""

    __tablename__ = "client_item"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    kind: Mapped[str] = mapped_column(String(16))
    result: Mapped[dict[str, object]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class SessionToken(Base):
    __tablename__ = "session_token"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the token
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())


class LoginAttempt(Base):
    __tablename__ = "login_attempt"
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), index=True)
    address: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    success: Mapped[bool] = mapped_column(Boolean)


class Throttle(Base):
    """Failures counted per key (a login, an address, an account number, or a login and address pair).

    Claimed under a row lock before the slow check, so concurrent guesses count one by one."""

    __tablename__ = "throttle"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    blocked_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_failure_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_success_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class Captcha(Base):
    __tablename__ = "captcha"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    answer_hash: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())
    used: Mapped[bool] = mapped_column(Boolean, default=False)


class OutgoingMessage(Base):
    """Every password or notice sent; in demo mode this is the mailbox the CLI prints."""

    __tablename__ = "outgoing_message"
    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(8))  # email, sms
    recipient: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    delivered: Mapped[bool] = mapped_column(Boolean, default=False)
    error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ChangeCounter(Base):
    """One row. Bumped under a row lock by every change, so change numbers follow commit order."""

    __tablename__ = "change_counter"
    id: Mapped[int] = mapped_column(primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class ChangeLog(Base):
    """What changed, in order, and whose it is: the source of every pull."""

    __tablename__ = "change_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(8), default="upsert")
    account_id: Mapped[int | None] = mapped_column(Integer, index=True)
    building_id: Mapped[int | None] = mapped_column(Integer, index=True)
    customer_id: Mapped[int | None] = mapped_column(Integer, index=True)


class ReminderSent(Base):
    """A reminder of the submission window sent to a login: at most once per period, kind and channel,
    however many workers run `reminders.send_due` at once (the unique constraint decides)."""

    __tablename__ = "reminder_sent"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(7))
    kind: Mapped[str] = mapped_column(String(8))  # open, closing
    channel: Mapped[str] = mapped_column(String(8))  # email, sms
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime())
    __table_args__ = (
        UniqueConstraint("customer_id", "period", "kind", "channel", name="uq_reminder_sent_once"),
    )
