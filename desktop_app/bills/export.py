"""An account's readings history, bills and payments (or every account's) as an .xlsx workbook, one
sheet per kind, with real dates, numbers and money formats so the figures can be summed in Excel.
openpyxl is imported only here, when a file is written."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.documents.xlsx import excel_number, saved_whole, styled
from jobs import CancelToken
from models.db import Cache
from models.schema import Account, Bill, Meter, Payment, Reading

MONEY_FORMAT = '#,##0.00\\ "₽"'
DATE_FORMAT = "DD.MM.YYYY"
MONTH_FORMAT = "MM.YYYY"
KWH_FORMAT = "#,##0.###"


@dataclass(frozen=True)
class HistoryWords:
    sheets: tuple[str, str, str]  # readings, bills, payments
    readings: tuple[str, ...]  # account, meter, month, date, zone, reading, used, source, status
    bills: tuple[
        str, ...
    ]  # account, month, issued, due, opening, charged, recalculation, penalties, paid, closing
    payments: tuple[str, ...]  # account, date, amount, how, status, card
    zones: dict[str, str]
    sources: dict[str, str]
    statuses: dict[str, str]
    methods: dict[str, str]


@dataclass
class History:
    readings: list[tuple[Any, ...]] = field(default_factory=list)
    bills: list[tuple[Any, ...]] = field(default_factory=list)
    payments: list[tuple[Any, ...]] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return len(self.readings) + len(self.bills) + len(self.payments)


def month_start(period: str) -> date:
    return date(int(period[:4]), int(period[5:7]), 1)


def load_history(cache: Cache, account_ids: Sequence[int]) -> History:
    """Everything the cache holds for these accounts, oldest first."""
    history = History()
    with cache.session(write=False) as session:
        numbers = {
            a.id: a.number for a in session.scalars(select(Account).where(Account.id.in_(account_ids)))
        }
        meters = {m.id: m for m in session.scalars(select(Meter).where(Meter.account_id.in_(account_ids)))}
        for reading in session.scalars(
            select(Reading).where(Reading.meter_id.in_(meters)).order_by(Reading.period, Reading.id)
        ):
            meter = meters[reading.meter_id]
            for value in reading.values:
                used = value.get("consumption")
                history.readings.append(
                    (
                        numbers.get(meter.account_id, ""),
                        meter.serial,
                        month_start(reading.period),
                        reading.taken_on,
                        value["zone"],
                        Decimal(value["value"]),
                        Decimal(used) if used is not None else None,
                        reading.source,
                        reading.status,
                    )
                )
        for bill in session.scalars(
            select(Bill).where(Bill.account_id.in_(account_ids)).order_by(Bill.period, Bill.account_id)
        ):
            history.bills.append(
                (
                    numbers.get(bill.account_id, ""),
                    month_start(bill.period),
                    bill.issued_on,
                    bill.due_on,
                    bill.opening_balance,
                    bill.charges,
                    bill.recalculation,
                    bill.penalties,
                    bill.payments,
                    bill.closing_balance,
                )
            )
        for payment in session.scalars(
            select(Payment).where(Payment.account_id.in_(account_ids)).order_by(Payment.created_at)
        ):
            when = payment.paid_at or payment.created_at
            history.payments.append(
                (
                    numbers.get(payment.account_id, ""),
                    when.astimezone().date() if isinstance(when, datetime) else when,
                    payment.amount,
                    payment.method,
                    payment.status,
                    payment.card_last4 or "",
                )
            )
    return history


def export_history(
    history: History,
    path: Path,
    words: HistoryWords,
    *,
    cancel: CancelToken | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the workbook; returns the data rows written. Nothing is left at `path` if cancelled."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cancel = cancel or CancelToken()
    book = Workbook(write_only=True)
    done, total = 0, history.rows
    bold = Font(bold=True)

    def sheet(title: str, headers: Sequence[str], widths: Sequence[int]) -> Any:
        made = book.create_sheet(title)
        for number, width in enumerate(widths, start=1):
            made.column_dimensions[chr(64 + number)].width = width
        made.freeze_panes = "A2"
        made.append([styled(WriteOnlyCell, made, text, font=bold) for text in headers])
        return made

    def step() -> None:
        nonlocal done
        done += 1
        if done % 500 == 0:
            cancel.check()
            if progress:
                progress(done, total)

    with saved_whole(book, path, cancel):
        readings = sheet(words.sheets[0], words.readings, [12, 16, 10, 12, 10, 12, 12, 20, 12])
        for account, serial, month, taken, zone, value, used, source, status in history.readings:
            readings.append(
                [
                    account,
                    serial,
                    styled(WriteOnlyCell, readings, month, number_format=MONTH_FORMAT),
                    styled(WriteOnlyCell, readings, taken, number_format=DATE_FORMAT),
                    words.zones.get(zone, zone),
                    styled(WriteOnlyCell, readings, excel_number(value), number_format=KWH_FORMAT),
                    styled(WriteOnlyCell, readings, excel_number(used), number_format=KWH_FORMAT),
                    words.sources.get(source, source),
                    words.statuses.get(status, status),
                ]
            )
            step()
        bills = sheet(words.sheets[1], words.bills, [12, 10, 12, 12, 14, 14, 14, 12, 14, 14])
        for account, month, issued, due, *amounts in history.bills:
            bills.append(
                [
                    account,
                    styled(WriteOnlyCell, bills, month, number_format=MONTH_FORMAT),
                    styled(WriteOnlyCell, bills, issued, number_format=DATE_FORMAT),
                    styled(WriteOnlyCell, bills, due, number_format=DATE_FORMAT),
                    *[styled(WriteOnlyCell, bills, float(a), number_format=MONEY_FORMAT) for a in amounts],
                ]
            )
            step()
        payments = sheet(words.sheets[2], words.payments, [12, 12, 14, 20, 16, 8])
        for account, when, amount, method, status, card in history.payments:
            payments.append(
                [
                    account,
                    styled(WriteOnlyCell, payments, when, number_format=DATE_FORMAT),
                    styled(WriteOnlyCell, payments, float(amount), number_format=MONEY_FORMAT),
                    words.methods.get(method, method),
                    words.statuses.get(status, status),
                    card,
                ]
            )
            step()
    if progress:
        progress(total, total)
    return total
