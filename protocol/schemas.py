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
    PlainSerializer,
    StrictBool,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)

from protocol.zones import Zone

MAX_PUSH_ITEMS = 500
MAX_PULL_LIMIT = 2000

# C0 and C1 control characters other than tab and line breaks: in no text a person types.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# The same as JSON Schema patterns, so the published schema refuses what validation refuses. Classes are
# spelled out (no \s): the schema's regex dialect and Python's disagree about what a space is.
_PRINTABLE = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*$"
_NOT_SPACE = r"[^\x00-\x20\x7f-\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
_ANY = r"[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
_NOT_BLANK = rf"^{_ANY}*{_NOT_SPACE}{_ANY}*$"  # something is left once spaces at the ends are cut


def _printable(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("text must not contain control characters")
    return value


ShortText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=200),
    AfterValidator(_printable),
    Field(json_schema_extra={"pattern": _PRINTABLE}),
]
Name = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=100),
    AfterValidator(_printable),
    Field(json_schema_extra={"pattern": _NOT_BLANK}),
]
LongText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=5000),
    AfterValidator(_printable),
    Field(json_schema_extra={"pattern": _PRINTABLE}),
]
Login = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[A-Za-z0-9_.@-]{3,64}$")]
Password = Annotated[
    str,
    StringConstraints(min_length=8, max_length=128),
    AfterValidator(_printable),
    Field(json_schema_extra={"pattern": _PRINTABLE}),
]
AnyPassword = Annotated[str, StringConstraints(min_length=1, max_length=128)]
_EMAIL_PART = r"[^@\x00-\x20\x7f-\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+"
Email = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, max_length=254, pattern=rf"^{_EMAIL_PART}@{_EMAIL_PART}\.{_EMAIL_PART}$"
    ),
]
Phone = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^\+?[0-9]{10,15}$")]
AccountNumber = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[0-9]{6,20}$")]
# The code printed on the account's receipts, as typed: case, spaces and dashes do not matter.
AccessCode = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=4, max_length=24),
    AfterValidator(_printable),
    Field(json_schema_extra={"pattern": _PRINTABLE}),
]


def _json_integer(value: Any) -> Any:
    """A whole number as JSON has them (7 or 7.0), not "7" or true."""
    if isinstance(value, bool | str):
        raise ValueError("a whole number")
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError("a whole number")
        return int(value)
    return value


def _bounds(low: int, high: int) -> WithJsonSchema:
    """The bounds in the schema too: a validator before the type hides pydantic's own from it."""
    return WithJsonSchema({"type": "integer", "minimum": low, "maximum": high})


_JsonInteger = BeforeValidator(_json_integer)
CaptchaId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{0,64}$")]  # as the server makes them
CaptchaAnswer = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=16),
    AfterValidator(_printable),
    Field(json_schema_extra={"pattern": _PRINTABLE}),
]
Id = Annotated[int, _JsonInteger, _bounds(1, 2_147_483_647), Field(ge=1, le=2_147_483_647)]
ZoneCount = Annotated[int, _JsonInteger, _bounds(1, 3), Field(ge=1, le=3)]


def _plain(value: Decimal) -> str:
    return f"{value:f}"  # never 1.2E+3, which the patterns below refuse


PlainDecimal = PlainSerializer(_plain, return_type=str, when_used="json")


def _number(pattern: str, whole: tuple[int, int]) -> tuple[BeforeValidator, WithJsonSchema]:
    """A decimal on the wire: a string of ASCII digits (what the app sends) or a whole number.

    Floats are refused (0.1 is not a tenth in binary, and a meter or a bank has no such numbers), and so
    are exponents, signs and digits of other scripts (Python reads Arabic-Indic and full-width digits
    as numbers; the meter and the bank do not). The schema says the same."""
    shape = re.compile(pattern)

    def check(value: Any) -> Any:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError('give the number as text, e.g. "12.5", or as a whole number')
        if isinstance(value, float):
            return int(value)
        if isinstance(value, str):
            if not value.isascii():
                raise ValueError("digits 0-9 only")
            if not shape.fullmatch(value):
                raise ValueError("digits 0-9 with at most one decimal point")
        return value

    schema = {
        "anyOf": [
            {"type": "integer", "minimum": whole[0], "maximum": whole[1]},
            {"type": "string", "pattern": pattern},
        ]
    }
    return BeforeValidator(check), WithJsonSchema(schema)


_READING = _number(r"^[0-9]{1,9}(\.[0-9]{1,6})?$", (0, 999_999_999))
_AMOUNT = _number(
    r"^(0\.(0[1-9]|[1-9][0-9]?)|[1-9][0-9]{0,6}(\.[0-9]{1,2})?|10000000(\.00?)?)$", (1, 10_000_000)
)
_KWH = _number(r"^([0-9]{1,7}(\.[0-9]{1,3})?|10000000(\.0{1,3})?)$", (0, 10_000_000))
ReadingValue = Annotated[
    Decimal,
    _READING[0],
    _READING[1],
    PlainDecimal,
    Field(ge=0, max_digits=15, decimal_places=6, allow_inf_nan=False),
]
Amount = Annotated[
    Decimal,
    _AMOUNT[0],
    _AMOUNT[1],
    PlainDecimal,
    Field(gt=0, le=Decimal("10000000"), decimal_places=2, allow_inf_nan=False),
]
Kwh = Annotated[
    Decimal,
    _KWH[0],
    _KWH[1],
    PlainDecimal,
    Field(ge=0, le=Decimal("10000000"), decimal_places=3, allow_inf_nan=False),
]


def _iso_date(value: Any) -> Any:
    """A date is written YYYY-MM-DD; a number is not read as seconds since 1970."""
    if not isinstance(value, str | date):
        raise ValueError("a date is written YYYY-MM-DD")
    return value


Day = Annotated[date, BeforeValidator(_iso_date)]
Period = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])$")]  # YYYY-MM


def _one_of_fields(*names: str) -> dict[str, Any]:
    """The schema of an object that needs at least one of these fields given (not null)."""
    return {"anyOf": [{"required": [n], "properties": {n: {"type": "string"}}} for n in names]}


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
    model_config = ConfigDict(extra="forbid", json_schema_extra=_one_of_fields("email", "phone"))

    account_number: AccountNumber
    surname: Name
    access_code: AccessCode
    email: Email | None = None
    phone: Phone | None = None
    captcha_id: CaptchaId
    captcha_answer: CaptchaAnswer

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
    login_or_account: Login  # an account number is a login's shape too
    captcha_id: CaptchaId
    captcha_answer: CaptchaAnswer


class MessageOut(BaseModel):
    message: str


class LoginIn(Strict):
    login: Annotated[
        str,
        StringConstraints(strip_whitespace=True, min_length=1, max_length=64),
        AfterValidator(_printable),
        Field(json_schema_extra={"pattern": _NOT_BLANK}),
    ]
    password: AnyPassword


class ProfileOut(BaseModel):
    id: int
    login: str
    role: Literal["household", "caretaker"]
    surname: str
    first_name: str
    email: str | None
    phone: str | None
    # Reminders (opt-in): when the window opens and two days before it closes, if a meter of the login has
    # no reading for the month yet.
    remind_by_email: bool = False
    remind_by_sms: bool = False


class RemindersIn(Strict):
    """Which reminders of the submission window a login wants (PUT /me/reminders)."""

    email: StrictBool
    sms: StrictBool


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
    model_config = ConfigDict(extra="forbid", json_schema_extra=_one_of_fields("email", "phone"))

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
    group: Annotated[
        str,
        StringConstraints(max_length=32),
        AfterValidator(_printable),
        Field(json_schema_extra={"pattern": _PRINTABLE}),
    ]
    zone_count: ZoneCount
    consumption: dict[Zone, Kwh]
    on: Day | None = None


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
    subscribed: StrictBool
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
    # The window's days of every month and the grace after it (protocol.window): the app says the
    # window's state on any day from these, not from the dates above, which were true on the day sent.
    window_start_day: int
    window_end_day: int
    grace_days: int
    # The supplier refuses readings of a meter past its next verification date (a server setting).
    verification_enforced: bool


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
    # Proof of use: the bill of the monthly close that used this reading, once there is one; an estimate
    # (source "estimate") says why the supplier estimated the month.
    bill_id: int | None
    estimate_reason: Literal["no_reading", "verification_overdue"] | None


class ReadingValuesIn(Strict):
    """A reading's values, to price them before sending (no UUID: nothing is stored)."""

    values: Annotated[dict[Zone, ReadingValue], Field(min_length=1, max_length=3)]


class ReadingSubmitIn(ReadingValuesIn):
    uuid: uuid_mod.UUID
    taken_on: Day | None = None


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
    # What _needs_content says, for the published schema: a callback needs a phone, the rest a text.
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "anyOf": [
                {
                    "properties": {"kind": {"const": "callback"}, "contact_phone": {"type": "string"}},
                    "required": ["contact_phone"],
                },
                {
                    "properties": {
                        "kind": {"enum": ["application", "complaint"]},
                        "body": {"type": "string", "pattern": _NOT_BLANK},
                    },
                    "required": ["body"],
                },
            ]
        },
    )

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
    message_id: Annotated[
        str,
        StringConstraints(min_length=1, max_length=100),
        AfterValidator(_printable),
        Field(json_schema_extra={"pattern": _PRINTABLE}),
    ]
    phone: Phone
    text: Annotated[
        str,
        StringConstraints(max_length=500),
        AfterValidator(_printable),
        Field(json_schema_extra={"pattern": _PRINTABLE}),
    ]


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
    taken_on: Day | None = None


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
