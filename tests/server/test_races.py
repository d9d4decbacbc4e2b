"""Readings of one meter sent at the same instant by several requests (a double click, a household and its
caretaker, the SMS gateway, two batches) end as some serial order of them would: one accepted reading per
meter and period, every answer a 200 (or a 4xx), never a 5xx, and a repeated item answered the same."""

import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
import requests
from sqlalchemy import select

from protocol.window import period_of
from server.schema import Account, CaretakerBuilding, Customer, Reading
from tests.server.helpers import accounts, active_meter, last_values, reading_item
from tests.support.live_server import Api, LiveServer
from tests.support.races import CONCURRENT, REPEATS, at_once, statuses

SECRET = "gateway-secret-for-races"
IVANOVA_PHONE = "+79161234501"  # registered to ivanova, whose first account is 10100001


def _share_with_caretaker(server: LiveServer, ivanova: Api, caretaker: Api) -> list[dict[str, Any]]:
    """Put ivanova's flats into the caretaker's building, so two logins send readings of the same meters;
    their active meters."""
    mine = [active_meter(ivanova, index) for index in range(len(accounts(ivanova)))]
    with server.db.session() as session:
        who = session.scalars(select(Customer).where(Customer.login == "caretaker")).one()
        building_id = session.scalars(
            select(CaretakerBuilding.building_id).where(CaretakerBuilding.customer_id == who.id)
        ).first()
        for meter in mine:
            account = session.get(Account, meter["account_id"])
            assert account is not None
            account.building_id = building_id
    for meter in mine:
        assert caretaker.get(f"/api/v1/meters/{meter['id']}/readings").status_code == 200
    return mine


def _accepted_now(server: LiveServer, meter_id: int) -> list[Reading]:
    """The meter's accepted readings of the server's current period (not its installation reading)."""
    period = period_of(server.settings.today())
    with server.db.session(write=False) as session:
        return list(
            session.scalars(
                select(Reading).where(
                    Reading.meter_id == meter_id,
                    Reading.period == period,
                    Reading.status == "accepted",
                    Reading.source != "installation",
                )
            )
        )


def _values(base: dict[str, Decimal], step: int) -> dict[str, Decimal | str | int]:
    return {zone: value + step for zone, value in base.items()}


def _push(api: Api, items: list[dict[str, Any]]) -> Callable[[], requests.Response]:
    return lambda: api.post("/api/v1/sync/push", json={"items": items})


def _single(api: Api, item: dict[str, Any]) -> Callable[[], requests.Response]:
    body = {"uuid": item["uuid"], "values": item["values"]}
    return lambda: api.post(f"/api/v1/meters/{item['meter_id']}/readings", json=body)


def _results(answers: list[requests.Response]) -> list[dict[str, Any]]:
    """Every item's answer, from pushes and single readings alike, once no answer is a 5xx."""
    assert set(statuses(answers)) == {200}, [a.text for a in answers]
    found: list[dict[str, Any]] = []
    for answer in answers:
        body = answer.json()
        found.extend(body.get("results", [body]))
    return found


def _one_survivor(server: LiveServer, meter_id: int, results: list[dict[str, Any]]) -> None:
    """One reading of the period is accepted, and it is one that was answered accepted."""
    survivors = _accepted_now(server, meter_id)
    assert len(survivors) == 1, [(r.id, r.client_uuid, r.source) for r in survivors]
    accepted = {r["uuid"] for r in results if r["status"] == "accepted"}
    assert survivors[0].client_uuid in accepted


@pytest.mark.parametrize("route", ["push", "single", "mixed"])
def test_racing_readings_of_one_meter_leave_one_accepted(
    live_server: LiveServer, ivanova: Api, caretaker: Api, route: str
) -> None:
    """(a) pushes, (b) single-reading posts, (c) both, from the household and its caretaker at once."""
    meter = _share_with_caretaker(live_server, ivanova, caretaker)[0]
    base = last_values(ivanova, meter["id"])
    for repeat in range(REPEATS):
        calls = []
        for i in range(CONCURRENT):
            item = reading_item(meter["id"], _values(base, 10 * (repeat + 1) + i))
            api = ivanova if i % 2 else caretaker
            single = route == "single" or (route == "mixed" and i % 4 < 2)
            calls.append(_single(api, item) if single else _push(api, [item]))
        results = _results(at_once(calls))
        assert [r["status"] for r in results] == ["accepted"] * CONCURRENT, results
        _one_survivor(live_server, meter["id"], results)


def test_one_item_sent_by_many_requests_is_stored_once_and_answered_alike(
    live_server: LiveServer, ivanova: Api
) -> None:
    """(d) the same UUID and content from eight requests, by push and by the single-reading route."""
    meter = active_meter(ivanova)
    base = last_values(ivanova, meter["id"])
    for repeat in range(REPEATS):
        item = reading_item(meter["id"], _values(base, 10 * (repeat + 1)))
        calls = [_single(ivanova, item) if i % 2 else _push(ivanova, [item]) for i in range(CONCURRENT)]
        results = _results(at_once(calls))
        assert all(r == results[0] for r in results), results
        assert results[0]["status"] == "accepted"
        survivors = _accepted_now(live_server, meter["id"])
        assert [r.client_uuid for r in survivors] == [item["uuid"]]


def test_racing_sms_readings_leave_one_accepted(live_server: LiveServer, anon: Api, ivanova: Api) -> None:
    """(e) the gateway delivers eight messages with readings of one meter at once."""
    live_server.settings.sms_inbound_secret = SECRET
    meter = active_meter(ivanova)
    base = last_values(ivanova, meter["id"])["single"]
    for repeat in range(REPEATS):
        texts = [f"10100001 {int(base) + 10 * (repeat + 1) + i}" for i in range(CONCURRENT)]
        calls = [
            lambda text=text: anon.post(
                "/api/v1/sms/inbound",
                json={"message_id": str(uuid.uuid4()), "phone": IVANOVA_PHONE, "text": text},
                headers={"X-Gateway-Secret": SECRET},
            )
            for text in texts
        ]
        answers = at_once(calls)
        assert set(statuses(answers)) == {200}, [a.text for a in answers]
        assert [a.json()["status"] for a in answers] == ["accepted"] * CONCURRENT
        assert len(_accepted_now(live_server, meter["id"])) == 1


def test_batches_holding_two_meters_in_opposite_orders_do_not_deadlock(
    live_server: LiveServer, ivanova: Api, caretaker: Api
) -> None:
    """(f) half the batches list meter A then B, half B then A, from two logins."""
    first, second = _share_with_caretaker(live_server, ivanova, caretaker)[:2]
    bases = {m["id"]: last_values(ivanova, m["id"]) for m in (first, second)}
    for repeat in range(REPEATS):
        calls = []
        for i in range(CONCURRENT):
            pair = (first, second) if i % 2 else (second, first)
            step = 10 * (repeat + 1) + i
            items = [reading_item(m["id"], _values(bases[m["id"]], step)) for m in pair]
            calls.append(_push(ivanova if i % 4 < 2 else caretaker, items))
        results = _results(at_once(calls))
        assert [r["status"] for r in results] == ["accepted"] * 2 * CONCURRENT, results
        for meter in (first, second):
            _one_survivor(live_server, meter["id"], results)
