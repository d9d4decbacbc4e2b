"""Push is at-most-once per item; pull pages through everything a login may see and nothing else."""

import threading
import uuid
from decimal import Decimal
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from server.demo import demo_access_code
from server.schema import Application, ClientItem, Reading
from tests.server.helpers import accounts, active_meter, last_values, reading_item
from tests.support.cutting_proxy import cutting_proxy
from tests.support.live_server import Api, LiveServer


def counts(server: LiveServer) -> tuple[int, int, int]:
    with server.db.session(write=False) as session:
        return (
            session.scalar(select(func.count()).select_from(Reading)) or 0,
            session.scalar(select(func.count()).select_from(ClientItem)) or 0,
            session.scalar(select(func.count()).select_from(Application)) or 0,
        )


def building_batch(caretaker: Api, size: int = 6) -> list[dict[str, Any]]:
    building = caretaker.get("/api/v1/buildings").json()[0]
    meters = caretaker.get(f"/api/v1/buildings/{building['id']}/meters").json()[:size]
    items = []
    for meter in meters:
        values = last_values(caretaker, meter["id"])
        items.append(reading_item(meter["id"], {zone: value + 40 for zone, value in values.items()}))
    return items


def test_the_same_batch_twice_changes_nothing_the_second_time(
    live_server: LiveServer, caretaker: Api
) -> None:
    items = building_batch(caretaker)
    items.append(reading_item(items[0]["meter_id"], {"single": 1}))  # refused: below previous or zones
    first = caretaker.post("/api/v1/sync/push", json={"items": items})
    assert first.status_code == 200, first.text
    after_first = counts(live_server)
    second = caretaker.post("/api/v1/sync/push", json={"items": items})
    assert second.json() == first.json()
    assert counts(live_server) == after_first
    statuses = [r["status"] for r in first.json()["results"]]
    assert statuses[:-1] == ["accepted"] * (len(items) - 1) and statuses[-1] == "rejected"


def test_an_item_repeated_inside_one_batch_is_applied_once(live_server: LiveServer, caretaker: Api) -> None:
    item = building_batch(caretaker, 1)[0]
    before = counts(live_server)
    response = caretaker.post("/api/v1/sync/push", json={"items": [item, item]})
    first, second = response.json()["results"]
    assert first == second
    assert counts(live_server)[0] == before[0] + 1


def test_a_uuid_reused_inside_one_batch_for_other_content_is_refused(
    live_server: LiveServer, caretaker: Api
) -> None:
    first = building_batch(caretaker, 1)[0]
    other = {**first, "values": {zone: str(Decimal(v) + 1) for zone, v in first["values"].items()}}
    before = counts(live_server)
    results = caretaker.post("/api/v1/sync/push", json={"items": [first, other, first]}).json()["results"]
    assert results[0]["status"] == "accepted"
    assert results[1]["status"] == "rejected" and results[1]["code"] == "uuid_reused", results[1]
    assert results[2] == results[0]  # the same content again is the same item
    assert counts(live_server)[0] == before[0] + 1
    stored = last_values(caretaker, first["meter_id"])
    assert {zone: str(v) for zone, v in stored.items()} == first["values"]  # the first one's values


def test_a_dropped_response_and_a_retry_apply_once(live_server: LiveServer, caretaker: Api) -> None:
    items = building_batch(caretaker, 4)
    before = counts(live_server)
    with cutting_proxy(live_server.port) as (proxy_url, delivered):
        with pytest.raises(requests.ConnectionError):
            requests.post(
                f"{proxy_url}/api/v1/sync/push",
                json={"items": items},
                headers={"Authorization": f"Bearer {caretaker.token}"},
                timeout=30,
            )
        assert delivered, "the proxy delivered the request"
    assert counts(live_server)[0] == before[0] + 4  # the server did commit
    retry = caretaker.post("/api/v1/sync/push", json={"items": items})
    assert [r["status"] for r in retry.json()["results"]] == ["accepted"] * 4
    assert counts(live_server)[0] == before[0] + 4


def test_concurrent_deliveries_of_one_batch_apply_once(live_server: LiveServer, caretaker: Api) -> None:
    items = building_batch(caretaker, 5)
    before = counts(live_server)
    answers: list[Any] = []

    def send() -> None:
        answers.append(
            requests.post(
                f"{live_server.url}/api/v1/sync/push",
                json={"items": items},
                headers={"Authorization": f"Bearer {caretaker.token}"},
                timeout=60,
            )
        )

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [a.status_code for a in answers] == [200] * 4
    assert len({a.text for a in answers}) == 1
    assert counts(live_server)[0] == before[0] + 5


def test_an_application_through_push_and_a_contact_change_refused(
    live_server: LiveServer, ivanova: Api
) -> None:
    account_id = accounts(ivanova)[0]["id"]
    key = str(uuid.uuid4())  # the item's and the application's: one idempotency key
    items = [
        {
            "kind": "application",
            "uuid": key,
            "application": {
                "uuid": key,
                "kind": "complaint",
                "account_id": account_id,
                "subject": "Свет мигает",
                "body": "Каждый вечер мигает свет в подъезде.",
            },
        },
        {"kind": "contact_change", "uuid": str(uuid.uuid4()), "phone": "+79035550101"},
    ]
    results = ivanova.post("/api/v1/sync/push", json={"items": items}).json()["results"]
    assert [(r["status"], r["code"]) for r in results] == [
        ("accepted", None),
        ("rejected", "password_needed"),
    ]
    applications = ivanova.get("/api/v1/applications").json()
    assert applications[0]["subject"] == "Свет мигает" and applications[0]["status"] == "received"
    assert ivanova.get("/api/v1/me").json()["phone"] != "+79035550101"  # contacts need the password
    again = ivanova.post("/api/v1/sync/push", json={"items": items}).json()["results"]
    assert again == results
    assert len(ivanova.get("/api/v1/applications").json()) == 1


def test_another_logins_uuid_is_not_answered_with_their_result(ivanova: Api, petrov: Api) -> None:
    item = {"kind": "contact_change", "uuid": str(uuid.uuid4()), "phone": "+79035550101"}
    assert ivanova.post("/api/v1/sync/push", json={"items": [item]}).json()["results"][0]["code"] == (
        "password_needed"
    )
    theirs = petrov.post("/api/v1/sync/push", json={"items": [item]}).json()["results"][0]
    assert theirs["status"] == "rejected" and theirs["code"] == "uuid_taken"


def pull_all(api: Api, cursor: str = "", limit: int = 50) -> tuple[list[dict[str, Any]], str, bool]:
    changes: list[dict[str, Any]] = []
    reset = False
    while True:
        response = api.get("/api/v1/sync/pull", params={"cursor": cursor, "limit": limit})
        assert response.status_code == 200, response.text
        page = response.json()
        reset = reset or page["reset"]
        changes.extend(page["changes"])
        cursor = page["cursor"]
        if not page["has_more"]:
            return changes, cursor, reset


def by_entity(changes: list[dict[str, Any]]) -> dict[str, dict[int, Any]]:
    result: dict[str, dict[int, Any]] = {}
    for change in changes:
        result.setdefault(change["entity"], {})[change["id"]] = change["data"]
    return result


def test_a_household_pull_has_all_of_its_own_and_nothing_else(ivanova: Api, petrov: Api) -> None:
    changes, cursor, _reset = pull_all(ivanova, limit=37)
    seen = by_entity(changes)
    mine = {a["id"] for a in accounts(ivanova)}
    assert set(seen["account"]) == mine
    assert {m["account_id"] for m in seen["meter"].values()} == mine
    assert {b["account_id"] for b in seen["bill"].values()} == mine
    assert len(seen["bill"]) == 2 * 3  # two accounts, three closed months
    assert seen["supplier"] and seen["news"] and seen["tariff"] and seen["profile"]
    assert all(p["account_id"] in mine for p in seen.get("payment", {}).values())
    petrov_accounts = {a["id"] for a in accounts(petrov)}
    assert not petrov_accounts & set(seen["account"])
    # Nothing new: an empty page. Then one reading: exactly that change.
    assert ivanova.get("/api/v1/sync/pull", params={"cursor": cursor}).json()["changes"] == []
    meter = active_meter(ivanova)
    previous = last_values(ivanova, meter["id"])["single"]
    ivanova.post("/api/v1/sync/push", json={"items": [reading_item(meter["id"], {"single": previous + 5})]})
    changes, _cursor, _ = pull_all(ivanova, cursor)
    assert [(c["entity"], c["op"]) for c in changes] == [("reading", "upsert")]
    assert Decimal(changes[0]["data"]["values"][0]["value"]) == previous + 5


def test_paging_gives_the_same_as_one_big_page(ivanova: Api) -> None:
    small, _, _ = pull_all(ivanova, limit=7)
    big, _, _ = pull_all(ivanova, limit=2000)
    assert by_entity(small) == by_entity(big)


def test_a_caretaker_pull_has_flats_meters_and_readings_but_no_names_or_money(caretaker: Api) -> None:
    changes, _cursor, _ = pull_all(caretaker, limit=100)
    seen = by_entity(changes)
    assert "account" not in seen and "bill" not in seen and "payment" not in seen and "tariff" not in seen
    flats = seen["flat"]
    assert len(flats) == 12
    for flat in flats.values():
        assert set(flat) == {"id", "number", "building_id", "flat", "entrance", "floor"}
    assert {m["account_id"] for m in seen["meter"].values()} == set(flats)
    assert {seen["meter"][r["meter_id"]]["account_id"] for r in seen["reading"].values()} <= set(flats)
    assert len(seen["building"]) == 1


def test_linking_an_account_resets_the_pull_to_include_its_history(
    live_server: LiveServer, petrov: Api
) -> None:
    _changes, cursor, _ = pull_all(petrov)
    from server.schema import Account

    with live_server.db.session(write=False) as session:
        flat = session.scalars(select(Account).where(Account.number == "30000004")).one()
        surname = flat.surname
    response = petrov.post(
        "/api/v1/accounts/link",
        json={"account_number": "30000004", "surname": surname, "access_code": demo_access_code("30000004")},
    )
    assert response.status_code == 200, response.text
    changes, _cursor, reset = pull_all(petrov, cursor)
    assert reset is True
    seen = by_entity(changes)
    assert (
        flat.id in seen["account"]
        and sum(1 for b in seen["bill"].values() if b["account_id"] == flat.id) == 3
    )


def test_a_cursor_the_server_did_not_give_is_refused(ivanova: Api) -> None:
    response = ivanova.get("/api/v1/sync/pull", params={"cursor": "garbage"})
    assert response.status_code == 400
    assert response.json()["detail"]["code"] == "bad_cursor"
