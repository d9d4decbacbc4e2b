"""Client sync figures: applying a 100k-row pull next to raw sqlite3.executemany of the same rows, and
pushing 10,000 queued readings to a live server. Prints figures; asserts nothing.

    python bench/bench_sync.py [--rows 100000] [--page 1000] [--push 10000]
"""

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.figures import report
from jobs import CancelToken
from models.db import Cache
from models.entries import enter_reading
from models.readings import previous_values
from models.schema import Meter
from protocol.schemas import PullChange, PullOut
from server import demo
from server.config import Settings
from sync.client import ApiClient
from sync.engine import Report, SyncEngine
from tests.support.live_server import running, seeded


def reading_rows(count: int) -> list[dict[str, object]]:
    return [
        {
            "id": n,
            "meter_id": 1 + n % 5000,
            "period": f"{2000 + n // 12 % 25:04d}-{n % 12 + 1:02d}",
            "taken_on": "2026-03-20",
            "source": "caretaker",
            "status": "accepted",
            "flagged": False,
            "rollover": False,
            "client_uuid": None,
            "values": [
                {"zone": "day", "value": f"{10000 + n}.000", "consumption": "150.000"},
                {"zone": "night", "value": f"{5000 + n}.000", "consumption": "60.000"},
            ],
        }
        for n in range(1, count + 1)
    ]


def pages(rows: list[dict[str, object]], size: int) -> list[PullOut]:
    now = datetime.now(UTC)
    return [
        PullOut(
            changes=[
                PullChange(entity="reading", id=int(r["id"]), op="upsert", data=r) for r in rows[i : i + size]
            ],  # type: ignore[call-overload]
            cursor=f"1.{i + size}.bench",
            has_more=i + size < len(rows),
            reset=False,
            server_time=now,
        )
        for i in range(0, len(rows), size)
    ]


def apply_with_engine(folder: Path, batch: list[PullOut]) -> float:
    cache = Cache(folder / f"engine-{time.monotonic_ns()}.sqlite3")
    engine = SyncEngine(cache, ApiClient("http://127.0.0.1:9"))
    started = time.perf_counter()
    for page in batch:
        engine.apply_page(page)
    seconds = time.perf_counter() - started
    cache.close()
    return seconds


def apply_raw(folder: Path, rows: list[dict[str, object]], size: int) -> float:
    connection = sqlite3.connect(folder / f"raw-{time.monotonic_ns()}.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute(
        "CREATE TABLE reading (id INTEGER PRIMARY KEY, meter_id INTEGER, period TEXT, taken_on TEXT,"
        " source TEXT,"
        ' status TEXT, flagged INTEGER, rollover INTEGER, client_uuid TEXT, "values" TEXT)'
    )
    connection.execute("CREATE INDEX ix_m ON reading (meter_id, period)")
    connection.execute("CREATE INDEX ix_u ON reading (client_uuid)")
    started = time.perf_counter()
    for i in range(0, len(rows), size):
        tuples = [
            (
                r["id"],
                r["meter_id"],
                r["period"],
                r["taken_on"],
                r["source"],
                r["status"],
                r["flagged"],
                r["rollover"],
                r["client_uuid"],
                json.dumps(r["values"]),
            )
            for r in rows[i : i + size]
        ]
        connection.execute("BEGIN")
        connection.executemany("INSERT OR REPLACE INTO reading VALUES (?,?,?,?,?,?,?,?,?,?)", tuples)
        connection.execute("COMMIT")
    seconds = time.perf_counter() - started
    connection.close()
    return seconds


def push_bench(folder: Path, count: int) -> tuple[float, float]:
    today = datetime.now(UTC)
    settings = Settings(
        database_url=f"sqlite:///{folder}/server.sqlite3",
        fixed_now=datetime(today.year, today.month, 20, 10, tzinfo=UTC),
    )
    seeded(settings, 240, 2)
    period = f"{settings.today():%Y-%m}"
    with running(settings) as server:
        cache = Cache(folder / "push-cache.sqlite3")
        client = ApiClient(server.url)
        token = client.login(demo.CARETAKER_LOGIN, demo.DEMO_PASSWORD).token
        client.token = lambda: token
        engine = SyncEngine(cache, client)
        engine.sync()
        with cache.session(write=False) as session:
            meters = session.query(Meter).filter(Meter.active.is_(True)).all()
            base = {m.id: previous_values(session, m.id, period) for m in meters}
        started = time.perf_counter()
        for n in range(count):
            meter = meters[n % len(meters)]
            enter_reading(cache, meter.id, {z: v + 1 + n // len(meters) for z, v in base[meter.id].items()})  # type: ignore[misc]
        entry_seconds = time.perf_counter() - started
        report = Report()
        started = time.perf_counter()
        engine.push_all(CancelToken(), report)
        push_seconds = time.perf_counter() - started
        assert report.pushed == count and report.rejected == 0, report
        cache.close()
        client.close()
    return entry_seconds, push_seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--page", type=int, default=1000)
    parser.add_argument("--push", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="pa-bench-sync-"))
    rows = reading_rows(args.rows)
    batch = pages(rows, args.page)
    engine_times, raw_times = [], []
    for _ in range(args.runs):
        engine_times.append(apply_with_engine(folder, batch))
        raw_times.append(apply_raw(folder, rows, args.page))
    engine_s, raw_s = statistics.median(engine_times), statistics.median(raw_times)
    report(
        f"sync: apply a {args.rows:,}-row pull",
        engine_s,
        "s",
        baseline=raw_s,
        baseline_what="raw executemany",
        target="< 3x",
        met=engine_s / raw_s < 3,
    )
    entry_s, push_s = push_bench(folder, args.push)
    report("entering one reading (its own durable transaction)", entry_s / args.push * 1000, "ms")
    report(f"sync: push {args.push:,} queued readings", push_s, "s")


if __name__ == "__main__":
    main()
