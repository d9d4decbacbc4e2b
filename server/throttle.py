"""Throttling of guesses (passwords, account proofs, resets): a failure counter per key, with a delay that
grows with the failures rather than a lockout.

A key's first `free` failures cost nothing; after that every attempt waits 1, 2, 4, ... seconds after the
previous one, up to settings.throttle_max_delay, and a key's failures are forgotten settings.throttle_decay
after its last one. The check is pessimistic: `claim` counts the attempt as a failure before the slow check
runs (under a row lock on PostgreSQL, in SQLite's one writer otherwise), and `succeeded` takes it back. So
any number of parallel guesses at one key let at most `free` of them through to the check: none of them
can pass before the others' failures are recorded.

Log-in uses three keys: the login from this address, the login from anywhere, and this address for any
login. Once a login has succeeded from an address (a known pair), only the pair's own key slows it there:
strangers flooding the login from elsewhere do not keep its owner out at home.
"""

import ipaddress
import math
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from server.config import Settings
from server.db import Database
from server.errors import ApiError
from server.schema import Throttle
from server.security import login_key

KEY_LENGTH = 200  # Throttle.key


class Key(NamedTuple):
    name: str
    free: int  # failures that cost no wait


def delay(settings: Settings, key: Key, failures: int) -> timedelta:
    """The wait before the next attempt at a key that has failed `failures` times: none while the next one
    is within the free ones, then 1 s, doubling with each failure, capped."""
    over = failures - key.free
    if over < 0:
        return timedelta(0)
    return min(timedelta(seconds=2 ** min(over, 30)), settings.throttle_max_delay)


def where(address: str) -> str:
    """An address as throttling counts it: an IPv6 client is its /64 (one subscriber's usual share)."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address[:64]
    if isinstance(parsed, ipaddress.IPv6Address) and parsed.ipv4_mapped is not None:
        return str(parsed.ipv4_mapped)  # an IPv4 client of a dual-stack listener: ::ffff:8.8.8.8
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def _named(*parts: str) -> str:
    return "|".join(parts)[:KEY_LENGTH]


def pair_key(settings: Settings, login_key: str, address: str) -> Key:
    return Key(_named("login", login_key, where(address)), settings.throttle_free_pair)


def login_keys(settings: Settings, login_key: str, address: str, known: bool) -> list[Key]:
    """The keys a log-in attempt counts on: the pair first; the login's and the address's unless the pair is
    known (see known_pair)."""
    pair = pair_key(settings, login_key, address)
    if known:
        return [pair]
    return [
        pair,
        Key(_named("login", login_key), settings.throttle_free_login),
        Key(_named("address", where(address)), settings.throttle_free_address),
    ]


def link_keys(settings: Settings, customer_id: int, number: str, address: str) -> list[Key]:
    return [
        Key(_named("link", str(customer_id)), settings.throttle_free_link),
        Key(_named("account", number.strip()), settings.throttle_free_account),
        Key(_named("account-addr", where(address)), settings.throttle_free_proof_address),
    ]


def register_keys(settings: Settings, number: str, address: str) -> list[Key]:
    """Registration proves the same access code as linking: the same account and address keys, so guesses
    split between the two routes add up."""
    return [
        Key(_named("account", number.strip()), settings.throttle_free_account),
        Key(_named("account-addr", where(address)), settings.throttle_free_proof_address),
    ]


def reset_keys(settings: Settings, target: str, address: str) -> list[Key]:
    """A reset names a login (compared ignoring case) or an account number."""
    return [
        Key(_named("reset", login_key(target)), settings.throttle_free_reset),
        Key(_named("reset-addr", where(address)), settings.throttle_free_reset_address),
    ]


def password_keys(settings: Settings, customer_id: int) -> list[Key]:
    """The current password asked again by a logged-in session (to change it, the login or contacts)."""
    return [Key(_named("password", str(customer_id)), settings.throttle_free_password)]


def known_pair(session: Session, settings: Settings, pair: Key) -> bool:
    """This login succeeded from this address lately."""
    last = session.scalar(select(Throttle.last_success_at).where(Throttle.key == pair.name))
    return last is not None and last > settings.now() - settings.throttle_known_for


def _locked(session: Session, keys: Sequence[Key]) -> dict[str, Throttle]:
    """The keys' rows, made if missing, each held (FOR UPDATE) in key order, so two claims never wait for
    each other in a cycle. SQLite has no row locks: its write transaction holds the whole database."""
    names = sorted({key.name for key in keys})
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(
        insert(Throttle).values([{"key": name, "failures": 0} for name in names]).on_conflict_do_nothing()
    )
    rows = session.scalars(
        select(Throttle)
        .where(Throttle.key.in_(names))
        .order_by(Throttle.key)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).all()
    return {row.key: row for row in rows}


def _wait_seconds(until: datetime, now: datetime) -> int:
    return max(1, math.ceil((until - now).total_seconds()))


def waiting(session: Session, settings: Settings, keys: Sequence[Key]) -> int | None:
    """Seconds to wait if a key is still waiting out its delay, read without any lock: a guess refused here
    costs no write transaction (on SQLite, no turn of its one writer). `claim` decides for the others."""
    now = settings.now()
    untils = session.scalars(
        select(Throttle.blocked_until).where(Throttle.key.in_([key.name for key in keys]))
    ).all()
    waits = [_wait_seconds(until, now) for until in untils if until is not None and until > now]
    return max(waits) if waits else None


def claim(session: Session, settings: Settings, keys: Sequence[Key]) -> int | None:
    """Seconds to wait if any key is still waiting out its delay (nothing is counted then); else None, and
    this attempt is counted as a failure on every key in advance (`succeeded` takes it back)."""
    now = settings.now()
    rows = _locked(session, keys)
    for row in rows.values():
        if row.last_failure_at is not None and now - row.last_failure_at >= settings.throttle_decay:
            row.failures = 0
            row.blocked_until = None
    waits = [
        _wait_seconds(row.blocked_until, now)
        for row in rows.values()
        if row.blocked_until is not None and row.blocked_until > now
    ]
    if waits:
        return max(waits)
    for key in keys:
        row = rows[key.name]
        row.failures += 1
        row.last_failure_at = now
        wait = delay(settings, key, row.failures)
        row.blocked_until = now + wait if wait else None
    return None


def succeeded(session: Session, settings: Settings, keys: Sequence[Key], known: Key | None = None) -> None:
    """The claimed attempt was right: its advance failure is taken back on each key (earlier failures stay),
    and a `known` key (a login from an address) is cleared and remembered as a success."""
    now = settings.now()
    rows = _locked(session, [*keys, *([known] if known else [])])
    for key in keys:
        row = rows[key.name]
        row.failures = max(0, row.failures - 1)
        wait = delay(settings, key, row.failures)
        if not wait:
            row.blocked_until = None
        elif row.blocked_until is not None:
            row.blocked_until = min(row.blocked_until, now + wait)
    if known is not None:
        row = rows[known.name]
        row.failures = 0
        row.blocked_until = None
        row.last_success_at = now


def too_many(wait: int) -> ApiError:
    """429 with Retry-After, the wait in whole minutes (rounded up) or seconds."""
    said = f"{math.ceil(wait / 60)} min." if wait >= 60 else f"{wait} s"
    return ApiError(
        429,
        "too_many_attempts",
        f"Too many unsuccessful attempts. Please wait {said} and try again.",
        {"Retry-After": str(wait)},
    )


def guard(database: Database, settings: Settings, keys: Sequence[Key]) -> None:
    """claim in a short transaction of its own, committed before the slow or failing check runs (a refusal
    that rolls the check back keeps its count); 429 while a key waits (seen first by `waiting`)."""
    with database.session(write=False) as session:
        wait = waiting(session, settings, keys)
    if wait is None:
        wait = database.retried(lambda session: claim(session, settings, keys))
    if wait is not None:
        raise too_many(wait)


def passed(database: Database, settings: Settings, keys: Sequence[Key]) -> None:
    """succeeded in a short transaction of its own."""
    database.retried(lambda session: succeeded(session, settings, keys))
