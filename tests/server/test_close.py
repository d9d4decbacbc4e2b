"""The monthly close waits for the grace, and leaves each reading its proof of use: the bill that used it,
or why the supplier estimated the month."""

import threading
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from server.billing import close_period, closes_on
from server.cli import main
from server.db import Database
from server.errors import ApiError
from server.schema import Bill, BillingPeriod, Meter, Reading
from tests.conftest import base_settings
from tests.server.helpers import active_meter, last_values, submit
from tests.support.live_server import Api, LiveServer, seeded
from tests.support.races import CONCURRENT, statuses


def on(server: LiveServer, day: date) -> None:
    server.settings.fixed_now = datetime(day.year, day.month, day.day, 3, tzinfo=UTC)


def bills_of(server: LiveServer, period: str) -> list[Bill]:
    with server.db.session(write=False) as session:
        return list(session.scalars(select(Bill).where(Bill.period == period)))


def test_the_close_waits_until_the_grace_has_passed(live_server: LiveServer) -> None:
    with live_server.db.session(write=False) as session:
        assert closes_on(session, live_server.settings, "2026-03") == date(2026, 3, 31)  # 25th + 5 days
        assert closes_on(session, live_server.settings, "2026-02") == date(2026, 3, 3)  # after a short month
    on(live_server, date(2026, 3, 30))  # readings taken on the 25th may still arrive today
    with pytest.raises(ApiError) as refused, live_server.db.session() as session:
        close_period(session, live_server.settings, "2026-03")
    assert refused.value.status == 409 and refused.value.code == "grace_not_over"
    assert "31.03.2026" in refused.value.message and "30.03.2026" in refused.value.message
    assert bills_of(live_server, "2026-03") == []
    on(live_server, date(2026, 3, 31))
    with live_server.db.session() as session:
        assert close_period(session, live_server.settings, "2026-03") == 16


def test_a_meter_with_its_own_later_window_holds_the_close_longer(live_server: LiveServer) -> None:
    with live_server.db.session() as session:
        meter = session.scalars(select(Meter).order_by(Meter.id)).first()
        assert meter is not None
        meter.window_start_day, meter.window_end_day = 20, 31  # to the month's end: 31.03, then 5 days
    with live_server.db.session(write=False) as session:
        assert closes_on(session, live_server.settings, "2026-03") == date(2026, 4, 6)
        assert closes_on(session, live_server.settings, "2026-02") == date(2026, 3, 6)  # 28.02 + 5 + 1


def test_each_reading_used_gets_its_bill_and_each_estimate_its_reason(
    live_server: LiveServer, ivanova: Api, sidorova: Api
) -> None:
    flat = active_meter(ivanova)
    reading = submit(ivanova, flat["id"], {"single": last_values(ivanova, flat["id"])["single"] + 90})
    assert reading["status"] == "accepted"
    cursor = ivanova.get("/api/v1/sync/pull", params={"limit": 1000}).json()["cursor"]
    on(live_server, date(2026, 4, 1))
    with live_server.db.session() as session:
        close_period(session, live_server.settings, "2026-03")
    bill = ivanova.get(f"/api/v1/accounts/{flat['account_id']}/bills").json()[0]
    assert bill["period"] == "2026-03"
    history = {r["id"]: r for r in ivanova.get(f"/api/v1/meters/{flat['id']}/readings").json()}
    used = history[reading["server_id"]]
    assert (used["bill_id"], used["estimate_reason"]) == (bill["id"], None)
    pulled = ivanova.get("/api/v1/sync/pull", params={"cursor": cursor, "limit": 1000}).json()["changes"]
    sent = [c["data"] for c in pulled if c["entity"] == "reading" and c["id"] == reading["server_id"]]
    assert sent and sent[-1]["bill_id"] == bill["id"]  # the app learns which bill used it
    three = active_meter(sidorova)  # no reading this month: estimated
    estimate = sidorova.get(f"/api/v1/meters/{three['id']}/readings").json()[0]
    own_bill = sidorova.get(f"/api/v1/accounts/{three['account_id']}/bills").json()[0]
    assert (estimate["source"], estimate["period"]) == ("estimate", "2026-03")
    assert (estimate["estimate_reason"], estimate["bill_id"]) == ("no_reading", own_bill["id"])
    with live_server.db.session(write=False) as session:
        unbilled = session.scalars(
            select(Reading.id).where(
                Reading.period == "2026-03", Reading.status == "accepted", Reading.bill_id.is_(None)
            )
        ).all()
        assert unbilled == []  # every reading of the month that counted was used by a bill


@pytest.mark.parametrize("enforced", [True, False])
def test_an_overdue_meter_is_estimated_for_that_reason_where_its_readings_are_refused(
    live_server: LiveServer, sidorova: Api, enforced: bool
) -> None:
    live_server.settings.refuse_unverified = enforced
    three = active_meter(sidorova)
    with live_server.db.session() as session:
        meter = session.get(Meter, three["id"])
        assert meter is not None
        meter.next_verification_on = date(2026, 3, 1)
    on(live_server, date(2026, 4, 1))
    with live_server.db.session() as session:
        close_period(session, live_server.settings, "2026-03", [three["account_id"]])
    estimate = sidorova.get(f"/api/v1/meters/{three['id']}/readings").json()[0]
    assert estimate["source"] == "estimate"
    assert estimate["estimate_reason"] == ("verification_overdue" if enforced else "no_reading")


def test_the_close_month_command_refuses_before_the_grace(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("the CLI's own database handling is the same on both")
    assert main(["--database-url", database_url, "close-month", "2099-01"]) == 1
    err = capsys.readouterr().err
    assert "error: 2099-01 cannot be closed before 31.01.2099" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as bad:
        main(["--database-url", database_url, "close-month", "2026-13"])
    assert bad.value.code == 2
    assert "not a period like 2026-03" in capsys.readouterr().err


def test_the_demo_seed_closes_its_past_months_whatever_its_today(tmp_path: Path) -> None:
    """Seeded on 1 March, February's grace has not passed; the seed writes its history all the same."""
    settings = base_settings(f"sqlite:///{tmp_path / 'seed.sqlite3'}")
    settings.fixed_now = datetime(2026, 3, 1, 9, tzinfo=UTC)
    seeded(settings, 4, 3)
    server_db = Database(settings.database_url)
    try:
        with server_db.session(write=False) as session:
            closed = session.scalars(
                select(BillingPeriod).where(BillingPeriod.closed_at.is_not(None)).order_by(BillingPeriod.id)
            ).all()
            assert [(p.year, p.month) for p in closed] == [(2025, 12), (2026, 1), (2026, 2)]
            assert session.scalars(select(Bill.id).where(Bill.period == "2026-02")).first() is not None
            used = session.scalars(
                select(Reading).where(Reading.period == "2026-02", Reading.status == "accepted")
            ).all()
            assert used and all(r.bill_id is not None for r in used)
            assert all(r.estimate_reason == "no_reading" for r in used if r.source == "estimate")
    finally:
        server_db.dispose()


def test_the_close_and_late_readings_at_once_leave_nothing_unbilled(
    live_server: LiveServer, ivanova: Api
) -> None:
    """The close and late readings of its month race: each reading is either in before the close (and
    billed by it) or refused period_closed after it; never an accepted reading left without its bill, nor
    an estimate beside a real reading, nor a 5xx."""
    flat = active_meter(ivanova)
    previous = last_values(ivanova, flat["id"])["single"]
    live_server.settings.grace_days = 10  # the close may run on 5 April, readings of March still arrive
    on(live_server, date(2026, 4, 5))
    barrier = threading.Barrier(CONCURRENT)
    answers: list[requests.Response] = []
    made: list[int] = []

    def push(n: int) -> None:
        body = {
            "uuid": str(uuid.uuid4()),
            "values": {"single": str(previous + 10 + n)},
            "taken_on": "2026-03-24",
        }
        barrier.wait()
        answers.append(ivanova.post(f"/api/v1/meters/{flat['id']}/readings", json=body))

    def close() -> None:
        barrier.wait()
        with live_server.db.session() as session:
            made.append(close_period(session, live_server.settings, "2026-03", [flat["account_id"]]))

    threads = [threading.Thread(target=push, args=(n,)) for n in range(CONCURRENT - 1)]
    threads.append(threading.Thread(target=close))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert made == [1] and len(answers) == CONCURRENT - 1
    assert set(statuses(answers)) == {200}
    results = [a.json() for a in answers]
    assert all(r["status"] == "accepted" or r["code"] == "period_closed" for r in results), results
    with live_server.db.session(write=False) as session:
        march = session.scalars(
            select(Reading).where(
                Reading.meter_id == flat["id"], Reading.period == "2026-03", Reading.status == "accepted"
            )
        ).all()
    assert len(march) == 1 and march[0].bill_id is not None  # the one the bill used
    accepted = [r for r in results if r["status"] == "accepted"]
    assert (march[0].source == "estimate") == (not accepted)
