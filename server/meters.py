"""Meters as their owners and caretakers see them: the list, each meter's readings, a reading's cost."""

from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from protocol import schemas as s
from protocol.zones import Zone
from server import readings, reference
from server import serialize as out
from server.config import Settings
from server.errors import ApiError
from server.schema import Account, Meter, Reading

KWH_STEP = Decimal("0.001")
MAX_QUOTED_KWH = Decimal(10_000_000)  # the wire's Kwh limit


def of_account(session: Session, settings: Settings, account_id: int) -> list[s.MeterOut]:
    rows = session.scalars(select(Meter).where(Meter.account_id == account_id).order_by(Meter.id))
    return [out.meter_out(m, settings, settings.today()) for m in rows]


def of_building(session: Session, settings: Settings, building_id: int) -> list[s.MeterOut]:
    rows = session.scalars(
        select(Meter)
        .join(Account, Account.id == Meter.account_id)
        .where(Account.building_id == building_id)
        .order_by(Meter.id)
    )
    return [out.meter_out(m, settings, settings.today()) for m in rows]


def readings_of(session: Session, meter_id: int) -> list[s.ReadingOut]:
    rows = session.scalars(
        select(Reading)
        .where(Reading.meter_id == meter_id)
        .order_by(Reading.period.desc(), Reading.id.desc())
        .options(selectinload(Reading.values))
    )
    return [out.reading_out(r) for r in rows]


def quote(session: Session, settings: Settings, meter: Meter, values: dict[Zone, Decimal]) -> s.QuoteOut:
    """The preliminary cost of a reading before it is sent (the app computes the same offline)."""
    period = f"{settings.today():%Y-%m}"
    previous = readings.previous_reading(session, meter.id, period)
    before = {v.zone: v.value for v in previous.values} if previous else {}
    consumption = {}
    for zone, value in values.items():
        if zone not in before:
            raise ApiError(400, "wrong_zones", "This meter has no such zone.")
        # A reading has up to 6 decimals, a priced kWh 3; no flat uses ten million kWh in a month.
        used = max(value - before[zone], Decimal(0)).quantize(KWH_STEP, rounding=ROUND_HALF_UP)
        if used > MAX_QUOTED_KWH:
            raise ApiError(400, "implausible_jump", "This is much more than a meter can use in a month.")
        consumption[zone] = used
    account = session.get(Account, meter.account_id)
    assert account is not None
    return reference.quote(
        session,
        settings,
        s.QuoteIn(group=account.tariff_group, zone_count=meter.zone_count, consumption=consumption),
    )
