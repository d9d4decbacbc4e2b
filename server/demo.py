"""Demo data: a supplier, tariffs, three households, a caretaker with a building, two years of history."""

import dataclasses
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from protocol.money import round_money
from protocol.zones import zones_for
from server.admin import install_meter, replace_meter
from server.billing import close_period
from server.changes import log_change
from server.config import Settings
from server.periods import next_period, period_bounds, period_of, previous_period
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
from server.security import hash_password

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


def seed_reference(session: Session, settings: Settings, today: date) -> None:
    supplier = Supplier(
        name='АО "Городская энергосбытовая компания"',
        inn="7701234567",
        kpp="770101001",
        bank_name='ПАО "Сбербанк"',
        bic="044525225",
        settlement_account="40702810938000012345",
        correspondent_account="30101810400000000225",
        address="г. Москва, ул. Энергетиков, д. 1",
        phone="+74951234567",
        email="info@energosbyt.example",
    )
    session.add(supplier)
    session.flush()
    log_change(session, "supplier", supplier.id)
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
                    tariff = Tariff(
                        group=group,
                        zone_count=zone_count,
                        zone=zone,
                        band_upto_kwh=band,
                        price=band_price,
                        effective_from=effective,
                    )
                    session.add(tariff)
                    session.flush()
                    log_change(session, "tariff", tariff.id)
    for days_ago, title, body in (
        (
            2,
            "Приём показаний с 15 по 25 число",
            "Передавайте показания счётчиков с 15 по 25 число каждого месяца.",
        ),
        (20, "Новые тарифы с 1 июля", "С 1 июля тарифы на электроэнергию проиндексированы на 10%."),
        (45, "Плановые работы", "В ночь на субботу личный кабинет может быть недоступен с 01:00 до 03:00."),
    ):
        item = News(
            published_at=datetime(today.year, today.month, today.day, 9, tzinfo=UTC)
            - timedelta(days=days_ago),
            title=title,
            body=body,
        )
        session.add(item)
        session.flush()
        log_change(session, "news", item.id)


def _customer(
    session: Session,
    settings: Settings,
    login: str,
    surname: str,
    first: str,
    role: str,
    email: str | None,
    phone: str | None,
    password_hash: str,
) -> Customer:
    customer = Customer(
        login=login,
        password_hash=password_hash,
        role=role,
        surname=surname,
        first_name=first,
        email=email,
        phone=phone,
        created_at=settings.now(),
    )
    session.add(customer)
    session.flush()
    log_change(session, "profile", customer.id, customer_id=customer.id)
    return customer


def _account(
    session: Session,
    number: str,
    surname: str,
    first: str,
    patronymic: str,
    address: str,
    group: str,
    occupants: int,
    area: str,
    building: Building | None = None,
    flat: str | None = None,
    entrance: int | None = None,
    floor: int | None = None,
) -> Account:
    account = Account(
        number=number,
        oko_number=number[:3],
        household_number=number[3:],
        surname=surname,
        first_name=first,
        patronymic=patronymic,
        address=address,
        building_id=building.id if building else None,
        flat=flat,
        entrance=entrance,
        floor=floor,
        occupants=occupants,
        area_m2=Decimal(area),
        tariff_group=group,
    )
    session.add(account)
    session.flush()
    log_change(
        session, "account", account.id, account_id=account.id, building_id=building.id if building else None
    )
    return account


def _meter(
    session: Session,
    settings: Settings,
    account: Account,
    serial: str,
    zone_count: int,
    digits: int,
    installed_on: date,
    start_values: list[Decimal],
    replaces: Meter | None = None,
) -> Meter:
    return install_meter(
        session, settings, account, serial, zone_count, digits, installed_on, start_values, replaces
    )


def _history_reading(
    session: Session,
    settings: Settings,
    meter: Meter,
    account: Account,
    previous: Reading | None,
    period: str,
    total: Decimal,
    source: str,
) -> None:
    if previous is None:
        return
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
        source=source,
        now_at=settings.now(),
        building_id=account.building_id,
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
    first_period = current
    for _ in range(months):
        first_period = previous_period(first_period)
    start_day = period_bounds(first_period)[0] - timedelta(days=5)

    ivanova = _customer(
        session,
        settings,
        "ivanova",
        "Иванова",
        "Анна",
        "household",
        "ivanova@example.com",
        "+79161234501",
        password_hash,
    )
    petrov = _customer(
        session,
        settings,
        "petrov",
        "Петров",
        "Сергей",
        "household",
        "petrov@example.com",
        "+79161234502",
        password_hash,
    )
    sidorova = _customer(
        session, settings, "sidorova", "Сидорова", "Мария", "household", None, "+79161234503", password_hash
    )
    caretaker = _customer(
        session,
        settings,
        CARETAKER_LOGIN,
        "Кузнецов",
        "Павел",
        "caretaker",
        "caretaker@example.com",
        None,
        password_hash,
    )

    meters: list[tuple[Meter, Account, Decimal, str]] = []  # meter, account, usual kWh/month, source
    flat_ivanova = _account(
        session,
        "10100001",
        "Иванова",
        "Анна",
        "Петровна",
        "г. Москва, ул. Садовая, д. 5, кв. 12",
        "urban",
        2,
        "54.30",
    )
    dacha = _account(
        session,
        "20500017",
        "Иванова",
        "Анна",
        "Петровна",
        "Московская обл., СНТ «Рассвет», уч. 17",
        "rural",
        1,
        "36.00",
    )
    flat_petrov = _account(
        session,
        "10100002",
        "Петров",
        "Сергей",
        "Иванович",
        "г. Москва, ул. Садовая, д. 7, кв. 3",
        "electric_stove",
        3,
        "71.80",
    )
    flat_sidorova = _account(
        session,
        "10100003",
        "Сидорова",
        "Мария",
        "Николаевна",
        "г. Москва, пр. Мира, д. 21, кв. 88",
        "urban",
        4,
        "88.10",
    )
    for customer, account in (
        (ivanova, flat_ivanova),
        (ivanova, dacha),
        (petrov, flat_petrov),
        (sidorova, flat_sidorova),
    ):
        session.add(
            AccountLink(
                customer_id=customer.id,
                account_id=account.id,
                created_at=settings.now(),
                e_receipt=account is flat_ivanova,
                e_receipt_email="ivanova@example.com" if account is flat_ivanova else None,
            )
        )
    meters.append(
        (
            _meter(session, settings, flat_ivanova, "SE-101-4471", 1, 5, start_day, [Decimal(12840)]),
            flat_ivanova,
            Decimal(180),
            "app",
        )
    )
    meters.append(
        (
            _meter(session, settings, dacha, "SE-205-0017", 1, 5, start_day, [Decimal(3120)]),
            dacha,
            Decimal(90),
            "app",
        )
    )
    meters.append(
        (
            _meter(
                session,
                settings,
                flat_petrov,
                "ME-102-7781",
                2,
                6,
                start_day,
                [Decimal(40210), Decimal(17750)],
            ),
            flat_petrov,
            Decimal(420),
            "app",
        )
    )
    meters.append(
        (
            _meter(
                session,
                settings,
                flat_sidorova,
                "ME-103-3003",
                3,
                6,
                start_day,
                [Decimal(8100), Decimal(20310), Decimal(11050)],
            ),
            flat_sidorova,
            Decimal(260),
            "app",
        )
    )

    building = Building(address="г. Москва, ул. Ленина, д. 10", entrances=6, floors=10)
    session.add(building)
    session.flush()
    log_change(session, "building", building.id, building_id=building.id)
    session.add(CaretakerBuilding(customer_id=caretaker.id, building_id=building.id))
    per_entrance = max(1, -(-flats // building.entrances))
    per_floor = max(1, -(-per_entrance // building.floors))
    for index in range(flats):
        entrance = index // per_entrance + 1
        floor = (index % per_entrance) // per_floor + 1
        zone_count = 1 if index % 10 < 6 else (2 if index % 10 < 9 else 3)
        account = _account(
            session,
            f"3000{index + 1:04d}",
            rng.choice(["Смирнов", "Попова", "Васильев", "Морозова", "Новиков"]),
            rng.choice(["Иван", "Ольга", "Пётр", "Елена"]),
            "",
            f"{building.address}, кв. {index + 1}",
            "urban",
            rng.randint(1, 4),
            f"{rng.randint(30, 90)}.00",
            building,
            str(index + 1),
            entrance,
            floor,
        )
        digits = 4 if index == 5 else 5  # flat 6 has an old 4-digit meter close to rolling over
        starts = [
            Decimal(9700) if index == 5 else Decimal(rng.randint(1000, 30000)) for _ in range(zone_count)
        ]
        meters.append(
            (
                _meter(
                    session, settings, account, f"B10-{index + 1:04d}", zone_count, digits, start_day, starts
                ),
                account,
                Decimal(rng.randint(80, 320)),
                "caretaker",
            )
        )

    period = first_period
    replaced = False
    while period != current:
        start, end = period_bounds(period)
        settings_at = dataclasses.replace(
            settings, fixed_now=datetime(end.year, end.month, end.day, 3, tzinfo=UTC)
        )
        season = (
            Decimal("1.3")
            if start.month in (11, 12, 1, 2)
            else (Decimal("0.8") if start.month in (6, 7, 8) else Decimal(1))
        )
        previous_of = previous_readings(session, [m[0].id for m in meters], period)
        for meter, account, usual, source in meters:
            if meter.removed_on is not None or rng.random() < 0.06:
                continue  # a missed month: the close makes an estimate
            total = (usual * season * Decimal(rng.uniform(0.8, 1.2))).quantize(Decimal(1))
            _history_reading(
                session, settings, meter, account, previous_of.get(meter.id), period, total, source
            )
        if not replaced and period == previous_period(previous_period(previous_period(current))):
            # Petrov's two-zone meter was replaced three months ago: the new one starts from its own reading.
            old, account = meters[2][0], meters[2][1]
            new = replace_meter(
                session,
                settings,
                old.id,
                "ME-102-9001",
                2,
                6,
                start.replace(day=10),
                [Decimal(15), Decimal(7)],
            )
            meters[2] = (new, account, meters[2][2], "app")
            replaced = True
        close_period(session, settings_at, period)
        _pay_last_bills(session, settings, rng, period, [m[1] for m in meters])
        period = next_period(period)
    return [
        DemoLogin("ivanova", DEMO_PASSWORD, "Иванова А. П.: a flat and a dacha"),
        DemoLogin("petrov", DEMO_PASSWORD, "Петров С. И.: a two-zone meter"),
        DemoLogin("sidorova", DEMO_PASSWORD, "Сидорова М. Н.: a three-zone meter"),
        DemoLogin(CARETAKER_LOGIN, DEMO_PASSWORD, f"caretaker of {building.address}, {flats} flats"),
    ]


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
        payment = Payment(
            token=f"demo-{bill.id}",
            account_id=bill.account_id,
            customer_id=None,
            amount=bill.closing_balance,
            status="succeeded",
            method="bank",
            card_last4=None,
            created_at=datetime(pay_day.year, pay_day.month, pay_day.day, 12, tzinfo=UTC),
            paid_at=datetime(pay_day.year, pay_day.month, pay_day.day, 12, tzinfo=UTC),
        )
        session.add(payment)
        session.flush()
        log_change(session, "payment", payment.id, account_id=bill.account_id)


def is_seeded(session: Session) -> bool:
    return session.scalars(select(Supplier.id)).first() is not None
