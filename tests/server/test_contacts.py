"""Changing the contact e-mail and phone (where resets go): the password is asked, the previous contacts
are told over real SMTP and SMS, and a push can no longer change them."""

import uuid
from functools import partial

from sqlalchemy import select

from server.demo import DEMO_PASSWORD
from server.schema import Customer, OutgoingMessage
from tests.support.live_server import Api, LiveServer
from tests.support.mail import body_of, sms_gateway, smtp_server
from tests.support.races import CONCURRENT, at_once, statuses

OLD_EMAIL, OLD_PHONE = "ivanova@example.com", "+79161234501"  # ivanova's in the demo data
SUPPLIER_PHONE = "+74951234567"


def stored_contacts(server: LiveServer) -> tuple[str | None, str | None]:
    with server.db.session(write=False) as session:
        customer = session.scalars(select(Customer).where(Customer.login == "ivanova")).one()
        return customer.email, customer.phone


def outgoing(server: LiveServer) -> list[OutgoingMessage]:
    with server.db.session(write=False) as session:
        return list(session.scalars(select(OutgoingMessage).order_by(OutgoingMessage.id)))


def test_a_wrong_or_missing_password_changes_nothing(live_server: LiveServer, ivanova: Api) -> None:
    before = len(outgoing(live_server))
    wrong = ivanova.put("/api/v1/me/contacts", json={"email": "thief@example.org", "password": "guess-1"})
    assert wrong.status_code == 400 and wrong.json()["detail"]["code"] == "wrong_password"
    missing = ivanova.put("/api/v1/me/contacts", json={"email": "thief@example.org"})
    assert missing.status_code == 422
    empty = ivanova.put("/api/v1/me/contacts", json={"email": "thief@example.org", "password": ""})
    assert empty.status_code == 422
    nothing = ivanova.put("/api/v1/me/contacts", json={"password": DEMO_PASSWORD})
    assert nothing.status_code == 400 and nothing.json()["detail"]["code"] == "nothing_to_change"
    assert stored_contacts(live_server) == (OLD_EMAIL, OLD_PHONE)
    assert len(outgoing(live_server)) == before
    assert ivanova.get("/api/v1/me").json()["email"] == OLD_EMAIL


def test_no_token_is_asked_to_log_in_first(anon: Api) -> None:
    answer = anon.put("/api/v1/me/contacts", json={"password": DEMO_PASSWORD})
    assert answer.status_code == 401 and answer.json()["detail"]["code"] == "not_logged_in"


def test_the_right_password_changes_them_and_the_old_contacts_are_told(
    live_server: LiveServer, ivanova: Api
) -> None:
    with smtp_server() as (inbox, port), sms_gateway() as (texts, gateway):
        live_server.settings.delivery = "live"
        live_server.settings.smtp_port = port
        live_server.settings.sms_gateway_url = gateway
        answer = ivanova.put(
            "/api/v1/me/contacts", json={"email": "anna.new@example.org", "password": DEMO_PASSWORD}
        )
        assert answer.status_code == 200, answer.text
        assert answer.json()["email"] == "anna.new@example.org"
        letter = inbox.wait_for_message()
    assert [m["To"] for m in inbox.messages] == [OLD_EMAIL]  # the previous address, not the new one
    assert letter["Subject"] == "Your personal account: the e-mail was changed"
    words = body_of(letter)
    assert "a***@example.org" in words and "anna.new" not in words  # the new address masked
    assert f"If it was not you, call us at {SUPPLIER_PHONE}." in words
    assert DEMO_PASSWORD not in words
    assert [t["phone"] for t in texts] == [OLD_PHONE]
    assert "e-mail was changed" in texts[0]["text"] and SUPPLIER_PHONE in texts[0]["text"]
    assert stored_contacts(live_server) == ("anna.new@example.org", OLD_PHONE)
    assert ivanova.get("/api/v1/me").json()["email"] == "anna.new@example.org"
    notices = [m for m in outgoing(live_server) if m.subject.endswith("was changed")]
    assert [(m.channel, m.recipient, m.delivered) for m in notices] == [
        ("email", OLD_EMAIL, True),
        ("sms", OLD_PHONE, True),
    ]


def test_the_phone_alone_and_the_same_contacts_again(live_server: LiveServer, ivanova: Api) -> None:
    before = len(outgoing(live_server))
    same = ivanova.put(
        "/api/v1/me/contacts", json={"email": OLD_EMAIL, "phone": OLD_PHONE, "password": DEMO_PASSWORD}
    )
    assert same.status_code == 200 and len(outgoing(live_server)) == before  # nothing changed, no notice
    answer = ivanova.put("/api/v1/me/contacts", json={"phone": "+79035550000", "password": DEMO_PASSWORD})
    assert answer.status_code == 200 and answer.json()["phone"] == "+79035550000"
    told = outgoing(live_server)[before:]
    assert [(m.channel, m.recipient) for m in told] == [("email", OLD_EMAIL), ("sms", OLD_PHONE)]
    assert {m.subject for m in told} == {"Your personal account: the phone number was changed"}
    assert "the phone number was changed on" in told[1].body  # the SMS


def test_a_dead_mail_server_changes_nothing(live_server: LiveServer, ivanova: Api) -> None:
    with smtp_server() as (_inbox, port):
        pass  # the port is closed again
    live_server.settings.delivery = "live"
    live_server.settings.smtp_port = port
    before = len(outgoing(live_server))
    answer = ivanova.put(
        "/api/v1/me/contacts", json={"email": "anna.new@example.org", "password": DEMO_PASSWORD}
    )
    assert answer.status_code == 503 and answer.json()["detail"]["code"] == "delivery_failed"
    assert stored_contacts(live_server) == (OLD_EMAIL, OLD_PHONE)
    assert len(outgoing(live_server)) == before


def test_a_contact_change_in_a_push_is_refused(live_server: LiveServer, ivanova: Api) -> None:
    item = {"kind": "contact_change", "uuid": str(uuid.uuid4()), "email": "thief@example.org"}
    result = ivanova.post("/api/v1/sync/push", json={"items": [item]}).json()["results"][0]
    assert result["status"] == "rejected" and result["code"] == "password_needed"
    assert result["message"] == "To change the e-mail or phone, enter your password in Settings."
    assert ivanova.post("/api/v1/sync/push", json={"items": [item]}).json()["results"][0] == result
    assert stored_contacts(live_server) == (OLD_EMAIL, OLD_PHONE)


def test_changes_at_once_all_answer_and_one_wins(live_server: LiveServer, ivanova: Api) -> None:
    """Eight saves at once: each answers 200, or 429 where the password throttle counted the others as
    unproven yet (each attempt counts until it is proven right); one of the saved e-mails stands."""
    emails = [f"anna{n}@example.org" for n in range(CONCURRENT)]
    body = {"password": DEMO_PASSWORD}
    answers = at_once(
        [partial(ivanova.put, "/api/v1/me/contacts", json={**body, "email": e}) for e in emails]
    )
    found = statuses(answers)
    assert set(found) <= {200, 429} and 200 in found, found
    saved = [e for e, a in zip(emails, answers, strict=True) if a.status_code == 200]
    assert stored_contacts(live_server)[0] in saved
