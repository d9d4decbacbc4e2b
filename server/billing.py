"""Balances and the monthly close that turns accepted readings and tariffs into bills."""

import calendar
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from protocol import schemas as s
from protocol.money import round_money
from protocol.tariff import TariffEntry, cost_for_meter
from protocol.window import judge_taken, month_window, verification_state
from protocol.zones import Zone, zones_for
from server import serialize as out
from server.changes import log_change
from server.config import Settings
from server.errors import ApiError
from server.periods import period_bounds, previous_period, window_days
from server.readings import lock_meters, previous_readings, record
from server.schema import Account, Bill, BillingPeriod, BillLine, Meter, Payment, Reading, Tariff

SERVICE = "Electricity"
NORM_KWH_PER_OCCUPANT = Decimal(90)  # an estimate when a meter has no history at all
ESTIMATE_MONTHS = 6


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def tariff_entries(session: Session) -> list[TariffEntry]:
    return [
        TariffEntry(
            group=t.group,
            zone_count=t.zone_count,
            zone=t.zone,  # type: ignore[arg-type]
            price=t.price,
            effective_from=t.effective_from,
            band_upto_kwh=t.band_upto_kwh,
        )
        for t in session.scalars(select(Tariff))
    ]


def balances(session: Session, account_ids: list[int]) -> dict[int, Decimal]:
    """What each account owes now: its last bill's closing balance less the payments made since."""
    result = {account_id: Decimal("0.00") for account_id in account_ids}
    if not account_ids:
        return result
    latest = (
        select(Bill.account_id, func.max(Bill.period).label("period"))
        .where(Bill.account_id.in_(account_ids))
        .group_by(Bill.account_id)
        .subquery()
    )
    since: dict[int, datetime] = {}
    for bill in session.scalars(
        select(Bill).join(latest, (Bill.account_id == latest.c.account_id) & (Bill.period == latest.c.period))
    ):
        result[bill.account_id] = bill.closing_balance
        since[bill.account_id] = _midnight(period_bounds(bill.period)[1])
    for payment in session.scalars(
        select(Payment).where(Payment.account_id.in_(account_ids), Payment.status == "succeeded")
    ):
        if payment.paid_at is not None and payment.paid_at >= since.get(payment.account_id, payment.paid_at):
            result[payment.account_id] -= payment.amount
    return result


def bills_of(session: Session, account_id: int) -> list[s.BillOut]:
    rows = session.scalars(
        select(Bill)
        .where(Bill.account_id == account_id)
        .order_by(Bill.period.desc())
        .options(selectinload(Bill.lines))
    )
    return [out.bill_out(b) for b in rows]


def _estimate(session: Session, meter: Meter, occupants: int, period: str) -> dict[Zone, Decimal]:
    zones = zones_for(meter.zone_count)
    readings = session.scalars(
        select(Reading)
        .where(
            Reading.meter_id == meter.id,
            Reading.status == "accepted",
            Reading.source != "installation",
            Reading.period < period,
        )
        .order_by(Reading.period.desc())
        .limit(ESTIMATE_MONTHS)
        .options(selectinload(Reading.values))
    ).all()
    if readings:
        totals: dict[str, Decimal] = {zone: Decimal(0) for zone in zones}
        for reading in readings:
            for value in reading.values:
                totals[value.zone] += value.consumption or Decimal(0)
        return {zone: (totals[zone] / len(readings)).quantize(Decimal(1)) for zone in zones}
    norm = NORM_KWH_PER_OCCUPANT * max(occupants, 1)
    return {zone: (norm / len(zones)).quantize(Decimal(1)) for zone in zones}


def closes_on(session: Session, settings: Settings, period: str) -> date:
    """The first day a period may be closed: the day after the last day any of its readings may still
    arrive (the latest window end of the meters' window days, plus the grace; protocol.window)."""
    start = period_bounds(period)[0]
    days = {(settings.window_start_day, settings.window_end_day)}
    days.update(
        (first or settings.window_start_day, last or settings.window_end_day)
        for first, last in session.execute(
            select(Meter.window_start_day, Meter.window_end_day)
            .where((Meter.window_start_day.is_not(None)) | (Meter.window_end_day.is_not(None)))
            .distinct()
        )
    )
    last_arrival = max(
        judge_taken(end, end, first, last, settings.grace_days).last_arrival
        for first, last in days
        for end in [month_window(start, first, last)[1]]
    )
    return last_arrival + timedelta(days=1)


def close_period(
    session: Session,
    settings: Settings,
    period: str,
    account_ids: list[int] | None = None,
    *,
    early: bool = False,
) -> int:
    """Bill every account (or the given ones) for a period; accounts already billed are skipped.

    Refused (ApiError 409 `grace_not_over`, nothing written) before `closes_on`: readings taken in the
    window may still be on their way. Only the demo seed, writing a history, passes `early`.

    A meter with no reading this period gets a supplier estimate (its recent average), recorded as a
    reading with source "estimate" and the reason ("no_reading", or "verification_overdue" where the
    supplier refused the readings of a meter past its verification date), so the next real reading is
    measured from it. Every reading used gets the bill's id (its proof of use), and is logged as changed
    so the apps pull it.
    """
    allowed = closes_on(session, settings, period)
    if not early and settings.today() < allowed:
        raise ApiError(
            409,
            "grace_not_over",
            f"{period} cannot be closed before {allowed:%d.%m.%Y}: readings taken in its window may "
            f"arrive until {allowed - timedelta(days=1):%d.%m.%Y}.",
        )
    start, end = period_bounds(period)
    entries = tariff_entries(session)
    query = select(Account)
    if account_ids is not None:
        query = query.where(Account.id.in_(account_ids))
    accounts = session.scalars(query.order_by(Account.id)).all()
    ids = [a.id for a in accounts]
    billed = set(
        session.scalars(select(Bill.account_id).where(Bill.period == period, Bill.account_id.in_(ids)))
    )
    previous_bills = {
        b.account_id: b
        for b in session.scalars(
            select(Bill).where(Bill.period == previous_period(period), Bill.account_id.in_(ids))
        )
    }
    paid: dict[int, Decimal] = {}
    for payment in session.scalars(
        select(Payment).where(
            Payment.account_id.in_(ids),
            Payment.status == "succeeded",
            Payment.paid_at >= _midnight(start),
            Payment.paid_at < _midnight(end),
        )
    ):
        paid[payment.account_id] = paid.get(payment.account_id, Decimal(0)) + payment.amount
    meters_of: dict[int, list[Meter]] = {}
    for meter in session.scalars(
        select(Meter).where(
            Meter.account_id.in_(ids),
            Meter.installed_on < end,
            (Meter.removed_on.is_(None)) | (Meter.removed_on >= start),
        )
    ):
        meters_of.setdefault(meter.account_id, []).append(meter)
    # Held before their readings are read, so a reading pushed meanwhile and the estimate that would stand
    # in for it are not both accepted: one waits for the other and then sees it.
    lock_meters(session, [m.id for ms in meters_of.values() for m in ms])
    current_of: dict[int, Reading] = {
        r.meter_id: r
        for r in session.scalars(
            select(Reading)
            .where(
                Reading.meter_id.in_([m.id for ms in meters_of.values() for m in ms]),
                Reading.period == period,
                Reading.status == "accepted",
                Reading.source != "installation",
            )
            .order_by(Reading.id)
            .options(selectinload(Reading.values))
        )
    }
    previous_of = previous_readings(session, [m.id for ms in meters_of.values() for m in ms], period)
    issued_on = end
    due_on = date(end.year, end.month, 10)
    days = calendar.monthrange(start.year, start.month)[1]
    made = 0
    for account in accounts:
        if account.id in billed:
            continue
        lines: list[BillLine] = []
        used: list[Reading] = []
        for meter in sorted(meters_of.get(account.id, []), key=lambda m: m.id):
            meter_lines, reading = _meter_lines(
                session,
                settings,
                entries,
                account,
                meter,
                previous_of.get(meter.id),
                current_of,
                period,
                start,
            )
            lines.extend(meter_lines)
            if reading is not None:
                used.append(reading)
        for position, line in enumerate(lines):
            line.position = position
        charges = sum((line.amount for line in lines), Decimal("0.00"))
        previous = previous_bills.get(account.id)
        opening = previous.closing_balance if previous else Decimal("0.00")
        payments = paid.get(account.id, Decimal("0.00"))
        unpaid = opening - payments
        penalties = (
            round_money(unpaid * settings.key_rate_percent / 100 / 300 * days)
            if unpaid > 0
            else Decimal("0.00")
        )
        bill = Bill(
            account_id=account.id,
            period=period,
            issued_on=issued_on,
            due_on=due_on,
            opening_balance=opening,
            charges=charges,
            recalculation=Decimal("0.00"),
            penalties=penalties,
            payments=payments,
            closing_balance=opening + charges + penalties - payments,
            lines=lines,
        )
        session.add(bill)
        session.flush()
        for reading in used:
            reading.bill_id = bill.id
            log_change(session, "reading", reading.id, account_id=account.id, building_id=account.building_id)
        log_change(session, "bill", bill.id, account_id=account.id)
        log_change(session, "account", account.id, account_id=account.id)
        made += 1
    billing_period = session.scalars(
        select(BillingPeriod).where(BillingPeriod.year == start.year, BillingPeriod.month == start.month)
    ).first()
    if billing_period is None:
        session.add(BillingPeriod(year=start.year, month=start.month, closed_at=settings.now()))
    else:
        billing_period.closed_at = settings.now()
    return made


def _meter_lines(
    session: Session,
    settings: Settings,
    entries: list[TariffEntry],
    account: Account,
    meter: Meter,
    previous: Reading | None,
    current_of: dict[int, Reading],
    period: str,
    start: date,
) -> tuple[list[BillLine], Reading | None]:
    """The bill's lines for one meter, and the reading they bill (None: nothing to bill)."""
    current = current_of.get(meter.id)
    if current is None:
        if meter.removed_on is not None or previous is None:
            return [], None
        estimate = _estimate(session, meter, account.occupants, period)
        before = {v.zone: v.value for v in previous.values}
        capacity = Decimal(10) ** meter.digits
        values = {zone: (before[zone] + estimate[zone]) % capacity for zone in estimate}
        current = record(
            session,
            meter,
            values,
            dict(estimate),
            period=period,
            taken_on=period_bounds(period)[1] - timedelta(days=1),
            source="estimate",
            now_at=settings.now(),
            building_id=account.building_id,
        )
        window_end = month_window(start, *window_days(settings, meter))[1]
        overdue = verification_state(meter.next_verification_on, window_end).overdue
        current.estimate_reason = (
            "verification_overdue" if settings.refuse_unverified and overdue else "no_reading"
        )
    consumption: dict[Zone, Decimal] = {
        v.zone: v.consumption or Decimal(0)  # type: ignore[misc]
        for v in current.values
    }
    cost = cost_for_meter(entries, account.tariff_group, meter.zone_count, start, consumption)
    before = {v.zone: v.value for v in previous.values} if previous else {}
    after = {v.zone: v.value for v in current.values}
    lines: list[BillLine] = []
    shown: set[str] = set()
    for line in cost.lines:
        first = line.zone not in shown
        shown.add(line.zone)
        lines.append(
            BillLine(
                service=SERVICE,
                zone=line.zone,
                previous=before.get(line.zone) if first else None,
                current=after.get(line.zone) if first else None,
                consumption=line.kwh,
                price=line.price,
                band_upto_kwh=line.band_upto_kwh,
                amount=line.amount,
            )
        )
    return lines, current
