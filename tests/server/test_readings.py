"""Meter readings on the server: the window, the rules, rollover, replacement, flags, cost."""

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import func, select

from protocol.tariff import Rate, preliminary_cost
from server.admin import install_meter
from server.schema import Account, Reading
from tests.server.helpers import accounts, active_meter, last_values, meters, submit
from tests.support.live_server import Api, LiveServer


def test_a_reading_in_the_window_is_accepted_with_its_consumption(ivanova: Api) -> None:
    meter = active_meter(ivanova)
    previous = last_values(ivanova, meter["id"])["single"]
    result = submit(ivanova, meter["id"], {"single": previous + 150})
    assert result["status"] == "accepted" and result["flagged"] is False
    latest = ivanova.get(f"/api/v1/meters/{meter['id']}/readings").json()[0]
    assert latest["id"] == result["server_id"]
    assert latest["source"] == "app" and latest["period"] == "2026-03"
    assert Decimal(latest["values"][0]["consumption"]) == 150


def test_a_second_reading_in_a_period_supersedes_the_first(ivanova: Api) -> None:
    meter = active_meter(ivanova)
    previous = last_values(ivanova, meter["id"])["single"]
    first = submit(ivanova, meter["id"], {"single": previous + 100})
    second = submit(ivanova, meter["id"], {"single": previous + 120})
    readings = {r["id"]: r for r in ivanova.get(f"/api/v1/meters/{meter['id']}/readings").json()}
    assert readings[first["server_id"]]["status"] == "superseded"
    assert readings[second["server_id"]]["status"] == "accepted"
    assert Decimal(readings[second["server_id"]]["values"][0]["consumption"]) == 120


def test_below_previous_is_refused_and_nothing_is_stored(live_server: LiveServer, ivanova: Api) -> None:
    meter = active_meter(ivanova)
    previous = last_values(ivanova, meter["id"])["single"]
    with live_server.db.session() as session:
        before = session.scalar(select(func.count()).select_from(Reading))
    result = submit(ivanova, meter["id"], {"single": previous - 40})
    assert result["status"] == "rejected" and result["code"] == "below_previous"
    assert "below the previous" in result["message"]
    with live_server.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Reading)) == before


def test_a_far_jump_is_accepted_but_flagged(ivanova: Api) -> None:
    meter = active_meter(ivanova)
    previous = last_values(ivanova, meter["id"])["single"]
    result = submit(ivanova, meter["id"], {"single": previous + 5000})
    assert result["status"] == "accepted" and result["flagged"] is True
    assert result["code"] == "implausible_jump"
    assert ivanova.get(f"/api/v1/meters/{meter['id']}/readings").json()[0]["flagged"] is True


def test_a_meter_that_rolled_over_counts_across_the_wrap(live_server: LiveServer, ivanova: Api) -> None:
    dacha = accounts(ivanova)[1]
    with live_server.db.session() as session:
        account = session.get(Account, dacha["id"])
        assert account is not None
        meter = install_meter(
            session, live_server.settings, account, "OLD-4", 1, 4, date(2026, 2, 1), [Decimal(9990)]
        )
        meter_id = meter.id
    result = submit(ivanova, meter_id, {"single": 15})
    assert result["status"] == "accepted" and result["code"] == "rollover"
    latest = ivanova.get(f"/api/v1/meters/{meter_id}/readings").json()[0]
    assert latest["rollover"] is True
    assert Decimal(latest["values"][0]["consumption"]) == 25
    # A "wrap" that would mean thousands of kWh is a mistyped reading, not a rollover.
    assert submit(ivanova, meter_id, {"single": 5000})["code"] == "below_previous"


def test_a_replaced_meter_takes_no_readings_and_the_new_one_counts_from_its_start(petrov: Api) -> None:
    account = accounts(petrov)[0]
    old, new = sorted(meters(petrov, account["id"]), key=lambda m: m["id"])
    assert old["active"] is False and new["replaces_meter_id"] == old["id"]
    refused = submit(petrov, old["id"], {"day": 99999, "night": 99999})
    assert refused["status"] == "rejected" and refused["code"] == "meter_replaced"
    start = last_values(petrov, new["id"])
    accepted = submit(petrov, new["id"], {"day": start["day"] + 200, "night": start["night"] + 90})
    assert accepted["status"] == "accepted", accepted


def test_every_zone_is_needed(petrov: Api, sidorova: Api) -> None:
    new = active_meter(petrov)
    assert submit(petrov, new["id"], {"day": 1000})["code"] == "wrong_zones"
    assert submit(petrov, new["id"], {"single": 1000})["code"] == "wrong_zones"
    three = active_meter(sidorova)
    assert three["zones"] == ["peak", "half_peak", "night"]
    values = last_values(sidorova, three["id"])
    result = submit(sidorova, three["id"], {zone: value + 50 for zone, value in values.items()})
    assert result["status"] == "accepted"


def test_readings_are_taken_only_inside_the_window(live_server: LiveServer, ivanova: Api) -> None:
    live_server.settings.fixed_now = datetime(2026, 3, 10, 12, tzinfo=UTC)
    meter = active_meter(ivanova)
    assert meter["window_start"] == "2026-03-15" and meter["window_end"] == "2026-03-25"
    assert meter["window_open"] is False
    previous = last_values(ivanova, meter["id"])["single"]
    result = submit(ivanova, meter["id"], {"single": previous + 10})
    assert result["status"] == "rejected" and result["code"] == "outside_window"
    assert "15.03" in result["message"] and "25.03" in result["message"]


def test_too_many_digits_and_decimals_are_refused(ivanova: Api) -> None:
    meter = active_meter(ivanova)
    assert submit(ivanova, meter["id"], {"single": 123456})["code"] == "too_many_digits"
    previous = last_values(ivanova, meter["id"])["single"]
    assert (
        submit(ivanova, meter["id"], {"single": f"{int(previous) + 1}.12345"})["code"] == "too_many_decimals"
    )


def test_the_quote_is_the_shared_tariff_function(live_server: LiveServer, sidorova: Api) -> None:
    meter = active_meter(sidorova)
    tariffs = sidorova.get("/api/v1/tariffs").json()
    in_force = [t for t in tariffs if t["group"] == "urban" and t["zone_count"] == 3]
    newest = max(t["effective_from"] for t in in_force)
    rates = [
        Rate(
            zone=t["zone"],
            price=Decimal(t["price"]),
            band_upto_kwh=Decimal(t["band_upto_kwh"]) if t["band_upto_kwh"] else None,
        )
        for t in in_force
        if t["effective_from"] == newest
    ]
    values = last_values(sidorova, meter["id"])
    use = {"peak": Decimal(120), "half_peak": Decimal(200), "night": Decimal(90)}
    response = sidorova.post(
        f"/api/v1/meters/{meter['id']}/quote",
        json={"values": {z: str(values[z] + use[z]) for z in use}},
    )
    assert response.status_code == 200, response.text
    assert Decimal(response.json()["total"]) == preliminary_cost(rates, use).total
