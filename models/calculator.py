"""The tariff calculator: the cost of any consumption by the tariffs in the cache (the same function the
server bills with), and what a household's last year would have cost with one, two or three zones.

A history read from a meter with fewer zones than the one compared has to be split: the day zone
(7:00-23:00) into peak (7-10, 17-21: 7 hours) and half-peak (10-17, 21-23: 9 hours) in proportion to
the hours, and a single-zone month into day and night by a typical household's share of night use.
The screen says so next to the figures.
"""

__all__ = [
    "Comparison",
    "MonthUse",
    "calculate",
    "compare",
    "groups",
    "history",
    "household",
    "split",
    "tariff_entries",
]

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.readings import period_of, tariff_entries
from models.schema import Account, Meter, Reading
from protocol.tariff import Cost, TariffEntry, TariffError, cost_for_meter
from protocol.zones import Zone, zones_for

NIGHT_SHARE = Decimal("0.30")  # of a single-zone month's use, when it has to be split
PEAK_HOURS, HALF_PEAK_HOURS = Decimal(7), Decimal(9)


def groups(entries: Sequence[TariffEntry]) -> list[str]:
    return sorted({entry.group for entry in entries})


def calculate(
    entries: Sequence[TariffEntry], group: str, zone_count: int, on: date, consumption: Mapping[Zone, Decimal]
) -> Cost:
    """The shared tariff function; raises TariffError when the cache has no tariff for that."""
    return cost_for_meter(entries, group, zone_count, on, consumption)


def split(consumption: Mapping[str, Decimal], zone_count: int) -> dict[Zone, Decimal]:
    """A month's use by zone for a meter of `zone_count` zones, from the zones it was read in."""
    total = sum(consumption.values(), Decimal(0))
    if zone_count == 1:
        return {"single": total}
    if "night" in consumption:
        night = consumption["night"]
    else:
        night = (total * NIGHT_SHARE).quantize(Decimal("0.001"))
    day = total - night
    if zone_count == 2:
        return {"day": day, "night": night}
    if "peak" in consumption and "half_peak" in consumption:
        return {"peak": consumption["peak"], "half_peak": consumption["half_peak"], "night": night}
    peak = (day * PEAK_HOURS / (PEAK_HOURS + HALF_PEAK_HOURS)).quantize(Decimal("0.001"))
    return {"peak": peak, "half_peak": day - peak, "night": night}


@dataclass(frozen=True)
class MonthUse:
    period: str
    by_zone: dict[str, Decimal]  # as read: the zones of the meter of that month


@dataclass(frozen=True)
class Comparison:
    months: tuple[MonthUse, ...]
    totals: dict[int, Decimal]  # zone count -> the year's cost
    zone_count: int  # the household's own meter
    split_needed: bool  # some figures rest on the assumed split

    def saving(self, zone_count: int) -> Decimal:
        """How much less (positive) or more (negative) the year would have cost with that meter."""
        return self.totals[self.zone_count] - self.totals[zone_count]


def history(session: Session, account_id: int, today: date, months: int = 12) -> list[MonthUse]:
    """The consumption of the account's meters in the last `months` closed months, by zone."""
    meters = list(session.scalars(select(Meter.id).where(Meter.account_id == account_id)))
    if not meters:
        return []
    current = period_of(today)
    year, month = int(current[:4]), int(current[5:7])
    index = year * 12 + month - 1
    first = f"{(index - months) // 12:04d}-{(index - months) % 12 + 1:02d}"
    used: dict[str, dict[str, Decimal]] = {}
    for reading in session.scalars(
        select(Reading).where(
            Reading.meter_id.in_(meters),
            Reading.status == "accepted",
            Reading.period >= first,
            Reading.period < current,
            Reading.source != "installation",
        )
    ):
        for value in reading.values:
            if value.get("consumption") is None:
                continue
            month_use = used.setdefault(reading.period, {})
            month_use[value["zone"]] = month_use.get(value["zone"], Decimal(0)) + Decimal(
                value["consumption"]
            )
    return [MonthUse(period, used[period]) for period in sorted(used)]


def compare(
    entries: Sequence[TariffEntry], group: str, own_zones: int, months: Sequence[MonthUse]
) -> Comparison:
    """The household's months priced with a one-, two- and three-zone meter, each by that month's tariffs."""
    totals: dict[int, Decimal] = {}
    split_needed = False
    for zone_count in (1, 2, 3):
        total = Decimal("0.00")
        for month in months:
            if zone_count > 1 and set(month.by_zone) != set(zones_for(zone_count)):
                split_needed |= len(month.by_zone) < zone_count
            on = date(int(month.period[:4]), int(month.period[5:7]), 1)
            try:
                total += calculate(entries, group, zone_count, on, split(month.by_zone, zone_count)).total
            except TariffError:
                continue
        totals[zone_count] = total
    return Comparison(tuple(months), totals, own_zones, split_needed)


def household(session: Session, account_id: int, today: date) -> Comparison | None:
    account = session.get(Account, account_id)
    meter = session.scalars(
        select(Meter).where(Meter.account_id == account_id, Meter.active.is_(True)).limit(1)
    ).first()
    if account is None or meter is None:
        return None
    months = history(session, account_id, today)
    return compare(tariff_entries(session), account.tariff_group, meter.zone_count, months)
