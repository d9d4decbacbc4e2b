"""Numbers and money the way the user's language writes them (1 234,56 in Russian, 1,234.56 in English)."""

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QLocale


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(parts)


def number(value: Decimal, places: int | None = None, locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    elif value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    else:
        value = value.normalize()
    sign = "-" if value < 0 else ""
    whole, _, fraction = f"{abs(value):f}".partition(".")
    text = _group(whole, loc.groupSeparator())
    return sign + text + (loc.decimalPoint() + fraction if fraction else "")


def money(value: Decimal, locale: QLocale | None = None) -> str:
    return f"{number(value, 2, locale)} ₽"
