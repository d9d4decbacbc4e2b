"""Card payments through the hosted test acquirer page."""

import base64
from decimal import Decimal
from typing import Any

import pytest
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
    for amount in ("0", "-5", "1.005", "abc", "100000000", "1e3", " 5", 12.5, True):
        response = ivanova.post("/api/v1/payments", json={"account_id": account["id"], "amount": amount})
        assert response.status_code == 422, amount
    for amount in ("12.50", 12, 12.0):  # as the app sends it, and a whole number as JSON has them
        response = ivanova.post("/api/v1/payments", json={"account_id": account["id"], "amount": amount})
        assert response.status_code == 200, (amount, response.text)


def test_an_unknown_payment_address_is_a_page_for_a_browser(ivanova: Api) -> None:
    """Someone following an old or mistyped link gets words, not the API's JSON."""
    for answer in (
        requests.get(f"{ivanova.base}/pay/no-such-payment", timeout=30),
        requests.post(f"{ivanova.base}/pay/no-such-payment", data={"card_number": "4111"}, timeout=30),
    ):
        assert answer.status_code == 404
        assert answer.headers["content-type"].startswith("text/html")
        assert "This payment link is not valid" in answer.text


def _pending(ivanova: Api) -> dict[str, Any]:
    account = accounts(ivanova)[0]
    created = ivanova.post("/api/v1/payments", json={"account_id": account["id"], "amount": "12.34"})
    assert created.status_code == 200, created.text
    return dict(created.json())


@pytest.mark.parametrize(
    ("expiry", "cvc", "words"),
    [
        ("02/26", "123", "has expired"),  # the server's today is 18.03.2026
        ("12/25", "123", "has expired"),
        ("1/30", "123", "month/year"),
        ("13/30", "123", "month/year"),
        ("00/30", "123", "month/year"),
        ("12-30", "123", "month/year"),
        ("12/2030", "123", "month/year"),
        ("١٢/٣٠", "123", "month/year"),  # Arabic-Indic digits
        ("12/30", "12", "3 digits"),
        ("12/30", "1234", "3 digits"),
        ("12/30", "12a", "3 digits"),
        ("12/30", "１２３", "3 digits"),  # full-width digits
        ("12/30", "", "3 digits"),
    ],
)
def test_an_expired_card_or_a_malformed_expiry_or_cvc_is_refused(
    ivanova: Api, expiry: str, cvc: str, words: str
) -> None:
    payment = _pending(ivanova)
    answer = requests.post(
        payment["pay_url"], data={"card_number": "4242424242424242", "expiry": expiry, "cvc": cvc}, timeout=30
    )
    assert answer.status_code == 400 and words in answer.text and "<form" in answer.text, answer.text
    assert ivanova.get(f"/api/v1/payments/{payment['id']}").json()["status"] == "pending"


def test_a_card_is_good_to_the_end_of_its_expiry_month(ivanova: Api) -> None:
    payment = _pending(ivanova)
    answer = requests.post(
        payment["pay_url"],
        data={"card_number": "4242424242424242", "expiry": "03/26", "cvc": "007"},
        timeout=30,
    )
    assert answer.status_code == 200 and "received" in answer.text, answer.text


def test_a_card_number_is_ascii_digits_with_spaces_or_dashes(ivanova: Api) -> None:
    payment = _pending(ivanova)
    for typed in ("4242x4242 4242 4242", "４２４２４２４２４２４２４２４２"):
        assert _pay(payment["pay_url"], typed).status_code == 400, typed
    assert _pay(payment["pay_url"], "4242-4242-4242-4242").status_code == 200


def test_an_answered_page_shows_only_its_outcome(ivanova: Api) -> None:
    payment = _pending(ivanova)
    pending = requests.get(payment["pay_url"], timeout=30)
    assert "<form" in pending.text and "10100001" in pending.text
    assert (
        pending.headers["Cache-Control"] == "no-store"
        and "frame-ancestors 'none'" in pending.headers["Content-Security-Policy"]
    )
    _pay(payment["pay_url"], "5555 5555 5555 4444")
    for answer in (
        requests.get(payment["pay_url"], timeout=30),
        _pay(payment["pay_url"], "4242424242424242"),
    ):
        assert answer.status_code == 200 and "12.34 RUB received" in answer.text
        for private in ("<form", "10100001", "4444", "Иванова", str(payment["id"])):
            assert private not in answer.text, private
    again = _pay(payment["pay_url"], "4000 0000 0000 0002")
    assert "nothing more was charged" in again.text
    assert ivanova.get(f"/api/v1/payments/{payment['id']}").json()["card_last4"] == "4444"


def test_payment_addresses_cannot_be_guessed(live_server: LiveServer, ivanova: Api) -> None:
    token = _pending(ivanova)["pay_url"].rsplit("/", 1)[1]
    assert len(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))) * 8 >= 128
    with live_server.db.session(write=False) as session:
        rows = session.execute(text("SELECT token, method FROM payment")).all()
    assert not [t for t, _ in rows if t.startswith("demo-") or len(t) < 22]
    bank = next(t for t, method in rows if method == "bank")  # the seed's payments made at a bank
    assert requests.get(f"{live_server.url}/pay/{bank}", timeout=30).status_code == 404


def test_the_page_speaks_the_persons_language(ivanova: Api) -> None:
    """The app asks for its own language; a browser given the link gets the one it prefers."""
    payment = _pending(ivanova)
    russian = requests.get(
        payment["pay_url"], headers={"Accept-Language": "ru-RU,ru;q=0.9,en;q=0.8"}, timeout=30
    )
    assert '<html lang="ru">' in russian.text and "Номер карты" in russian.text and "12,34 ₽" in russian.text
    preferred = requests.get(
        payment["pay_url"], headers={"Accept-Language": "de, en;q=0.5, ru;q=0.9"}, timeout=30
    )
    assert "Номер карты" in preferred.text
    asked = requests.get(
        payment["pay_url"], params={"lang": "en"}, headers={"Accept-Language": "ru"}, timeout=30
    )
    assert '<html lang="en">' in asked.text and "Card number" in asked.text
    strange = requests.get(
        payment["pay_url"], params={"lang": "xx"}, headers={"Accept-Language": "q=;;,"}, timeout=30
    )
    assert strange.status_code == 200 and "Card number" in strange.text
    refused = requests.post(
        payment["pay_url"],
        params={"lang": "ru"},
        data={"card_number": "4242424242424241", "expiry": "12/30", "cvc": "123"},
        timeout=30,
    )
    assert refused.status_code == 400 and "Номер карты набран неверно" in refused.text
    paid = _pay(payment["pay_url"] + "?lang=ru", "4242424242424242")
    assert "Платёж на 12,34 ₽ получен" in paid.text
    unknown = requests.get(f"{ivanova.base}/pay/no-such-payment?lang=ru", timeout=30)
    assert unknown.status_code == 404 and "недействительна" in unknown.text
