"""The monthly close turns accepted readings and tariffs into bills that add up."""

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select

from server.billing import close_period
from server.schema import Bill, Reading
from tests.server.helpers import accounts, active_meter, last_values, submit
from tests.support.live_server import Api, LiveServer


def test_a_closed_month_bills_the_accepted_reading(live_server: LiveServer, sidorova: Api) -> None:
    meter = active_meter(sidorova)
    account = accounts(sidorova)[0]
    values = last_values(sidorova, meter["id"])
    use = {"peak": 60, "half_peak": 150, "night": 110}
    assert submit(sidorova, meter["id"], {z: values[z] + use[z] for z in use})["status"] == "accepted"
    quote = sidorova.post(
        "/api/v1/tariffs/quote",
        json={"group": "urban", "zone_count": 3, "consumption": {k: str(v) for k, v in use.items()}},
    ).json()
    live_server.settings.fixed_now = datetime(2026, 4, 1, 3, tzinfo=UTC)
    with live_server.db.session() as session:
        made = close_period(session, live_server.settings, "2026-03")
        assert made == 16  # 4 household accounts and 12 flats
        assert close_period(session, live_server.settings, "2026-03") == 0  # a second close changes nothing
    bills = sidorova.get(f"/api/v1/accounts/{account['id']}/bills").json()
    bill = bills[0]
    assert bill["period"] == "2026-03"
    assert Decimal(bill["charges"]) == Decimal(quote["total"])
    assert sum(Decimal(line["amount"]) for line in bill["lines"]) == Decimal(bill["charges"])
    assert Decimal(bill["closing_balance"]) == (
        Decimal(bill["opening_balance"])
        + Decimal(bill["charges"])
        + Decimal(bill["penalties"])
        - Decimal(bill["payments"])
    )
    assert Decimal(bill["opening_balance"]) == Decimal(bills[1]["closing_balance"])
    assert Decimal(sidorova.get(f"/api/v1/accounts/{account['id']}").json()["balance"]) == Decimal(
        bill["closing_balance"]
    )
    first_lines = {line["zone"]: line for line in bill["lines"] if line["current"] is not None}
    assert {z: Decimal(first_lines[z]["current"]) for z in use} == {z: values[z] + use[z] for z in use}


def test_a_meter_without_a_reading_gets_an_estimate(live_server: LiveServer, ivanova: Api) -> None:
    live_server.settings.fixed_now = datetime(2026, 4, 1, 3, tzinfo=UTC)
    with live_server.db.session() as session:
        close_period(session, live_server.settings, "2026-03")
        estimates = session.scalars(
            select(Reading).where(Reading.period == "2026-03", Reading.source == "estimate")
        ).all()
        assert len(estimates) == 16  # every active meter (4 households, 12 flats): no readings this month
        bills = session.scalars(select(Bill).where(Bill.period == "2026-03")).all()
        assert all(bill.charges > 0 for bill in bills)
    meter = active_meter(ivanova)
    history = ivanova.get(f"/api/v1/meters/{meter['id']}/readings").json()
    assert history[0]["source"] == "estimate" and history[0]["period"] == "2026-03"
