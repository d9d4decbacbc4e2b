"""A building's round out to .xlsx and back: the same readings after the round trip, nothing twice on a
second import, and a file that is not this building's round sheet refused as a whole."""

import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from desktop_app.round import service as caretaker
from desktop_app.round.excel import (
    FIRST_DATA_ROW,
    NEW_COLUMN,
    RoundSheetError,
    SheetWords,
    export_round,
    read_round,
)
from models.db import Cache
from models.round import HELD, Round
from models.schema import Outbox, RoundCell
from tests.support.clock import TODAY
from tests.support.sync import Connect

WORDS = SheetWords(
    title="Обходной лист",
    period="Показания за март 2026",
    hint="Впишите новые показания",
    headers=("Подъезд", "Этаж", "Кв.", "Лицевой счёт", "Счётчик", "Зона", "Предыдущее", "Новое"),
    zones={"single": "", "day": "День", "night": "Ночь", "peak": "Пик", "half_peak": "Полупик"},
)


@pytest.fixture
def building(connect: Connect, local_cache: Cache) -> Round:
    connect("caretaker").sync()
    choice = caretaker.building_choices(local_cache)[0]
    return caretaker.open_round(local_cache, choice.id, TODAY)


def fill(path: Path, values: dict[int, object]) -> None:
    """Type values into the New reading column, as someone with a spreadsheet on a laptop would."""
    book = load_workbook(path)
    sheet = book["Round"]
    for offset, value in values.items():
        sheet.cell(row=FIRST_DATA_ROW + offset, column=NEW_COLUMN, value=value)
    book.save(path)


def counts(cache: Cache) -> tuple[int, int]:
    with cache.session(write=False) as session:
        cells = session.scalar(select(func.count()).select_from(RoundCell)) or 0
        queued = session.scalar(select(func.count()).select_from(Outbox)) or 0
    return cells, queued


def test_export_fill_import_and_import_again(building: Round, local_cache: Cache, tmp_path: Path) -> None:
    path = tmp_path / "round.xlsx"
    assert export_round(building, path, WORDS) == len(building.rows)
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["Round", "about"]
    header = next(book["Round"].iter_rows(min_row=4, max_row=4, values_only=True))
    assert header[:8] == WORDS.headers
    first = next(book["Round"].iter_rows(min_row=FIRST_DATA_ROW, max_row=FIRST_DATA_ROW, values_only=True))
    row0 = building.rows[0]
    assert first[2:5] == (row0.flat, row0.account_number, row0.serial)
    assert first[6] == int(row0.previous or 0) and first[7] is None
    book.close()

    expected: dict[tuple[int, str], Decimal] = {}
    typed: dict[int, object] = {}
    for offset, row in enumerate(building.rows):
        assert row.previous is not None
        value = int(row.previous) + 10 + offset
        # Numbers as a spreadsheet keeps them, a decimal one, and one typed as text with a comma.
        typed[offset] = int(value) if offset % 3 else (float(value) + 0.5 if offset % 2 else f"{value},25")
        expected[row.key] = Decimal(str(typed[offset]).replace(",", "."))
    fill(path, typed)

    plan = read_round(path, building)
    assert not plan.refused and plan.empty == 0 and len(plan.take) == len(building.rows)
    result = caretaker.apply_import(local_cache, plan)
    assert result.saved == len(building.rows) and result.unchanged == 0
    assert result.readings == building.meters
    reopened = caretaker.open_round(local_cache, building.building_id, TODAY)
    assert {row.key: row.value for row in reopened.rows} == expected
    assert {row.state for row in reopened.rows} == {"waiting"}
    before = counts(local_cache)

    again = caretaker.apply_import(local_cache, read_round(path, reopened))
    assert again.saved == 0 and again.unchanged == len(building.rows) and again.readings == 0
    assert counts(local_cache) == before

    # Exported again, the sheet carries what was entered.
    second = tmp_path / "again.xlsx"
    export_round(reopened, second, WORDS)
    plan = read_round(second, reopened)
    assert {row.key: value for row, value in plan.take} == expected


def test_bad_rows_are_refused_one_by_one_and_the_rest_is_taken(
    building: Round, local_cache: Cache, tmp_path: Path
) -> None:
    path = tmp_path / "round.xlsx"
    export_round(building, path, WORDS)
    low = building.rows[1].previous
    assert low is not None
    fill(path, {0: "12a", 1: int(low) - 1, 2: -5, 3: int(building.rows[3].previous or 0) + 7})
    plan = read_round(path, building)
    assert [(p.line, p.code) for p in plan.refused] == [
        (FIRST_DATA_ROW, "not_a_number"),
        (FIRST_DATA_ROW + 1, "below_previous"),
        (FIRST_DATA_ROW + 2, "negative"),
    ]
    assert [row.key for row, _ in plan.take] == [building.rows[3].key]
    assert plan.empty == len(building.rows) - 4


@pytest.mark.parametrize("damage", ["garbage", "truncated", "foreign", "other_building", "other_month"])
def test_a_file_that_is_not_this_buildings_round_sheet_changes_nothing(
    building: Round, local_cache: Cache, tmp_path: Path, damage: str
) -> None:
    path = tmp_path / "round.xlsx"
    export_round(building, path, WORDS)
    fill(path, {0: int(building.rows[0].previous or 0) + 5})
    if damage == "garbage":
        path.write_bytes(b"\x00\x01 not a workbook at all" * 50)
    elif damage == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif damage == "foreign":
        book = Workbook()
        book.active.append(["Квартира", "Показание"])
        book.active.append(["1", 12345])
        book.save(path)
    else:
        book = load_workbook(path)
        about = book["about"]
        for row in about.iter_rows():
            if damage == "other_building" and row[0].value == "building_id":
                row[1].value = 999
            if damage == "other_month" and row[0].value == "period":
                row[1].value = "2026-02"
        book.save(path)
    before = counts(local_cache)
    with pytest.raises(RoundSheetError) as caught:
        read_round(path, building)
    assert (
        caught.value.code
        == {
            "garbage": "not_xlsx",
            "truncated": "not_xlsx",
            "foreign": "foreign",
            "other_building": "other_building",
            "other_month": "other_period",
        }[damage]
    )
    assert counts(local_cache) == before


def test_a_cancelled_export_leaves_no_file(building: Round, tmp_path: Path) -> None:
    from jobs import Cancelled, CancelToken

    cancel = CancelToken()
    cancel.cancel()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        export_round(building, out / "round.xlsx", WORDS, cancel=cancel)
    assert list(out.iterdir()) == []


def test_a_zip_that_is_no_workbook_is_refused(building: Round, tmp_path: Path) -> None:
    path = tmp_path / "round.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "привет")
    with pytest.raises(RoundSheetError) as caught:
        read_round(path, building)
    assert caught.value.code == "not_xlsx"


def test_a_sheet_imported_while_the_window_is_closed_is_kept_held_not_queued(
    building: Round, local_cache: Cache, tmp_path: Path
) -> None:
    path = tmp_path / "round.xlsx"
    export_round(building, path, WORDS)
    fill(path, {offset: int(row.previous or 0) + 3 for offset, row in enumerate(building.rows)})
    after_window = date(2026, 3, 26)
    result = caretaker.apply_import(local_cache, read_round(path, building), taken_on=after_window)
    assert result.saved == len(building.rows) and result.readings == 0
    assert result.held == building.meters
    assert counts(local_cache) == (len(building.rows), 0)
    reopened = caretaker.open_round(local_cache, building.building_id, after_window)
    assert {row.state for row in reopened.rows} == {HELD}
    assert {row.taken_on for row in reopened.rows} == {after_window}
    # The same file again the next day changes nothing: still held, still the day it was typed.
    again = caretaker.apply_import(local_cache, read_round(path, reopened), taken_on=date(2026, 3, 27))
    assert again.saved == 0 and again.held == 0 and counts(local_cache) == (len(building.rows), 0)
