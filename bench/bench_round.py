"""The caretaker's round on a 1,000-flat building: opening it (the cache's queries, then the grid on
screen), scrolling it page by page, saving one confirmed cell, exporting and importing its Excel sheet,
and making its round-sheet PDF. Prints figures (medians of several runs); asserts nothing.

    python bench/bench_round.py [--flats 1000] [--months 6] [--runs 5]
"""

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from bench.figures import report
from desktop_app.round import excel as round_excel
from desktop_app.round import service as caretaker
from desktop_app.round import sheet as round_sheet
from models.db import Cache
from server import demo
from server.config import Settings
from sync.client import ApiClient
from sync.engine import SyncEngine
from tests.support.live_server import running, seeded
from ui.round.model import RoundFilter, RoundModel
from ui.round.view import RoundView

TODAY = date(2026, 3, 18)
NOW = datetime(2026, 3, 18, 10, tzinfo=UTC)
EXCEL_WORDS = round_excel.SheetWords(
    title="Обходной лист",
    period="Показания за март 2026",
    hint="Впишите новые показания",
    headers=("Подъезд", "Этаж", "Кв.", "Лицевой счёт", "Счётчик", "Зона", "Предыдущее", "Новое"),
    zones={"single": "", "day": "День", "night": "Ночь", "peak": "Пик", "half_peak": "Полупик"},
)
SHEET_WORDS = round_sheet.SheetWords(
    title="Обходной лист",
    period="Показания за март 2026",
    headers=("Кв.", "Лицевой счёт", "Счётчик", "Зона", "Предыдущее", "Новое показание", "Примечание"),
    entrance="Подъезд %1",
    floor="Этаж %1",
    page="Стр. %1",
    signature="Показания снял: ________  Дата: ________",
    zones=EXCEL_WORDS.zones,
)


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms"


def flush() -> None:
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--flats", type=int, default=1000)
    parser.add_argument("--months", type=int, default=6)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="pa-bench-round-"))
    settings = Settings(database_url=f"sqlite:///{folder}/server.sqlite3", fixed_now=NOW)
    started = time.perf_counter()
    seeded(settings, args.flats, args.months)
    print(f"seeded {args.flats} flats x {args.months} months in {time.perf_counter() - started:.1f} s")
    figures: list[tuple[str, str]] = []
    with running(settings) as server:
        cache = Cache(folder / "cache.sqlite3")
        client = ApiClient(server.url, lambda: token)
        token = client.login(demo.CARETAKER_LOGIN, demo.DEMO_PASSWORD).token
        started = time.perf_counter()
        SyncEngine(cache, client).sync()
        figures.append(("caretaker's first sync (pull)", f"{time.perf_counter() - started:.2f} s"))
        building = caretaker.building_choices(cache)[0].id

        # Opening: the cache's set-based queries, then the grid filled and painted.
        loads, shows, usuals = [], [], []
        found = caretaker.open_round(cache, building, TODAY)
        for _ in range(args.runs):
            started = time.perf_counter()
            found = caretaker.open_round(cache, building, TODAY, with_usual=False)
            loads.append(time.perf_counter() - started)
            started = time.perf_counter()
            caretaker.usual_use_of(cache, building, found.period)
            usuals.append(time.perf_counter() - started)
        meters = found.meters
        model, proxy, view = RoundModel(), RoundFilter(), RoundView()
        proxy.setSourceModel(model)
        view.setModel(proxy)
        view.resize(1100, 700)
        view.show()
        flush()
        for _ in range(args.runs):
            fresh = caretaker.open_round(cache, building, TODAY, with_usual=False)
            started = time.perf_counter()
            model.set_round(fresh)
            view.resizeColumnsToContents()
            view.go_to(0)
            view.grab()  # the first paint
            shows.append(time.perf_counter() - started)
        figures.append(
            (
                f"open a building: {args.flats} flats, {meters} meters, {len(found.rows)} rows (cache)",
                median_ms(loads),
            )
        )
        figures.append(("  ... grid filled, sized and painted", median_ms(shows)))
        figures.append(
            ("  open, all told", f"{(statistics.median(loads) + statistics.median(shows)) * 1000:.1f} ms")
        )
        figures.append(("  then, in the background: usual use for flagging", median_ms(usuals)))

        # Scrolling: PageDown from the top to the bottom, each step painted.
        steps: list[float] = []
        view.setFocus()
        view.go_to(0)
        while view.currentIndex().row() < proxy.rowCount() - 1:
            started = time.perf_counter()
            view.keyPressEvent(
                QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier)
            )
            view.viewport().repaint()
            steps.append(time.perf_counter() - started)
        figures.append(
            (
                f"scroll by PageDown top to bottom ({len(steps)} pages)",
                f"median {median_ms(steps)}, slowest {max(steps) * 1000:.1f} ms",
            )
        )

        # One confirmed cell: its own durable transaction (and the reading when it completes a meter).
        saves: list[float] = []
        for row in found.rows[:300]:
            value = (row.previous or 0) + 50
            started = time.perf_counter()
            caretaker.save_cell(cache, found.period, row.meter_id, row.zones, row.zone, value)
            saves.append(time.perf_counter() - started)
        saves.sort()
        figures.append(
            (
                "save one confirmed cell (300 cells)",
                f"median {median_ms(saves)}, p95 {saves[int(len(saves) * 0.95)] * 1000:.1f} ms",
            )
        )

        # Excel out and back in, and the round sheet.
        found = caretaker.open_round(cache, building, TODAY)
        exports, reads, applies, sheets = [], [], [], []
        pages = 0
        for run in range(3):
            path = folder / f"round-{run}.xlsx"
            started = time.perf_counter()
            round_excel.export_round(found, path, EXCEL_WORDS)
            exports.append(time.perf_counter() - started)
            started = time.perf_counter()
            plan = round_excel.read_round(path, found)
            reads.append(time.perf_counter() - started)
            started = time.perf_counter()
            caretaker.apply_import(cache, plan)
            applies.append(time.perf_counter() - started)
            started = time.perf_counter()
            pages = round_sheet.write_round_sheet(
                dataclasses.replace(found), folder / f"sheet-{run}.pdf", SHEET_WORDS
            )
            sheets.append(time.perf_counter() - started)
        size = (folder / "round-0.xlsx").stat().st_size // 1024
        figures.append((f"export the building to .xlsx ({size} KB)", median_ms(exports)))
        figures.append((f"import it: read and judge {len(found.rows)} rows", median_ms(reads)))
        figures.append(("  ... apply in one transaction", median_ms(applies)))
        figures.append((f"round-sheet PDF ({pages} pages)", median_ms(sheets)))
        cache.close()
    view.close()
    app.processEvents()
    opened = statistics.median(loads) + statistics.median(shows)
    report("round: open a 1,000-flat building", opened * 1000, "ms", target="< 100 ms", met=opened < 0.1)
    saved = statistics.median(saves)
    report("round: save one confirmed cell", saved * 1000, "ms", target="< 5 ms", met=saved < 0.005)
    report("round: export the building to .xlsx", statistics.median(exports) * 1000, "ms")
    imported = statistics.median(reads) + statistics.median(applies)
    report("round: import it (read, judge, apply)", imported * 1000, "ms")
    report(f"round: the round-sheet PDF ({pages} pages)", statistics.median(sheets) * 1000, "ms")
    width = max(len(name) for name, _ in figures)
    print()
    for name, figure in figures:
        print(f"{name:<{width}}  {figure}")


if __name__ == "__main__":
    main()
