"""The card form submitted many times at once (a double click, two tabs, a script) charges once, and every
answer tells the status that was stored."""

from decimal import Decimal

import requests
from sqlalchemy import func, select

from server.schema import ChangeLog, Payment
from tests.server.helpers import accounts
from tests.support.live_server import Api, LiveServer
from tests.support.races import CONCURRENT, REPEATS, at_once, statuses

PAID, DECLINED = "4242 4242 4242 4242", "4000 0000 0000 0002"
WORDS = {"succeeded": "received", "declined": "declined"}


def _submit(url: str, card: str) -> requests.Response:
    return requests.post(url, data={"card_number": card, "expiry": "12/30", "cvc": "123"}, timeout=60)


def _stored(server: LiveServer, payment_id: int) -> tuple[str, str | None, int]:
    """The payment's stored status and card, and how many times it was logged as changed."""
    with server.db.session(write=False) as session:
        row = session.get(Payment, payment_id)
        assert row is not None
        changes = session.scalar(
            select(func.count())
            .select_from(ChangeLog)
            .where(ChangeLog.entity == "payment", ChangeLog.entity_id == payment_id)
        )
        return row.status, row.card_last4, int(changes or 0)


def test_concurrent_card_submissions_charge_once_and_agree(live_server: LiveServer, ivanova: Api) -> None:
    account = accounts(ivanova)[0]
    balance = Decimal(account["balance"])
    paid_total = Decimal(0)
    for repeat in range(REPEATS):
        created = ivanova.post("/api/v1/payments", json={"account_id": account["id"], "amount": "10.00"})
        assert created.status_code == 200, created.text
        payment = created.json()
        # Half the racers pay with a card that succeeds and half with one the bank declines, so an answer
        # made from the racer's own card rather than from the stored status shows.
        cards = [PAID if (i + repeat) % 2 else DECLINED for i in range(CONCURRENT)]
        url = payment["pay_url"]
        answers = at_once([lambda card=card, url=url: _submit(url, card) for card in cards])
        assert set(statuses(answers)) == {200}, [a.text for a in answers]
        status, last4, changes = _stored(live_server, payment["id"])
        assert status in WORDS, status
        assert last4 == ("4242" if status == "succeeded" else "0002")
        assert changes == 2  # created, then answered once
        for answer in answers:
            assert WORDS[status] in answer.text, (status, answer.text)
            assert WORDS[{"succeeded": "declined", "declined": "succeeded"}[status]] not in answer.text
            assert "<form" not in answer.text
        seen = ivanova.get(f"/api/v1/payments/{payment['id']}").json()
        assert seen["status"] == status and seen["card_last4"] == last4
        paid_total += Decimal("10.00") if status == "succeeded" else 0
        assert Decimal(accounts(ivanova)[0]["balance"]) == balance - paid_total
