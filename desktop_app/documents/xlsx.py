"""Small helpers shared by the workbooks the app writes (openpyxl is imported by their callers)."""

import contextlib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from jobs import CancelToken


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


@contextlib.contextmanager
def saved_whole(book: Any, path: Path, cancel: CancelToken) -> Iterator[None]:
    """Fill `book` inside the block; it is then saved under a temporary name and moved to `path`, so a
    cancelled or failed export never leaves half a file (or any file) under the chosen name."""
    partial = path.with_name(path.name + ".part")
    try:
        yield
        cancel.check()
        book.save(partial)
        cancel.check()
        partial.replace(path)
    except BaseException:
        discard(book)
        raise
    finally:
        partial.unlink(missing_ok=True)
