"""Registration, log-in with throttling, session tokens, password reset, login and password changes."""

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from server import delivery
from server.changes import log_change
from server.config import Settings
from server.db import Database
from server.errors import ApiError
from server.schema import Account, AccountLink, Customer, LoginAttempt, SessionToken
from server.security import (
    hash_password,
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


def throttled(session: Session, settings: Settings, login: str, address: str) -> int | None:
    """Seconds to wait if this login or address has failed too often lately, else None."""
    since = settings.now() - settings.throttle_window
    last_success = session.scalar(
        select(func.max(LoginAttempt.at)).where(LoginAttempt.login == login, LoginAttempt.success.is_(True))
    )
    login_since = max(since, last_success) if last_success else since
    by_login = session.execute(
        select(func.count(), func.min(LoginAttempt.at)).where(
            LoginAttempt.login == login, LoginAttempt.success.is_(False), LoginAttempt.at > login_since
        )
    ).one()
    by_address = session.execute(
        select(func.count(), func.min(LoginAttempt.at)).where(
            LoginAttempt.address == address, LoginAttempt.success.is_(False), LoginAttempt.at > since
        )
    ).one()
    for (count, first), limit in (
        (by_login, settings.throttle_per_login),
        (by_address, settings.throttle_per_address),
    ):
        if count >= limit and first is not None:
            wait = (first + settings.throttle_window - settings.now()).total_seconds()
            return max(1, int(wait) + 1)
    return None


def log_in(
    session: Session, settings: Settings, login: str, password: str, address: str
) -> tuple[str, datetime, Customer] | None:
    """A new session token, or None if the password is wrong (the attempt is recorded either way)."""
    customer = session.scalars(select(Customer).where(Customer.login == login)).first()
    ok = verify_password(settings, customer.password_hash if customer else None, password)
    session.add(LoginAttempt(login=login[:64], address=address[:64], at=settings.now(), success=ok))
    if not ok or customer is None:
        return None
    token = new_token()
    expires = settings.now() + settings.token_lifetime
    session.add(
        SessionToken(
            token_hash=token_digest(token),
            customer_id=customer.id,
            created_at=settings.now(),
            expires_at=expires,
        )
    )
    return token, expires, customer


def log_in_or_refuse(
    database: Database, settings: Settings, login: str, password: str, address: str
) -> tuple[str, datetime, Customer]:
    """log_in in a transaction of its own, or raise: 429 while throttled, 401 once the attempt is stored."""
    with database.session() as session:
        wait = throttled(session, settings, login, address)
        if wait is not None:
            raise ApiError(
                429,
                "too_many_attempts",
                f"Too many wrong passwords. Please wait {max(1, wait // 60)} min. and try again.",
                {"Retry-After": str(wait)},
            )
        result = log_in(session, settings, login, password, address)
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
