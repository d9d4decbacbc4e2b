"""Small helpers shared by the workbooks the app writes (openpyxl is imported by their callers)."""

import contextlib
from decimal import Decimal
from typing import Any


def excel_number(value: Decimal | None) -> int | float | None:
    """Excel keeps numbers as doubles; a reading has at most three decimals, which a double holds."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def styled(kind: Any, sheet: Any, value: Any, **style: Any) -> Any:
    """A write-only cell with its value and style attributes set."""
    made = kind(sheet, value=value)
    for name, setting in style.items():
        setattr(made, name, setting)
    return made


def discard(book: Any) -> None:
    """Close the sheets of an abandoned write-only book and remove their temporary files."""
    for sheet in book.worksheets:
        if sheet.closed:
            continue
        with contextlib.suppress(Exception):  # already failing: the first error is the one to report
            sheet.close()
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            with contextlib.suppress(OSError, ValueError):
                writer.cleanup()
