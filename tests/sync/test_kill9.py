"""kill -9 at random points of entry and sync: every reading shown as saved reaches the server exactly
once, and the cache file stays sound."""

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from models.db import Cache
from models.schema import Outbox
from server.db import Database
from server.schema import ClientItem, Reading
from sync.engine import SyncEngine
from tests.support.live_server import LiveServer
from tests.sync.conftest import Connect

TRIALS = 50
ROOT = Path(__file__).resolve().parents[2]


def run_and_kill(path: Path, url: str, seed: int, rng: random.Random) -> list[str]:
    """Start a client, let it get `k` entries saved (and sync some), kill it with SIGKILL."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.support.kill_child", str(path), url, "caretaker", str(seed)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ},
    )
    assert child.stdout is not None
    saved: list[str] = []
    lines_before_kill = rng.randint(1, 30)
    try:
        for _ in range(lines_before_kill):
            line = child.stdout.readline()
            if not line:
                break
            if line.startswith("SAVED "):
                saved.append(line.split()[1])
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    return saved


def copies_on_server(db: Database, uuids: set[str]) -> tuple[dict[str, int], dict[str, int]]:
    """How many times each item reached the server's ledger, and how many readings it made."""
    with db.session(write=False) as session:
        sent = session.execute(
            select(ClientItem.uuid, func.count()).where(ClientItem.uuid.in_(uuids)).group_by(ClientItem.uuid)
        ).all()
        stored = session.execute(
            select(Reading.client_uuid, func.count())
            .where(Reading.client_uuid.in_(uuids))
            .group_by(Reading.client_uuid)
        ).all()
    return {str(u): int(n) for u, n in sent}, {str(u): int(n) for u, n in stored}


def test_kill_9_loses_nothing_and_sends_nothing_twice(
    server: LiveServer, connect: Connect, local_cache: Cache
) -> None:
    engine: SyncEngine = connect("caretaker")
    engine.sync()
    path = local_cache.path
    local_cache.close()
    rng = random.Random(20261125)
    saved: list[str] = []
    for trial in range(TRIALS):
        saved += run_and_kill(path, server.url, trial, rng)
    assert len(saved) > TRIALS  # the kills really came at many different points
    reopened = Cache(path)
    assert reopened.repair is None and reopened.integrity_ok()
    engine.cache = reopened
    report = engine.sync()
    assert report.error is None, report.error
    with reopened.session(write=False) as session:
        queued = set(session.scalars(select(Outbox.uuid)))
        assert session.scalar(select(func.count()).select_from(Outbox).where(Outbox.state == "waiting")) == 0
    reopened.close()
    assert set(saved) <= queued
    sent, stored = copies_on_server(server.db, queued)
    assert set(sent) == queued and set(sent.values()) == {1}
    assert set(stored) == queued and set(stored.values()) == {1}
