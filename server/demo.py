"""Demo data: a supplier, tariffs, three households, a caretaker with a building, two years of history.

The people, accounts, meters and news are tables below; `seed` inserts them in order (the ids and the
change log follow that order) and then makes up the history month by month with a seeded random.
"""

import dataclasses
import hashlib
import random
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from protocol.money import round_money
from protocol.window import period_of
from protocol.zones import zones_for
from server.admin import install_meter, replace_meter
from server.billing import close_period, closes_on
from server.changes import log_change
from server.config import Settings
from server.periods import next_period, period_bounds, previous_period
from server.readings import previous_readings, record
from server.schema import (
    Account,
    AccountLink,
    Bill,
    Building,
    CaretakerBuilding,
    Customer,
    Meter,
    News,
    Payment,
    Reading,
    Supplier,
    Tariff,
)
from server.security import ACCESS_CODE_ALPHABET, ACCESS_CODE_LENGTH, hash_password

DEMO_PASSWORD = "demo-2026"
CARETAKER_LOGIN = "caretaker"

BASE_PRICES = {
    (1, "single"): Decimal("6.43"),
    (2, "day"): Decimal("7.38"),
    (2, "night"): Decimal("3.12"),
    (3, "peak"): Decimal("8.12"),
    (3, "half_peak"): Decimal("6.43"),
    (3, "night"): Decimal("3.12"),
}
GROUP_FACTOR = {"urban": Decimal(1), "electric_stove": Decimal("0.7"), "rural": Decimal("0.7")}
BAND_KWH = Decimal(300)
ABOVE_BAND_FACTOR = Decimal("1.25")
# Zone shares of a month's consumption, for made-up history.
SHARES = {
    1: (Decimal(1),),
    2: (Decimal("0.7"), Decimal("0.3")),
    3: (Decimal("0.2"), Decimal("0.5"), Decimal("0.3")),
}


@dataclass(frozen=True)
class DemoLogin:
    login: str
    password: str
    who: str


@dataclass(frozen=True)
class DemoNews:
    days_ago: int
    title: str
    body: str


@dataclass(frozen=True)
class DemoCustomer:
    login: str
    surname: str
    first_name: str
    role: str
    email: str | None
    phone: str | None
    who: str  # for the list of demo logins; {address} and {flats} are the caretaker's building's


@dataclass(frozen=True)
class DemoAccount:
    number: str  # the OKO number (3 digits) and the household number
    surname: str
    first_name: str
    patronymic: str
    address: str
    group: str
    occupants: int
    area_m2: str
    owner: str | None = None  # the login it is linked to
    e_receipt_email: str | None = None  # subscribed to e-receipts when set
    flat: str | None = None  # a flat of the demo building: its number, entrance, floor
    entrance: int | None = None
    floor: int | None = None


@dataclass(frozen=True)
class DemoMeter:
    account: str  # its account's number
    serial: str
    zone_count: int
    digits: int
    start: tuple[int, ...]  # the installation reading of each zone
    usual_kwh: int  # a month's consumption, before the season and chance
    source: str  # who sends its readings


@dataclass(frozen=True)
class DemoReplacement:
    """A meter replaced `months_ago` months before this one, on `day` of that month."""

    serial: str  # the old meter's
    months_ago: int
    day: int
    new_serial: str
    zone_count: int
    digits: int
    start: tuple[int, ...]


@dataclass(frozen=True)
class DemoBuilding:
    address: str
    entrances: int
    floors: int


SUPPLIER = {
    "name": 'АО "Городская энергосбытовая компания"',
    "inn": "7701234567",
    "kpp": "770101001",
    "bank_name": 'ПАО "Сбербанк"',
    "bic": "044525225",
    "settlement_account": "40702810938000012345",
    "correspondent_account": "30101810400000000225",
    "address": "г. Москва, ул. Энергетиков, д. 1",
    "phone": "+74951234567",
    "email": "info@energosbyt.example",
}
NEWS = (
    DemoNews(
        2,
        "Приём показаний с 15 по 25 число",
        "Передавайте показания счётчиков с 15 по 25 число каждого месяца.",
    ),
    DemoNews(20, "Новые тарифы с 1 июля", "С 1 июля тарифы на электроэнергию проиндексированы на 10%."),
    DemoNews(
        45, "Плановые работы", "В ночь на субботу личный кабинет может быть недоступен с 01:00 до 03:00."
    ),
)
CUSTOMERS = (
    DemoCustomer(
        "ivanova",
        "Иванова",
        "Анна",
        "household",
        "ivanova@example.com",
        "+79161234501",
        "Иванова А. П.: a flat and a dacha",
    ),
    DemoCustomer(
        "petrov",
        "Петров",
        "Сергей",
        "household",
        "petrov@example.com",
        "+79161234502",
        "Петров С. И.: a two-zone meter",
    ),
    DemoCustomer(
        "sidorova",
        "Сидорова",
        "Мария",
        "household",
        None,
        "+79161234503",
        "Сидорова М. Н.: a three-zone meter",
    ),
    DemoCustomer(
        CARETAKER_LOGIN,
        "Кузнецов",
        "Павел",
        "caretaker",
        "caretaker@example.com",
        None,
        "caretaker of {address}, {flats} flats",
    ),
)
ACCOUNTS = (
    DemoAccount(
        "10100001",
        "Иванова",
        "Анна",
        "Петровна",
        "г. Москва, ул. Садовая, д. 5, кв. 12",
        "urban",
        2,
        "54.30",
        owner="ivanova",
        e_receipt_email="ivanova@example.com",
    ),
    DemoAccount(
        "20500017",
        "Иванова",
        "Анна",
        "Петровна",
        "Московская обл., СНТ «Рассвет», уч. 17",
        "rural",
        1,
        "36.00",
        owner="ivanova",
    ),
    DemoAccount(
        "10100002",
        "Петров",
        "Сергей",
        "Иванович",
        "г. Москва, ул. Садовая, д. 7, кв. 3",
        "electric_stove",
        3,
        "71.80",
        owner="petrov",
    ),
    DemoAccount(
        "10100003",
        "Сидорова",
        "Мария",
        "Николаевна",
        "г. Москва, пр. Мира, д. 21, кв. 88",
        "urban",
        4,
        "88.10",
        owner="sidorova",
    ),
)
METERS = (
    DemoMeter("10100001", "SE-101-4471", 1, 5, (12840,), 180, "app"),
    DemoMeter("20500017", "SE-205-0017", 1, 5, (3120,), 90, "app"),
    DemoMeter("10100002", "ME-102-7781", 2, 6, (40210, 17750), 420, "app"),
    DemoMeter("10100003", "ME-103-3003", 3, 6, (8100, 20310, 11050), 260, "app"),
)
# Petrov's two-zone meter was replaced three months ago: the new one starts from its own reading.
REPLACEMENTS = (DemoReplacement("ME-102-7781", 3, 10, "ME-102-9001", 2, 6, (15, 7)),)
# The caretaker's building; its flats are made up by _flats.
BUILDING = DemoBuilding("г. Москва, ул. Ленина, д. 10", entrances=6, floors=10)
FLAT_SURNAMES = ("Смирнов", "Попова", "Васильев", "Морозова", "Новиков")
FLAT_FIRST_NAMES = ("Иван", "Ольга", "Пётр", "Елена")

_Row = TypeVar("_Row", Supplier, Tariff, News, Customer, Account, Building, Payment)
_PUBLIC: dict[type, str] = {Supplier: "supplier", Tariff: "tariff", News: "news"}


def _add(session: Session, row: _Row) -> _Row:
    """Insert a row and log its change, as the API's writers do, so a pull sees it."""
    session.add(row)
    session.flush()
    if isinstance(row, Customer):
        log_change(session, "profile", row.id, customer_id=row.id)
    elif isinstance(row, Account):
        log_change(session, "account", row.id, account_id=row.id, building_id=row.building_id)
    elif isinstance(row, Building):
        log_change(session, "building", row.id, building_id=row.id)
    elif isinstance(row, Payment):
        log_change(session, "payment", row.id, account_id=row.account_id)
    else:
        log_change(session, _PUBLIC[type(row)], row.id)
    return row


def seed_reference(session: Session, settings: Settings, today: date) -> None:
    """The supplier, four yearly tariff indexations up to today, the news."""
    _add(session, Supplier(**SUPPLIER))
    first = date(today.year - 3, 7, 1)
    for step in range(4):
        effective = date(first.year + step, 7, 1)
        if effective > today:
            break
        indexation = Decimal("1.10") ** step
        for group, factor in GROUP_FACTOR.items():
            for (zone_count, zone), base in BASE_PRICES.items():
                price = round_money(base * factor * indexation)
                for band, band_price in ((BAND_KWH, price), (None, round_money(price * ABOVE_BAND_FACTOR))):
                    _add(
                        session,
                        Tariff(
                            group=group,
                            zone_count=zone_count,
                            zone=zone,
                            band_upto_kwh=band,
                            price=band_price,
                            effective_from=effective,
                        ),
                    )
    morning = datetime(today.year, today.month, today.day, 9, tzinfo=UTC)
    for news in NEWS:
        _add(
            session,
            News(published_at=morning - timedelta(days=news.days_ago), title=news.title, body=news.body),
        )


def _flats(rng: random.Random, flats: int) -> Iterator[tuple[DemoAccount, DemoMeter]]:
    """The building's flats, each with its meter: six in ten one-zone, three two-zone, one three-zone."""
    per_entrance = max(1, -(-flats // BUILDING.entrances))
    per_floor = max(1, -(-per_entrance // BUILDING.floors))
    for index in range(flats):
        number = f"3000{index + 1:04d}"
        zone_count = 1 if index % 10 < 6 else (2 if index % 10 < 9 else 3)
        # The draws run in this order: surname, first name, occupants, area, start readings, usual kWh.
        account = DemoAccount(
            number,
            surname=rng.choice(FLAT_SURNAMES),
            first_name=rng.choice(FLAT_FIRST_NAMES),
            patronymic="",
            address=f"{BUILDING.address}, кв. {index + 1}",
            group="urban",
            occupants=rng.randint(1, 4),
            area_m2=f"{rng.randint(30, 90)}.00",
            flat=str(index + 1),
            entrance=index // per_entrance + 1,
            floor=(index % per_entrance) // per_floor + 1,
        )
        meter = DemoMeter(
            number,
            f"B10-{index + 1:04d}",
            zone_count,
            digits=4 if index == 5 else 5,  # flat 6 has an old 4-digit meter close to rolling over
            start=tuple(9700 if index == 5 else rng.randint(1000, 30000) for _ in range(zone_count)),
            usual_kwh=rng.randint(80, 320),
            source="caretaker",
        )
        yield account, meter


def _account(session: Session, spec: DemoAccount, building: Building | None = None) -> Account:
    return _add(
        session,
        Account(
            number=spec.number,
            oko_number=spec.number[:3],
            household_number=spec.number[3:],
            surname=spec.surname,
            first_name=spec.first_name,
            patronymic=spec.patronymic,
            address=spec.address,
            building_id=building.id if building else None,
            flat=spec.flat,
            entrance=spec.entrance,
            floor=spec.floor,
            occupants=spec.occupants,
            area_m2=Decimal(spec.area_m2),
            tariff_group=spec.group,
            access_code=demo_access_code(spec.number),
        ),
    )


def demo_access_code(number: str) -> str:
    """A demo account's access code, the same in every demo database so a guide can print it.

    Only demo data: a real account's code is random (security.new_access_code)."""
    digest = int.from_bytes(hashlib.sha256(f"demo access code {number}".encode()).digest()[:8], "big")
    code = ""
    for _ in range(ACCESS_CODE_LENGTH):
        digest, index = divmod(digest, len(ACCESS_CODE_ALPHABET))
        code += ACCESS_CODE_ALPHABET[index]
    return code


@dataclass
class _Metered:
    """A meter whose history is being made up, and how much its flat uses in a month."""

    meter: Meter
    account: Account
    usual: Decimal
    source: str


def _install(session: Session, settings: Settings, spec: DemoMeter, account: Account, on: date) -> _Metered:
    meter = install_meter(
        session,
        settings,
        account,
        spec.serial,
        spec.zone_count,
        spec.digits,
        on,
        [Decimal(value) for value in spec.start],
    )
    return _Metered(meter, account, Decimal(spec.usual_kwh), spec.source)


def _history_reading(
    session: Session,
    settings: Settings,
    metered: _Metered,
    previous: Reading | None,
    period: str,
    total: Decimal,
) -> None:
    if previous is None:
        return
    meter = metered.meter
    zones = zones_for(meter.zone_count)
    capacity = Decimal(10) ** meter.digits
    before = {v.zone: v.value for v in previous.values}
    used = {
        z: (total * share).quantize(Decimal(1))
        for z, share in zip(zones, SHARES[meter.zone_count], strict=True)
    }
    values = {z: (before[z] + used[z]) % capacity for z in zones}
    rollover = any(values[z] < before[z] for z in zones)
    start, _end = period_bounds(period)
    record(
        session,
        meter,
        values,
        dict(used),
        period=period,
        taken_on=start.replace(day=20),
        source=metered.source,
        now_at=settings.now(),
        building_id=metered.account.building_id,
        rollover=rollover,
    )


def seed(
    session: Session, settings: Settings, *, flats: int = 240, months: int = 24, seed: int = 7
) -> list[DemoLogin]:
    """Fill an empty database. History runs for `months` closed periods up to last month."""
    rng = random.Random(seed)
    today = settings.today()
    seed_reference(session, settings, today)
    password_hash = hash_password(settings, DEMO_PASSWORD)
    current = period_of(today)
    first_period = _months_before(current, months)
    start_day = period_bounds(first_period)[0] - timedelta(days=5)

    customers = {
        spec.login: _add(
            session,
            Customer(
                login=spec.login,
                password_hash=password_hash,
                role=spec.role,
                surname=spec.surname,
                first_name=spec.first_name,
                email=spec.email,
                phone=spec.phone,
                created_at=settings.now(),
            ),
        )
        for spec in CUSTOMERS
    }
    accounts = {spec.number: _account(session, spec) for spec in ACCOUNTS}
    for spec in ACCOUNTS:
        if spec.owner is not None:
            session.add(
                AccountLink(
                    customer_id=customers[spec.owner].id,
                    account_id=accounts[spec.number].id,
                    created_at=settings.now(),
                    owner=True,
                    e_receipt=spec.e_receipt_email is not None,
                    e_receipt_email=spec.e_receipt_email,
                )
            )
    metered = [_install(session, settings, spec, accounts[spec.account], start_day) for spec in METERS]

    building = _add(
        session, Building(address=BUILDING.address, entrances=BUILDING.entrances, floors=BUILDING.floors)
    )
    session.add(CaretakerBuilding(customer_id=customers[CARETAKER_LOGIN].id, building_id=building.id))
    for account_spec, meter_spec in _flats(rng, flats):
        account = _account(session, account_spec, building)
        metered.append(_install(session, settings, meter_spec, account, start_day))

    replacements = {_months_before(current, spec.months_ago): spec for spec in REPLACEMENTS}
    period = first_period
    while period != current:
        start, end = period_bounds(period)
        season = (
            Decimal("1.3")
            if start.month in (11, 12, 1, 2)
            else (Decimal("0.8") if start.month in (6, 7, 8) else Decimal(1))
        )
        previous_of = previous_readings(session, [m.meter.id for m in metered], period)
        for one in metered:
            if one.meter.removed_on is not None or rng.random() < 0.06:
                continue  # a missed month: the close makes an estimate
            total = (one.usual * season * Decimal(rng.uniform(0.8, 1.2))).quantize(Decimal(1))
            _history_reading(session, settings, one, previous_of.get(one.meter.id), period, total)
        replacement = replacements.get(period)
        if replacement is not None:
            index = next(i for i, m in enumerate(metered) if m.meter.serial == replacement.serial)
            old = metered[index]
            new = replace_meter(
                session,
                settings,
                old.meter.id,
                replacement.new_serial,
                replacement.zone_count,
                replacement.digits,
                start.replace(day=replacement.day),
                [Decimal(value) for value in replacement.start],
            )
            metered[index] = _Metered(new, old.account, old.usual, old.source)
        # Closed once the grace has passed (the 1st, or a few days later after a short month), or at the
        # 1st where the demo's today comes sooner: a history is written as it would have been.
        closing = max(end, closes_on(session, settings, period))
        at = datetime(closing.year, closing.month, closing.day, 3, tzinfo=UTC)
        early = at > settings.now()
        if early:
            at = datetime(end.year, end.month, end.day, 3, tzinfo=UTC)
        close_period(session, dataclasses.replace(settings, fixed_now=at), period, early=early)
        _pay_last_bills(session, settings, rng, period, [m.account for m in metered])
        period = next_period(period)
    return [
        DemoLogin(spec.login, DEMO_PASSWORD, spec.who.format(address=building.address, flats=flats))
        for spec in CUSTOMERS
    ]


def _months_before(period: str, months: int) -> str:
    for _ in range(months):
        period = previous_period(period)
    return period


def _pay_last_bills(
    session: Session, settings: Settings, rng: random.Random, period: str, accounts: list[Account]
) -> None:
    """Most people pay their bill in the first days of the next month; a few skip a month."""
    pay_day = period_bounds(period)[1] + timedelta(days=rng.randint(2, 8))
    if pay_day > settings.today():
        return
    ids = list({a.id for a in accounts})
    for bill in session.scalars(select(Bill).where(Bill.period == period, Bill.account_id.in_(ids))):
        if bill.closing_balance <= 0 or rng.random() < 0.08:
            continue
        paid_at = datetime(pay_day.year, pay_day.month, pay_day.day, 12, tzinfo=UTC)
        _add(
            session,
            Payment(
                token=secrets.token_urlsafe(24),  # not from the seeded draws: nobody may guess it
                account_id=bill.account_id,
                customer_id=None,
                amount=bill.closing_balance,
                status="succeeded",
                method="bank",
                card_last4=None,
                created_at=paid_at,
                paid_at=paid_at,
            ),
        )


def is_seeded(session: Session) -> bool:
    return session.scalars(select(Supplier.id)).first() is not None
