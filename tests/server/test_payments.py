"""Card payments through the hosted test acquirer page."""

from decimal import Decimal

import requests
from sqlalchemy import text

from tests.server.helpers import accounts
from tests.support.live_server import Api, LiveServer


def _pay(url: str, card: str) -> requests.Response:
    return requests.post(url, data={"card_number": card, "expiry": "12/30", "cvc": "123"}, timeout=30)


def test_pay_with_the_test_card(live_server: LiveServer, ivanova: Api) -> None:
    account = accounts(ivanova)[0]
    balance = Decimal(account["balance"])
    created = ivanova.post("/api/v1/payments", json={"account_id": account["id"], "amount": "250.50"})
    assert created.status_code == 200, created.text
    payment = created.json()
    assert payment["status"] == "pending" and payment["pay_url"].startswith(live_server.url + "/pay/")
    page = requests.get(payment["pay_url"], timeout=30)
    assert page.status_code == 200 and "250.50" in page.text and "10100001" in page.text
    wrong = _pay(payment["pay_url"], "4242 4242 4242 4241")
    assert wrong.status_code == 400 and "card number is wrong" in wrong.text
    assert ivanova.get(f"/api/v1/payments/{payment['id']}").json()["status"] == "pending"
    paid = _pay(payment["pay_url"], "4242 4242 4242 4242")
    assert paid.status_code == 200 and "received" in paid.text
    after = ivanova.get(f"/api/v1/payments/{payment['id']}").json()
    assert after["status"] == "succeeded" and after["card_last4"] == "4242" and after["pay_url"] is None
    assert Decimal(accounts(ivanova)[0]["balance"]) == balance - Decimal("250.50")
    # Paying twice on the same page does not charge twice.
    _pay(payment["pay_url"], "4242 4242 4242 4242")
    assert Decimal(accounts(ivanova)[0]["balance"]) == balance - Decimal("250.50")


def test_a_declined_card_changes_no_balance(ivanova: Api) -> None:
    account = accounts(ivanova)[0]
    payment = ivanova.post("/api/v1/payments", json={"account_id": account["id"], "amount": "100.00"}).json()
    result = _pay(payment["pay_url"], "4000 0000 0000 0002")
    assert "declined" in result.text
    assert ivanova.get(f"/api/v1/payments/{payment['id']}").json()["status"] == "declined"
    assert accounts(ivanova)[0]["balance"] == account["balance"]


def test_only_the_last_four_digits_are_stored(live_server: LiveServer, ivanova: Api) -> None:
    account = accounts(ivanova)[0]
    payment = ivanova.post("/api/v1/payments", json={"account_id": account["id"], "amount": "1.00"}).json()
    _pay(payment["pay_url"], "5555555555554444")
    with live_server.db.session(write=False) as session:
        rows = session.execute(text("SELECT * FROM payment")).all()
    assert not any("5555555555554444" in str(row) or "55555555" in str(row) for row in rows)
    assert ivanova.get(f"/api/v1/payments/{payment['id']}").json()["card_last4"] == "4444"


def test_amounts_must_be_sensible(ivanova: Api) -> None:
    account = accounts(ivanova)[0]
    for amount in ("0", "-5", "1.005", "abc", "100000000"):
        response = ivanova.post("/api/v1/payments", json={"account_id": account["id"], "amount": amount})
        assert response.status_code == 422, amount
    assert requests.get(f"{ivanova.base}/pay/no-such-payment", timeout=30).status_code == 404
