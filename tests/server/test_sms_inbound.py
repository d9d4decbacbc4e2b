"""Readings by SMS through the gateway's webhook."""

import uuid
from decimal import Decimal

import pytest

from tests.server.helpers import active_meter, last_values, reading_item
from tests.support.live_server import Api, LiveServer

SECRET = "gateway-secret-for-tests"


@pytest.fixture
def gateway(live_server: LiveServer, anon: Api) -> Api:
    live_server.settings.sms_inbound_secret = SECRET
    anon.http.headers["X-Gateway-Secret"] = SECRET
    return anon


def sms(gateway: Api, text: str, phone: str = "+79161234501", message_id: str = "m-1") -> dict[str, str]:
    response = gateway.post(
        "/api/v1/sms/inbound", json={"message_id": message_id, "phone": phone, "text": text}
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_a_reading_by_sms_is_accepted_once(gateway: Api, ivanova: Api) -> None:
    meter = active_meter(ivanova)
    previous = last_values(ivanova, meter["id"])["single"]
    answer = sms(gateway, f"10100001 {int(previous) + 120}")
    assert answer["status"] == "accepted"
    history = ivanova.get(f"/api/v1/meters/{meter['id']}/readings").json()
    assert history[0]["source"] == "sms" and Decimal(history[0]["values"][0]["consumption"]) == 120
    assert sms(gateway, f"10100001 {int(previous) + 120}") == answer  # the gateway retried
    assert len(ivanova.get(f"/api/v1/meters/{meter['id']}/readings").json()) == len(history)


def test_another_login_cannot_claim_an_sms_readings_uuid_first(
    gateway: Api, ivanova: Api, petrov: Api
) -> None:
    """The reading's UUID once came from the phone and message id alone (a UUID5 in a namespace written
    in the source), so anyone could push an item with it first and have the SMS refused `uuid_taken`."""
    phone, message_id = "+79161234501", "m-claimed"
    public = uuid.uuid5(uuid.UUID("6f1d3c55-5b7a-4d0e-9a7c-2f3a1b8e9c10"), f"{phone}:{message_id}")
    theirs = active_meter(petrov)
    claim = reading_item(theirs["id"], {z: v + 1 for z, v in last_values(petrov, theirs["id"]).items()})
    claim["uuid"] = str(public)
    claimed = petrov.post("/api/v1/sync/push", json={"items": [claim]}).json()["results"][0]
    assert claimed["status"] == "accepted", claimed
    meter = active_meter(ivanova)
    previous = last_values(ivanova, meter["id"])["single"]
    answer = sms(gateway, f"10100001 {int(previous) + 30}", phone=phone, message_id=message_id)
    assert answer["status"] == "accepted", answer
    stored = ivanova.get(f"/api/v1/meters/{meter['id']}/readings").json()[0]
    assert stored["source"] == "sms" and stored["client_uuid"] != str(public)


def test_two_zones_by_sms(gateway: Api, petrov: Api) -> None:
    meter = active_meter(petrov)
    values = last_values(petrov, meter["id"])
    answer = sms(
        gateway, f"10100002 {int(values['day']) + 50} {int(values['night']) + 20}", phone="+79161234502"
    )
    assert answer["status"] == "accepted", answer
    assert sms(gateway, "10100002 100", phone="+79161234502", message_id="m-2")["code"] == "wrong_zones"


@pytest.mark.parametrize(
    ("text", "phone", "code"),
    [
        ("10100001 12abc", "+79161234501", "not_a_number"),
        ("10100001", "+79161234501", "bad_format"),
        ("10100001 100", "+79990000000", "unknown_sender"),
        ("99999999 100", "+79161234501", "unknown_sender"),
        ("10100001 5", "+79161234501", "below_previous"),
    ],
)
def test_bad_sms_get_a_plain_answer(gateway: Api, text: str, phone: str, code: str) -> None:
    answer = sms(gateway, text, phone=phone)
    assert answer["status"] == "rejected" and answer["code"] == code and answer["message"]


def test_only_the_gateway_may_post(live_server: LiveServer, anon: Api) -> None:
    body = {"message_id": "x", "phone": "+79161234501", "text": "10100001 1"}
    assert anon.post("/api/v1/sms/inbound", json=body).status_code == 403  # not configured
    live_server.settings.sms_inbound_secret = SECRET
    assert (
        anon.post("/api/v1/sms/inbound", json=body, headers={"X-Gateway-Secret": "nope"}).status_code == 403
    )
