"""Proof of ownership: the true owner registers and recovers whoever linked the account first, and the
registration, link, unlink and reset races each end with exactly one effect and no 5xx."""

from typing import Any

import requests
from sqlalchemy import func, select

from server.demo import demo_access_code
from server.schema import Account, AccountLink, Customer, OutgoingMessage
from server.security import verify_password
from tests.conftest import PASSWORD
from tests.server.helpers import accounts
from tests.support.live_server import Api, LiveServer, wait_for
from tests.support.mail import password_in
from tests.support.races import CONCURRENT, REPEATS, at_once, statuses

# Flats of the test seed's building: no login holds them.
FREE = [f"3000{index:04d}" for index in range(1, 13)]


def captcha(api: Api, server: LiveServer) -> dict[str, str]:
    body = api.post("/api/v1/auth/captcha").json()
    return {"captcha_id": body["captcha_id"], "captcha_answer": server.captcha_answer(body["captcha_id"])}


def proof(server: LiveServer, number: str) -> dict[str, str]:
    """What the receipt of `number` shows: the number, the holder's surname and the access code."""
    with server.db.session(write=False) as session:
        surname = session.scalars(select(Account.surname).where(Account.number == number)).one()
    return {"account_number": number, "surname": surname, "access_code": demo_access_code(number)}


def register(anon: Api, server: LiveServer, number: str, email: str) -> requests.Response:
    body = {**proof(server, number), "email": email, **captcha(anon, server)}
    return anon.post("/api/v1/auth/register", json=body)


def reset(anon: Api, server: LiveServer, login_or_account: str) -> requests.Response:
    body = {"login_or_account": login_or_account, **captcha(anon, server)}
    return anon.post("/api/v1/auth/password-reset", json=body)


def sent(server: LiveServer) -> list[tuple[str, str]]:
    """(recipient, body) of every message sent so far, read afresh: a reset's goes after its answer."""
    with server.db.session(write=False) as session:
        rows = session.execute(
            select(OutgoingMessage.recipient, OutgoingMessage.body).order_by(OutgoingMessage.id)
        ).all()
    return [(recipient, body) for recipient, body in rows]


def links(server: LiveServer, number: str) -> list[tuple[str, bool]]:
    """(login, owner) of every login linked to the account."""
    with server.db.session(write=False) as session:
        rows = session.execute(
            select(Customer.login, AccountLink.owner)
            .join(AccountLink, AccountLink.customer_id == Customer.id)
            .join(Account, Account.id == AccountLink.account_id)
            .where(Account.number == number)
            .order_by(Customer.login)
        ).all()
    return [(login, owner) for login, owner in rows]


def numbers(api: Api) -> list[str]:
    return [a["number"] for a in accounts(api)]


def test_the_owner_registers_after_a_stranger_linked_the_account_and_the_stranger_loses_it(
    live_server: LiveServer, anon: Api, ivanova: Api
) -> None:
    number = FREE[2]
    # The stranger had the receipt (a former tenant, a neighbour who found it): linking works...
    linked = ivanova.post("/api/v1/accounts/link", json=proof(live_server, number))
    assert linked.status_code == 200 and linked.json()["number"] == number
    assert links(live_server, number) == [("ivanova", False)]  # ...but never makes an owner.
    # A reset by the number reaches no one: the account has no owner, and a linker is not one.
    assert reset(anon, live_server, number).status_code == 200
    response = register(anon, live_server, number, "owner@example.com")
    assert response.status_code == 200, response.text
    assert response.json()["login"] == number
    assert links(live_server, number) == [(number, True)]
    assert number not in numbers(ivanova)
    assert ivanova.get(f"/api/v1/accounts/{linked.json()['id']}").status_code == 404
    # Only the registration's message went out, to the owner; the password works.
    wait_for(lambda: len(sent(live_server)) >= 1, what="the registration's message")
    assert [recipient for recipient, _ in sent(live_server)] == ["owner@example.com"]
    Api(live_server.url).login(number, password_in(sent(live_server)[0][1]))


def test_the_owner_recovers_by_the_account_number_and_the_message_goes_to_the_owner(
    live_server: LiveServer, anon: Api, ivanova: Api
) -> None:
    number = FREE[3]
    assert register(anon, live_server, number, "owner@example.com").status_code == 200
    # A stranger with the receipt links it after the owner registered: the owner keeps it.
    assert ivanova.post("/api/v1/accounts/link", json=proof(live_server, number)).status_code == 200
    again = register(anon, live_server, number, "stranger@example.com")
    assert again.status_code == 409 and again.json()["detail"]["code"] == "already_registered"
    assert "Forgot password" in again.json()["detail"]["message"]
    assert reset(anon, live_server, number).status_code == 200
    wait_for(lambda: len(sent(live_server)) == 2, what="the reset's message")
    recipient, body = sent(live_server)[1]
    assert recipient == "owner@example.com"  # never ivanova@example.com, who only linked it
    first_password = password_in(sent(live_server)[0][1])
    with live_server.db.session(write=False) as session:
        owner = session.scalars(select(Customer).where(Customer.login == number)).one()
        assert owner.pending_password_hash is not None
        assert verify_password(live_server.settings, owner.pending_password_hash, password_in(body))
        ivanova_row = session.scalars(select(Customer).where(Customer.login == "ivanova")).one()
        assert ivanova_row.pending_password_hash is None
    Api(live_server.url).login(number, first_password)  # the old password still works


def test_a_login_named_by_the_number_that_no_longer_holds_it_does_not_block_the_owner(
    live_server: LiveServer, anon: Api
) -> None:
    number, other = FREE[4], FREE[5]
    assert register(anon, live_server, number, "first@example.com").status_code == 200
    wait_for(lambda: len(sent(live_server)) == 1, what="the password")
    first = Api(live_server.url).login(number, password_in(sent(live_server)[0][1]))
    # The first holder moves out: links the new flat, drops the old one (the owner flag goes with it).
    assert first.post("/api/v1/accounts/link", json=proof(live_server, other)).status_code == 200
    old_id = next(a["id"] for a in accounts(first) if a["number"] == number)
    assert first.delete(f"/api/v1/accounts/{old_id}/link").status_code == 200
    assert links(live_server, number) == []
    # The new tenant registers: the login "<number>" is someone else's, so theirs gets a suffix.
    response = register(anon, live_server, number, "tenant@example.com")
    assert response.status_code == 200, response.text
    assert response.json()["login"] == f"{number}-2"
    assert links(live_server, number) == [(f"{number}-2", True)]
    # "Forgot password" with the number reaches the new owner; the old login keeps its name and password.
    assert reset(anon, live_server, number).status_code == 200
    wait_for(lambda: len(sent(live_server)) == 3, what="the reset's message")
    assert sent(live_server)[2][0] == "tenant@example.com"
    assert numbers(first) == [other]


def _unthrottled(server: LiveServer) -> None:
    """Races of one request eight times over from one address: what they show is one effect, not the
    throttle (tests/server/test_throttle.py), which would answer most of them 429 after a few rounds."""
    for budget in ("account", "proof_address", "reset", "reset_address", "link"):
        setattr(server.settings, f"throttle_free_{budget}", 10**6)


def test_racing_registrations_of_one_account_make_one_login(live_server: LiveServer, anon: Api) -> None:
    _unthrottled(live_server)
    for repeat in range(REPEATS):
        number = FREE[6 + repeat]
        bodies = [
            {**proof(live_server, number), "email": f"racer{i}@example.com", **captcha(anon, live_server)}
            for i in range(CONCURRENT)
        ]
        calls = [lambda b=b: anon.post("/api/v1/auth/register", json=b) for b in bodies]
        answers = at_once(calls)
        found = statuses(answers)
        assert sorted(found) == [200] + [409] * (CONCURRENT - 1), [a.text for a in answers]
        assert {a.json()["detail"]["code"] for a in answers if a.status_code == 409} == {"already_registered"}
        assert links(live_server, number) == [(number, True)]
        with live_server.db.session(write=False) as session:
            made = session.scalar(
                select(func.count()).select_from(Customer).where(Customer.login.like(f"{number}%"))
            )
        assert made == 1


def test_a_double_clicked_link_answers_alike_and_links_once(live_server: LiveServer, ivanova: Api) -> None:
    for repeat in range(REPEATS):
        number = FREE[repeat]
        body = proof(live_server, number)
        answers = at_once([lambda b=body: ivanova.post("/api/v1/accounts/link", json=b)] * CONCURRENT)
        assert statuses(answers) == [200] * CONCURRENT, [a.text for a in answers]
        assert len({a.json()["id"] for a in answers}) == 1
        assert links(live_server, number) == [("ivanova", False)]


def test_racing_unlinks_leave_the_login_one_account(live_server: LiveServer, ivanova: Api) -> None:
    for _ in range(REPEATS):
        mine = accounts(ivanova)
        assert len(mine) == 2
        half = CONCURRENT // 2
        paths = [f"/api/v1/accounts/{mine[i % 2]['id']}/link" for i in range(CONCURRENT)]
        answers = at_once([lambda p=p: ivanova.delete(p) for p in paths])
        found = statuses(answers)
        assert found.count(200) == 1, [a.text for a in answers]
        codes = sorted(a.json()["detail"]["code"] for a in answers if a.status_code != 200)
        # The other account's unlinks find it the last one; the same account's find it gone.
        assert codes == ["last_account"] * half + ["not_found"] * (half - 1), codes
        left = accounts(ivanova)
        assert len(left) == 1
        gone = next(a for a in mine if a["id"] != left[0]["id"])
        relinked = ivanova.post("/api/v1/accounts/link", json=proof(live_server, gone["number"]))
        assert relinked.status_code == 200


def test_racing_resets_leave_one_pending_password_and_the_old_one_working(
    live_server: LiveServer, anon: Api
) -> None:
    """Eight resets at once: one password is set aside and sent, the rest change nothing and send nothing
    (a password sent moments ago stands), and the old password keeps working."""
    _unthrottled(live_server)
    for repeat in range(1, REPEATS + 1):
        solved = [captcha(anon, live_server) for _ in range(CONCURRENT)]
        body: list[dict[str, Any]] = [{"login_or_account": "petrov", **c} for c in solved]
        answers = at_once([lambda b=b: anon.post("/api/v1/auth/password-reset", json=b) for b in body])
        assert statuses(answers) == [200] * CONCURRENT
        wait_for(lambda r=repeat: len(sent(live_server)) == r, what="the reset's message")
        recipient, message = sent(live_server)[-1]
        assert recipient == "petrov@example.com"
        with live_server.db.session(write=False) as session:
            petrov = session.scalars(select(Customer).where(Customer.login == "petrov")).one()
        assert petrov.pending_password_hash is not None
        assert verify_password(live_server.settings, petrov.pending_password_hash, password_in(message))
        assert verify_password(live_server.settings, petrov.password_hash, PASSWORD)
        assert live_server.settings.fixed_now is not None
        live_server.settings.fixed_now += live_server.settings.reset_password_hold  # the next may replace it
    assert len(sent(live_server)) == REPEATS
    Api(live_server.url).login("petrov", PASSWORD)


def test_a_stranger_asking_again_does_not_spoil_the_password_just_sent(
    live_server: LiveServer, anon: Api
) -> None:
    """Anyone may ask for a reset of any login; a second request moments after the owner's changes
    nothing and sends nothing, so the password in the owner's mailbox works. Later, a new one replaces it."""
    assert reset(anon, live_server, "petrov").status_code == 200
    wait_for(lambda: len(sent(live_server)) == 1, what="the owner's reset message")
    first = password_in(sent(live_server)[0][1])
    assert reset(Api(live_server.url), live_server, "10100002").status_code == 200  # petrov's number
    assert reset(Api(live_server.url), live_server, "PETROV").status_code == 200
    Api(live_server.url).login("petrov", first)  # promoted on use: it worked
    assert live_server.settings.fixed_now is not None
    live_server.settings.fixed_now += live_server.settings.reset_password_hold
    assert reset(anon, live_server, "petrov").status_code == 200
    wait_for(lambda: len(sent(live_server)) == 2, what="a later reset's message")
    assert len(sent(live_server)) == 2


def test_only_the_owners_login_is_shown_the_access_code(
    live_server: LiveServer, ivanova: Api, petrov: Api
) -> None:
    number = next(a["number"] for a in accounts(petrov))
    linked = ivanova.post("/api/v1/accounts/link", json=proof(live_server, number))
    assert linked.status_code == 200 and linked.json()["access_code"] == ""
    assert next(a for a in accounts(ivanova) if a["number"] == number)["access_code"] == ""
    assert next(a for a in accounts(petrov) if a["number"] == number)["access_code"] == demo_access_code(
        number
    )
