"""Rows to wire models (protocol.schemas), the same for REST answers and pulls."""

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from protocol import schemas as s
from protocol.zones import zones_for
from server.config import Settings
from server.periods import window
from server.schema import (
    Account,
    AccountLink,
    Application,
    Bill,
    Building,
    Customer,
    Meter,
    News,
    Payment,
    Reading,
    Supplier,
    Tariff,
)


def holder(account: Account) -> str:
    initials = "".join(f" {part[0]}." for part in (account.first_name, account.patronymic) if part)
    return account.surname + initials


def account_out(account: Account, link: AccountLink, balance: Decimal) -> s.AccountOut:
    return s.AccountOut(
        id=account.id,
        number=account.number,
        oko_number=account.oko_number,
        household_number=account.household_number,
        holder=holder(account),
        address=account.address,
        flat=account.flat,
        building_id=account.building_id,
        occupants=account.occupants,
        area_m2=account.area_m2,
        tariff_group=account.tariff_group,
        balance=balance,
        e_receipt=link.e_receipt,
        e_receipt_email=link.e_receipt_email,
        # Only the owner's login is shown the code (to print it, or give it to the family): a login that
        # merely linked the account is not handed it again, to pass on.
        access_code=account.access_code if link.owner else "",
    )


def flat_out(account: Account) -> s.FlatOut:
    return s.FlatOut(
        id=account.id,
        number=account.number,
        building_id=account.building_id or 0,
        flat=account.flat or "",
        entrance=account.entrance or 1,
        floor=account.floor or 1,
    )


def building_out(session: Session, building: Building) -> s.BuildingOut:
    flats = session.scalar(
        select(func.count()).select_from(Account).where(Account.building_id == building.id)
    )
    return s.BuildingOut(
        id=building.id,
        address=building.address,
        entrances=building.entrances,
        floors=building.floors,
        flats=int(flats or 0),
    )


def meter_out(meter: Meter, settings: Settings, today: date) -> s.MeterOut:
    start, end = window(settings, meter, today)
    return s.MeterOut(
        id=meter.id,
        account_id=meter.account_id,
        serial=meter.serial,
        digits=meter.digits,
        zone_count=meter.zone_count,
        zones=list(zones_for(meter.zone_count)),
        installed_on=meter.installed_on,
        verified_on=meter.verified_on,
        next_verification_on=meter.next_verification_on,
        active=meter.removed_on is None,
        replaces_meter_id=meter.replaces_meter_id,
        window_start=start,
        window_end=end,
        window_open=meter.removed_on is None and start <= today <= end,
        window_start_day=meter.window_start_day or settings.window_start_day,
        window_end_day=meter.window_end_day or settings.window_end_day,
        grace_days=settings.grace_days,
        verification_enforced=settings.refuse_unverified,
    )


def reading_out(reading: Reading) -> s.ReadingOut:
    return s.ReadingOut(
        id=reading.id,
        meter_id=reading.meter_id,
        period=reading.period,
        taken_on=reading.taken_on,
        source=reading.source,
        status=reading.status,
        flagged=reading.flagged,
        rollover=reading.rollover,
        client_uuid=reading.client_uuid,
        values=[
            s.ReadingValueOut(zone=v.zone, value=v.value, consumption=v.consumption) for v in reading.values
        ],
        bill_id=reading.bill_id,
        estimate_reason=reading.estimate_reason,
    )


def bill_out(bill: Bill) -> s.BillOut:
    return s.BillOut(
        id=bill.id,
        account_id=bill.account_id,
        period=bill.period,
        issued_on=bill.issued_on,
        due_on=bill.due_on,
        opening_balance=bill.opening_balance,
        charges=bill.charges,
        recalculation=bill.recalculation,
        penalties=bill.penalties,
        payments=bill.payments,
        closing_balance=bill.closing_balance,
        lines=[
            s.BillLineOut(
                service=line.service,
                zone=line.zone,
                previous=line.previous,
                current=line.current,
                consumption=line.consumption,
                price=line.price,
                amount=line.amount,
                band_upto_kwh=line.band_upto_kwh,
            )
            for line in bill.lines
        ],
    )


def payment_out(payment: Payment, settings: Settings) -> s.PaymentOut:
    return s.PaymentOut(
        id=payment.id,
        account_id=payment.account_id,
        amount=payment.amount,
        status=payment.status,
        card_last4=payment.card_last4,
        created_at=payment.created_at,
        paid_at=payment.paid_at,
        pay_url=f"{settings.public_url}/pay/{payment.token}" if payment.status == "pending" else None,
        method=payment.method,
    )


def news_out(news: News) -> s.NewsOut:
    return s.NewsOut(id=news.id, published_at=news.published_at, title=news.title, body=news.body)


def tariff_out(tariff: Tariff) -> s.TariffOut:
    return s.TariffOut(
        id=tariff.id,
        group=tariff.group,
        zone_count=tariff.zone_count,
        zone=tariff.zone,
        band_upto_kwh=tariff.band_upto_kwh,
        price=tariff.price,
        effective_from=tariff.effective_from,
    )


def application_out(application: Application) -> s.ApplicationOut:
    return s.ApplicationOut(
        id=application.id,
        account_id=application.account_id,
        kind=application.kind,
        subject=application.subject,
        body=application.body,
        contact_phone=application.contact_phone,
        status=application.status,
        answer=application.answer,
        client_uuid=application.client_uuid,
        created_at=application.created_at,
        updated_at=application.updated_at,
    )


def supplier_out(supplier: Supplier) -> s.SupplierOut:
    return s.SupplierOut(
        id=supplier.id,
        name=supplier.name,
        inn=supplier.inn,
        kpp=supplier.kpp,
        bank_name=supplier.bank_name,
        bic=supplier.bic,
        settlement_account=supplier.settlement_account,
        correspondent_account=supplier.correspondent_account,
        address=supplier.address,
        phone=supplier.phone,
        email=supplier.email,
    )


def profile_out(customer: Customer) -> s.ProfileOut:
    return s.ProfileOut(
        id=customer.id,
        login=customer.login,
        role=customer.role,
        surname=customer.surname,
        first_name=customer.first_name,
        email=customer.email,
        phone=customer.phone,
        remind_by_email=customer.remind_by_email,
        remind_by_sms=customer.remind_by_sms,
    )
