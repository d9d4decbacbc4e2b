"""Receipts as an A4 PDF laid out like the Russian single payment document: the payer and the supplier,
the amount due with a payment QR code (GOST R 56042-2014, drawn with reportlab's own QR widget), the
charges, the balance and the readings used. Several receipts make one file, one page each, so a year
of bills or every account of a login prints as one job. reportlab is imported only here.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.documents.pdf import BOLD, FONT, build_a4, register_fonts
from desktop_app.documents.qr import qr_drawing
from jobs import CancelToken
from models.receipts import Receipt, ReceiptLine, grouped_code

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ReceiptWords:
    """Everything the receipt says in words, translated by the UI. %1 marks a value."""

    title: str  # "Receipt for electricity for %1"
    months: tuple[str, ...]  # twelve month names, as in "March 2026"
    payer: str
    payer_name: str
    address: str
    account: str
    area: str  # "Area: %1 m²"
    occupants: str
    supplier: str
    inn_kpp: str  # "INN %1, KPP %2"
    bank: str  # "Bank: %1, BIC %2"
    settlement: str  # "Account %1"
    correspondent: str  # "Corr. account %1"
    phone: str
    due: str  # "Amount due by %1"
    scan: str  # "Scan with your bank's app to pay"
    charges: str
    headers: tuple[str, ...]  # service, zone, previous, current, used, tariff, charged
    recalculation: str
    penalties: str
    opening: str
    charged: str
    paid: str
    closing: str
    total: str
    readings: str
    reading_headers: tuple[str, ...]  # meter, zone, reading, date, source
    zones: dict[str, str]
    sources: dict[str, str]
    services: dict[str, str]
    issued: str  # "Issued %1"
    band_upto: str = "up to %1 kWh"  # the tariff's first band
    band_above: str = "above %1 kWh"
    band_between: str = "%1 to %2 kWh"
    # What proves the account is one's own when registering or linking it in the app, as on a paper bill.
    access_code: str = "Access code for the app: %1"


def _zone_and_band(line: ReceiptLine, words: ReceiptWords, point: str) -> str:
    """ "Day, up to 150 kWh" and "Day, above 150 kWh" for a tariff with a band; the zone alone without."""
    zone = words.zones.get(line.zone or "single", line.zone or "")
    low, high = line.band_from_kwh, line.band_upto_kwh
    if low is None and high is None:
        return zone
    if low is None:
        band = words.band_upto.replace("%1", number(high, point))
    elif high is None:
        band = words.band_above.replace("%1", number(low, point))
    else:
        band = words.band_between.replace("%1", number(low, point)).replace("%2", number(high, point))
    return band if zone in ("", "—") else f"{zone}, {band}"


def price(value: Decimal | None, point: str = ",") -> str:
    """A price per kWh with its kopecks: 3,30, not 3,3 (a finer price keeps its digits)."""
    if value is None:
        return ""
    exact = value.normalize()
    if int(exact.as_tuple().exponent) > -2:
        exact = exact.quantize(Decimal("0.01"))
    whole, _, fraction = f"{exact:f}".partition(".")
    return _grouped(whole) + point + fraction


def _grouped(whole: str) -> str:
    head = len(whole) % 3 or 3
    return "\u00a0".join([whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)])


def money(value: Decimal, point: str = ",") -> str:
    quantized = value.quantize(Decimal("0.01"))
    sign = "-" if quantized < 0 else ""
    whole, _, fraction = f"{abs(quantized):f}".partition(".")
    return f"{sign}{_grouped(whole)}{point}{fraction}\u00a0₽"


def number(value: Decimal | None, point: str = ",") -> str:
    if value is None:
        return ""
    whole, _, fraction = f"{value.normalize():f}".partition(".")
    return _grouped(whole) + (point + fraction if fraction else "")


def day(value: Any) -> str:
    return f"{value:%d.%m.%Y}"


def period_name(period: str, words: ReceiptWords) -> str:
    return f"{words.months[int(period[5:7]) - 1]} {period[:4]}"


def write_receipts(
    receipts: Sequence[Receipt],
    path: Path,
    words: ReceiptWords,
    *,
    decimal_point: str = ",",
    cancel: CancelToken | None = None,
    progress: Progress | None = None,
) -> int:
    """All receipts in one PDF, a page each; returns the pages. Nothing is left at `path` if cancelled."""
    from reportlab.platypus import PageBreak

    cancel = cancel or CancelToken()
    register_fonts()
    styles = _styles()
    story: list[Any] = []
    for count, receipt in enumerate(receipts, start=1):
        cancel.check()
        if story:
            story.append(PageBreak())
        story.extend(_receipt(receipt, words, styles, decimal_point))
        if progress:
            progress(count, len(receipts))
    return build_a4(
        story, path, title=words.title.replace("%1", ""), cancel=cancel, margins_mm=(12, 12, 10, 10)
    )


def _styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=13.5, leading=17, spaceAfter=4),
        "text": ParagraphStyle("text", fontName=FONT, fontSize=8.5, leading=10.5),
        "bold": ParagraphStyle("bold", fontName=BOLD, fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", fontName=BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3),
        "due": ParagraphStyle("due", fontName=BOLD, fontSize=15, leading=19),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=9.5),
        "cellbold": ParagraphStyle("cellbold", fontName=BOLD, fontSize=8, leading=9.5),
    }


def _receipt(receipt: Receipt, words: ReceiptWords, styles: dict[str, Any], point: str) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    def p(text: str, style: str = "text") -> Any:
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return Paragraph(escaped, styles[style])

    supplier, account = receipt.supplier, receipt.account
    grid = colors.HexColor("#808080")
    shade = colors.HexColor("#eeeeee")
    story: list[Any] = [p(words.title.replace("%1", period_name(receipt.period, words)), "title")]
    payer = [
        p(words.payer, "bold"),
        p(words.payer_name.replace("%1", account.holder)),
        p(words.address.replace("%1", account.address)),
        p(words.account.replace("%1", account.number), "bold"),
        *(
            [p(words.access_code.replace("%1", grouped_code(account.access_code)))]
            if account.access_code
            else []
        ),
        p(words.area.replace("%1", number(account.area_m2, point))),
        p(words.occupants.replace("%1", str(account.occupants))),
    ]
    payee = [
        p(words.supplier, "bold"),
        p(supplier.name, "bold"),
        p(supplier.address),
        p(words.inn_kpp.replace("%1", supplier.inn).replace("%2", supplier.kpp)),
        p(words.bank.replace("%1", supplier.bank_name).replace("%2", supplier.bic)),
        p(words.settlement.replace("%1", supplier.settlement_account)),
        p(words.correspondent.replace("%1", supplier.correspondent_account)),
        p(words.phone.replace("%1", supplier.phone)),
    ]
    parties = Table([[payer, payee]], colWidths=[93 * mm, 93 * mm])
    parties.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (0, 0), 0.6, grid),
                ("BOX", (1, 0), (1, 0), 0.6, grid),
            ]
        )
    )
    story.append(parties)

    qr = qr_drawing(receipt.qr_text(), 38 * mm)
    due = [
        p(words.due.replace("%1", day(receipt.due_on)), "bold"),
        p(money(receipt.amount_due, point), "due"),
        p(receipt.purpose),
        p(words.issued.replace("%1", day(receipt.issued_on))),
    ]
    payment = Table([[due, [qr, p(words.scan)]]], colWidths=[140 * mm, 46 * mm])
    payment.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                ("BACKGROUND", (0, 0), (0, 0), shade),
            ]
        )
    )
    story.extend([p("", "text"), payment])

    story.append(p(words.charges, "head"))
    rows: list[list[Any]] = [[p(h, "cellbold") for h in words.headers]]
    for line in receipt.lines:
        rows.append(
            [
                p(words.services.get(line.service, line.service), "cell"),
                p(_zone_and_band(line, words, point), "cell"),
                number(line.previous, point),
                number(line.current, point),
                number(line.consumption, point),
                price(line.price, point),
                money(line.amount, point),
            ]
        )
    for label, value in ((words.recalculation, receipt.recalculation), (words.penalties, receipt.penalties)):
        rows.append([p(label, "cell"), "", "", "", "", "", money(value, point)])
    rows.append([p(words.charged, "cellbold"), "", "", "", "", "", money(receipt.charges, point)])
    charges = Table(
        rows, colWidths=[30 * mm, 38 * mm, 28 * mm, 22 * mm, 20 * mm, 20 * mm, 28 * mm], repeatRows=1
    )
    charges.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8),
                ("FONT", (0, -1), (-1, -1), BOLD, 8),
                ("GRID", (0, 0), (-1, -1), 0.3, grid),
                ("BACKGROUND", (0, 0), (-1, 0), shade),
                ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story.append(charges)

    balance = Table(
        [
            [words.opening, money(receipt.opening_balance, point)],
            [words.charged, money(receipt.charges, point)],
            [words.recalculation, money(receipt.recalculation, point)],
            [words.penalties, money(receipt.penalties, point)],
            [words.paid, money(-receipt.payments, point)],
            [words.closing, money(receipt.closing_balance, point)],
            [words.total, money(receipt.amount_due, point)],
        ],
        colWidths=[60 * mm, 36 * mm],
        hAlign="RIGHT",
    )
    balance.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                ("FONT", (0, -1), (-1, -1), BOLD, 10),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
            ]
        )
    )
    story.extend([p("", "text"), balance])

    story.append(p(words.readings, "head"))
    used: list[list[Any]] = [[p(h, "cellbold") for h in words.reading_headers]]
    for reading in receipt.readings:
        used.append(
            [
                reading.serial,
                words.zones.get(reading.zone, reading.zone),
                number(reading.value, point),
                day(reading.taken_on),
                words.sources.get(reading.source, reading.source),
            ]
        )
    table = Table(used, colWidths=[36 * mm, 28 * mm, 30 * mm, 26 * mm, 66 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8),
                ("GRID", (0, 0), (-1, -1), 0.3, grid),
                ("BACKGROUND", (0, 0), (-1, 0), shade),
                ("ALIGN", (2, 1), (2, -1), "RIGHT"),
            ]
        )
    )
    story.append(table)
    return story
