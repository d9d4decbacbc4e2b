"""kill -9 trials beyond the test's 50: a client is killed at random points of entry and sync, over and
over, on one cache file; then everything is synced and counted on the server. Prints the tally.

    python bench/bench_kill9.py [--trials 300]
"""

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring
from sqlalchemy import func, select

from bench import figures
from models.db import Cache
from models.schema import Outbox
from server import demo
from sync.client import ApiClient
from sync.engine import SyncEngine
from sync.tokens import TokenStore
from tests.conftest import base_settings
from tests.support.file_keyring import FileKeyring
from tests.support.kill9 import copies_on_server, run_and_kill
from tests.support.live_server import running, seeded


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=300)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="pa-kill9-"))
    os.environ["PA_TEST_KEYRING_DIR"] = str(folder)
    keyring.set_keyring(FileKeyring())
    settings = base_settings(f"sqlite:///{folder}/server.sqlite3")
    seeded(settings, 12, 3)
    with running(settings) as server:
        path = folder / "cache.sqlite3"
        tokens = TokenStore(server.url, demo.CARETAKER_LOGIN)
        client = ApiClient(server.url, tokens.get)
        tokens.set(client.login(demo.CARETAKER_LOGIN, demo.DEMO_PASSWORD).token)
        cache = Cache(path)
        SyncEngine(cache, client).sync()
        cache.close()
        rng = random.Random(1)
        saved: list[str] = []
        started = time.perf_counter()
        for trial in range(args.trials):
            saved += run_and_kill(path, server.url, trial, rng)
        seconds = time.perf_counter() - started
        cache = Cache(path)
        sound = cache.repair is None and cache.integrity_ok()
        report = SyncEngine(cache, client).sync()
        with cache.session(write=False) as session:
            queued = set(session.scalars(select(Outbox.uuid)))
            waiting = session.scalar(
                select(func.count()).select_from(Outbox).where(Outbox.state == "waiting")
            )
        cache.close()
        sent, stored = copies_on_server(server.db, queued)
    lost = len(set(saved) - set(stored))
    twice = sum(1 for n in list(sent.values()) + list(stored.values()) if n > 1)
    figures.report(
        f"kill -9: entries lost in {args.trials} trials", lost, "entries", target="0", met=lost == 0
    )
    figures.report(
        f"kill -9: entries sent twice in {args.trials} trials", twice, "entries", target="0", met=twice == 0
    )
    print(
        f"kill -9 trials: {args.trials} in {seconds:.0f} s; entries shown as saved: {len(saved)}; "
        f"entries in the outbox: {len(queued)}; still waiting after a sync: {waiting}; "
        f"lost: {lost}; sent twice: {twice}; cache file sound: {sound}; final sync error: {report.error}"
    )


if __name__ == "__main__":
    main()
