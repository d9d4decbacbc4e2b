"""Tariff arithmetic: the one function that prices consumption, on the app and on the server.

Tariffs are effective-dated and per zone, and may have monthly consumption bands (the "social norm":
the first N kWh of a month at one price, the rest at another). Bands apply to the month's total
consumption; for a multi-zone meter each band's kWh are shared among the zones in proportion to each
zone's consumption, as Russian suppliers do. Each line's amount is rounded half up to the kopeck and the
total is the sum of the rounded lines, so a printed bill always adds up.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from protocol.money import round_money
from protocol.readings import kwh_text
from protocol.zones import Zone, zones_for

KWH = Decimal("0.001")


@dataclass(frozen=True)
class TariffEntry:
    """One row of a tariff table as the supplier publishes it."""

    group: str
    zone_count: int
    zone: Zone
    price: Decimal  # rubles per kWh
    effective_from: date
    band_upto_kwh: Decimal | None = None  # upper bound of the monthly band; None means no bound


@dataclass(frozen=True)
class Rate:
    zone: Zone
    price: Decimal
    band_upto_kwh: Decimal | None = None


@dataclass(frozen=True)
class CostLine:
    zone: Zone
    band_from_kwh: Decimal
    band_upto_kwh: Decimal | None
    kwh: Decimal
    price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Cost:
    lines: tuple[CostLine, ...]
    total: Decimal


class TariffError(ValueError):
    """The tariffs cannot price this consumption (no rate for a zone, negative kWh)."""


def effective_rates(entries: Iterable[TariffEntry], group: str, zone_count: int, on: date) -> list[Rate]:
    """The rates in force on a date for a customer group and a meter's zone count."""
    latest: dict[tuple[Zone, Decimal | None], TariffEntry] = {}
    for entry in entries:
        if entry.group != group or entry.zone_count != zone_count or entry.effective_from > on:
            continue
        key = (entry.zone, entry.band_upto_kwh)
        known = latest.get(key)
        if known is None or entry.effective_from > known.effective_from:
            latest[key] = entry
    # A newer tariff table replaces the whole older one, bands included.
    if not latest:
        return []
    newest = max(e.effective_from for e in latest.values())
    return [
        Rate(zone=e.zone, price=e.price, band_upto_kwh=e.band_upto_kwh)
        for e in latest.values()
        if e.effective_from == newest
    ]


def _band_bounds(rates: Sequence[Rate]) -> list[Decimal | None]:
    bounds = {r.band_upto_kwh for r in rates}
    finite = sorted(b for b in bounds if b is not None)
    return [*finite, None]


def preliminary_cost(rates: Sequence[Rate], consumption: Mapping[Zone, Decimal]) -> Cost:
    """Price a month's consumption per zone with the given rates."""
    for zone, kwh in consumption.items():
        if kwh < 0:
            raise TariffError(f"consumption in zone {zone} is negative")
    total_kwh = sum(consumption.values(), Decimal(0))
    if total_kwh == 0:
        return Cost(lines=(), total=Decimal("0.00"))
    price_of: dict[tuple[Zone, Decimal | None], Decimal] = {(r.zone, r.band_upto_kwh): r.price for r in rates}
    bounds = _band_bounds(rates)
    lines: list[CostLine] = []
    lower = Decimal(0)
    for upper in bounds:
        top = total_kwh if upper is None else min(total_kwh, upper)
        in_band = top - lower
        if in_band <= 0:
            break
        for zone, zone_kwh in consumption.items():
            if zone_kwh == 0:
                continue
            price = price_of.get((zone, upper))
            if price is None:
                price = _price_for_band(rates, zone, upper)
            exact_kwh = zone_kwh * in_band / total_kwh
            lines.append(
                CostLine(
                    zone=zone,
                    band_from_kwh=lower,
                    band_upto_kwh=upper,
                    kwh=exact_kwh.quantize(KWH),
                    price=price,
                    amount=round_money(zone_kwh * in_band * price / total_kwh),
                )
            )
        if upper is None:
            break
        lower = upper
    return Cost(lines=tuple(lines), total=sum((line.amount for line in lines), Decimal("0.00")))


def _price_for_band(rates: Sequence[Rate], zone: Zone, upper: Decimal | None) -> Decimal:
    """A zone without its own band rows is priced at its unbanded rate in every band."""
    for rate in rates:
        if rate.zone == zone and rate.band_upto_kwh is None:
            return rate.price
    raise TariffError(
        f"no tariff for zone {zone}" + ("" if upper is None else f" up to {kwh_text(upper)} kWh")
    )


def cost_for_meter(
    entries: Iterable[TariffEntry], group: str, zone_count: int, on: date, consumption: Mapping[Zone, Decimal]
) -> Cost:
    """Convenience: pick the rates in force and price the consumption of a meter."""
    allowed = set(zones_for(zone_count))
    unknown = set(consumption) - allowed
    if unknown:
        raise TariffError(f"a {zone_count}-zone meter has no zone {sorted(unknown)[0]}")
    rates = effective_rates(entries, group, zone_count, on)
    if not rates:
        raise TariffError(f"no tariff in force for group {group!r}, {zone_count} zones, on {on}")
    return preliminary_cost(rates, consumption)
