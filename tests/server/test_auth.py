"""Registration, log-in, throttling, tokens, password and login changes, over real HTTP."""

import base64
from datetime import timedelta

import pytest
from sqlalchemy import select

from server.demo import demo_access_code
from server.schema import Customer, OutgoingMessage, SessionToken
from server.security import hash_password, verify_password
from tests.conftest import PASSWORD
from tests.support.live_server import Api, LiveServer, wait_for
from tests.support.mail import body_of, password_in, sms_gateway, smtp_server

# Building flats of the test seed have no logins yet: 30000003 belongs to a flat of the demo building.
FREE_ACCOUNT = "30000003"


def captcha(api: Api, server: LiveServer) -> dict[str, str]:
    response = api.post("/api/v1/auth/captcha")
    assert response.status_code == 200
    body = response.json()
    assert base64.b64decode(body["image_png_base64"]).startswith(b"\x89PNG")
    return {"captcha_id": body["captcha_id"], "captcha_answer": server.captcha_answer(body["captcha_id"])}


def recipients(server: LiveServer) -> list[str]:
    """Who was sent messages, read afresh (a reset's message goes after its answer)."""
    with server.db.session(write=False) as session:
        return list(session.scalars(select(OutgoingMessage.recipient).order_by(OutgoingMessage.id)))


def surname_of(server: LiveServer, number: str) -> str:
    from server.schema import Account

    with server.db.session() as session:
        account = session.scalars(select(Account).where(Account.number == number)).one()
        return account.surname


def test_register_by_email_over_smtp_then_log_in(live_server: LiveServer, anon: Api) -> None:
    with smtp_server() as (inbox, port):
        live_server.settings.delivery = "live"
        live_server.settings.smtp_port = port
        response = anon.post(
            "/api/v1/auth/register",
            json={
                "account_number": FREE_ACCOUNT,
                "surname": surname_of(live_server, FREE_ACCOUNT).upper(),
                "access_code": demo_access_code(FREE_ACCOUNT).lower(),
                "email": "new.user@example.com",
                **captcha(anon, live_server),
            },
        )
        assert response.status_code == 200, response.text
        assert response.json() == {"login": FREE_ACCOUNT, "channel": "email", "sent_to": "n***@example.com"}
        message = inbox.wait_for_message()
    assert message["To"] == "new.user@example.com"
    password = password_in(body_of(message))
    me = Api(live_server.url).login(FREE_ACCOUNT, password)
    assert me.get("/api/v1/me").json()["email"] == "new.user@example.com"
    accounts = me.get("/api/v1/accounts").json()
    assert [a["number"] for a in accounts] == [FREE_ACCOUNT]
    with live_server.db.session() as session:
        stored = session.scalars(select(Customer).where(Customer.login == FREE_ACCOUNT)).one()
        assert stored.password_hash.startswith("$argon2id$")
        assert password not in stored.password_hash
        kept = session.scalars(select(OutgoingMessage.body)).one()  # that it was sent, not the password
        assert password not in kept and "•••" in kept and FREE_ACCOUNT in kept


def test_register_by_sms_through_the_gateway(live_server: LiveServer, anon: Api) -> None:
    with sms_gateway() as (received, url):
        live_server.settings.delivery = "live"
        live_server.settings.sms_gateway_url = url
        response = anon.post(
            "/api/v1/auth/register",
            json={
                "account_number": FREE_ACCOUNT,
                "surname": surname_of(live_server, FREE_ACCOUNT),
                "access_code": demo_access_code(FREE_ACCOUNT),
                "phone": "+79990001122",
                **captcha(anon, live_server),
            },
        )
        assert response.status_code == 200, response.text
    assert response.json()["channel"] == "sms"
    assert received[0]["phone"] == "+79990001122"
    Api(live_server.url).login(FREE_ACCOUNT, password_in(received[0]["text"]))


def test_a_dead_smtp_server_gives_503_and_creates_nothing(live_server: LiveServer, anon: Api) -> None:
    with smtp_server() as (_inbox, port):
        pass  # the port is closed again
    live_server.settings.delivery = "live"
    live_server.settings.smtp_port = port
    response = anon.post(
        "/api/v1/auth/register",
        json={
            "account_number": FREE_ACCOUNT,
            "surname": surname_of(live_server, FREE_ACCOUNT),
            "access_code": demo_access_code(FREE_ACCOUNT),
            "email": "a@example.com",
            **captcha(anon, live_server),
        },
    )
    assert response.status_code == 503
    assert response.json()["detail"]["code"] == "delivery_failed"
    with live_server.db.session() as session:
        assert session.scalars(select(Customer).where(Customer.login == FREE_ACCOUNT)).first() is None


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"surname": "Неправильная"}, "account_mismatch"),
        ({"access_code": "ABCD2345"}, "account_mismatch"),
        ({"account_number": "99999999"}, "account_mismatch"),
        ({"captcha_answer": "00000"}, "captcha_wrong"),
        ({"captcha_id": "no-such-captcha"}, "captcha_expired"),
    ],
)
def test_registration_refuses_wrong_details(
    live_server: LiveServer, anon: Api, change: dict[str, str], code: str
) -> None:
    body = {
        "account_number": FREE_ACCOUNT,
        "surname": surname_of(live_server, FREE_ACCOUNT),
        "access_code": demo_access_code(FREE_ACCOUNT),
        "email": "x@example.com",
        **captcha(anon, live_server),
        **change,
    }
    response = anon.post("/api/v1/auth/register", json=body)
    assert response.status_code == 400
    assert response.json()["detail"]["code"] == code


def test_a_captcha_is_good_for_one_try(live_server: LiveServer, anon: Api) -> None:
    solved = captcha(anon, live_server)
    body = {
        "account_number": FREE_ACCOUNT,
        "surname": "Wrong",
        "access_code": demo_access_code(FREE_ACCOUNT),
        "email": "x@example.com",
    }
    assert (
        anon.post("/api/v1/auth/register", json={**body, **solved}).json()["detail"]["code"]
        == "account_mismatch"
    )
    body["surname"] = surname_of(live_server, FREE_ACCOUNT)
    assert (
        anon.post("/api/v1/auth/register", json={**body, **solved}).json()["detail"]["code"]
        == "captcha_expired"
    )


def test_an_account_with_a_login_cannot_register_again(live_server: LiveServer, anon: Api) -> None:
    response = anon.post(
        "/api/v1/auth/register",
        json={
            "account_number": "10100001",
            "surname": "Иванова",
            "access_code": demo_access_code("10100001"),
            "email": "x@example.com",
            **captcha(anon, live_server),
        },
    )
    assert response.status_code == 409
    assert response.json()["detail"]["code"] == "already_registered"


def test_password_reset_sends_a_new_password_and_locks_no_one_out(
    live_server: LiveServer, anon: Api, ivanova: Api
) -> None:
    with smtp_server() as (inbox, port):
        live_server.settings.delivery = "live"
        live_server.settings.smtp_port = port
        response = anon.post(
            "/api/v1/auth/password-reset", json={"login_or_account": "10100001", **captcha(anon, live_server)}
        )
        assert response.status_code == 200
        message = inbox.wait_for_message()
    assert message["To"] == "ivanova@example.com"
    sent = password_in(body_of(message))
    # The new password waits to be used; the old one and the sessions go on meanwhile.
    assert ivanova.get("/api/v1/me").status_code == 200
    Api(live_server.url).login("ivanova", PASSWORD)
    with live_server.db.session() as session:
        stored = session.scalars(select(Customer).where(Customer.login == "ivanova")).one()
        assert stored.pending_password_hash is not None and stored.pending_expires_at is not None
        assert verify_password(live_server.settings, stored.pending_password_hash, sent)
        assert verify_password(live_server.settings, stored.password_hash, PASSWORD)
        assert stored.pending_expires_at == live_server.settings.now() + timedelta(hours=24)
        kept = session.scalars(select(OutgoingMessage)).all()
    # Live mode keeps that it was sent, never the password itself.
    assert [m.recipient for m in kept] == ["ivanova@example.com"]
    assert sent not in kept[0].body and "•••" in kept[0].body and kept[0].delivered


def test_a_reset_for_no_such_login_answers_the_same_and_sends_nothing(
    live_server: LiveServer, anon: Api
) -> None:
    known = anon.post(
        "/api/v1/auth/password-reset", json={"login_or_account": "petrov", **captcha(anon, live_server)}
    )
    unknown = anon.post(
        "/api/v1/auth/password-reset",
        json={"login_or_account": "nobody-at-all", **captcha(anon, live_server)},
    )
    assert known.status_code == unknown.status_code == 200
    assert known.json() == unknown.json()
    wait_for(lambda: bool(recipients(live_server)), what="the message")
    assert recipients(live_server) == ["petrov@example.com"]


def test_a_password_change_voids_a_pending_reset(live_server: LiveServer, anon: Api, petrov: Api) -> None:
    anon.post(
        "/api/v1/auth/password-reset", json={"login_or_account": "petrov", **captcha(anon, live_server)}
    )
    ok = petrov.post("/api/v1/me/password", json={"old_password": PASSWORD, "new_password": "new-secret-1"})
    assert ok.status_code == 200
    with live_server.db.session() as session:
        stored = session.scalars(select(Customer).where(Customer.login == "petrov")).one()
        assert stored.pending_password_hash is None and stored.pending_expires_at is None


def test_tokens_are_long_random_and_stored_hashed(live_server: LiveServer, ivanova: Api) -> None:
    assert ivanova.token is not None
    assert len(base64.urlsafe_b64decode(ivanova.token + "==")) * 8 >= 128
    with live_server.db.session() as session:
        hashes = session.scalars(select(SessionToken.token_hash)).all()
    assert ivanova.token not in hashes and len(hashes) >= 1


def test_logout_ends_the_session(ivanova: Api) -> None:
    assert ivanova.post("/api/v1/auth/logout").status_code == 200
    response = ivanova.get("/api/v1/me")
    assert response.status_code == 401
    assert response.json()["detail"]["code"] == "not_logged_in"


def test_an_expired_token_asks_to_log_in_again(live_server: LiveServer, ivanova: Api) -> None:
    assert live_server.settings.fixed_now is not None
    live_server.settings.fixed_now += timedelta(days=31)
    response = ivanova.get("/api/v1/accounts")
    assert response.status_code == 401
    assert response.json()["detail"]["code"] == "token_expired"


def wrong(api: Api, login: str, password: str = "wrong-one") -> int:
    return api.post("/api/v1/auth/login", json={"login": login, "password": password}).status_code


def test_wrong_passwords_are_throttled_per_login(anon: Api) -> None:
    for _ in range(5):
        assert wrong(anon, "petrov") == 401
    response = anon.post("/api/v1/auth/login", json={"login": "petrov", "password": PASSWORD})
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "1"
    assert response.json()["detail"]["code"] == "too_many_attempts"
    assert wrong(anon, "PETROV") == 429  # one login whatever the case
    # Another login from the same address is not yet slowed.
    assert wrong(anon, "sidorova", PASSWORD) == 200


def test_wrong_passwords_are_throttled_per_address(live_server: LiveServer, anon: Api) -> None:
    live_server.settings.throttle_free_address = 8
    for index in range(8):
        assert wrong(anon, f"nobody{index}") == 401
    response = anon.post("/api/v1/auth/login", json={"login": "sidorova", "password": PASSWORD})
    assert response.status_code == 429
    assert response.json()["detail"]["code"] == "too_many_attempts"


def test_a_wait_ends_and_the_next_one_is_longer(live_server: LiveServer, anon: Api) -> None:
    assert live_server.settings.fixed_now is not None
    for _ in range(5):
        assert wrong(anon, "petrov") == 401
    waits = []
    for _ in range(4):
        response = anon.post("/api/v1/auth/login", json={"login": "petrov", "password": "wrong-one"})
        assert response.status_code == 429
        waits.append(int(response.headers["Retry-After"]))
        live_server.settings.fixed_now += timedelta(seconds=waits[-1])
        assert wrong(anon, "petrov") == 401  # the wait is over: one more real answer
    assert waits == [1, 2, 4, 8]
    response = anon.post("/api/v1/auth/login", json={"login": "petrov", "password": PASSWORD})
    assert response.status_code == 429 and response.headers["Retry-After"] == "16"
    live_server.settings.fixed_now += timedelta(seconds=16)
    assert wrong(anon, "petrov", PASSWORD) == 200  # never a lockout: the right password works after it


def test_waits_stop_growing_at_the_cap_and_failures_fade_in_a_day(live_server: LiveServer, anon: Api) -> None:
    assert live_server.settings.fixed_now is not None
    waits: list[int] = []
    while len(waits) < 13:
        response = anon.post("/api/v1/auth/login", json={"login": "petrov", "password": "wrong-one"})
        if response.status_code == 429:
            waits.append(int(response.headers["Retry-After"]))
            live_server.settings.fixed_now += timedelta(seconds=waits[-1])
    assert waits == [2**n for n in range(10)] + [15 * 60] * 3
    live_server.settings.fixed_now += timedelta(hours=24)
    for _ in range(5):  # forgotten: the free ones again
        assert wrong(anon, "petrov") == 401
    assert wrong(anon, "petrov") == 429


def set_pending(server: LiveServer, login: str, password: str, expires_in: timedelta) -> None:
    """What a reset leaves (server/auth.reset_password): a new password waiting beside the old one."""
    with server.db.session() as session:
        customer = session.scalars(select(Customer).where(Customer.login == login)).one()
        customer.pending_password_hash = hash_password(server.settings, password)
        customer.pending_expires_at = server.settings.now() + expires_in


def test_a_pending_password_works_beside_the_old_until_used(live_server: LiveServer, petrov: Api) -> None:
    set_pending(live_server, "petrov", "pending-secret-1", timedelta(hours=1))
    old = Api(live_server.url).login("petrov", PASSWORD)  # the old password still works
    assert petrov.get("/api/v1/me").status_code == old.get("/api/v1/me").status_code == 200
    new = Api(live_server.url).login("Petrov", "pending-secret-1")
    # Used once, it is the password: the old one and the sessions it opened have ended.
    assert petrov.get("/api/v1/me").status_code == old.get("/api/v1/me").status_code == 401
    assert new.get("/api/v1/me").status_code == 200
    assert wrong(new, "petrov", PASSWORD) == 401
    Api(live_server.url).login("petrov", "pending-secret-1")
    with live_server.db.session() as session:
        stored = session.scalars(select(Customer).where(Customer.login == "petrov")).one()
        assert stored.pending_password_hash is None and stored.pending_expires_at is None


def test_an_expired_pending_password_does_not_work(live_server: LiveServer, anon: Api) -> None:
    set_pending(live_server, "petrov", "pending-secret-1", timedelta(hours=1))
    assert live_server.settings.fixed_now is not None
    live_server.settings.fixed_now += timedelta(hours=1)
    assert wrong(anon, "petrov", "pending-secret-1") == 401
    assert wrong(anon, "petrov", PASSWORD) == 200


def test_change_password_and_login(live_server: LiveServer, petrov: Api) -> None:
    other = Api(live_server.url).login("petrov", PASSWORD)
    wrong = petrov.post("/api/v1/me/password", json={"old_password": "nope", "new_password": "new-secret-1"})
    assert wrong.status_code == 400
    short = petrov.post("/api/v1/me/password", json={"old_password": PASSWORD, "new_password": "short"})
    assert short.status_code == 422
    ok = petrov.post("/api/v1/me/password", json={"old_password": PASSWORD, "new_password": "new-secret-1"})
    assert ok.status_code == 200
    assert other.get("/api/v1/me").status_code == 401  # other sessions end
    assert petrov.get("/api/v1/me").status_code == 200  # this one goes on
    for name in ("ivanova", "IVANOVA", "Ivanova"):  # logins are one whatever the case
        taken = petrov.post("/api/v1/me/login", json={"password": "new-secret-1", "new_login": name})
        assert taken.status_code == 409 and taken.json()["detail"]["code"] == "login_taken", name
    for name in ("10100001", "30000003", "000"):  # digits alone would pass for an account number
        digits = petrov.post("/api/v1/me/login", json={"password": "new-secret-1", "new_login": name})
        assert digits.status_code == 400 and digits.json()["detail"]["code"] == "login_like_account", name
    renamed = petrov.post("/api/v1/me/login", json={"password": "new-secret-1", "new_login": "s.petrov"})
    assert renamed.json()["login"] == "s.petrov"
    Api(live_server.url).login("s.petrov", "new-secret-1")


def test_change_contacts(petrov: Api) -> None:
    response = petrov.put(
        "/api/v1/me/contacts",
        json={"email": "sergey@example.org", "phone": "+79031112233", "password": PASSWORD},
    )
    assert response.status_code == 200
    assert petrov.get("/api/v1/me").json()["phone"] == "+79031112233"
    assert petrov.put("/api/v1/me/contacts", json={"email": "not an email"}).status_code == 422
