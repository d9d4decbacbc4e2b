"""The printed round sheet: one line per flat and meter zone, the previous reading, and an empty box
to write the new one in, grouped by entrance and floor (reportlab, imported only when printing).

The font is DejaVu Sans (desktop_app/documents/pdf.py), embedded in the PDF.
"""

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.documents.pdf import BOLD, FONT, build_a4, register_fonts
from jobs import CancelToken
from models.round import Round

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SheetWords:
    """What the printed sheet says, translated by the UI."""

    title: str  # "Round sheet"
    period: str  # "Readings for March 2026"
    headers: tuple[str, str, str, str, str, str, str]  # flat, account, meter, zone, previous, new, note
    entrance: str  # "Entrance %1"
    floor: str  # "Floor %1"
    page: str  # "Page %1"
    signature: str  # "Readings taken by: ____  Date: ____"
    zones: dict[str, str]


def _number(value: Decimal | None, decimal_point: str) -> str:
    if value is None:
        return "—"
    whole, _, fraction = f"{value.normalize():f}".partition(".")
    head = len(whole) % 3 or 3
    grouped = " ".join([whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)])
    return grouped + (decimal_point + fraction if fraction else "")


def write_round_sheet(
    found: Round,
    path: Path,
    words: SheetWords,
    *,
    decimal_point: str = ",",
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the sheet to `path`; returns the number of pages. Nothing is left at `path` if cancelled."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        CondPageBreak,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    cancel = cancel or CancelToken()
    register_fonts()
    title_style = ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=19, spaceAfter=2 * mm)
    text_style = ParagraphStyle("text", fontName=FONT, fontSize=10, leading=13)
    entrance_style = ParagraphStyle(
        "entrance", fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=4 * mm, spaceAfter=1.5 * mm
    )
    widths = [12 * mm, 26 * mm, 26 * mm, 20 * mm, 28 * mm, 40 * mm, 34 * mm]
    total = len(found.rows)
    done = 0
    story: list[Any] = [
        Paragraph(f"{words.title}: {found.address}", title_style),
        Paragraph(words.period, text_style),
        Spacer(1, 3 * mm),
    ]
    header_style = ParagraphStyle("header", fontName=BOLD, fontSize=8.5, leading=10)
    headers = [Paragraph(text, header_style) for text in words.headers]
    for entrance, in_entrance in itertools.groupby(found.rows, key=lambda r: r.entrance):
        cancel.check()
        story.append(CondPageBreak(50 * mm))
        story.append(Paragraph(words.entrance.replace("%1", str(entrance)), entrance_style))
        data: list[list[Any]] = [headers]
        heights = [10 * mm]
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), FONT, 10),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (4, 1), (4, -1), "RIGHT"),
            ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#808080")),
            ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
        ]
        previous_meter = None
        for floor, on_floor in itertools.groupby(in_entrance, key=lambda r: r.floor):
            line = len(data)
            data.append([words.floor.replace("%1", str(floor))] + [""] * 6)
            heights.append(6 * mm)
            style += [
                ("SPAN", (0, line), (-1, line)),
                ("BACKGROUND", (0, line), (-1, line), colors.HexColor("#e6e6e6")),
                ("FONT", (0, line), (-1, line), BOLD, 9.5),
            ]
            for row in on_floor:
                first = row.meter_id != previous_meter
                previous_meter = row.meter_id
                single = len(row.zones) == 1
                data.append(
                    [
                        row.flat,  # on every line: a meter may run over a page break
                        row.account_number if first else "",
                        row.serial if first else "",
                        "" if single else words.zones.get(row.zone, row.zone),
                        _number(row.previous, decimal_point),
                        "",
                        "",
                    ]
                )
                heights.append(8.5 * mm)
                style.append(("BOX", (5, len(data) - 1), (5, len(data) - 1), 1.3, colors.black))
                done += 1
        table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1)
        table.setStyle(TableStyle(style))
        story.append(table)
        if progress:
            progress(done, total)

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8.5)
        canvas.drawString(15 * mm, 10 * mm, f"{found.address} · {found.period}")
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, words.page.replace("%1", str(document.page)))
        canvas.drawString(15 * mm, 16 * mm, words.signature)
        canvas.restoreState()

    return build_a4(
        story,
        path,
        title=f"{words.title}: {found.address}",
        cancel=cancel,
        margins_mm=(12, 12, 12, 22),
        decorate=footer,
    )
