"""Readings judged by the day they were taken (protocol.window.judge_taken), over the real server: each side
of the default 15-25 window with a 5-day grace, a round typed on the last day and sent the next morning, an
app whose clock runs a day ahead, and the monthly close that ends a month for good."""

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import partial
from typing import Any

import pytest
from sqlalchemy import func, select

from server.billing import close_period
from server.schema import Reading
from tests.server.helpers import active_meter, last_values
from tests.support.live_server import Api, LiveServer
from tests.support.races import CONCURRENT, at_once, statuses


def arriving(server: LiveServer, day: date) -> None:
    """Set the server's clock to noon of `day`."""
    server.settings.fixed_now = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def send(api: Api, meter_id: int, value: Decimal, taken_on: date | None, item_uuid: str | None = None) -> Any:
    body: dict[str, Any] = {"uuid": item_uuid or str(uuid.uuid4()), "values": {"single": str(value)}}
    if taken_on is not None:
        body["taken_on"] = taken_on.isoformat()
    response = api.post(f"/api/v1/meters/{meter_id}/readings", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def stored(api: Api, meter_id: int, server_id: int) -> dict[str, Any]:
    readings = api.get(f"/api/v1/meters/{meter_id}/readings").json()
    return dict(next(r for r in readings if r["id"] == server_id))


@pytest.fixture
def meter(ivanova: Api) -> dict[str, Any]:
    found = active_meter(ivanova)
    assert (found["window_start_day"], found["window_end_day"], found["grace_days"]) == (15, 25, 5)
    return found


@pytest.mark.parametrize(
    ("taken", "arrives", "code"),
    [
        (date(2026, 3, 14), date(2026, 3, 14), "outside_window"),  # the day before the window opens
        (date(2026, 3, 15), date(2026, 3, 15), None),  # its first day
        (date(2026, 3, 25), date(2026, 3, 25), None),  # its last day
        (date(2026, 3, 25), date(2026, 3, 26), None),  # taken on the last day, sent the next morning
        (date(2026, 3, 20), date(2026, 3, 30), None),  # the last day of the grace
        (date(2026, 3, 26), date(2026, 3, 26), "outside_window"),  # the day after: taken too late
        (date(2026, 3, 25), date(2026, 3, 31), "too_late"),  # the grace has passed
        (date(2026, 3, 19), date(2026, 3, 18), "future_date"),  # the app's clock a day ahead of the server's
    ],
)
def test_each_side_of_the_window(
    live_server: LiveServer, ivanova: Api, meter: dict[str, Any], taken: date, arrives: date, code: str | None
) -> None:
    previous = last_values(ivanova, meter["id"])["single"]
    arriving(live_server, arrives)
    result = send(ivanova, meter["id"], previous + 40, taken)
    if code is None:
        assert result["status"] == "accepted", result
        reading = stored(ivanova, meter["id"], result["server_id"])
        assert (reading["period"], reading["taken_on"]) == ("2026-03", taken.isoformat())
        assert Decimal(reading["values"][0]["consumption"]) == 40
        assert reading["bill_id"] is None and reading["estimate_reason"] is None
    else:
        assert result["status"] == "rejected" and result["code"] == code, result
        assert f"{taken:%d.%m.%Y}" in result["message"]


def test_the_refusals_name_the_dates(live_server: LiveServer, ivanova: Api, meter: dict[str, Any]) -> None:
    previous = last_values(ivanova, meter["id"])["single"]
    arriving(live_server, date(2026, 3, 10))
    early = send(ivanova, meter["id"], previous + 1, date(2026, 3, 10))
    assert "15.03.2026" in early["message"] and "25.03.2026" in early["message"]
    arriving(live_server, date(2026, 3, 31))
    late = send(ivanova, meter["id"], previous + 1, date(2026, 3, 24))
    assert late["code"] == "too_late"
    assert (
        "24.03.2026" in late["message"]
        and "31.03.2026" in late["message"]
        and "30.03.2026" in late["message"]
    )
    arriving(live_server, date(2026, 3, 18))
    ahead = send(ivanova, meter["id"], previous + 1, date(2026, 3, 19))
    assert "19.03.2026" in ahead["message"] and "18.03.2026" in ahead["message"]


def test_a_reading_belongs_to_the_month_it_was_taken_in(
    live_server: LiveServer, ivanova: Api, meter: dict[str, Any]
) -> None:
    live_server.settings.grace_days = 10  # so the grace runs into the next month
    previous = last_values(ivanova, meter["id"])["single"]
    arriving(live_server, date(2026, 4, 2))
    result = send(ivanova, meter["id"], previous + 75, date(2026, 3, 25))
    assert result["status"] == "accepted", result
    reading = stored(ivanova, meter["id"], result["server_id"])
    assert (reading["period"], reading["taken_on"]) == ("2026-03", "2026-03-25")
    assert Decimal(reading["values"][0]["consumption"]) == 75


def test_a_reading_sent_late_does_not_replace_one_taken_after_it(
    live_server: LiveServer, ivanova: Api, meter: dict[str, Any]
) -> None:
    previous = last_values(ivanova, meter["id"])["single"]
    arriving(live_server, date(2026, 3, 24))
    assert send(ivanova, meter["id"], previous + 60, date(2026, 3, 24))["status"] == "accepted"
    # An app that was offline since the 16th sends, in the grace, what it typed then.
    arriving(live_server, date(2026, 3, 27))
    older = send(ivanova, meter["id"], previous + 20, date(2026, 3, 16))
    assert older["status"] == "rejected" and older["code"] == "newer_reading", older
    assert "24.03.2026" in older["message"] and "16.03.2026" in older["message"]
    assert last_values(ivanova, meter["id"])["single"] == previous + 60
    # One taken on the last day, typed offline and sent now, is the month's reading.
    assert send(ivanova, meter["id"], previous + 70, date(2026, 3, 25))["status"] == "accepted"
    assert last_values(ivanova, meter["id"])["single"] == previous + 70


@pytest.mark.parametrize("taken", [date(9999, 12, 20), date(9999, 12, 31), date(1, 1, 1)])
def test_a_date_at_either_end_of_the_calendar_is_refused_in_words(
    live_server: LiveServer, ivanova: Api, meter: dict[str, Any], taken: date
) -> None:
    live_server.settings.grace_days = 10  # the window's end plus the grace would pass the year 9999
    previous = last_values(ivanova, meter["id"])["single"]
    result = send(ivanova, meter["id"], previous + 5, taken)
    assert result["status"] == "rejected" and result["code"] in ("future_date", "outside_window", "too_late")


def test_an_older_app_without_a_date_is_judged_by_the_day_it_arrives(
    live_server: LiveServer, ivanova: Api, meter: dict[str, Any]
) -> None:
    previous = last_values(ivanova, meter["id"])["single"]
    arriving(live_server, date(2026, 3, 26))
    assert send(ivanova, meter["id"], previous + 5, None)["code"] == "outside_window"
    arriving(live_server, date(2026, 3, 20))
    result = send(ivanova, meter["id"], previous + 5, None)
    assert result["status"] == "accepted"
    assert stored(ivanova, meter["id"], result["server_id"])["taken_on"] == "2026-03-20"


def test_after_the_close_the_month_is_refused_as_billed(
    live_server: LiveServer, ivanova: Api, meter: dict[str, Any]
) -> None:
    previous = last_values(ivanova, meter["id"])["single"]
    live_server.settings.grace_days = 10
    arriving(live_server, date(2026, 4, 5))
    with live_server.db.session() as session:
        close_period(session, live_server.settings, "2026-03", [meter["account_id"]])
    result = send(ivanova, meter["id"], previous + 5, date(2026, 3, 24))  # in the grace, but billed
    assert result["status"] == "rejected" and result["code"] == "period_closed", result
    assert "24.03.2026" in result["message"] and "March 2026" in result["message"]
    arriving(live_server, date(2026, 2, 20))  # a month the seed closed, at a day inside its window
    closed = send(ivanova, meter["id"], previous + 5, date(2026, 2, 20))
    assert closed["code"] == "period_closed"


def test_a_late_reading_sent_eight_times_at_once_is_stored_once(
    live_server: LiveServer, ivanova: Api, meter: dict[str, Any]
) -> None:
    previous = last_values(ivanova, meter["id"])["single"]
    arriving(live_server, date(2026, 3, 27))
    item = str(uuid.uuid4())
    answers = at_once(
        [partial(send, ivanova, meter["id"], previous + 33, date(2026, 3, 25), item)] * CONCURRENT
    )
    assert {a["status"] for a in answers} == {"accepted"}
    assert len({a["server_id"] for a in answers}) == 1
    with live_server.db.session(write=False) as session:
        count = session.scalar(select(func.count()).select_from(Reading).where(Reading.client_uuid == item))
        assert count == 1


def test_late_readings_of_two_logins_at_once_never_fail(
    live_server: LiveServer, ivanova: Api, meter: dict[str, Any]
) -> None:
    """Eight different late readings of one meter at once: each answered, one of them stands."""
    previous = last_values(ivanova, meter["id"])["single"]
    arriving(live_server, date(2026, 3, 28))
    calls = []
    for n in range(CONCURRENT):
        body = {
            "uuid": str(uuid.uuid4()),
            "values": {"single": str(previous + n + 1)},
            "taken_on": "2026-03-24",
        }
        calls.append(partial(ivanova.post, f"/api/v1/meters/{meter['id']}/readings", json=body))
    answers = at_once(calls)
    assert set(statuses(answers)) == {200}
    assert {a.json()["status"] for a in answers} == {"accepted"}
    with live_server.db.session(write=False) as session:
        accepted = session.scalar(
            select(func.count())
            .select_from(Reading)
            .where(Reading.meter_id == meter["id"], Reading.period == "2026-03", Reading.status == "accepted")
        )
        assert accepted == 1


def test_a_late_reading_after_one_of_the_next_month_is_not_needed(
    live_server: LiveServer, ivanova: Api, meter: dict[str, Any]
) -> None:
    """Windows to the month's end with a grace reach into the next window: March's reading arriving
    after April's would count March's use twice, so it is refused and April's stands."""
    live_server.settings.window_start_day, live_server.settings.window_end_day = 1, 31
    previous = last_values(ivanova, meter["id"])["single"]
    arriving(live_server, date(2026, 4, 2))
    april = send(ivanova, meter["id"], previous + 60, date(2026, 4, 1))
    assert april["status"] == "accepted"
    late = send(ivanova, meter["id"], previous + 30, date(2026, 3, 31))
    assert late["status"] == "rejected" and late["code"] == "later_reading", late
    assert "April 2026" in late["message"] and "31.03.2026" in late["message"]
    assert stored(ivanova, meter["id"], april["server_id"])["status"] == "accepted"
