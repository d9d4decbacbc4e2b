"""kill -9 at random points of entry and sync: every reading shown as saved reaches the server exactly
once, and the cache file stays sound."""

import random

import pytest
from sqlalchemy import func, select

from models.db import Cache
from models.schema import Outbox
from sync.engine import SyncEngine
from tests.support.kill9 import copies_on_server, run_and_kill
from tests.support.live_server import LiveServer
from tests.support.sync import Connect


@pytest.mark.parametrize("trials", [10, pytest.param(50, marks=pytest.mark.slow)])
def test_kill_9_loses_nothing_and_sends_nothing_twice(
    server: LiveServer, connect: Connect, local_cache: Cache, trials: int
) -> None:
    engine: SyncEngine = connect("caretaker")
    engine.sync()
    path = local_cache.path
    local_cache.close()
    rng = random.Random(20261125 + trials)
    saved: list[str] = []
    for trial in range(trials):
        saved += run_and_kill(path, server.url, trial, rng)
    assert len(saved) > trials  # the kills really came at many different points
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
