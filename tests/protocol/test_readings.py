"""The shared verdict on a reading."""

from decimal import Decimal as D

import pytest

from protocol.money import money_text
from protocol.readings import check_reading, kwh_text, parse_reading


@pytest.mark.parametrize(
    ("text", "value"),
    [("123", D(123)), (" 123,5 ", D("123.5")), ("1 234.25", D("1234.25")), ("0", D(0))],
)
def test_parse_accepts_what_people_type(text: str, value: D) -> None:
    assert parse_reading(text) == value


@pytest.mark.parametrize("text", ["", "abc", "12a", "-5", "1.2.3", "١٢٣", "1e5", "nan"])
def test_parse_refuses_everything_else(text: str) -> None:
    assert parse_reading(text) is None


def test_a_plain_reading() -> None:
    verdict = check_reading(D(1200), digits=5, previous=D(1000), usual_kwh=D(180))
    assert verdict.ok and verdict.code is None and verdict.consumption == 200 and not verdict.flagged


def test_below_previous() -> None:
    verdict = check_reading(D(400), digits=5, previous=D(500), usual_kwh=D(100))
    assert not verdict.ok and verdict.code == "below_previous"


def test_rollover_across_the_digit_count() -> None:
    verdict = check_reading(D(15), digits=5, previous=D(99990), usual_kwh=D(100))
    assert verdict.ok and verdict.rollover and verdict.consumption == 25 and verdict.code == "rollover"


def test_a_wrap_of_more_than_a_tenth_of_the_dial_is_a_mistake() -> None:
    assert check_reading(D(20000), digits=5, previous=D(99000), usual_kwh=None).code == "below_previous"


def test_a_jump_is_flagged_not_refused() -> None:
    assert check_reading(D(1350), digits=5, previous=D(1000), usual_kwh=D(100)).flagged is False  # 350 <= 400
    verdict = check_reading(D(1600), digits=5, previous=D(1000), usual_kwh=D(100))
    assert verdict.ok and verdict.flagged and verdict.code == "implausible_jump"
    # Small flats: twice the usual is not yet a reason to flag.
    assert check_reading(D(1040), digits=5, previous=D(1000), usual_kwh=D(10)).flagged is False


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (D(-1), "negative"),
        (D(100000), "too_many_digits"),
        (D("1.2345"), "too_many_decimals"),
        (D("NaN"), "not_a_number"),
    ],
)
def test_impossible_values(value: D, code: str) -> None:
    verdict = check_reading(value, digits=5, previous=None)
    assert not verdict.ok and verdict.code == code


def test_the_first_reading_of_a_meter_has_no_consumption() -> None:
    verdict = check_reading(D(5), digits=5, previous=None)
    assert verdict.ok and verdict.consumption is None


def test_messages_round_kwh_for_people() -> None:
    """An average of three months printed as 58.33333333333333333333333333 kWh before."""
    verdict = check_reading(D("1300.5"), digits=5, previous=D("1000.250"), usual_kwh=D(175) / 3)
    assert verdict.flagged
    assert verdict.message == "Consumption of 300.25 kWh is far above the usual 58 kWh; please check it."
    below = check_reading(D("400"), digits=5, previous=D("500.100"))
    assert below.message == "The reading 400 is below the previous reading 500.1."


@pytest.mark.parametrize(
    ("value", "places", "text"),
    [
        (D(175) / 3, 3, "58.333"),
        (D("0.0005"), 3, "0.001"),  # half up, not to even
        (D("2.5"), 0, "3"),
        (D("1E+3"), 3, "1000"),
        (D("12.500"), 3, "12.5"),
        (D(0), 0, "0"),
    ],
)
def test_kwh_text(value: D, places: int, text: str) -> None:
    assert kwh_text(value, places) == text


def test_money_text() -> None:
    assert [money_text(v) for v in (D(175) / 3, D("0.005"), D("2.125"), D(7))] == [
        "58.33",
        "0.01",
        "2.13",
        "7.00",
    ]
