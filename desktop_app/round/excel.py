"""A building's round as an .xlsx sheet to fill on a laptop or hand to the supplier, and back again.

The visible sheet holds the words in the user's language; a hidden sheet says what the file is (the
building and the month), and two hidden columns hold each row's meter id and zone, so a file is read
back the same whatever language it was written in. Reading checks the whole file before anything is
applied: a file that is not this building's round sheet is refused as a whole, and each row is judged
by the same rule as a typed cell. openpyxl is imported only here, when a file is written or read.
"""

import dataclasses
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.documents.xlsx import excel_number, saved_whole, styled
from jobs import CancelToken
from models.round import Round, RoundRow
from protocol.readings import parse_reading

FORMAT = "personal-account/round-sheet"
VERSION = 1
DATA_SHEET = "Round"
META_SHEET = "about"
FIRST_DATA_ROW = 5
# Entrance, Floor, Flat, Account, Meter, Zone, Previous, New reading, then the hidden meter id and zone.
COLUMNS = 10
NEW_COLUMN = 8  # 1-based
WIDTHS = [10, 8, 8, 16, 16, 14, 14, 16]

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SheetWords:
    """What a person reads on the sheet, translated by the UI."""

    title: str
    period: str
    hint: str
    headers: tuple[str, ...]  # eight column titles
    zones: dict[str, str]
    sheet: str = DATA_SHEET  # the data sheet's name, in the person's language (the about sheet keeps it)


def sheet_name(wanted: str) -> str:
    """A name a spreadsheet accepts: at most 31 characters, none of []:*?/\\, not the hidden sheet's."""
    cleaned = "".join("-" if c in "[]:*?/\\" else c for c in wanted).strip()[:31]
    return cleaned if cleaned and cleaned != META_SHEET else DATA_SHEET


class RoundSheetError(Exception):
    """The file as a whole cannot be used; `code` says why, `detail` adds a name or a month."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class RowProblem:
    line: int  # the row number in the sheet, as the spreadsheet shows it
    flat: str
    serial: str
    zone: str
    typed: str
    code: str  # a reading rule's code, or unknown_meter, duplicate


@dataclass
class ImportPlan:
    period: str
    take: list[tuple[RoundRow, Decimal]] = field(default_factory=list)
    flagged: list[tuple[RoundRow, Decimal]] = field(default_factory=list)  # taken, worth a second look
    refused: list[RowProblem] = field(default_factory=list)
    empty: int = 0


# ---- writing --------------------------------------------------------------------------------------


def export_round(
    found: Round,
    path: Path,
    words: SheetWords,
    *,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the sheet (write-only mode: memory stays flat for any size); returns the rows written.

    Written to a temporary file first and moved into place, so a cancelled or failed export never
    leaves half a file under the chosen name."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    cancel = cancel or CancelToken()
    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_name(words.sheet))
    for number, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    for number in (9, 10):
        sheet.column_dimensions[get_column_letter(number)].hidden = True
    sheet.freeze_panes = f"A{FIRST_DATA_ROW}"

    def cell(value: Any, **style: Any) -> Any:
        return styled(WriteOnlyCell, sheet, value, **style)

    bold = Font(bold=True)
    sheet.append([cell(f"{words.title}: {found.address}", font=Font(bold=True, size=14))])
    sheet.append([cell(words.period)])
    sheet.append([cell(words.hint, font=Font(italic=True))])
    sheet.append([cell(text, font=bold) for text in words.headers] + ["meter_id", "zone"])
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor="FFF6D5")
    right = Alignment(horizontal="right")
    total = len(found.rows)
    with saved_whole(book, path, cancel):
        _write_rows(sheet, found, words, cell, bold, box, fill, right, cancel, progress)
        about = book.create_sheet(META_SHEET)
        about.sheet_state = "hidden"
        for key, value in (
            ("format", FORMAT),
            ("version", VERSION),
            ("sheet", sheet_name(words.sheet)),
            ("building_id", found.building_id),
            ("address", found.address),
            ("period", found.period),
            ("rows", total),
        ):
            about.append([key, value])
    if progress:
        progress(total, total)
    return total


def _write_rows(
    sheet: Any,
    found: Round,
    words: SheetWords,
    cell: Callable[..., Any],
    bold: Any,
    box: Any,
    fill: Any,
    right: Any,
    cancel: CancelToken,
    progress: Progress | None,
) -> None:
    total = len(found.rows)
    for done, row in enumerate(found.rows, start=1):
        if done % 200 == 0:
            cancel.check()
            if progress:
                progress(done, total)
        sheet.append(
            [
                row.entrance,
                row.floor,
                cell(row.flat, alignment=right),
                row.account_number,
                row.serial,
                words.zones.get(row.zone, row.zone),
                excel_number(row.previous),  # General format: 12345 and 12345.6, no trailing point
                cell(excel_number(row.value), border=box, fill=fill, font=bold),
                row.meter_id,
                row.zone,
            ]
        )


# ---- reading --------------------------------------------------------------------------------------


def read_round(
    path: Path,
    found: Round,
    *,
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Judge every row of a filled sheet against the building as the cache knows it. Applies nothing."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    cancel = cancel or CancelToken()
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as exc:
        raise RoundSheetError("missing", str(path)) from exc
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, EOFError) as exc:
        raise RoundSheetError("not_xlsx") from exc
    try:
        about = _about(book)
        if about.get("format") != FORMAT:
            raise RoundSheetError("foreign")
        if str(about.get("version")) != str(VERSION):
            raise RoundSheetError("version", str(about.get("version")))
        if str(about.get("building_id")) != str(found.building_id):
            raise RoundSheetError("other_building", str(about.get("address", "")))
        if about.get("period") != found.period:
            raise RoundSheetError("other_period", str(about.get("period", "")))
        data = str(about.get("sheet") or DATA_SHEET)  # files from before the sheet had a local name
        if data not in book.sheetnames:
            raise RoundSheetError("foreign")
        sheet = book[data]
        total = int(about.get("rows") or 0) or len(found.rows)
        return _judge_rows(sheet, found, total, cancel, progress)
    except RoundSheetError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError) as exc:
        raise RoundSheetError("not_xlsx") from exc
    finally:
        book.close()


def _about(book: Any) -> dict[str, Any]:
    if META_SHEET not in book.sheetnames:
        return {}
    found: dict[str, Any] = {}
    for row in book[META_SHEET].iter_rows(min_row=1, max_row=20, max_col=2, values_only=True):
        if row and row[0] is not None:
            found[str(row[0])] = row[1] if len(row) > 1 else None
    return found


def _judge_rows(
    sheet: Any, found: Round, total: int, cancel: CancelToken, progress: Progress | None
) -> ImportPlan:
    rows = {row.key: row for row in found.rows}
    plan = ImportPlan(found.period)
    seen: set[tuple[int, str]] = set()
    for line, values in enumerate(
        sheet.iter_rows(min_row=FIRST_DATA_ROW, max_col=COLUMNS, values_only=True), start=FIRST_DATA_ROW
    ):
        if line % 200 == 0:
            cancel.check()
            if progress:
                progress(line - FIRST_DATA_ROW, total)
        values = tuple(values) + (None,) * (COLUMNS - len(values))
        flat, serial, typed, meter_id, zone = values[2], values[4], values[7], values[8], values[9]
        if all(v is None or v == "" for v in values):
            continue
        shown = "" if typed is None else str(typed)
        try:
            key = (int(meter_id), str(zone))
        except (TypeError, ValueError):
            key = (-1, "")
        row = rows.get(key)
        if row is None or str(serial or "") != row.serial:
            plan.refused.append(
                RowProblem(line, str(flat or ""), str(serial or ""), str(zone or ""), shown, "unknown_meter")
            )
            continue
        if typed is None or (isinstance(typed, str) and not typed.strip()):
            plan.empty += 1
            continue
        problem = RowProblem(line, row.flat, row.serial, row.zone, shown, "")
        if key in seen:
            plan.refused.append(dataclasses.replace(problem, code="duplicate"))
            continue
        seen.add(key)
        value = _reading(typed)
        if value is None:
            plan.refused.append(dataclasses.replace(problem, code="not_a_number"))
            continue
        verdict = row.verdict(value)
        if not verdict.ok:
            plan.refused.append(dataclasses.replace(problem, code=verdict.code or "not_a_number"))
            continue
        plan.take.append((row, value))
        if verdict.flagged:
            plan.flagged.append((row, value))
    if progress:
        progress(total, total)
    return plan


def _reading(cell: Any) -> Decimal | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int):
        return Decimal(cell)
    if isinstance(cell, float):
        # repr gives the shortest text that reads back as this double: 12345.6, not 12345.600000000000364
        return Decimal(repr(cell)) if cell == cell and abs(cell) != float("inf") else None
    if isinstance(cell, str):
        return parse_reading(cell)
    return None
