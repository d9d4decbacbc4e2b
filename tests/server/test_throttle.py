"""Throttling slows guessers without locking owners out: linking, log-in (also 120 guesses at once),
registration, reset, and which address counts behind a proxy. The server's clock is moved, never waited on."""

import secrets
from collections.abc import Callable
from datetime import timedelta

import pytest
import requests
from sqlalchemy import select

from server.demo import demo_access_code
from server.schema import Account, Throttle
from server.security import ACCESS_CODE_ALPHABET
from tests.conftest import PASSWORD
from tests.server.helpers import accounts
from tests.support.live_server import Api, LiveServer
from tests.support.races import CONCURRENT, REPEATS, at_once, statuses

LOGIN = "/api/v1/auth/login"
FREE_ACCOUNT = "30000003"  # a flat of the test seed's building with no login yet


def later(server: LiveServer, seconds: float) -> None:
    assert server.settings.fixed_now is not None
    server.settings.fixed_now += timedelta(seconds=seconds)


def behind_proxy(server: LiveServer) -> None:
    """The test server's peer (this process, on loopback) becomes a trusted proxy."""
    server.settings.trusted_proxies = ("127.0.0.1",)


def from_(address: str) -> dict[str, str]:
    return {"X-Forwarded-For": address}


def log_in(api: Api, login: str, password: str, address: str | None = None) -> requests.Response:
    headers = from_(address) if address else {}
    return api.post(LOGIN, json={"login": login, "password": password}, headers=headers)


def random_code() -> str:
    return "".join(secrets.choice(ACCESS_CODE_ALPHABET) for _ in range(8))


def test_a_household_trying_200_proofs_links_nothing_and_is_slowed(
    live_server: LiveServer, ivanova: Api
) -> None:
    with live_server.db.session() as session:
        others = session.execute(select(Account.number, Account.surname).order_by(Account.id)).all()
    before = accounts(ivanova)
    answers: dict[int, int] = {}
    for index in range(200):
        number, surname = others[index % len(others)]
        response = ivanova.post(
            "/api/v1/accounts/link",
            json={"account_number": number, "surname": surname, "access_code": random_code()},
        )
        answers[response.status_code] = answers.get(response.status_code, 0) + 1
        if response.status_code == 429:
            assert response.json()["detail"]["code"] == "too_many_attempts"
            assert int(response.headers["Retry-After"]) >= 1
    # Ten real answers (the login's free ones), then only waits: the clock has not moved.
    assert answers == {400: live_server.settings.throttle_free_link, 429: 190}
    assert accounts(ivanova) == before
    # Slowed, not locked: after the wait, one more real answer, then a longer wait.
    waits = []
    for _ in range(3):
        refused = ivanova.post(
            "/api/v1/accounts/link",
            json={"account_number": others[0][0], "surname": others[0][1], "access_code": random_code()},
        )
        assert refused.status_code == 429
        waits.append(int(refused.headers["Retry-After"]))
        later(live_server, waits[-1])
        wrong = ivanova.post(
            "/api/v1/accounts/link",
            json={"account_number": others[0][0], "surname": others[0][1], "access_code": random_code()},
        )
        assert wrong.json()["detail"]["code"] == "account_mismatch"
    assert waits == [1, 2, 4]


def test_linking_rightly_again_and_again_is_never_slowed(live_server: LiveServer, ivanova: Api) -> None:
    with live_server.db.session() as session:
        surname = session.scalars(select(Account.surname).where(Account.number == FREE_ACCOUNT)).one()
    proof = {
        "account_number": FREE_ACCOUNT,
        "surname": surname,
        "access_code": demo_access_code(FREE_ACCOUNT),
    }
    for _ in range(live_server.settings.throttle_free_link + 5):
        assert ivanova.post("/api/v1/accounts/link", json=proof).status_code == 200


@pytest.mark.parametrize("spread", ["one address", "many addresses"])
def test_120_guesses_at_once_let_only_the_free_ones_through(live_server: LiveServer, spread: str) -> None:
    """One address: the login-and-address key's 5; from 120 addresses: the login's own 50."""
    behind_proxy(live_server)
    free = {
        "one address": live_server.settings.throttle_free_pair,
        "many addresses": live_server.settings.throttle_free_login,
    }[spread]

    def guess(number: int) -> Callable[[], requests.Response]:
        address = "203.0.113.5" if spread == "one address" else f"10.{number // 250}.{number % 250}.9"
        return lambda: requests.post(
            live_server.url + LOGIN,
            json={"login": "petrov", "password": f"guess-{number}"},
            headers=from_(address),
            timeout=60,
        )

    for _ in range(REPEATS):
        found: list[int] = []
        for start in range(0, 120, CONCURRENT):
            found += statuses(at_once([guess(n) for n in range(start, start + CONCURRENT)]))
        assert sorted(set(found)) == [401, 429]
        assert found.count(401) == free, (found.count(401), found.count(429))
        later(
            live_server, timedelta(hours=24).total_seconds()
        )  # the failures fade: the next trial starts anew
    # The owner, meanwhile at home, was never kept out.
    assert log_in(Api(live_server.url), "petrov", PASSWORD, "198.51.100.7").status_code == 200


def test_the_owner_at_home_logs_in_while_strangers_flood_the_login(live_server: LiveServer) -> None:
    behind_proxy(live_server)
    owner, stranger = Api(live_server.url), Api(live_server.url)
    home = "198.51.100.7"
    assert log_in(owner, "petrov", PASSWORD, home).status_code == 200  # home is now a known address
    free = live_server.settings.throttle_free_login
    for index in range(free - 1):  # a spray from many addresses, a few guesses each
        assert log_in(stranger, "petrov", "guess", f"203.0.113.{index // 4}").status_code == 401
    # From a new address the owner still gets in while the login's free failures last...
    assert log_in(owner, "petrov", PASSWORD, "192.0.2.1").status_code == 200
    assert log_in(stranger, "petrov", "guess", "203.0.113.100").status_code == 401
    # ... and then waits, as strangers do; at home, not at all.
    waits = []
    for round_ in range(3):
        assert log_in(stranger, "petrov", "guess", "203.0.113.101").status_code == 429
        assert log_in(owner, "petrov", PASSWORD, home).status_code == 200
        away = log_in(owner, "petrov", PASSWORD, f"192.0.2.{10 + round_}")
        assert away.status_code == 429
        waits.append(int(away.headers["Retry-After"]))
        later(live_server, waits[-1])
        assert log_in(stranger, "petrov", "guess", "203.0.113.102").status_code == 401
    assert waits == [1, 2, 4]
    later(live_server, 8)
    assert log_in(owner, "petrov", PASSWORD, "192.0.2.50").status_code == 200  # a wait always ends


def test_the_owners_own_wrong_passwords_at_home_slow_only_home(live_server: LiveServer) -> None:
    behind_proxy(live_server)
    owner = Api(live_server.url)
    assert log_in(owner, "petrov", PASSWORD, "198.51.100.7").status_code == 200
    for _ in range(live_server.settings.throttle_free_pair):
        assert log_in(owner, "petrov", "typo", "198.51.100.7").status_code == 401
    assert log_in(owner, "petrov", PASSWORD, "198.51.100.7").status_code == 429
    assert log_in(owner, "petrov", PASSWORD, "192.0.2.1").status_code == 200
    later(live_server, 1)
    assert log_in(owner, "petrov", PASSWORD, "198.51.100.7").status_code == 200
    # A success clears the pair's failures: the free ones again.
    for _ in range(live_server.settings.throttle_free_pair):
        assert log_in(owner, "petrov", "typo", "198.51.100.7").status_code == 401


def solved(api: Api, server: LiveServer) -> dict[str, str]:
    captcha_id = api.post("/api/v1/auth/captcha").json()["captcha_id"]
    return {"captcha_id": captcha_id, "captcha_answer": server.captcha_answer(captcha_id)}


def test_guesses_at_an_account_add_up_over_linking_and_registering(
    live_server: LiveServer, anon: Api, ivanova: Api
) -> None:
    with live_server.db.session() as session:
        surname = session.scalars(select(Account.surname).where(Account.number == FREE_ACCOUNT)).one()
    proof = {"account_number": FREE_ACCOUNT, "surname": surname}
    half = live_server.settings.throttle_free_account // 2
    for _ in range(half):
        response = ivanova.post("/api/v1/accounts/link", json={**proof, "access_code": random_code()})
        assert response.status_code == 400
    register = {**proof, "email": "owner@example.com"}
    for _ in range(live_server.settings.throttle_free_account - half):
        response = anon.post(
            "/api/v1/auth/register",
            json={**register, "access_code": random_code(), **solved(anon, live_server)},
        )
        assert response.json()["detail"]["code"] == "account_mismatch"
    right = {**register, "access_code": demo_access_code(FREE_ACCOUNT)}
    waiting = anon.post("/api/v1/auth/register", json={**right, **solved(anon, live_server)})
    assert waiting.status_code == 429
    # The true owner registers after the wait.
    later(live_server, int(waiting.headers["Retry-After"]))
    registered = anon.post("/api/v1/auth/register", json={**right, **solved(anon, live_server)})
    assert registered.status_code == 200, registered.text


def test_resets_are_counted_per_login_and_per_address(live_server: LiveServer, anon: Api) -> None:
    live_server.settings.throttle_free_reset_address = 5

    def reset(target: str) -> requests.Response:
        body = {"login_or_account": target, **solved(anon, live_server)}
        return anon.post("/api/v1/auth/password-reset", json=body)

    for _ in range(live_server.settings.throttle_free_reset):  # each counts, asked rightly or not
        assert reset("petrov").status_code == 200
    refused = reset("Petrov")
    assert refused.status_code == 429 and refused.json()["detail"]["code"] == "too_many_attempts"
    assert reset("sidorova").status_code == 200  # another login's resets are its own ...
    assert reset("nobody-at-all").status_code == 200
    assert reset("no-one-else").status_code == 429  # ... but five from this address spend its budget
    later(live_server, int(refused.headers["Retry-After"]))
    assert reset("no-one-else").status_code == 200


def keys(server: LiveServer) -> set[str]:
    with server.db.session() as session:
        return set(session.scalars(select(Throttle.key).where(Throttle.key.like("address|%"))))


@pytest.mark.parametrize(
    ("trusted", "forwarded", "counted"),
    [
        ((), "203.0.113.9", "127.0.0.1"),  # by default the header is the client's say only
        (("127.0.0.1",), "203.0.113.9", "203.0.113.9"),
        (("127.0.0.0/8",), "198.51.100.1, 203.0.113.9", "203.0.113.9"),  # the right-most untrusted
        (("127.0.0.1", "203.0.113.0/24"), "198.51.100.1, 203.0.113.9", "198.51.100.1"),
        (("127.0.0.1", "203.0.113.0/24"), "203.0.113.8, 203.0.113.9", "127.0.0.1"),  # all trusted
        (("127.0.0.1",), "2001:db8:1:2:3::1", "2001:db8:1:2::/64"),  # an IPv6 client is its /64
    ],
)
def test_forwarded_for_counts_only_from_a_trusted_proxy(
    live_server: LiveServer, anon: Api, trusted: tuple[str, ...], forwarded: str, counted: str
) -> None:
    live_server.settings.trusted_proxies = trusted
    assert log_in(anon, "petrov", "wrong", forwarded).status_code == 401
    assert keys(live_server) == {f"address|{counted}"}


@pytest.mark.parametrize("route", ["password", "login", "contacts"])
def test_a_stolen_token_cannot_guess_the_current_password_quickly(
    live_server: LiveServer, petrov: Api, route: str
) -> None:
    """The current password guards the contacts (where a reset goes) and the login: a token alone gets the
    free wrong guesses, then waits that grow, and the owner's right password works once a wait is over."""

    def attempt(password: str) -> requests.Response:
        if route == "password":
            return petrov.post(
                "/api/v1/me/password", json={"old_password": password, "new_password": "x" * 12}
            )
        if route == "login":
            return petrov.post("/api/v1/me/login", json={"password": password, "new_login": "petrov-new"})
        return petrov.put("/api/v1/me/contacts", json={"password": password, "email": "thief@example.com"})

    for _ in range(live_server.settings.throttle_free_password):
        answer = attempt("guess-" + secrets.token_hex(4))
        assert answer.status_code == 400 and answer.json()["detail"]["code"] == "wrong_password"
    waits = []
    for _ in range(3):
        refused = attempt(PASSWORD)  # even the right one waits: the guesser cannot tell it was right
        assert refused.status_code == 429, refused.text
        waits.append(int(refused.headers["Retry-After"]))
        later(live_server, waits[-1])
        assert attempt("guess-" + secrets.token_hex(4)).status_code == 400
    assert waits == [1, 2, 4]
    later(live_server, 8)
    assert attempt(PASSWORD).status_code == 200
    profile = petrov.get("/api/v1/me").json()
    assert profile["email"] != "thief@example.com" or route == "contacts"


def test_ipv4_clients_of_a_dual_stack_listener_count_each_by_their_own_address() -> None:
    """::ffff:8.8.8.8 is the IPv4 client 8.8.8.8, not a member of the IPv6 /64 ::/64 with every other one."""
    from server.throttle import where

    assert where("::ffff:8.8.8.8") == "8.8.8.8"
    assert where("::ffff:8.8.8.8") != where("::ffff:10.0.0.1")
    assert where("2001:db8:1:2:3:4:5:6") == where("2001:db8:1:2:ffff::1") == "2001:db8:1:2::/64"
