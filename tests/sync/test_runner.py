"""Sync on start, on demand and on a timer with backoff; readings typed while the server is down go
once it is up, exactly once each."""

import dataclasses
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models.db import Cache
from models.entries import enter_reading
from models.readings import previous_values
from models.schema import ACCEPTED, Meter, Outbox
from server.schema import ClientItem, Reading
from sync import runner as runner_module
from sync.engine import State
from sync.errors import Offline
from sync.runner import SyncRunner, next_delay
from tests.support.clock import TODAY
from tests.support.live_server import LiveServer, free_port, wait_for
from tests.support.sync import Connect


def test_backoff_doubles_up_to_a_cap() -> None:
    assert [next_delay(n, interval=300, first=5, cap=60) for n in range(6)] == [300, 5, 10, 20, 40, 60]


def test_the_default_backoff_is_capped_at_a_minute_and_jittered_below_it() -> None:
    assert runner_module.LONGEST_WAIT == 60
    assert next_delay(50, jitter=0.2, draw=lambda: 0.0) == 60  # no overflow after many failures
    assert next_delay(50, jitter=0.2, draw=lambda: 0.999) == pytest.approx(48.012)
    assert next_delay(0, jitter=0.2, draw=lambda: 0.5) == runner_module.INTERVAL  # all well: no jitter
    waits = {next_delay(10, jitter=0.2) for _ in range(50)}
    assert len(waits) > 1 and all(48 <= w <= 60 for w in waits)


def test_losing_the_server_is_noticed_with_nothing_queued_and_its_return_sends_what_waits(
    server: LiveServer, connect: Connect, local_cache: Cache
) -> None:
    """Nobody does anything: the timer's sync notices the server went away, and when it is back the
    capped backoff sends the reading typed meanwhile."""
    connect("ivanova").sync()
    first = LiveServer(dataclasses.replace(server.settings)).start()
    port = first.port
    engine = connect("ivanova", url=first.url)
    runner = SyncRunner(engine, interval=0.3, first_retry=0.05, longest_wait=0.4, jitter=0.2)
    runner.start()
    try:
        wait_for(lambda: runner.attempts >= 1 and engine.status().state == State.ONLINE, what="online")
        assert engine.status().waiting == 0
        first.stop()
        attempts = runner.attempts
        wait_for(lambda: engine.status().state == State.OFFLINE, timeout=20, what="the loss to be noticed")
        assert runner.attempts == attempts + 1  # the first timed sync after the loss noticed it
        with local_cache.session(write=False) as session:
            meter = session.scalars(select(Meter).where(Meter.zone_count == 1).order_by(Meter.id)).first()
            assert meter is not None
            start = previous_values(session, meter.id, "2026-03")["single"]
        uuid = enter_reading(local_cache, meter.id, {"single": start + Decimal(12)}, taken_on=TODAY).uuid
        wait_for(lambda: runner.failures >= 5, timeout=20, what="retries while down")
        assert all(w is not None and w <= 0.4 for w in runner.waits[-3:])  # capped
        assert engine.status().waiting == 1
        revived = LiveServer(dataclasses.replace(server.settings), port=port).start()
        try:
            wait_for(lambda: engine.status().waiting == 0, timeout=20, what="the reading to go")
            wait_for(lambda: runner.failures == 0, what="the sync to end well")
            assert engine.status().state in (State.ONLINE, State.SYNCING)
            with revived.db.session(write=False) as session:
                assert (
                    session.scalar(
                        select(func.count()).select_from(Reading).where(Reading.client_uuid == uuid)
                    )
                    == 1
                )
        finally:
            revived.stop()
    finally:
        runner.stop()


def test_readings_typed_while_the_server_is_down_go_once_it_is_up(
    server: LiveServer, connect: Connect, local_cache: Cache
) -> None:
    connect("caretaker").sync()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    engine = connect("caretaker", url=url)
    runner = SyncRunner(engine, interval=60, first_retry=0.05, longest_wait=0.2)
    runner.start()
    try:
        wait_for(lambda: runner.attempts >= 1, what="the first sync")
        assert isinstance(runner.last_report.error if runner.last_report else None, Offline)
        assert engine.status().state == State.OFFLINE
        uuids = []
        with local_cache.session(write=False) as session:
            meters = session.scalars(select(Meter).where(Meter.zone_count == 1).order_by(Meter.id)).all()[:5]
            start = {m.id: previous_values(session, m.id, "2026-03")["single"] for m in meters}
        for meter in meters:
            uuids.append(
                enter_reading(
                    local_cache, meter.id, {"single": start[meter.id] + Decimal(33)}, taken_on=TODAY
                ).uuid
            )
            runner.request()
        attempts = runner.attempts
        wait_for(lambda: runner.attempts >= attempts + 2, what="retries while down")
        assert engine.status().waiting == 5
        # The server comes back at the same address, on the same database.
        revived = LiveServer(dataclasses.replace(server.settings), port=port)
        revived.start()
        try:
            wait_for(lambda: engine.status().waiting == 0, timeout=20, what="the outbox to drain")
            with local_cache.session(write=False) as session:
                assert set(session.scalars(select(Outbox.state))) == {ACCEPTED}
            with revived.db.session(write=False) as session:
                for uuid in uuids:
                    assert (
                        session.scalar(
                            select(func.count()).select_from(ClientItem).where(ClientItem.uuid == uuid)
                        )
                        == 1
                    )
                    assert (
                        session.scalar(
                            select(func.count()).select_from(Reading).where(Reading.client_uuid == uuid)
                        )
                        == 1
                    )
        finally:
            revived.stop()
    finally:
        runner.stop()


def test_cancel_stops_a_sync_at_the_next_batch(connect: Connect, local_cache: Cache) -> None:
    engine = connect("caretaker", push_batch=1)
    engine.sync()
    with local_cache.session(write=False) as session:
        meters = session.scalars(select(Meter).where(Meter.zone_count == 1).order_by(Meter.id)).all()[:4]
        start = {m.id: previous_values(session, m.id, "2026-03")["single"] for m in meters}
    for meter in meters:
        enter_reading(local_cache, meter.id, {"single": start[meter.id] + Decimal(7)}, taken_on=TODAY)
    from jobs import CancelToken
    from sync.engine import Report

    token = CancelToken()
    seen: list[int] = []

    def progress(phase: str, done: int, total: int | None) -> None:
        seen.append(done)
        if done == 2:
            token.cancel()

    report: Report = engine.sync(token, progress)
    assert report.pushed == 2 and engine.status().waiting == 2
    assert engine.sync().pushed == 2


@pytest.mark.parametrize("interval", [0.05])
def test_the_timer_syncs_again_while_all_is_well(connect: Connect, interval: float) -> None:
    runner = SyncRunner(connect("ivanova"), interval=interval)
    runner.start()
    try:
        wait_for(lambda: runner.attempts >= 3, what="timed syncs")
        assert runner.failures == 0
    finally:
        runner.stop()
