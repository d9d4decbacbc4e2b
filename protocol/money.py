"""Money is Decimal rubles, rounded half up to the kopeck."""

from decimal import ROUND_HALF_UP, Decimal

KOPECK = Decimal("0.01")


def round_money(value: Decimal) -> Decimal:
    """Round to whole kopecks, half up (0.005 -> 0.01), as Russian billing does."""
    return value.quantize(KOPECK, rounding=ROUND_HALF_UP)


def to_kopecks(value: Decimal) -> int:
    return int(round_money(value) * 100)


def money_text(value: Decimal) -> str:
    """Rubles for a message to a person: always two places, rounded half up ("58.33")."""
    return f"{round_money(value):f}"
