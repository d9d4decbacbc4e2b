"""The printed round sheet: Cyrillic text in an embedded font, every meter zone on it, grouped by
entrance and floor, and nothing left behind when it is cancelled."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.round import service as caretaker
from desktop_app.round.sheet import SheetWords, write_round_sheet
from jobs import Cancelled, CancelToken
from models.db import Cache
from models.round import Round
from tests.support.clock import TODAY
from tests.support.sync import Connect

WORDS = SheetWords(
    title="Обходной лист",
    period="Показания за март 2026",
    headers=("Кв.", "Лицевой счёт", "Счётчик", "Зона", "Предыдущее", "Новое показание", "Примечание"),
    entrance="Подъезд %1",
    floor="Этаж %1",
    page="Стр. %1",
    signature="Показания снял: ________  Дата: ________",
    zones={"single": "", "day": "День", "night": "Ночь", "peak": "Пик", "half_peak": "Полупик"},
)


@pytest.fixture
def building(connect: Connect, local_cache: Cache) -> Round:
    connect("caretaker").sync()
    choice = caretaker.building_choices(local_cache)[0]
    return caretaker.open_round(local_cache, choice.id, TODAY)


def test_the_sheet_lists_every_meter_zone_by_entrance_and_floor(building: Round, tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    pages = write_round_sheet(building, path, WORDS)
    reader = PdfReader(path)
    assert len(reader.pages) == pages >= 1
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert f"Обходной лист: {building.address}" in text
    assert "Показания за март 2026" in text
    for entrance in {row.entrance for row in building.rows}:
        assert f"Подъезд {entrance}" in text
    for row in building.rows:
        assert row.serial in text
    assert text.count("Полупик") == sum(1 for row in building.rows if row.zone == "half_peak")
    previous = building.rows[0].previous
    assert previous is not None
    assert re.search(rf"\b{int(previous) // 1000} ?{int(previous) % 1000:03d}\b", text)
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index,union-attr]
    }
    assert fonts and all("DejaVuSans" in name for name in fonts)
    descriptor = next(iter(reader.pages[0]["/Resources"]["/Font"].values())).get_object()  # type: ignore[index,union-attr]
    assert "/FontFile2" in descriptor["/FontDescriptor"]  # embedded, so it prints the same anywhere


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_the_sheet_renders(building: Round, tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    write_round_sheet(building, path, WORDS)
    subprocess.run(
        ["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(path), str(tmp_path / "page")], check=True
    )
    image = next(tmp_path.glob("page*.png"))
    assert image.stat().st_size > 5000  # a page with a table on it, not a blank one


def test_a_cancelled_sheet_leaves_no_file(building: Round, tmp_path: Path) -> None:
    cancel = CancelToken()
    cancel.cancel()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        write_round_sheet(building, out / "sheet.pdf", WORDS, cancel=cancel)
    assert list(out.iterdir()) == []
