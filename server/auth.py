"""Registration, log-in (throttled, see server/throttle.py), session tokens, password reset, login and
password changes."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from server import delivery, throttle
from server.changes import log_change
from server.config import Settings
from server.db import Database
from server.errors import ApiError
from server.schema import Account, AccountLink, Customer, SessionToken
from server.security import (
    hash_password,
    login_key,
    new_password,
    new_token,
    same_access_code,
    token_digest,
    verify_password,
)


def same_surname(a: str, b: str) -> bool:
    """Surnames match whatever the case, and ё is е, as people type them."""

    def norm(text: str) -> str:
        return text.strip().casefold().replace("ё", "е")

    return norm(a) == norm(b)


def find_account(session: Session, number: str, surname: str, access_code: str) -> Account:
    """The account these prove to hold: its number, its holder's surname and the code on its receipt.

    One answer for every mismatch, so a guess does not learn which part was right."""
    account = session.scalars(select(Account).where(Account.number == number.strip())).first()
    code_ok = same_access_code(account.access_code if account else "-" * 8, access_code)
    if account is None or not same_surname(account.surname, surname) or not code_ok:
        raise ApiError(
            400,
            "account_mismatch",
            "No account with this number, surname and access code. Check them on your receipt.",
        )
    return account


def _password_message(login: str, password: str) -> tuple[str, str]:
    subject = "Your personal account password"
    body = f"Login: {login}\nPassword: {password}\nPlease change the password after you log in."
    return subject, body


def register(
    session: Session,
    settings: Settings,
    number: str,
    surname: str,
    access_code: str,
    email: str | None,
    phone: str | None,
) -> tuple[str, str, str]:
    """Create a login for an account and send its password. Returns (login, channel, masked recipient)."""
    account = find_account(session, number, surname, access_code)
    already = session.scalar(
        select(func.count()).select_from(AccountLink).where(AccountLink.account_id == account.id)
    )
    if already:
        raise ApiError(
            409,
            "already_registered",
            "This account already has a login. Use 'Forgot password' to get a new password.",
        )
    login = account.number
    if session.scalars(select(Customer.id).where(Customer.login == login)).first() is not None:
        raise ApiError(409, "already_registered", "This account already has a login.")
    password = new_password()
    now = settings.now()
    customer = Customer(
        login=login,
        password_hash=hash_password(settings, password),
        role="household",
        surname=account.surname,
        first_name=account.first_name,
        email=email,
        phone=phone,
        created_at=now,
    )
    session.add(customer)
    session.flush()
    session.add(AccountLink(customer_id=customer.id, account_id=account.id, created_at=now))
    log_change(session, "profile", customer.id, customer_id=customer.id)
    channel, recipient = ("email", email) if email else ("sms", phone or "")
    delivery.send(session, settings, channel, recipient, *_password_message(login, password))
    return login, channel, delivery.mask(channel, recipient)


def reset_password(session: Session, settings: Settings, login_or_account: str) -> None:
    """Send a new password to the login's e-mail or phone. Silent when nothing matches: no leaks."""
    customer = session.scalars(select(Customer).where(Customer.login == login_or_account)).first()
    if customer is None:
        customer = session.scalars(
            select(Customer)
            .join(AccountLink, AccountLink.customer_id == Customer.id)
            .join(Account, Account.id == AccountLink.account_id)
            .where(Account.number == login_or_account)
            .order_by(Customer.id)
        ).first()
    if customer is None or not (customer.email or customer.phone):
        return
    password = new_password()
    customer.password_hash = hash_password(settings, password)
    session.execute(delete(SessionToken).where(SessionToken.customer_id == customer.id))
    channel, recipient = ("email", customer.email) if customer.email else ("sms", customer.phone or "")
    delivery.send(session, settings, channel, recipient, *_password_message(customer.login, password))


@dataclass(frozen=True)
class _Stored:
    """What log-in reads of a login in its first transaction, to verify outside any transaction."""

    customer_id: int
    password_hash: str
    pending_hash: str | None  # a reset's new password, while it is still good


def _stored(session: Session, settings: Settings, key: str) -> _Stored | None:
    customer = session.scalars(select(Customer).where(Customer.login_key == key)).first()
    if customer is None:
        return None
    expires = customer.pending_expires_at
    pending = customer.pending_password_hash if expires is not None and expires > settings.now() else None
    return _Stored(customer.id, customer.password_hash, pending)


def _verified(settings: Settings, stored: _Stored | None, password: str) -> str | None:
    """The stored hash the password matches (the current one or a reset's pending one), else None. One
    argon2 verify whether or not the login exists (a second only when a reset's password waits)."""
    if verify_password(settings, stored.password_hash if stored else None, password):
        return stored.password_hash if stored else None
    if (
        stored is not None
        and stored.pending_hash
        and verify_password(settings, stored.pending_hash, password)
    ):
        return stored.pending_hash
    return None


def _open_session(
    session: Session, settings: Settings, stored: _Stored, matched: str
) -> tuple[str, datetime, Customer] | None:
    """A new session token for a password that matched `matched`, or None when the login changed meanwhile
    (deleted, or its password changed since it was read). A reset's pending password, used, becomes the
    password, and the login's other sessions end: whoever had the old one is logged out."""
    customer = session.scalars(
        select(Customer).where(Customer.id == stored.customer_id).with_for_update()
    ).first()
    if customer is None:
        return None
    if matched == customer.pending_password_hash:
        customer.password_hash = matched
        customer.pending_password_hash = customer.pending_expires_at = None
        session.execute(delete(SessionToken).where(SessionToken.customer_id == customer.id))
    elif matched != customer.password_hash:
        return None
    token = new_token()
    now = settings.now()
    expires = now + settings.token_lifetime
    session.add(
        SessionToken(
            token_hash=token_digest(token), customer_id=customer.id, created_at=now, expires_at=expires
        )
    )
    return token, expires, customer


def log_in_or_refuse(
    database: Database, settings: Settings, login: str, password: str, address: str
) -> tuple[str, datetime, Customer]:
    """A new session token, or raise: 429 while throttled, 401 for a wrong login or password.

    A read first answers 429 while a key waits, with no write at all. Then two short transactions with
    argon2 between them, outside any: the first claims the throttle's keys (the attempt counts as a failure
    in advance) and reads the hashes, the second, on success, takes the failure back and stores the token.
    On SQLite no writer waits for a password hash."""
    key = login_key(login)
    pair = throttle.pair_key(settings, key, address)
    with database.session(write=False) as session:  # a guess refused here costs no write transaction
        keys = throttle.login_keys(settings, key, address, throttle.known_pair(session, settings, pair))
        wait = throttle.waiting(session, settings, keys)
    if wait is not None:
        raise throttle.too_many(wait)

    def claim(session: Session) -> _Stored | None:
        wait = throttle.claim(session, settings, keys)
        if wait is not None:
            raise throttle.too_many(wait)
        return _stored(session, settings, key)

    stored = database.retried(claim)
    matched = _verified(settings, stored, password)
    if matched is not None and stored is not None:

        def record(session: Session) -> tuple[str, datetime, Customer] | None:
            opened = _open_session(session, settings, stored, matched)
            if opened is not None:
                throttle.succeeded(session, settings, [k for k in keys if k != pair], known=pair)
            return opened

        result = database.retried(record)
        if result is not None:
            return result
    raise ApiError(401, "wrong_credentials", "The login or password is wrong.")


def customer_for_token(session: Session, settings: Settings, token: str) -> Customer:
    record = session.get(SessionToken, token_digest(token))
    if record is None:
        raise ApiError(401, "not_logged_in", "Please log in.", {"WWW-Authenticate": "Bearer"})
    if record.expires_at <= settings.now():
        raise ApiError(
            401,
            "token_expired",
            "Your session has expired. Please log in again.",
            {"WWW-Authenticate": "Bearer"},
        )
    customer = session.get(Customer, record.customer_id)
    if customer is None:
        raise ApiError(401, "not_logged_in", "Please log in.", {"WWW-Authenticate": "Bearer"})
    return customer


def log_out(session: Session, token: str) -> None:
    session.execute(delete(SessionToken).where(SessionToken.token_hash == token_digest(token)))


def change_password(
    session: Session, settings: Settings, customer: Customer, old: str, new: str, keep_token: str
) -> None:
    if not verify_password(settings, customer.password_hash, old):
        raise ApiError(400, "wrong_password", "The current password is wrong.")
    customer.password_hash = hash_password(settings, new)
    # Other sessions end: whoever knew the old password is logged out everywhere else.
    session.execute(
        delete(SessionToken).where(
            SessionToken.customer_id == customer.id, SessionToken.token_hash != token_digest(keep_token)
        )
    )


def check_password(settings: Settings, customer: Customer, password: str) -> None:
    """What a change of where resets go asks for: a stolen token alone must not move them."""
    if not verify_password(settings, customer.password_hash, password):
        raise ApiError(400, "wrong_password", "The password is wrong.")


def change_login(
    session: Session, settings: Settings, customer: Customer, password: str, new_login: str
) -> None:
    if not verify_password(settings, customer.password_hash, password):
        raise ApiError(400, "wrong_password", "The password is wrong.")
    if (
        new_login != customer.login
        and session.scalars(select(Customer.id).where(Customer.login == new_login)).first()
    ):
        raise ApiError(409, "login_taken", "This login is taken. Please choose another.")
    customer.login = new_login
    log_change(session, "profile", customer.id, customer_id=customer.id)
