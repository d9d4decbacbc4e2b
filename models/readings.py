"""Reading rules on the cached data: what the screen says while the user types, before anything is sent.

The verdict and the cost come from protocol, the same code the server runs, so the preliminary
cost shown is the cost the server will compute from the same tariffs.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.schema import Account, Meter, Reading, Tariff
from protocol.readings import ReadingVerdict, check_reading
from protocol.tariff import Cost, TariffEntry, TariffError, cost_for_meter
from protocol.zones import Zone

USUAL_MONTHS = 12


def period_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def previous_values(session: Session, meter_id: int, period: str) -> dict[str, Decimal]:
    """The values a new reading this period is measured from (the server's rule, on the cache)."""
    rows = session.scalars(
        select(Reading)
        .where(Reading.meter_id == meter_id, Reading.status == "accepted")
        .where((Reading.period < period) | (Reading.source == "installation"))
        .order_by(Reading.period.desc(), Reading.id.desc())
        .limit(1)
    ).all()
    if not rows:
        return {}
    return {v["zone"]: Decimal(v["value"]) for v in rows[0].values}


def latest_values(session: Session, meter_id: int) -> dict[str, Decimal]:
    """The meter's last accepted reading, this month's included: what a person calls its last reading."""
    rows = session.scalars(
        select(Reading)
        .where(Reading.meter_id == meter_id, Reading.status == "accepted")
        .order_by(Reading.period.desc(), Reading.id.desc())
        .limit(1)
    ).all()
    return {v["zone"]: Decimal(v["value"]) for v in rows[0].values} if rows else {}


def usual_consumption(session: Session, meter_id: int, period: str) -> dict[str, Decimal]:
    readings = session.scalars(
        select(Reading)
        .where(
            Reading.meter_id == meter_id,
            Reading.status == "accepted",
            Reading.period < period,
            Reading.source != "installation",
        )
        .order_by(Reading.period.desc())
        .limit(USUAL_MONTHS)
    ).all()
    sums: dict[str, list[Decimal]] = {}
    for reading in readings:
        for value in reading.values:
            if value.get("consumption") is not None:
                sums.setdefault(value["zone"], []).append(Decimal(value["consumption"]))
    return {zone: sum(values, Decimal(0)) / len(values) for zone, values in sums.items()}


@dataclass(frozen=True)
class Judgement:
    verdicts: dict[Zone, ReadingVerdict]
    cost: Cost | None  # None when a zone is refused or no tariff is cached
    previous: dict[str, Decimal] = field(default_factory=dict)  # the readings it is measured from
    usual: dict[str, Decimal] = field(default_factory=dict)  # a month's usual use, where known

    @property
    def ok(self) -> bool:
        return all(v.ok for v in self.verdicts.values())

    @property
    def flagged(self) -> bool:
        return any(v.flagged for v in self.verdicts.values())


def judge(session: Session, meter_id: int, values: Mapping[Zone, Decimal], today: date) -> Judgement:
    """Each zone's verdict and the preliminary cost of the whole reading."""
    meter = session.get(Meter, meter_id)
    if meter is None:
        raise LookupError(f"meter {meter_id} is not in the cache")
    period = period_of(today)
    before = previous_values(session, meter_id, period)
    usual = usual_consumption(session, meter_id, period)
    verdicts = {
        zone: check_reading(value, digits=meter.digits, previous=before.get(zone), usual_kwh=usual.get(zone))
        for zone, value in values.items()
    }
    cost = None
    if all(v.ok and v.consumption is not None for v in verdicts.values()):
        consumption = {zone: v.consumption for zone, v in verdicts.items() if v.consumption is not None}
        cost = preliminary_cost(session, meter, consumption, today)
    return Judgement(verdicts, cost, dict(before), dict(usual))


def tariff_entries(
    session: Session, group: str | None = None, zone_count: int | None = None
) -> list[TariffEntry]:
    """The cached tariff table (one group and zone count, if given), as the tariff function takes it."""
    query = select(Tariff)
    if group is not None:
        query = query.where(Tariff.group == group)
    if zone_count is not None:
        query = query.where(Tariff.zone_count == zone_count)
    return [
        TariffEntry(
            group=t.group,
            zone_count=t.zone_count,
            zone=t.zone,  # type: ignore[arg-type]
            price=t.price,
            effective_from=t.effective_from,
            band_upto_kwh=t.band_upto_kwh,
        )
        for t in session.scalars(query)
    ]


def preliminary_cost(
    session: Session, meter: Meter, consumption: Mapping[Zone, Decimal], on: date
) -> Cost | None:
    account = session.get(Account, meter.account_id)
    group = account.tariff_group if account is not None else "urban"
    entries = tariff_entries(session, group, meter.zone_count)
    try:
        return cost_for_meter(entries, group, meter.zone_count, on, consumption)
    except TariffError:
        return None
