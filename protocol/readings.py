"""The verdict on a meter reading, shared by the app (to warn as you type) and the server (to decide).

A new reading may not be below the last accepted one, unless the meter rolled over past its digit
count: a 5-digit meter goes from 99 990 to 00 015, and the consumption is 25 kWh across the wrap. A
meter replacement starts a new meter with its own installation reading, so "previous" is always the
previous reading of the same meter. A jump far above the flat's usual consumption is accepted but
flagged for a second look.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

MAX_DECIMALS = 3
JUMP_FACTOR = Decimal(4)
JUMP_MARGIN_KWH = Decimal(150)  # small flats double their use in winter; that is no reason to flag
NO_HISTORY_FLAG_KWH = Decimal(3000)
ROLLOVER_SHARE = Decimal("0.1")  # a wrap is believed only if it consumed under a tenth of the dial


def kwh_text(value: Decimal, places: int = MAX_DECIMALS) -> str:
    """kWh for a message to a person: rounded half up to `places` (a meter shows at most 3), without
    trailing zeros or an exponent: 58.333, 1000, 12.5. An average reads best whole: pass places=0."""
    if not value.is_finite():
        return str(value)
    rounded = f"{value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):f}"
    return rounded.rstrip("0").rstrip(".") if "." in rounded else rounded


@dataclass(frozen=True)
class ReadingVerdict:
    ok: bool
    code: str | None  # None when accepted without remarks
    message: str
    consumption: Decimal | None = None
    rollover: bool = False
    flagged: bool = False


def parse_reading(text: str) -> Decimal | None:
    """Digits with an optional decimal comma or point; None for anything else."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    if (
        not cleaned
        or not all((c.isdigit() and c.isascii()) or c == "." for c in cleaned)
        or cleaned.count(".") > 1
    ):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def check_reading(
    value: Decimal,
    *,
    digits: int,
    previous: Decimal | None,
    usual_kwh: Decimal | None = None,
) -> ReadingVerdict:
    """Decide on one zone's reading of a meter with `digits` digits before the decimal point."""
    if not value.is_finite():
        return ReadingVerdict(False, "not_a_number", "The reading is not a number.")
    if value < 0:
        return ReadingVerdict(False, "negative", "A reading cannot be negative.")
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > MAX_DECIMALS:
        return ReadingVerdict(
            False, "too_many_decimals", f"A reading has at most {MAX_DECIMALS} digits after the point."
        )
    capacity = Decimal(10) ** digits
    if value >= capacity:
        return ReadingVerdict(
            False, "too_many_digits", f"This meter shows at most {digits} digits before the decimal point."
        )
    if previous is None:
        return ReadingVerdict(True, None, "Accepted.", consumption=None)
    rollover = False
    if value >= previous:
        consumption = value - previous
    else:
        wrapped = capacity - previous + value
        if wrapped > capacity * ROLLOVER_SHARE:
            return ReadingVerdict(
                False,
                "below_previous",
                f"The reading {kwh_text(value)} is below the previous reading {kwh_text(previous)}.",
            )
        consumption = wrapped
        rollover = True
    limit = (
        NO_HISTORY_FLAG_KWH
        if usual_kwh is None
        else max(usual_kwh * JUMP_FACTOR, usual_kwh + JUMP_MARGIN_KWH)
    )
    if consumption > limit:
        return ReadingVerdict(
            True,
            "implausible_jump",
            f"Consumption of {kwh_text(consumption)} kWh is far above the usual "
            f"{kwh_text(usual_kwh or Decimal(0), 0)} kWh; please check it.",
            consumption=consumption,
            rollover=rollover,
            flagged=True,
        )
    if rollover:
        return ReadingVerdict(
            True, "rollover", "The meter rolled over past its last digit.", consumption, rollover=True
        )
    return ReadingVerdict(True, None, "Accepted.", consumption=consumption)
