"""Small look-ups the server tests share."""

import uuid
from decimal import Decimal
from typing import Any

from tests.support.live_server import Api


def accounts(api: Api) -> list[dict[str, Any]]:
    response = api.get("/api/v1/accounts")
    assert response.status_code == 200, response.text
    return list(response.json())


def meters(api: Api, account_id: int) -> list[dict[str, Any]]:
    response = api.get(f"/api/v1/accounts/{account_id}/meters")
    assert response.status_code == 200, response.text
    return list(response.json())


def active_meter(api: Api, account_index: int = 0) -> dict[str, Any]:
    account = accounts(api)[account_index]
    return next(m for m in meters(api, account["id"]) if m["active"])


def last_values(api: Api, meter_id: int) -> dict[str, Decimal]:
    readings = api.get(f"/api/v1/meters/{meter_id}/readings").json()
    latest = next(r for r in readings if r["status"] == "accepted")
    return {v["zone"]: Decimal(v["value"]) for v in latest["values"]}


def reading_item(meter_id: int, values: dict[str, Decimal | str | int]) -> dict[str, Any]:
    return {
        "kind": "reading",
        "uuid": str(uuid.uuid4()),
        "meter_id": meter_id,
        "values": {zone: str(value) for zone, value in values.items()},
    }


def submit(api: Api, meter_id: int, values: dict[str, Decimal | str | int]) -> dict[str, Any]:
    response = api.post(
        f"/api/v1/meters/{meter_id}/readings",
        json={"uuid": str(uuid.uuid4()), "values": {z: str(v) for z, v in values.items()}},
    )
    assert response.status_code == 200, response.text
    return dict(response.json())
