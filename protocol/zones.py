"""Tariff zones of a meter: one (single), two (day, night) or three (peak, half-peak, night)."""

from typing import Literal

Zone = Literal["single", "day", "night", "peak", "half_peak"]

ZONES_BY_COUNT: dict[int, tuple[Zone, ...]] = {
    1: ("single",),
    2: ("day", "night"),
    3: ("peak", "half_peak", "night"),
}


def zones_for(zone_count: int) -> tuple[Zone, ...]:
    try:
        return ZONES_BY_COUNT[zone_count]
    except KeyError:
        raise ValueError(f"a meter has 1, 2 or 3 zones, not {zone_count}") from None
