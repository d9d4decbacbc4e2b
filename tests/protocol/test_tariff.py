"""The shared tariff function against examples worked by hand."""

from datetime import date
from decimal import Decimal as D

import pytest

from protocol.money import round_money
from protocol.tariff import (
    Rate,
    TariffEntry,
    TariffError,
    cost_for_meter,
    effective_rates,
    preliminary_cost,
)


def test_one_zone_without_bands() -> None:
    cost = preliminary_cost([Rate("single", D("6.43"))], {"single": D(150)})
    assert cost.total == D("964.50")  # 150 x 6.43


def test_one_zone_crossing_a_band() -> None:
    rates = [Rate("single", D("6.43"), D(300)), Rate("single", D("8.04"))]
    cost = preliminary_cost(rates, {"single": D(350)})
    assert [(line.kwh, line.amount) for line in cost.lines] == [(D(300), D("1929.00")), (D(50), D("402.00"))]
    assert cost.total == D("2331.00")  # 300 x 6.43 + 50 x 8.04


def test_two_zones_share_the_band_in_proportion() -> None:
    rates = [
        Rate("day", D("7.38"), D(300)),
        Rate("day", D("9.23")),
        Rate("night", D("3.12"), D(300)),
        Rate("night", D("3.90")),
    ]
    cost = preliminary_cost(rates, {"day": D(280), "night": D(120)})
    # 400 kWh in all: 300 in the band (day 210, night 90), 100 above (day 70, night 30).
    assert [(line.zone, line.kwh, line.amount) for line in cost.lines] == [
        ("day", D(210), D("1549.80")),
        ("night", D(90), D("280.80")),
        ("day", D(70), D("646.10")),
        ("night", D(30), D("117.00")),
    ]
    assert cost.total == D("2593.70")


def test_three_zones() -> None:
    rates = [Rate("peak", D("8.12")), Rate("half_peak", D("6.43")), Rate("night", D("3.12"))]
    cost = preliminary_cost(rates, {"peak": D(50), "half_peak": D(100), "night": D(70)})
    assert cost.total == D("1267.40")  # 406.00 + 643.00 + 218.40


def test_rounding_is_half_up_to_the_kopeck() -> None:
    assert round_money(D("0.125")) == D("0.13")
    assert round_money(D("2.675")) == D("2.68")
    assert preliminary_cost([Rate("single", D("0.125"))], {"single": D(1)}).total == D("0.13")


def test_no_consumption_costs_nothing_and_negative_is_an_error() -> None:
    assert preliminary_cost([Rate("single", D(5))], {"single": D(0)}).total == D("0.00")
    with pytest.raises(TariffError):
        preliminary_cost([Rate("single", D(5))], {"single": D(-1)})
    with pytest.raises(TariffError):
        preliminary_cost([Rate("day", D(5))], {"night": D(10)})


def test_the_newest_tariff_table_in_force_wins() -> None:
    entries = [
        TariffEntry("urban", 1, "single", D("6.00"), date(2025, 7, 1), D(300)),
        TariffEntry("urban", 1, "single", D("7.50"), date(2025, 7, 1)),
        TariffEntry("urban", 1, "single", D("6.60"), date(2026, 7, 1)),  # the new table has no band
        TariffEntry("rural", 1, "single", D("4.00"), date(2025, 7, 1)),
    ]
    assert effective_rates(entries, "urban", 1, date(2026, 6, 30)) == [
        Rate("single", D("6.00"), D(300)),
        Rate("single", D("7.50")),
    ]
    assert effective_rates(entries, "urban", 1, date(2026, 7, 1)) == [Rate("single", D("6.60"))]
    assert cost_for_meter(entries, "urban", 1, date(2026, 7, 1), {"single": D(100)}).total == D("660.00")
    with pytest.raises(TariffError):
        cost_for_meter(entries, "urban", 1, date(2020, 1, 1), {"single": D(1)})
    with pytest.raises(TariffError):
        cost_for_meter(entries, "urban", 1, date(2026, 7, 1), {"day": D(1)})
