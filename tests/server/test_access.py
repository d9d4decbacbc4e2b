"""Every route that takes an id answers 404 (or 403 for the wrong kind of login) for what is not yours."""

import uuid

from server.demo import demo_access_code
from tests.server.helpers import accounts, active_meter
from tests.support.live_server import Api, LiveServer


def _petrov_ids(petrov: Api) -> dict[str, int]:
    account = accounts(petrov)[0]
    meter = active_meter(petrov)
    bill = petrov.get(f"/api/v1/accounts/{account['id']}/bills").json()[0]
    payment = petrov.post("/api/v1/payments", json={"account_id": account["id"], "amount": "10.00"}).json()
    application = petrov.post(
        "/api/v1/applications",
        json={"uuid": str(uuid.uuid4()), "kind": "callback", "contact_phone": "+79161234502"},
    ).json()
    return {
        "account": account["id"],
        "meter": meter["id"],
        "bill": bill["id"],
        "payment": payment["id"],
        "application": application["server_id"],
    }


def test_one_household_cannot_reach_anothers_things(petrov: Api, ivanova: Api) -> None:
    ids = _petrov_ids(petrov)
    attempts = [
        ("GET", f"/api/v1/accounts/{ids['account']}", None),
        ("GET", f"/api/v1/accounts/{ids['account']}/meters", None),
        ("GET", f"/api/v1/accounts/{ids['account']}/bills", None),
        ("GET", f"/api/v1/accounts/{ids['account']}/payments", None),
        ("PUT", f"/api/v1/accounts/{ids['account']}/e-receipt", {"subscribed": False}),
        ("DELETE", f"/api/v1/accounts/{ids['account']}/link", None),
        ("GET", f"/api/v1/meters/{ids['meter']}/readings", None),
        (
            "POST",
            f"/api/v1/meters/{ids['meter']}/readings",
            {"uuid": str(uuid.uuid4()), "values": {"day": "1"}},
        ),
        ("POST", f"/api/v1/meters/{ids['meter']}/quote", {"values": {"day": "1"}}),
        ("GET", f"/api/v1/bills/{ids['bill']}", None),
        ("GET", f"/api/v1/payments/{ids['payment']}", None),
        ("POST", "/api/v1/payments", {"account_id": ids["account"], "amount": "5.00"}),
        ("GET", f"/api/v1/applications/{ids['application']}", None),
    ]
    for method, path, body in attempts:
        response = ivanova.request(method, path, json=body)
        if path.endswith("/readings") and method == "POST":
            # Readings answer per item, like a push: refused, with the same words as for no meter at all.
            assert response.json()["status"] == "rejected" and response.json()["code"] == "not_found", path
            continue
        assert response.status_code == 404, (method, path, response.text)
        assert response.json()["detail"]["code"] == "not_found"
    # The same ids do work for their owner.
    assert petrov.get(f"/api/v1/bills/{ids['bill']}").status_code == 200


def test_a_pushed_reading_for_someone_elses_meter_is_refused(petrov: Api, ivanova: Api) -> None:
    meter = active_meter(petrov)
    item = {
        "kind": "reading",
        "uuid": str(uuid.uuid4()),
        "meter_id": meter["id"],
        "values": {"day": "1", "night": "1"},
    }
    result = ivanova.post("/api/v1/sync/push", json={"items": [item]}).json()["results"][0]
    assert result["status"] == "rejected" and result["code"] == "not_found"


def test_linking_needs_the_right_surname(ivanova: Api) -> None:
    response = ivanova.post(
        "/api/v1/accounts/link",
        json={
            "account_number": "10100002",
            "surname": "Иванова",
            "access_code": demo_access_code("10100002"),
        },
    )
    assert response.status_code == 400
    assert response.json()["detail"]["code"] == "account_mismatch"


def test_unlinking_the_last_account_is_refused_and_a_second_can_go(ivanova: Api, sidorova: Api) -> None:
    only = accounts(sidorova)[0]
    assert sidorova.delete(f"/api/v1/accounts/{only['id']}/link").status_code == 409
    dacha = accounts(ivanova)[1]
    assert ivanova.delete(f"/api/v1/accounts/{dacha['id']}/link").status_code == 200
    assert [a["id"] for a in accounts(ivanova)] != [] and dacha["id"] not in [
        a["id"] for a in accounts(ivanova)
    ]


def test_e_receipt_subscription(ivanova: Api, sidorova: Api) -> None:
    flat = accounts(ivanova)[0]
    off = ivanova.put(f"/api/v1/accounts/{flat['id']}/e-receipt", json={"subscribed": False})
    assert off.json()["e_receipt"] is False
    on = ivanova.put(f"/api/v1/accounts/{flat['id']}/e-receipt", json={"subscribed": True})
    assert on.json()["e_receipt"] is True and on.json()["e_receipt_email"] == "ivanova@example.com"
    # Sidorova has no e-mail on file: she has to give one.
    account = accounts(sidorova)[0]
    refused = sidorova.put(f"/api/v1/accounts/{account['id']}/e-receipt", json={"subscribed": True})
    assert refused.status_code == 400 and refused.json()["detail"]["code"] == "no_email"
    given = sidorova.put(
        f"/api/v1/accounts/{account['id']}/e-receipt", json={"subscribed": True, "email": "maria@example.com"}
    )
    assert given.json()["e_receipt_email"] == "maria@example.com"


def test_a_caretaker_sees_only_their_buildings_and_no_money(
    live_server: LiveServer, caretaker: Api, ivanova: Api
) -> None:
    from server.schema import Building

    with live_server.db.session() as session:
        other = Building(address="ул. Чужая, д. 1", entrances=1, floors=1)
        session.add(other)
        session.flush()
        other_id = other.id
    assert caretaker.get(f"/api/v1/buildings/{other_id}/flats").status_code == 404
    assert caretaker.get(f"/api/v1/buildings/{other_id}/meters").status_code == 404
    assert caretaker.get("/api/v1/accounts").status_code == 403
    assert caretaker.post("/api/v1/payments", json={"account_id": 1, "amount": "1.00"}).status_code == 403
    ivanova_meter = active_meter(ivanova)
    assert caretaker.get(f"/api/v1/meters/{ivanova_meter['id']}/readings").status_code == 404
    building = caretaker.get("/api/v1/buildings").json()
    assert [b["flats"] for b in building] == [12]
    flats = caretaker.get(f"/api/v1/buildings/{building[0]['id']}/flats").json()
    assert "holder" not in flats[0] and "balance" not in flats[0]
    assert ivanova.get("/api/v1/buildings").status_code == 403


def test_no_token_no_data(anon: Api) -> None:
    for path in ("/api/v1/accounts", "/api/v1/me", "/api/v1/sync/pull", "/api/v1/buildings"):
        response = anon.get(path)
        assert response.status_code == 401, path
    assert anon.get("/api/v1/accounts", headers={"Authorization": "Bearer " + "A" * 43}).status_code == 401
