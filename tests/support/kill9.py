"""kill -9 trials: a client process (tests.support.kill_child) killed at a random line of its output,
and what reached the server's ledger. Shared by tests/sync/test_kill9.py and bench/bench_kill9.py."""

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from server.db import Database
from server.schema import ClientItem, Reading
from tests.support.paths import ROOT


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
