"""Pydantic models of everything that crosses the wire between the app and the server."""

import re
import uuid as uuid_mod
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from protocol.zones import Zone

MAX_PUSH_ITEMS = 500
MAX_PULL_LIMIT = 2000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _printable(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("text must not contain control characters")
    return value


ShortText = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=200), AfterValidator(_printable)
]
Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100), AfterValidator(_printable)
]
LongText = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=5000), AfterValidator(_printable)
]
Login = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[A-Za-z0-9_.@-]{3,64}$")]
Password = Annotated[str, StringConstraints(min_length=8, max_length=128), AfterValidator(_printable)]
AnyPassword = Annotated[str, StringConstraints(min_length=1, max_length=128)]
Email = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True,
        max_length=254,
        pattern=r"^[^@\s\x00-\x1f]+@[^@\s\x00-\x1f]+\.[^@\s\x00-\x1f]+$",
    ),
]
Phone = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^\+?[0-9]{10,15}$")]
AccountNumber = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[0-9]{6,20}$")]
# The code printed on the account's receipts, as typed: case, spaces and dashes do not matter.
AccessCode = Annotated[str, StringConstraints(strip_whitespace=True, min_length=4, max_length=24)]
Id = Annotated[int, Field(ge=1, le=2_147_483_647)]


def _ascii_number(value: Any) -> Any:
    """Python reads Arabic-Indic and full-width digits as numbers; the meter and the bank do not."""
    if isinstance(value, str) and not value.isascii():
        raise ValueError("digits 0-9 only")
    return value


AsciiNumber = BeforeValidator(_ascii_number)
ReadingValue = Annotated[
    Decimal, AsciiNumber, Field(ge=0, max_digits=15, decimal_places=6, allow_inf_nan=False)
]
Amount = Annotated[
    Decimal, AsciiNumber, Field(gt=0, le=Decimal("10000000"), decimal_places=2, allow_inf_nan=False)
]
Kwh = Annotated[
    Decimal, AsciiNumber, Field(ge=0, le=Decimal("10000000"), decimal_places=3, allow_inf_nan=False)
]
Period = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])$")]  # YYYY-MM


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorOut(BaseModel):
    code: str
    message: str


class ErrorEnvelope(BaseModel):
    detail: ErrorOut


# ---- auth ---------------------------------------------------------------------------------------------


class CaptchaOut(BaseModel):
    captcha_id: str
    image_png_base64: str
    expires_at: datetime


class RegisterIn(Strict):
    account_number: AccountNumber
    surname: Name
    access_code: AccessCode
    email: Email | None = None
    phone: Phone | None = None
    captcha_id: Annotated[str, StringConstraints(max_length=64)]
    captcha_answer: Annotated[str, StringConstraints(strip_whitespace=True, max_length=16)]

    @model_validator(mode="after")
    def _one_channel(self) -> "RegisterIn":
        if not self.email and not self.phone:
            raise ValueError("give an e-mail or a phone number for the password")
        return self


class RegisterOut(BaseModel):
    login: str
    channel: Literal["email", "sms"]
    sent_to: str


class PasswordResetIn(Strict):
    login_or_account: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=64)]
    captcha_id: Annotated[str, StringConstraints(max_length=64)]
    captcha_answer: Annotated[str, StringConstraints(strip_whitespace=True, max_length=16)]


class MessageOut(BaseModel):
    message: str


class LoginIn(Strict):
    login: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
    password: AnyPassword


class ProfileOut(BaseModel):
    id: int
    login: str
    role: Literal["household", "caretaker"]
    surname: str
    first_name: str
    email: str | None
    phone: str | None


class LoginOut(BaseModel):
    token: str
    expires_at: datetime
    profile: ProfileOut


class ChangePasswordIn(Strict):
    old_password: AnyPassword
    new_password: Password


class ChangeLoginIn(Strict):
    password: AnyPassword
    new_login: Login


class ContactsIn(Strict):
    password: AnyPassword  # the contacts are where a reset goes: a stolen token alone must not move them
    email: Email | None = None
    phone: Phone | None = None


# ---- reference data -----------------------------------------------------------------------------------


class SupplierOut(BaseModel):
    id: int
    name: str
    inn: str
    kpp: str
    bank_name: str
    bic: str
    settlement_account: str
    correspondent_account: str
    address: str
    phone: str
    email: str


class TariffOut(BaseModel):
    id: int
    group: str
    zone_count: int
    zone: Zone
    band_upto_kwh: Decimal | None
    price: Decimal
    effective_from: date


class QuoteIn(Strict):
    group: Annotated[str, StringConstraints(max_length=32)]
    zone_count: Annotated[int, Field(ge=1, le=3)]
    consumption: dict[Zone, Kwh]
    on: date | None = None


class QuoteLineOut(BaseModel):
    zone: Zone
    band_from_kwh: Decimal
    band_upto_kwh: Decimal | None
    kwh: Decimal
    price: Decimal
    amount: Decimal


class QuoteOut(BaseModel):
    lines: list[QuoteLineOut]
    total: Decimal


class NewsOut(BaseModel):
    id: int
    published_at: datetime
    title: str
    body: str


# ---- accounts, meters, readings -----------------------------------------------------------------------


class AccountOut(BaseModel):
    id: int
    number: str
    oko_number: str
    household_number: str
    holder: str
    address: str
    flat: str | None
    building_id: int | None
    occupants: int
    area_m2: Decimal
    tariff_group: str
    balance: Decimal  # positive: the customer owes; negative: paid in advance
    e_receipt: bool
    e_receipt_email: str | None
    access_code: str  # printed on the receipt: the proof of holding the account for linking it elsewhere


class FlatOut(BaseModel):
    """What a caretaker sees of an account: where it is, nothing about who or how much."""

    id: int
    number: str
    building_id: int
    flat: str
    entrance: int
    floor: int


class BuildingOut(BaseModel):
    id: int
    address: str
    entrances: int
    floors: int
    flats: int


class LinkIn(Strict):
    account_number: AccountNumber
    surname: Name
    access_code: AccessCode


class EReceiptIn(Strict):
    subscribed: bool
    email: Email | None = None


class MeterOut(BaseModel):
    id: int
    account_id: int
    serial: str
    digits: int
    zone_count: int
    zones: list[Zone]
    installed_on: date
    verified_on: date | None
    next_verification_on: date | None
    active: bool
    replaces_meter_id: int | None
    window_start: date
    window_end: date
    window_open: bool


class ReadingValueOut(BaseModel):
    zone: Zone
    value: Decimal
    consumption: Decimal | None


class ReadingOut(BaseModel):
    id: int
    meter_id: int
    period: Period
    taken_on: date
    source: Literal["app", "caretaker", "sms", "estimate", "installation"]
    status: Literal["accepted", "superseded"]
    flagged: bool
    rollover: bool
    client_uuid: str | None
    values: list[ReadingValueOut]


class ReadingValuesIn(Strict):
    """A reading's values, to price them before sending (no UUID: nothing is stored)."""

    values: Annotated[dict[Zone, ReadingValue], Field(min_length=1, max_length=3)]


class ReadingSubmitIn(ReadingValuesIn):
    uuid: uuid_mod.UUID
    taken_on: date | None = None


# ---- bills, payments ----------------------------------------------------------------------------------


class BillLineOut(BaseModel):
    service: str
    zone: str | None
    previous: Decimal | None
    current: Decimal | None
    consumption: Decimal | None
    price: Decimal | None
    amount: Decimal
    band_upto_kwh: Decimal | None


class BillOut(BaseModel):
    id: int
    account_id: int
    period: Period
    issued_on: date
    due_on: date
    opening_balance: Decimal
    charges: Decimal
    recalculation: Decimal
    penalties: Decimal
    payments: Decimal
    closing_balance: Decimal
    lines: list[BillLineOut]


class PaymentIn(Strict):
    account_id: Id
    amount: Amount


class PaymentOut(BaseModel):
    id: int
    account_id: int
    amount: Decimal
    status: Literal["pending", "succeeded", "declined"]
    card_last4: str | None
    created_at: datetime
    paid_at: datetime | None
    pay_url: str | None
    method: Literal["card", "bank"]


# ---- applications ---------------------------------------------------------------------------------------

ApplicationKind = Literal["application", "complaint", "callback"]


class ApplicationIn(Strict):
    uuid: uuid_mod.UUID
    kind: ApplicationKind
    account_id: Id | None = None
    subject: ShortText = ""
    body: LongText = ""
    contact_phone: Phone | None = None

    @model_validator(mode="after")
    def _needs_content(self) -> "ApplicationIn":
        if self.kind == "callback" and not self.contact_phone:
            raise ValueError("a callback request needs a phone number")
        if self.kind != "callback" and not self.body:
            raise ValueError("write what the application or complaint is about")
        return self


class ApplicationOut(BaseModel):
    id: int
    account_id: int | None
    kind: ApplicationKind
    subject: str
    body: str
    contact_phone: str | None
    status: Literal["received", "in_progress", "answered", "closed"]
    answer: str | None
    client_uuid: str | None
    created_at: datetime
    updated_at: datetime


# ---- SMS gateway ----------------------------------------------------------------------------------------


class SmsInboundIn(Strict):
    message_id: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    phone: Phone
    text: Annotated[str, StringConstraints(max_length=500), AfterValidator(_printable)]


class SmsInboundOut(BaseModel):
    status: Literal["accepted", "rejected"]
    code: str | None
    message: str


# ---- sync -----------------------------------------------------------------------------------------------


class ReadingItem(Strict):
    kind: Literal["reading"]
    uuid: uuid_mod.UUID
    meter_id: Id
    values: Annotated[dict[Zone, ReadingValue], Field(min_length=1, max_length=3)]
    taken_on: date | None = None


class ApplicationItem(Strict):
    """An application in a push. It has one idempotency key: the item's UUID, which the application
    repeats (as the app has always sent it), so a retry is stored once whichever of the two a server
    or a client looks at."""

    kind: Literal["application"]
    uuid: uuid_mod.UUID
    application: ApplicationIn

    @model_validator(mode="after")
    def _one_key(self) -> "ApplicationItem":
        if self.application.uuid != self.uuid:
            raise ValueError("the application's uuid must be the item's uuid")
        return self


class ContactChangeItem(Strict):
    kind: Literal["contact_change"]
    uuid: uuid_mod.UUID
    email: Email | None = None
    phone: Phone | None = None


PushItem = Annotated[ReadingItem | ApplicationItem | ContactChangeItem, Field(discriminator="kind")]


class PushIn(Strict):
    items: Annotated[list[PushItem], Field(max_length=MAX_PUSH_ITEMS)]


class PushResult(BaseModel):
    uuid: str
    status: Literal["accepted", "rejected"]
    code: str | None
    message: str
    server_id: int | None
    flagged: bool = False


class PushOut(BaseModel):
    results: list[PushResult]


EntityName = Literal[
    "supplier",
    "profile",
    "account",
    "flat",
    "building",
    "meter",
    "reading",
    "bill",
    "payment",
    "news",
    "tariff",
    "application",
]

ENTITY_MODELS: dict[str, type[BaseModel]] = {
    "supplier": SupplierOut,
    "profile": ProfileOut,
    "account": AccountOut,
    "flat": FlatOut,
    "building": BuildingOut,
    "meter": MeterOut,
    "reading": ReadingOut,
    "bill": BillOut,
    "payment": PaymentOut,
    "news": NewsOut,
    "tariff": TariffOut,
    "application": ApplicationOut,
}


class PullChange(BaseModel):
    entity: EntityName
    id: int
    op: Literal["upsert", "delete"]
    data: dict[str, Any] | None  # the entity's *Out model, as JSON; None for a delete


class PullOut(BaseModel):
    changes: list[PullChange]
    cursor: str
    has_more: bool
    reset: bool  # the login's scope changed: this is a full snapshot, drop what was not re-sent
    server_time: datetime
