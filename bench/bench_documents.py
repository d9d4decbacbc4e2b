"""Receipts and workbooks: 300 receipts in one PDF job (receipts per second), and a year of an
account's readings, bills and payments exported to .xlsx. Prints figures; asserts nothing.

    python bench/bench_documents.py [--receipts 300] [--runs 3]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from bench.figures import report
from desktop_app.bills import export as account_excel
from desktop_app.bills import receipts
from desktop_app.bills.receipt_pdf import write_receipts
from models.db import Cache
from server import demo
from server.config import Settings
from sync.client import ApiClient
from sync.engine import SyncEngine
from tests.support.live_server import running, seeded
from ui import i18n
from ui.bills.words import history_words, receipt_words

NOW = datetime(2026, 11, 18, 10, tzinfo=UTC)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--receipts", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    i18n.install(app, "ru")
    folder = Path(tempfile.mkdtemp(prefix="pa-bench-documents-"))
    settings = Settings(database_url=f"sqlite:///{folder}/server.sqlite3", fixed_now=NOW)
    seeded(settings, 12, 24)
    with running(settings) as server:
        cache = Cache(folder / "cache.sqlite3")
        client = ApiClient(server.url, lambda: token)
        token = client.login("ivanova", demo.DEMO_PASSWORD).token
        SyncEngine(cache, client).sync()
        requests = []
        for account_id, _period in receipts.latest_of_every_account(cache):
            requests += receipts.year_of(cache, account_id, 2026) + receipts.year_of(cache, account_id, 2025)
        found = receipts.load(cache, requests)
        batch = (found * (args.receipts // len(found) + 1))[: args.receipts]
        words = receipt_words()
        times = []
        for run in range(args.runs):
            started = time.perf_counter()
            pages = write_receipts(batch, folder / f"receipts-{run}.pdf", words)
            times.append(time.perf_counter() - started)
        best = statistics.median(times)
        size = (folder / "receipts-0.pdf").stat().st_size // 1024
        print(f"{pages} receipts in one PDF ({size} KB): {pages / best:.1f} receipts/s")
        report(f"{pages} receipts in one PDF", best, "s", target="< 10 s", met=best < 10)

        accounts = [account_id for account_id, _ in receipts.latest_of_every_account(cache)]
        exports = []
        history = account_excel.load_history(cache, accounts[:1])
        year = account_excel.History(
            readings=[r for r in history.readings if r[2].year == 2025],
            bills=[b for b in history.bills if b[1].year == 2025],
            payments=[p for p in history.payments if p[1].year == 2025],
        )
        for run in range(args.runs):
            started = time.perf_counter()
            account_excel.export_history(year, folder / f"year-{run}.xlsx", history_words())
            exports.append(time.perf_counter() - started)
        report(f"a year of one account to .xlsx ({year.rows} rows)", statistics.median(exports) * 1000, "ms")
        cache.close()


if __name__ == "__main__":
    main()
