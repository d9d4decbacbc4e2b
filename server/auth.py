"""Registration, log-in (throttled, see server/throttle.py), session tokens, password reset, login and
password changes."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from protocol import schemas as s
from server import delivery, throttle
from server import serialize as out
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
    body = (
        f"Login: {login}\nPassword: {password}\nPlease change the password after you log in.\n"
        "If several such messages came, use the newest one."
    )
    return subject, body


def _already_registered() -> ApiError:
    return ApiError(
        409,
        "already_registered",
        "This account already has a login. Use 'Forgot password' with the account number:"
        " a new password goes to the e-mail or phone of the account's login.",
    )


def _free_login(session: Session, number: str) -> str:
    """The account's number, or when a login that does not hold the account already has that name (it
    unlinked the account, or was renamed so before names were checked), the number with a suffix: the
    owner is not kept out, and the other login keeps its name."""
    taken = set(
        session.scalars(
            select(Customer.login_key).where(
                or_(Customer.login_key == login_key(number), Customer.login_key.like(f"{number}-%"))
            )
        )
    )
    login, suffix = number, 2
    while login_key(login) in taken:
        login, suffix = f"{number}-{suffix}", suffix + 1
    return login


def register(
    database: Database,
    settings: Settings,
    number: str,
    surname: str,
    access_code: str,
    email: str | None,
    phone: str | None,
) -> tuple[str, str, str]:
    """Create the owner's login for an account and send its password. Returns (login, channel, masked
    recipient).

    The access code is the proof of holding the account: logins that linked it without owning it lose it.
    A second registration of an owned account is 409 already_registered (the owner recovers with "Forgot
    password" instead)."""
    password = new_password()
    # argon2 before the write transaction: on SQLite a writer holds every other writer up meanwhile.
    password_hash = hash_password(settings, password)
    try:
        with database.session() as session:
            return _register(
                session, settings, number, surname, access_code, email, phone, password, password_hash
            )
    except IntegrityError as exc:  # a racing registration got in first (the row lock makes this rare)
        raise _already_registered() from exc


def _register(
    session: Session,
    settings: Settings,
    number: str,
    surname: str,
    access_code: str,
    email: str | None,
    phone: str | None,
    password: str,
    password_hash: str,
) -> tuple[str, str, str]:
    account = find_account(session, number, surname, access_code)
    # Hold the account's row, so concurrent registrations of it run one after another on PostgreSQL (NO KEY
    # UPDATE: a link being added, which only shares the key, does not wait); SQLite's writers are serial.
    session.execute(select(Account.id).where(Account.id == account.id).with_for_update(key_share=True))
    owned = session.scalars(
        select(AccountLink.customer_id).where(
            AccountLink.account_id == account.id, AccountLink.owner.is_(True)
        )
    ).first()
    named = session.scalars(select(Customer).where(Customer.login_key == login_key(account.number))).first()
    holds = named is not None and session.get(AccountLink, (named.id, account.id)) is not None
    if owned is not None or holds:
        raise _already_registered()
    login = _free_login(session, account.number)
    now = settings.now()
    # Whoever linked the account without owning it loses it: their next pull sees their scope change and
    # starts over without it (pull's cursor fingerprints the accounts a login sees).
    session.execute(delete(AccountLink).where(AccountLink.account_id == account.id))
    customer = Customer(
        login=login,
        password_hash=password_hash,
        role="household",
        surname=account.surname,
        first_name=account.first_name,
        email=email,
        phone=phone,
        created_at=now,
    )
    session.add(customer)
    session.flush()
    session.add(AccountLink(customer_id=customer.id, account_id=account.id, owner=True, created_at=now))
    session.flush()  # before the message goes: a racing insert fails here, in register's handler
    log_change(session, "profile", customer.id, customer_id=customer.id)
    channel, recipient = ("email", email) if email else ("sms", phone or "")
    delivery.send(session, settings, channel, recipient, *_password_message(login, password), secret=password)
    return login, channel, delivery.mask(channel, recipient)


def _reset_target(session: Session, login_or_account: str) -> Customer | None:
    """An account number names its owner's login (never a login that only linked it); else a login."""
    text = login_or_account.strip()
    owner = session.scalars(
        select(Customer)
        .join(AccountLink, AccountLink.customer_id == Customer.id)
        .join(Account, Account.id == AccountLink.account_id)
        .where(Account.number == text, AccountLink.owner.is_(True))
    ).first()
    found = owner.id if owner is not None else None
    if found is None:
        found = session.scalar(select(Customer.id).where(Customer.login_key == login_key(text)))
    if found is None:
        return None
    # Held until the reset's transaction ends: racing resets of one login see each other's password.
    return session.scalars(
        select(Customer)
        .where(Customer.id == found)
        .with_for_update(key_share=True)
        .execution_options(populate_existing=True)
    ).one()


def reset_password(database: Database, settings: Settings, login_or_account: str) -> delivery.Outgoing | None:
    """Set a new password aside for the login and give the message to send after the answer, or None when
    nothing matches (the caller says the same either way).

    The old password and sessions stay: the new password waits in pending_password_hash until it is first
    used (log-in promotes it) or expires, so a reset asked by anyone locks no one out. One argon2 hash
    whether or not the login exists, and the message goes after the answer, so timing does not tell."""
    password = new_password()
    pending = hash_password(settings, password)
    with database.session() as session:
        customer = _reset_target(session, login_or_account)
        if customer is None or not (customer.email or customer.phone):
            return None
        now, lifetime = settings.now(), settings.reset_password_lifetime
        expires = customer.pending_expires_at
        if (
            customer.pending_password_hash
            and expires is not None
            and expires - lifetime + settings.reset_password_hold > now
        ):
            # A password sent moments ago stands: anyone may ask for a reset, and a stranger asking again
            # must not make the message the owner is reading useless. The answer is the same.
            return None
        customer.pending_password_hash = pending
        customer.pending_expires_at = now + lifetime
        channel, recipient = ("email", customer.email) if customer.email else ("sms", customer.phone or "")
        subject, body = _password_message(customer.login, password)
    return delivery.Outgoing(channel, recipient or "", subject, body, secret=password)


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
    """The stored hash the password matches (the current one or a reset's pending one), else None.

    A wrong password always costs two argon2 verifies (the second against the pending password, or
    against nothing when none waits), so the time taken tells no one whether a login exists or has a
    reset waiting (a stranger can ask for a reset of any login, then time its log-in)."""
    if verify_password(settings, stored.password_hash if stored else None, password):
        return stored.password_hash if stored else None
    pending = stored.pending_hash if stored is not None and stored.pending_hash else None
    if verify_password(settings, pending, password) and pending is not None:
        return pending
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


@dataclass(frozen=True)
class Confirmed:
    """A session's login whose current password was just given right: its id and the hash that matched."""

    customer_id: int
    password_hash: str


def confirm(database: Database, settings: Settings, token: str, password: str) -> Confirmed:
    """Check the current password a logged-in session gives, throttled per login, argon2 outside any
    transaction (SQLite has one writer). The caller's write then calls `still` in its own transaction."""
    with database.session(write=False) as session:
        customer = customer_for_token(session, settings, token)
        found = Confirmed(customer.id, customer.password_hash)
    keys = throttle.password_keys(settings, found.customer_id)
    throttle.guard(database, settings, keys)
    if not verify_password(settings, found.password_hash, password):
        raise ApiError(400, "wrong_password", "The password is wrong.")
    throttle.passed(database, settings, keys)
    return found


def still(session: Session, settings: Settings, token: str, confirmed: Confirmed) -> Customer:
    """The confirmed login again, in the writing transaction; refused if its password changed meanwhile."""
    customer = customer_for_token(session, settings, token)
    if customer.id != confirmed.customer_id or customer.password_hash != confirmed.password_hash:
        raise ApiError(400, "wrong_password", "The password is wrong.")
    return customer


def change_password(database: Database, settings: Settings, token: str, old: str, new: str) -> None:
    """A new password; a reset asked earlier is void, and every other session of the login ends (whoever
    knew the old password is logged out everywhere else)."""
    confirmed = confirm(database, settings, token, old)
    new_hash = hash_password(settings, new)

    def write(session: Session) -> None:
        customer = still(session, settings, token, confirmed)
        customer.password_hash = new_hash
        customer.pending_password_hash = customer.pending_expires_at = None
        session.execute(
            delete(SessionToken).where(
                SessionToken.customer_id == customer.id, SessionToken.token_hash != token_digest(token)
            )
        )

    database.retried(write)


def change_login(
    database: Database, settings: Settings, token: str, password: str, new_login: str
) -> s.ProfileOut:
    """Rename a login. Digits alone are refused: such a login would pass for an account number (only
    registration names a login so, after the account it was made for). Compared ignoring case."""
    if new_login.isascii() and new_login.isdigit():
        raise ApiError(
            400,
            "login_like_account",
            "A login cannot be digits only: it would look like an account number. Add a letter.",
        )
    confirmed = confirm(database, settings, token, password)
    taken = ApiError(409, "login_taken", "This login is taken. Please choose another.")
    key = login_key(new_login)

    def write(session: Session) -> s.ProfileOut:
        customer = still(session, settings, token, confirmed)
        if (
            key != customer.login_key
            and session.scalars(select(Customer.id).where(Customer.login_key == key)).first()
        ):
            raise taken
        customer.login = new_login
        try:
            session.flush()
        except IntegrityError as exc:  # a racing rename to the same login got in first
            raise taken from exc
        log_change(session, "profile", customer.id, customer_id=customer.id)
        return out.profile_out(customer)

    return database.retried(write)
