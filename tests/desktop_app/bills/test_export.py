"""Readings, bills and payments exported to .xlsx and read back: values, types and formats."""

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import func, select

from desktop_app.bills.export import (
    DATE_FORMAT,
    MONEY_FORMAT,
    MONTH_FORMAT,
    HistoryWords,
    export_history,
    load_history,
)
from models.db import Cache
from models.schema import Account, Bill, Payment
from tests.support.sync import Connect

WORDS = HistoryWords(
    sheets=("Показания", "Счета", "Платежи"),
    readings=("Счёт", "Счётчик", "Месяц", "Дата", "Зона", "Показание", "Расход", "Источник", "Состояние"),
    bills=(
        "Счёт",
        "Месяц",
        "Выставлен",
        "Оплатить до",
        "На начало",
        "Начислено",
        "Перерасчёт",
        "Пени",
        "Оплачено",
        "На конец",
    ),
    payments=("Счёт", "Дата", "Сумма", "Способ", "Состояние", "Карта"),
    zones={"single": "—", "day": "День", "night": "Ночь"},
    sources={"app": "Личный кабинет"},
    statuses={"accepted": "Принято"},
    methods={"bank": "Банк"},
)


def test_every_kind_on_its_sheet_with_real_dates_numbers_and_money(
    connect: Connect, local_cache: Cache, tmp_path: Path
) -> None:
    connect("ivanova").sync()
    with local_cache.session(write=False) as session:
        accounts = list(session.scalars(select(Account.id)))
        bills = session.scalar(select(func.count()).select_from(Bill)) or 0
        payments = session.scalar(select(func.count()).select_from(Payment)) or 0
        first_bill = session.scalars(select(Bill).order_by(Bill.period, Bill.account_id)).first()
    assert len(accounts) == 2 and bills and first_bill is not None
    history = load_history(local_cache, accounts)
    path = tmp_path / "history.xlsx"
    assert export_history(history, path, WORDS) == history.rows

    book = load_workbook(path)
    assert book.sheetnames == list(WORDS.sheets)
    readings, bill_sheet, payment_sheet = (book[name] for name in WORDS.sheets)
    assert [c.value for c in readings[1]] == list(WORDS.readings)
    assert readings.max_row - 1 == len(history.readings)
    assert bill_sheet.max_row - 1 == bills and payment_sheet.max_row - 1 == payments

    row = bill_sheet[2]
    assert row[1].value.date() == date(int(first_bill.period[:4]), int(first_bill.period[5:7]), 1)
    assert row[1].number_format == MONTH_FORMAT
    assert row[2].value.date() == first_bill.issued_on and row[2].number_format == DATE_FORMAT
    assert row[5].value == float(first_bill.charges) and row[5].number_format == MONEY_FORMAT
    assert isinstance(row[9].value, float) and row[9].value == float(first_bill.closing_balance)

    reading = readings[2]
    assert reading[3].number_format == DATE_FORMAT and reading[3].value is not None
    assert isinstance(reading[5].value, (int, float))
    assert reading[7].value in ("Личный кабинет", "estimate", "installation", "sms", "caretaker")
    if payments:
        assert payment_sheet[2][2].number_format == MONEY_FORMAT
        assert isinstance(payment_sheet[2][2].value, float)
