"""Push latency while others guess passwords: p50/p95 of a small push by one login, alone and while 8
threads post wrong passwords for another login, on SQLite and (given a URL) PostgreSQL. Prints figures and
ratios to the same run's no-flood baseline; asserts nothing. Passwords are hashed at the standard cost.

Two floods: as deployed (after a few guesses the throttle answers 429 from a short transaction), and with
the throttle's budgets lifted so that every guess runs argon2 (what the issue measured: 4.8 s pushes).

    python bench/bench_login_flood.py [--pushes 60] [--batch 5] [--postgres URL]

The PostgreSQL URL defaults to PA_TEST_POSTGRES_URL; the bench makes a database of its own there.
"""

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench.figures import report
from server import demo
from server.config import Settings
from tests.support.live_server import Api, LiveServer, running, seeded

FLOOD_THREADS = 8
TARGET_MS = 200.0  # the bar for SQLite: push p95 under 200 ms under 8 streams of wrong passwords
BUDGETS = ("pair", "login", "address")


@contextmanager
def database(kind: str, postgres: str | None) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{tempfile.mkdtemp(prefix='pa-bench-')}/flood.sqlite3"
        return
    assert postgres
    admin = create_engine(postgres, isolation_level="AUTOCOMMIT")
    name = f"pa_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(postgres).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def flood(url: str, stop: Any, started: Any, answers: Any) -> None:
    """In a process of its own (an attacker is not in the server's process, nor under its GIL): threads
    posting wrong passwords for one login until `stop`; the answers' statuses counted into `answers`."""
    counted: Counter[int] = Counter()
    lock = threading.Lock()

    def run() -> None:
        with requests.Session() as http:
            while not stop.is_set():
                response = http.post(
                    url + "/api/v1/auth/login",
                    json={"login": "petrov", "password": "not-the-password"},
                    timeout=120,
                )
                with lock:
                    counted[response.status_code] += 1
                started.set()

    threads = [threading.Thread(target=run) for _ in range(FLOOD_THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    answers.put(dict(counted))


@contextmanager
def flooding(url: str) -> Iterator[dict[int, int]]:
    """The flood runs while the block does; afterwards the dict holds its answers' statuses."""
    context = multiprocessing.get_context("spawn")
    stop, started, answers = context.Event(), context.Event(), context.Queue()
    child = context.Process(target=flood, args=(url, stop, started, answers))
    child.start()
    counted: dict[int, int] = {}
    try:
        started.wait(120)
        yield counted
    finally:
        stop.set()
        counted.update(answers.get(timeout=180))
        child.join(60)


def latencies(
    api: Api, meters: list[dict[str, Any]], last: dict[int, dict[str, Decimal]], args: Any
) -> list[float]:
    """Seconds each of args.pushes pushes took: args.batch readings of the next meters, each higher."""
    found = []
    for push in range(args.pushes):
        chosen = [meters[(push * args.batch + i) % len(meters)] for i in range(args.batch)]
        items = []
        for meter in chosen:
            last[meter["id"]] = {zone: value + 1 for zone, value in last[meter["id"]].items()}
            items.append(
                {
                    "kind": "reading",
                    "uuid": str(uuid.uuid4()),
                    "meter_id": meter["id"],
                    "values": {zone: str(value) for zone, value in last[meter["id"]].items()},
                }
            )
        started = time.perf_counter()
        response = api.post("/api/v1/sync/push", json={"items": items})
        found.append(time.perf_counter() - started)
        assert response.status_code == 200, response.text[:300]
        refused = [r for r in response.json()["results"] if r["status"] != "accepted"]
        assert not refused, refused
    return found


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def bench(kind: str, url: str, args: Any) -> None:
    today = datetime.now(UTC)
    settings = Settings(database_url=url, fixed_now=datetime(today.year, today.month, 20, 10, tzinfo=UTC))
    seeded(settings, args.flats, 2)
    with running(settings) as server:
        api = Api(server.url).login(demo.CARETAKER_LOGIN, demo.DEMO_PASSWORD)
        building = api.get("/api/v1/buildings").json()[0]
        meters = [m for m in api.get(f"/api/v1/buildings/{building['id']}/meters").json() if m["active"]]
        last = {}
        for meter in meters:
            readings = api.get(f"/api/v1/meters/{meter['id']}/readings").json()
            latest = next(r for r in readings if r["status"] == "accepted")
            last[meter["id"]] = {v["zone"]: Decimal(v["value"]) for v in latest["values"]}
        # Meters with room to count up by one per push all along (a 4-digit one near 9999 would roll over).
        room = 10 * args.pushes
        meters = [m for m in meters if all(v + room < 10 ** m["digits"] for v in last[m["id"]].values())]
        latencies(api, meters, last, args)  # warm up
        alone = latencies(api, meters, last, args)
        base50, base95 = statistics.median(alone), p95(alone)
        report(f"{kind}: push of {args.batch}, alone, p50", base50 * 1000, "ms")
        report(f"{kind}: push of {args.batch}, alone, p95", base95 * 1000, "ms")
        for flood_kind in ("throttled", "every guess hashed"):
            lift(server, flood_kind == "every guess hashed")
            with flooding(server.url) as answers:
                during = latencies(api, meters, last, args)
            what = f"{kind}: push of {args.batch}, 8 streams of wrong passwords ({flood_kind})"
            median = statistics.median(during) * 1000
            report(f"{what}, p50", median, "ms", baseline=base50 * 1000, baseline_what="alone")
            worst = p95(during) * 1000
            sqlite = kind == "sqlite"
            report(
                f"{what}, p95",
                worst,
                "ms",
                baseline=base95 * 1000,
                baseline_what="alone",
                target=f"< {TARGET_MS:.0f} ms" if sqlite else "",
                met=worst < TARGET_MS if sqlite else None,
            )
            print(f"   the flood's answers meanwhile: {dict(sorted(answers.items()))}", flush=True)


def lift(server: LiveServer, lifted: bool) -> None:
    """Every guess reaches argon2 (budgets beyond reach), or the deployed budgets; a day later, so the
    last flood's failures have faded."""
    assert server.settings.fixed_now is not None
    server.settings.fixed_now += timedelta(days=1)
    defaults = Settings()
    for budget in BUDGETS:
        name = f"throttle_free_{budget}"
        setattr(server.settings, name, 10**9 if lifted else getattr(defaults, name))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pushes", type=int, default=60)
    parser.add_argument("--batch", type=int, default=5)
    parser.add_argument("--flats", type=int, default=24)
    parser.add_argument("--postgres", default=os.environ.get("PA_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    for kind in ("sqlite", "postgresql") if args.postgres else ("sqlite",):
        with database(kind, args.postgres) as url:
            bench(kind, url, args)
    if not args.postgres:
        print("postgresql: not run (give --postgres URL or set PA_TEST_POSTGRES_URL)")


if __name__ == "__main__":
    main()
