"""The supplier's back-office actions: install and replace meters, answer applications."""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from protocol.window import period_of
from protocol.zones import zones_for
from server.changes import log_change
from server.config import Settings
from server.errors import ApiError, not_found
from server.readings import record
from server.schema import Account, Application, Meter

APPLICATION_STATUSES = ("received", "in_progress", "answered", "closed")
VERIFICATION_YEARS = 16


def install_meter(
    session: Session,
    settings: Settings,
    account: Account,
    serial: str,
    zone_count: int,
    digits: int,
    installed_on: date,
    start_values: Sequence[Decimal],
    replaces: Meter | None = None,
) -> Meter:
    """A new meter with its installation reading, from which its first real reading is measured."""
    zones = zones_for(zone_count)
    if len(start_values) != len(zones):
        raise ApiError(400, "wrong_zones", f"A {zone_count}-zone meter needs {len(zones)} initial readings.")
    if any(value < 0 or value >= Decimal(10) ** digits for value in start_values):
        raise ApiError(400, "too_many_digits", f"An initial reading must fit in {digits} digits.")
    meter = Meter(
        account_id=account.id,
        serial=serial,
        digits=digits,
        zone_count=zone_count,
        installed_on=installed_on,
        verified_on=installed_on,
        next_verification_on=installed_on.replace(year=installed_on.year + VERIFICATION_YEARS),
        replaces_meter_id=replaces.id if replaces else None,
    )
    session.add(meter)
    session.flush()
    log_change(session, "meter", meter.id, account_id=account.id, building_id=account.building_id)
    record(
        session,
        meter,
        dict(zip(zones, start_values, strict=True)),
        dict.fromkeys(zones),
        period=period_of(installed_on),
        taken_on=installed_on,
        source="installation",
        now_at=settings.now(),
        building_id=account.building_id,
    )
    return meter


def replace_meter(
    session: Session,
    settings: Settings,
    meter_id: int,
    serial: str,
    zone_count: int,
    digits: int,
    on: date,
    start_values: Sequence[Decimal],
) -> Meter:
    """Take a meter off and put a new one on: the old one takes no more readings."""
    old = session.get(Meter, meter_id)
    if old is None:
        raise not_found("meter")
    if old.removed_on is not None:
        raise ApiError(409, "meter_replaced", f"Meter {old.serial} was already replaced on {old.removed_on}.")
    account = session.get(Account, old.account_id)
    assert account is not None
    old.removed_on = on
    session.flush()
    log_change(session, "meter", old.id, account_id=account.id, building_id=account.building_id)
    return install_meter(
        session, settings, account, serial, zone_count, digits, on, start_values, replaces=old
    )


def answer_application(
    session: Session, settings: Settings, application_id: int, status: str, answer: str | None
) -> Application:
    if status not in APPLICATION_STATUSES:
        raise ApiError(400, "bad_status", f"The status is one of {', '.join(APPLICATION_STATUSES)}.")
    application = session.get(Application, application_id)
    if application is None:
        raise not_found("application")
    application.status = status
    if answer is not None:
        application.answer = answer
    application.updated_at = settings.now()
    log_change(session, "application", application.id, customer_id=application.customer_id)
    return application
