"""Server throughput: readings ingested per second through batched pushes, and rows per second of a
caretaker's full pull of the 240-flat building's two-year history. Prints figures; asserts nothing.

    python bench/bench_server.py [--flats 240] [--months 24] [--batch 200] [--postgres URL]
"""

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.figures import report
from server import demo
from server.config import Settings
from tests.support.live_server import Api, running, seeded


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--flats", type=int, default=240)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--database-url")
    args = parser.parse_args()

    today = datetime.now(UTC)
    now = datetime(today.year, today.month, 20, 10, tzinfo=UTC)  # inside the submission window
    folder = tempfile.mkdtemp(prefix="pa-bench-")
    url = args.database_url or f"sqlite:///{folder}/bench.sqlite3"
    settings = Settings(database_url=url, fixed_now=now)
    started = time.perf_counter()
    seeded(settings, args.flats, args.months)
    seed_seconds = time.perf_counter() - started
    kind = url.split(":")[0]
    print(f"database: {kind}; seeded {args.flats} flats x {args.months} months in {seed_seconds:.1f} s")

    with running(settings) as server:
        api = Api(server.url).login(demo.CARETAKER_LOGIN, demo.DEMO_PASSWORD)
        building = api.get("/api/v1/buildings").json()[0]
        meters = [m for m in api.get(f"/api/v1/buildings/{building['id']}/meters").json() if m["active"]]
        last = {}
        for meter in meters:
            latest = next(
                r
                for r in api.get(f"/api/v1/meters/{meter['id']}/readings").json()
                if r["status"] == "accepted"
            )
            last[meter["id"]] = {v["zone"]: Decimal(v["value"]) for v in latest["values"]}

        rates = []
        for run in range(args.runs):
            items = [
                {
                    "kind": "reading",
                    "uuid": str(uuid.uuid4()),
                    "meter_id": meter["id"],
                    "values": {z: str(v + 10 * (run + 1)) for z, v in last[meter["id"]].items()},
                }
                for meter in meters
            ]
            started = time.perf_counter()
            for index in range(0, len(items), args.batch):
                response = api.post("/api/v1/sync/push", json={"items": items[index : index + args.batch]})
                assert response.status_code == 200
                assert all(r["status"] == "accepted" for r in response.json()["results"]), response.text[:300]
            rates.append(len(items) / (time.perf_counter() - started))
        report(f"server: push ingest, batches of {args.batch}", statistics.median(rates), "readings/s")

        pulls = []
        rows = 0
        for _ in range(args.runs):
            cursor, rows, started = "", 0, time.perf_counter()
            while True:
                page = api.get("/api/v1/sync/pull", params={"cursor": cursor, "limit": 2000}).json()
                rows += len(page["changes"])
                cursor = page["cursor"]
                if not page["has_more"]:
                    break
            pulls.append(rows / (time.perf_counter() - started))
        rate = statistics.median(pulls)
        report(f"server: a caretaker's full pull ({rows:,} rows)", rate, "rows/s")


if __name__ == "__main__":
    main()
