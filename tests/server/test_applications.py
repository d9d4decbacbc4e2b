"""An application has one idempotency key, its UUID: a retry is stored once by whichever route it comes."""

import uuid
from typing import Any

from sqlalchemy import func, select

from server.schema import Application
from tests.support.live_server import Api, LiveServer


def _stored(server: LiveServer) -> int:
    with server.db.session(write=False) as session:
        return int(session.scalar(select(func.count()).select_from(Application)) or 0)


def _complaint(key: str) -> dict[str, Any]:
    return {"uuid": key, "kind": "complaint", "subject": "Счётчик", "body": "Счётчик гудит."}


def test_sent_directly_and_retried_through_a_push_it_is_stored_once(
    live_server: LiveServer, ivanova: Api
) -> None:
    before = _stored(live_server)
    key = str(uuid.uuid4())
    direct = ivanova.post("/api/v1/applications", json=_complaint(key))
    assert direct.status_code == 200 and direct.json()["status"] == "accepted", direct.text
    item = {"kind": "application", "uuid": key, "application": _complaint(key)}
    pushed = ivanova.post("/api/v1/sync/push", json={"items": [item]})
    assert pushed.status_code == 200, pushed.text
    assert pushed.json()["results"][0] == direct.json()
    assert ivanova.post("/api/v1/applications", json=_complaint(key)).json() == direct.json()
    assert _stored(live_server) == before + 1
    mine = [a for a in ivanova.get("/api/v1/applications").json() if a["client_uuid"] == key]
    assert [a["id"] for a in mine] == [direct.json()["server_id"]]


def test_a_push_item_with_a_second_key_is_refused(live_server: LiveServer, ivanova: Api) -> None:
    """Two keys let a retry that kept one and renewed the other be stored twice; now they are one."""
    before = _stored(live_server)
    item = {"kind": "application", "uuid": str(uuid.uuid4()), "application": _complaint(str(uuid.uuid4()))}
    answer = ivanova.post("/api/v1/sync/push", json={"items": [item]})
    assert answer.status_code == 422, answer.text
    detail = answer.json()["detail"]
    assert detail["code"] == "invalid_input" and "uuid must be the item's uuid" in detail["message"]
    assert _stored(live_server) == before
