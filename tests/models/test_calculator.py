"""The tariff calculator against sums worked out by hand, and a household's year compared."""

from datetime import date
from decimal import Decimal

from models.calculator import MonthUse, calculate, compare, split
from protocol.tariff import TariffEntry

D = Decimal
ON = date(2026, 3, 1)
SINCE = date(2025, 1, 1)
ENTRIES = [
    TariffEntry("urban", 1, "single", D("5.00"), SINCE),
    TariffEntry("urban", 2, "day", D("6.00"), SINCE),
    TariffEntry("urban", 2, "night", D("2.50"), SINCE),
    TariffEntry("urban", 3, "peak", D("7.00"), SINCE),
    TariffEntry("urban", 3, "half_peak", D("5.50"), SINCE),
    TariffEntry("urban", 3, "night", D("2.50"), SINCE),
    # A social norm: the first 100 kWh of a month cheaper than the rest.
    TariffEntry("rural", 1, "single", D("4.00"), SINCE, D(100)),
    TariffEntry("rural", 1, "single", D("6.00"), SINCE),
    TariffEntry("rural", 2, "day", D("5.00"), SINCE, D(100)),
    TariffEntry("rural", 2, "night", D("2.00"), SINCE, D(100)),
    TariffEntry("rural", 2, "day", D("7.00"), SINCE),
    TariffEntry("rural", 2, "night", D("3.00"), SINCE),
]


def test_one_zone() -> None:
    # 150 kWh x 5.00 = 750.00
    assert calculate(ENTRIES, "urban", 1, ON, {"single": D(150)}).total == D("750.00")


def test_two_zones() -> None:
    # 100 x 6.00 + 50 x 2.50 = 600.00 + 125.00
    cost = calculate(ENTRIES, "urban", 2, ON, {"day": D(100), "night": D(50)})
    assert [(line.zone, line.amount) for line in cost.lines] == [("day", D("600.00")), ("night", D("125.00"))]
    assert cost.total == D("725.00")


def test_three_zones() -> None:
    # 40 x 7.00 + 60 x 5.50 + 50 x 2.50 = 280.00 + 330.00 + 125.00
    cost = calculate(ENTRIES, "urban", 3, ON, {"peak": D(40), "half_peak": D(60), "night": D(50)})
    assert cost.total == D("735.00")


def test_crossing_a_band() -> None:
    # 100 x 4.00 + 50 x 6.00 = 400.00 + 300.00
    cost = calculate(ENTRIES, "rural", 1, ON, {"single": D(150)})
    assert [line.amount for line in cost.lines] == [D("400.00"), D("300.00")]
    assert cost.total == D("700.00")


def test_crossing_a_band_with_two_zones() -> None:
    # 180 kWh: the band's 100 kWh shared 2:1 between day and night, the other 80 likewise.
    # day:   120 x 100/180 x 5.00 = 333.333 -> 333.33;  120 x 80/180 x 7.00 = 373.333 -> 373.33
    # night:  60 x 100/180 x 2.00 =  66.667 ->  66.67;   60 x 80/180 x 3.00 =  80.00
    cost = calculate(ENTRIES, "rural", 2, ON, {"day": D(120), "night": D(60)})
    assert [line.amount for line in cost.lines] == [D("333.33"), D("66.67"), D("373.33"), D("80.00")]
    assert cost.total == D("853.33")


def test_splitting_a_history_into_zones() -> None:
    assert split({"single": D(200)}, 2) == {"day": D("140.000"), "night": D("60.000")}
    # The day (7-23) into peak (7 hours) and half-peak (9 hours).
    assert split({"day": D(160), "night": D(40)}, 3) == {
        "peak": D("70.000"),
        "half_peak": D("90.000"),
        "night": D(40),
    }
    assert split({"peak": D(1), "half_peak": D(2), "night": D(3)}, 1) == {"single": D(6)}


def test_a_year_with_a_two_zone_meter_compared() -> None:
    months = [MonthUse(f"2025-{m:02d}", {"day": D(100), "night": D(50)}) for m in range(1, 13)]
    comparison = compare(ENTRIES, "urban", 2, months)
    # single: 150 x 5.00 = 750 a month; two zones: 725; three: peak 43.750 x 7 + half 56.250 x 5.5 + 125
    assert comparison.totals[1] == D("9000.00")
    assert comparison.totals[2] == D("8700.00")
    assert comparison.totals[3] == 12 * (D("306.25") + D("309.38") + D("125.00"))
    assert comparison.saving(1) == D("-300.00")  # a single-rate meter would have cost 300 more
    assert comparison.split_needed
