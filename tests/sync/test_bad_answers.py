"""A server answering 500, garbage or the wrong schema, and a response cut after the server committed."""

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models.db import Cache
from models.entries import enter_reading
from models.readings import previous_values
from models.schema import WAITING, Meter, Outbox
from server.schema import ClientItem
from sync.engine import State
from sync.errors import BadAnswer, Offline, ServerTrouble
from tests.support.bad_server import bad_server
from tests.support.clock import TODAY
from tests.support.cutting_proxy import cutting_proxy
from tests.support.live_server import LiveServer
from tests.support.sync import Connect


def queue_one(connect: Connect, local_cache: Cache) -> str:
    connect("ivanova").sync()
    with local_cache.session(write=False) as session:
        meter = session.scalars(select(Meter).where(Meter.active.is_(True)).order_by(Meter.id)).first()
        assert meter is not None
        before = previous_values(session, meter.id, "2026-03")["single"]
    return enter_reading(local_cache, meter.id, {"single": before + Decimal(25)}, taken_on=TODAY).uuid


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (500, b"Internal Server Error", ServerTrouble),
        (200, b"<html>not json</html>", BadAnswer),
        (200, b'{"results": "yes"}', BadAnswer),
        (
            200,
            b'{"results": [{"uuid": "someone-else", "status": "accepted", "code": null,'
            b' "message": "", "server_id": 1}]}',
            BadAnswer,
        ),
        (404, b"Not Found", BadAnswer),
    ],
)
def test_bad_answers_are_reported_and_the_outbox_kept(
    connect: Connect, local_cache: Cache, status: int, body: bytes, error: type[Exception]
) -> None:
    uuid = queue_one(connect, local_cache)
    with bad_server(status, body) as (url, hits):
        engine = connect("ivanova", url=url)
        report = engine.sync()
    assert isinstance(report.error, error), report.error
    assert hits and hits[0].startswith("POST /api/v1/sync/push")
    assert engine.status().state == State.NEEDS_ATTENTION and engine.status().message
    with local_cache.session(write=False) as session:
        item = session.scalars(select(Outbox).where(Outbox.uuid == uuid)).one()
        assert item.state == WAITING and item.attempts == 1 and item.last_error
    assert connect("ivanova").sync().accepted == 1  # and the real server takes it later


def test_a_pull_page_with_a_wrong_schema_changes_nothing(connect: Connect, local_cache: Cache) -> None:
    connect("ivanova").sync()
    page = (
        b'{"changes": [{"entity": "bill", "id": 1, "op": "upsert", "data": {"id": 1}}],'
        b' "cursor": "1.999.x", "has_more": false, "reset": true, "server_time": "2026-03-18T10:00:00Z"}'
    )
    with local_cache.session(write=False) as session:
        from models.schema import Bill

        bills = session.scalar(select(func.count()).select_from(Bill))
    with bad_server(200, page) as (url, _hits):
        report = connect("ivanova", url=url).sync()
    assert isinstance(report.error, BadAnswer)
    with local_cache.session(write=False) as session:
        assert session.scalar(select(func.count()).select_from(Bill)) == bills  # no reset applied either


def test_a_dropped_answer_is_retried_and_applied_once(
    server: LiveServer, connect: Connect, local_cache: Cache
) -> None:
    uuid = queue_one(connect, local_cache)
    with cutting_proxy(server.port) as (url, delivered):
        report = connect("ivanova", url=url).sync()
        assert delivered
    assert isinstance(report.error, Offline)
    with local_cache.session(write=False) as session:
        assert session.scalars(select(Outbox.state).where(Outbox.uuid == uuid)).one() == WAITING
    assert connect("ivanova").sync().accepted == 1
    with server.db.session(write=False) as session:
        assert (
            session.scalar(select(func.count()).select_from(ClientItem).where(ClientItem.uuid == uuid)) == 1
        )
        from server.schema import Reading

        assert (
            session.scalar(select(func.count()).select_from(Reading).where(Reading.client_uuid == uuid)) == 1
        )
