"""A client process to be killed with SIGKILL: it enters readings and syncs, and prints SAVED <uuid>
after each entry is committed (what the user would see as saved).

    python -m tests.support.kill_child CACHE_PATH SERVER_URL LOGIN SEED
"""

import random
import sys
from decimal import Decimal
from pathlib import Path

import keyring
from sqlalchemy import func, select

from models.db import Cache
from models.entries import enter_reading
from models.readings import previous_values
from models.schema import LocalReading, Meter
from sync.client import ApiClient
from sync.engine import SyncEngine
from sync.tokens import TokenStore
from tests.support.clock import TODAY
from tests.support.file_keyring import FileKeyring


def main() -> None:
    path, url, login, seed = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    rng = random.Random(seed)
    keyring.set_keyring(FileKeyring())
    cache = Cache(path)
    engine = SyncEngine(
        cache, ApiClient(url, TokenStore(url, login).get, retries=0), push_batch=rng.choice([1, 3, 50])
    )
    with cache.session(write=False) as session:
        meters = session.scalars(select(Meter).where(Meter.active.is_(True), Meter.zone_count == 1)).all()
    print("READY", flush=True)
    for _ in range(40):
        meter = rng.choice(meters)
        with cache.session(write=False) as session:
            base = previous_values(session, meter.id, "2026-03")["single"]
            entered = session.scalar(
                select(func.count()).select_from(LocalReading).where(LocalReading.meter_id == meter.id)
            )
        entry = enter_reading(cache, meter.id, {"single": base + Decimal(entered or 0) + 1}, taken_on=TODAY)
        print("SAVED", entry.uuid, flush=True)
        if rng.random() < 0.4:
            engine.sync()
            print("SYNCED", flush=True)


if __name__ == "__main__":
    main()
