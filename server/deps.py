"""What routes ask for: the request's session, the bearer token, the logged-in customer by role, the settings.

Everything is read from `request.app.state` (set by `server.main.create_app`), so one module serves every
app built in the process: the tests run several servers side by side.
"""

import ipaddress
from collections.abc import Iterator
from functools import cache
from typing import Annotated, Any

from fastapi import Depends, Request, Security
from fastapi import Path as PathParam
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from protocol import schemas as s
from server import auth, config, db
from server.errors import ApiError
from server.schema import Customer

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
# Ids are PostgreSQL integers: anything outside is a 422, never a DataError deep in a query.
IdPath = Annotated[int, PathParam(ge=1, le=2_147_483_647)]
# Every route can answer with the error envelope under these statuses (413: a body over the limit, 426: an
# app too old for the protocol).
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": s.ErrorEnvelope} for code in (400, 401, 403, 404, 409, 413, 422, 426, 429)
}


def settings(request: Request) -> config.Settings:
    found: config.Settings = request.app.state.settings
    return found


Settings = Annotated[config.Settings, Depends(settings)]


def database(request: Request) -> db.Database:
    found: db.Database = request.app.state.db
    return found


# The database itself, for routes that commit in steps of their own (a captcha is used up on its own).
Database = Annotated[db.Database, Depends(database)]


def session(request: Request) -> Iterator[Session]:
    with database(request).session(write=request.method != "GET") as sess:
        yield sess


# "function" scope: the transaction commits before the answer leaves, so "accepted" means stored.
Db = Annotated[Session, Depends(session, scope="function")]


def captcha_answers(request: Request) -> dict[str, str] | None:
    """Where a test server keeps each captcha's answer; None on a real one."""
    found: dict[str, str] | None = request.app.state.captcha_answers
    return found


CaptchaAnswers = Annotated[dict[str, str] | None, Depends(captcha_answers)]


# The login's bearer token, declared in the OpenAPI document (securitySchemes, and `security` on every
# route that needs a login). It refuses nothing itself: `bearer` answers 401 in the usual envelope.
BEARER = HTTPBearer(
    scheme_name="bearer",
    description="The token that POST /api/v1/auth/login answers.",
    auto_error=False,
)


def bearer(credentials: Annotated[HTTPAuthorizationCredentials | None, Security(BEARER)]) -> str:
    token = credentials.credentials if credentials is not None else ""
    if not token or len(token) > 200:
        raise ApiError(401, "not_logged_in", "Please log in.", {"WWW-Authenticate": "Bearer"})
    return token


Token = Annotated[str, Depends(bearer)]


def current(sess: Db, settings: Settings, token: Token) -> Customer:
    return auth.customer_for_token(sess, settings, token)


Me = Annotated[Customer, Depends(current)]


def household(me: Me) -> Customer:
    if me.role != "household":
        raise ApiError(403, "forbidden", "This is for household logins.")
    return me


Household = Annotated[Customer, Depends(household)]


def household_alone(database: Database, settings: Settings, token: Token) -> Customer:
    """The logged-in household, read in a short session of its own that has already ended: for routes that
    commit in steps of their own (throttled ones): on SQLite they must not hold a writer's lock all along."""
    with database.session(write=False) as sess:
        return household(auth.customer_for_token(sess, settings, token))


# Only its loaded columns are read (its id, above all): it belongs to no session.
HouseholdAlone = Annotated[Customer, Depends(household_alone)]


def caretaker(me: Me) -> Customer:
    if me.role != "caretaker":
        raise ApiError(403, "forbidden", "This is for caretaker logins.")
    return me


Caretaker = Annotated[Customer, Depends(caretaker)]


@cache
def _networks(entries: tuple[str, ...]) -> tuple[IPNetwork, ...]:
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)


def _trusted(host: str, networks: tuple[IPNetwork, ...]) -> bool:
    try:
        found = ipaddress.ip_address(host)
    except ValueError:
        return False
    return any(found in network for network in networks)


def address(request: Request, settings: Settings) -> str:
    """The client's address, for throttling guesses per address.

    The peer's own address, unless the peer is one of settings.trusted_proxies: then the right-most
    X-Forwarded-For entry that is not a trusted proxy (each proxy appends the address it was reached from,
    so entries left of that are whatever the client chose to send)."""
    peer = request.client.host if request.client else "unknown"
    networks = _networks(settings.trusted_proxies)
    if not _trusted(peer, networks):
        return peer
    hops = [hop.strip() for header in request.headers.getlist("x-forwarded-for") for hop in header.split(",")]
    for hop in reversed(hops):
        if not _trusted(hop, networks):
            return hop if hop and len(hop) <= 64 else peer
    return peer


Address = Annotated[str, Depends(address)]
