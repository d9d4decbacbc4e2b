"""Reminders of the submission window: a login opts in per channel (PUT /me/reminders); the server sends
them at the window's open and two days before its close, once, to logins with a meter still unread."""

import asyncio
import dataclasses
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from functools import partial

import pytest
from sqlalchemy import select

from server.cli import main
from server.db import Database
from server.main import create_app
from server.reminders import send_due
from server.schema import Customer, ReminderSent
from tests.server.helpers import active_meter, last_values, submit
from tests.support.live_server import Api, LiveServer
from tests.support.mail import Inbox, body_of, sms_gateway, smtp_server
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


# ---- sending: e-mail to the real SMTP test server, SMS to the test gateway --------------------------------

MARCH = {day: date(2026, 3, day) for day in range(1, 32)}


def opt_in(ivanova: Api, petrov: Api, sidorova: Api) -> None:
    for api, body in (
        (ivanova, {"email": True, "sms": False}),
        (petrov, {"email": True, "sms": False}),
        (sidorova, {"email": False, "sms": True}),  # she has no e-mail
    ):
        assert api.put("/api/v1/me/reminders", json=body).status_code == 200


@contextmanager
def delivered(server: LiveServer) -> Iterator[tuple[Inbox, list[dict[str, str]]]]:
    with smtp_server() as (inbox, port), sms_gateway() as (texts, gateway):
        server.settings.delivery = "live"
        server.settings.smtp_port = port
        server.settings.sms_gateway_url = gateway
        yield inbox, texts


def sent_rows(server: LiveServer) -> list[tuple[int, str, str, str]]:
    with server.db.session(write=False) as session:
        rows = session.scalars(select(ReminderSent).order_by(ReminderSent.id)).all()
        return [(r.customer_id, r.period, r.kind, r.channel) for r in rows]


def test_reminders_go_at_the_windows_open_and_two_days_before_its_close(
    live_server: LiveServer, ivanova: Api, petrov: Api, sidorova: Api
) -> None:
    opt_in(ivanova, petrov, sidorova)
    with delivered(live_server) as (inbox, texts):
        for day in (1, 14, 16, 22, 24, 25, 26, 31):  # no reminder on other days
            assert send_due(live_server.db, live_server.settings, MARCH[day]) == 0, day
        assert send_due(live_server.db, live_server.settings, MARCH[15]) == 3
        inbox.wait_for_message(2)
        assert sorted(m["To"] for m in inbox.messages) == ["ivanova@example.com", "petrov@example.com"]
        letter = next(m for m in inbox.messages if m["To"] == "ivanova@example.com")
        assert letter["Subject"] == "Meter readings for March 2026: from today until 25 March"
        words = body_of(letter)
        assert "from 15.03.2026 to 25.03.2026" in words and "turn it off" in words
        flat, dacha = active_meter(ivanova, 0), active_meter(ivanova, 1)
        assert flat["serial"] in words and dacha["serial"] in words  # both of her meters lack a reading
        assert [t["phone"] for t in texts] == ["+79161234503"]
        assert texts[0]["text"] == (
            "Personal account: meter readings for March 2026 are taken from today until 25 March."
        )
        assert send_due(live_server.db, live_server.settings, MARCH[15]) == 0  # never twice
        meter = active_meter(petrov)  # petrov sends his reading: he is not reminded before the close
        values = last_values(petrov, meter["id"])
        assert submit(petrov, meter["id"], {z: v + 10 for z, v in values.items()})["status"] == "accepted"
        assert send_due(live_server.db, live_server.settings, MARCH[23]) == 2
        inbox.wait_for_message(3)
        closing = inbox.messages[2]
        assert closing["To"] == "ivanova@example.com"
        assert closing["Subject"] == "Meter readings for March 2026: two days left, until 25 March"
        assert texts[1]["text"].startswith("Personal account: two days left to send meter readings")
        assert send_due(live_server.db, live_server.settings, MARCH[23]) == 0
    assert len(inbox.messages) == 3 and len(texts) == 2
    assert [(kind, channel) for _c, _p, kind, channel in sent_rows(live_server)] == [
        ("open", "email"),
        ("open", "email"),
        ("open", "sms"),
        ("closing", "email"),
        ("closing", "sms"),
    ]


def test_logins_that_did_not_opt_in_get_nothing(live_server: LiveServer, ivanova: Api) -> None:
    ivanova.put("/api/v1/me/reminders", json={"email": False, "sms": False})
    with delivered(live_server) as (inbox, texts):
        assert send_due(live_server.db, live_server.settings, MARCH[15]) == 0
    assert inbox.messages == [] and texts == [] and sent_rows(live_server) == []


def test_a_caretaker_is_reminded_of_the_flats_without_a_reading(
    live_server: LiveServer, caretaker: Api
) -> None:
    assert caretaker.put("/api/v1/me/reminders", json={"email": True, "sms": False}).status_code == 200
    with delivered(live_server) as (inbox, _texts):
        assert send_due(live_server.db, live_server.settings, MARCH[15]) == 1
        words = body_of(inbox.wait_for_message())
    assert "and 7 more" in words  # 12 flats: five serials shown, the rest counted


def test_a_failed_send_is_tried_again_by_the_next_run(live_server: LiveServer, ivanova: Api) -> None:
    ivanova.put("/api/v1/me/reminders", json={"email": True, "sms": False})
    with smtp_server() as (_inbox, port):
        pass  # the port is closed again
    live_server.settings.delivery = "live"
    live_server.settings.smtp_port = port
    assert send_due(live_server.db, live_server.settings, MARCH[15]) == 0
    assert sent_rows(live_server) == []  # the claim was given back
    with delivered(live_server) as (inbox, _texts):
        assert send_due(live_server.db, live_server.settings, MARCH[15]) == 1
        assert inbox.wait_for_message()["To"] == "ivanova@example.com"


def test_runs_at_once_send_each_reminder_once(
    live_server: LiveServer, ivanova: Api, petrov: Api, sidorova: Api
) -> None:
    opt_in(ivanova, petrov, sidorova)
    counts: list[int] = []
    barrier = threading.Barrier(CONCURRENT)

    def run() -> None:
        barrier.wait()
        counts.append(send_due(live_server.db, live_server.settings, MARCH[15]))

    with delivered(live_server) as (inbox, texts):
        threads = [threading.Thread(target=run) for _ in range(CONCURRENT)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert len(counts) == CONCURRENT and sum(counts) == 3, counts
        inbox.wait_for_message(2)
    assert len(inbox.messages) == 2 and len(texts) == 1
    assert len(sent_rows(live_server)) == 3


def test_the_server_sends_them_in_the_background_while_it_runs(live_server: LiveServer, ivanova: Api) -> None:
    ivanova.put("/api/v1/me/reminders", json={"email": True, "sms": False})
    settings = dataclasses.replace(live_server.settings, fixed_now=datetime(2026, 3, 15, 8, tzinfo=UTC))
    with delivered(live_server) as (inbox, _texts):
        settings.delivery, settings.smtp_port = "live", live_server.settings.smtp_port
        settings.reminders_interval = 0.05
        app = create_app(settings, live_server.db)

        async def serve_until_sent() -> None:
            async with app.router.lifespan_context(app):
                for _ in range(400):  # at most 20 s
                    if inbox.messages:
                        return
                    await asyncio.sleep(0.05)

        asyncio.run(serve_until_sent())
        assert inbox.wait_for_message()["To"] == "ivanova@example.com"
    assert len(inbox.messages) == 1  # and only once, however many runs went by


def test_the_command_sends_once_and_says_how_many(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("the CLI's own database handling is the same on both")
    database = Database(database_url)
    with database.session() as session:
        for customer in session.scalars(select(Customer).where(Customer.login.in_(["ivanova", "petrov"]))):
            customer.remind_by_email = True
    database.dispose()
    assert main(["--database-url", database_url, "reminders", "--today", "2026-03-15"]) == 0
    assert "2 reminders sent" in capsys.readouterr().out
    assert main(["--database-url", database_url, "reminders", "--today", "2026-03-15"]) == 0
    assert "0 reminders sent" in capsys.readouterr().out
    assert main(["--database-url", database_url, "reminders", "--today", "2026-03-16"]) == 0
    assert "0 reminders sent" in capsys.readouterr().out
    with pytest.raises(SystemExit) as bad:
        main(["--database-url", database_url, "reminders", "--today", "15.03.2026"])
    assert bad.value.code == 2
