"""A meter past its next verification date (поверка): by the supplier's rules (settings.refuse_unverified)
its readings are refused with what to do, or accepted; MeterOut says which rule holds."""

import uuid
from datetime import date
from typing import Any

import pytest

from protocol.schemas import MeterOut
from server.schema import Meter
from tests.server.helpers import active_meter, last_values
from tests.support.clock import TODAY
from tests.support.live_server import Api, LiveServer


def due_on(server: LiveServer, meter_id: int, day: date) -> None:
    with server.db.session() as session:
        meter = session.get(Meter, meter_id)
        assert meter is not None
        meter.next_verification_on = day


def send(api: Api, meter_id: int, taken_on: date) -> Any:
    value = last_values(api, meter_id)["single"] + 20
    body = {"uuid": str(uuid.uuid4()), "values": {"single": str(value)}, "taken_on": taken_on.isoformat()}
    response = api.post(f"/api/v1/meters/{meter_id}/readings", json=body)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("enforced", [True, False])
def test_meters_say_whether_the_rule_is_enforced(
    live_server: LiveServer, ivanova: Api, enforced: bool
) -> None:
    live_server.settings.refuse_unverified = enforced
    assert MeterOut.model_validate(active_meter(ivanova)).verification_enforced is enforced


def test_an_overdue_meter_is_refused_with_what_to_do(live_server: LiveServer, ivanova: Api) -> None:
    meter = active_meter(ivanova)
    due_on(live_server, meter["id"], date(2026, 3, 17))  # the day before the test's today
    result = send(ivanova, meter["id"], TODAY)
    assert result["status"] == "rejected" and result["code"] == "verification_overdue", result
    assert "17.03.2026" in result["message"]
    assert "Order a verification" in result["message"] and "supplier's rules" in result["message"]


def test_on_its_due_date_the_meter_still_counts(live_server: LiveServer, ivanova: Api) -> None:
    meter = active_meter(ivanova)
    due_on(live_server, meter["id"], TODAY)
    assert send(ivanova, meter["id"], TODAY)["status"] == "accepted"


def test_a_reading_taken_before_the_date_is_accepted_after_it(live_server: LiveServer, ivanova: Api) -> None:
    meter = active_meter(ivanova)
    due_on(live_server, meter["id"], date(2026, 3, 16))
    assert send(ivanova, meter["id"], date(2026, 3, 16))["status"] == "accepted"  # taken while verified
    assert send(ivanova, meter["id"], date(2026, 3, 17))["code"] == "verification_overdue"


def test_where_the_supplier_does_not_refuse_the_overdue_meter_is_accepted(
    live_server: LiveServer, ivanova: Api
) -> None:
    live_server.settings.refuse_unverified = False
    meter = active_meter(ivanova)
    due_on(live_server, meter["id"], date(2025, 1, 1))
    assert send(ivanova, meter["id"], TODAY)["status"] == "accepted"
