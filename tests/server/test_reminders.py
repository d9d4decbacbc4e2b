"""Reminders of the submission window: a login opts in per channel (PUT /me/reminders)."""

from functools import partial

from sqlalchemy import select

from server.schema import Customer
from tests.support.live_server import Api, LiveServer
from tests.support.races import CONCURRENT, at_once, statuses


def stored_choice(server: LiveServer, login: str) -> tuple[bool, bool]:
    with server.db.session(write=False) as session:
        customer = session.scalars(select(Customer).where(Customer.login == login)).one()
        return customer.remind_by_email, customer.remind_by_sms


def test_reminders_are_off_until_chosen_and_the_profile_says_so(ivanova: Api) -> None:
    profile = ivanova.get("/api/v1/me").json()
    assert (profile["remind_by_email"], profile["remind_by_sms"]) == (False, False)
    answer = ivanova.put("/api/v1/me/reminders", json={"email": True, "sms": True})
    assert answer.status_code == 200, answer.text
    assert (answer.json()["remind_by_email"], answer.json()["remind_by_sms"]) == (True, True)
    profile = ivanova.get("/api/v1/me").json()
    assert (profile["remind_by_email"], profile["remind_by_sms"]) == (True, True)
    off = ivanova.put("/api/v1/me/reminders", json={"email": False, "sms": True}).json()
    assert (off["remind_by_email"], off["remind_by_sms"]) == (False, True)


def test_the_choice_reaches_the_logins_other_apps_by_pull(ivanova: Api) -> None:
    cursor = ivanova.get("/api/v1/sync/pull", params={"limit": 1000}).json()["cursor"]
    ivanova.put("/api/v1/me/reminders", json={"email": True, "sms": False})
    pulled = ivanova.get("/api/v1/sync/pull", params={"cursor": cursor}).json()["changes"]
    profiles = [c["data"] for c in pulled if c["entity"] == "profile"]
    assert profiles and profiles[-1]["remind_by_email"] is True


def test_a_channel_without_its_contact_is_refused(
    live_server: LiveServer, sidorova: Api, caretaker: Api
) -> None:
    no_email = sidorova.put("/api/v1/me/reminders", json={"email": True, "sms": False})  # she has no e-mail
    assert no_email.status_code == 400 and no_email.json()["detail"]["code"] == "no_email"
    assert "no e-mail in your profile" in no_email.json()["detail"]["message"]
    no_phone = caretaker.put("/api/v1/me/reminders", json={"email": False, "sms": True})  # no phone
    assert no_phone.status_code == 400 and no_phone.json()["detail"]["code"] == "no_phone"
    assert "no phone number in your profile" in no_phone.json()["detail"]["message"]
    assert stored_choice(live_server, "sidorova") == (False, False)
    by_sms = sidorova.put("/api/v1/me/reminders", json={"email": False, "sms": True})
    assert by_sms.status_code == 200 and stored_choice(live_server, "sidorova") == (False, True)


def test_bad_bodies_and_no_login_are_4xx(anon: Api, ivanova: Api) -> None:
    assert anon.put("/api/v1/me/reminders", json={"email": True, "sms": False}).status_code == 401
    for body in ({}, {"email": "yes", "sms": False}, {"email": True}, {"email": 1, "sms": 0}, [], None):
        assert ivanova.put("/api/v1/me/reminders", json=body).status_code == 422, body
    extra = ivanova.put("/api/v1/me/reminders", json={"email": True, "sms": False, "push": True})
    assert extra.status_code == 422


def test_choices_at_once_leave_one_consistent_state(live_server: LiveServer, ivanova: Api) -> None:
    choices = [{"email": n % 2 == 0, "sms": n % 3 == 0} for n in range(CONCURRENT)]
    answers = at_once([partial(ivanova.put, "/api/v1/me/reminders", json=c) for c in choices])
    assert set(statuses(answers)) == {200}
    stored = stored_choice(live_server, "ivanova")
    assert {"email": stored[0], "sms": stored[1]} in choices  # one whole choice, not a mix of two
    profile = ivanova.get("/api/v1/me").json()
    assert (profile["remind_by_email"], profile["remind_by_sms"]) == stored
