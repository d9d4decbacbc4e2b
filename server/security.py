"""Password hashing (argon2id), session tokens (256 random bits, stored only as a hash)."""

import hashlib
import os
import secrets
import string
import threading
from functools import cache

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError

from server.config import PasswordCost, Settings

_PASSWORD_ALPHABET = string.ascii_letters + string.digits
# Access codes are read off paper and typed by people: no 0/O, 1/I/L look-alikes.
ACCESS_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
ACCESS_CODE_LENGTH = 8  # 31**8: about 40 bits, and every guess is throttled per account and per login


@cache
def _hasher(cost: PasswordCost) -> tuple[PasswordHasher, str]:
    """The hasher for a cost, and a hash of its own to verify against when a login does not exist."""
    # "standard" is argon2id with the library's current recommended parameters.
    made = PasswordHasher.from_parameters(profiles.CHEAPEST) if cost == "test" else PasswordHasher()
    return made, made.hash("not-a-real-password")


def hasher(settings: Settings) -> PasswordHasher:
    """New hashes use the settings' cost; any hash verifies, as argon2 keeps its parameters in it."""
    return _hasher(settings.password_hash_cost)[0]


def hash_password(settings: Settings, password: str) -> str:
    return hasher(settings).hash(password)


# argon2 spreads one hash over four threads (parallelism 4): at most one verify per four cores runs at a
# time, so a flood of guesses queues here rather than taking every core from the requests beside it (a
# push waited 4.8 s under 8 streams of wrong passwords on 2 cores; bench/bench_login_flood.py).
_VERIFIES = threading.BoundedSemaphore(max(1, (os.cpu_count() or 1) // 4))


def verify_password(settings: Settings, password_hash: str | None, password: str) -> bool:
    """Constant work whether or not the login exists, so timing does not tell which logins do."""
    made, dummy = _hasher(settings.password_hash_cost)
    try:
        with _VERIFIES:
            return made.verify(password_hash or dummy, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)  # 256 bits


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_password(length: int = 10) -> str:
    """A password to send by e-mail or SMS: letters and digits, no look-alike confusion worth fixing."""
    while True:
        password = "".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(length))
        if any(c.isdigit() for c in password) and any(c.isalpha() for c in password):
            return password


def new_access_code() -> str:
    return "".join(secrets.choice(ACCESS_CODE_ALPHABET) for _ in range(ACCESS_CODE_LENGTH))


def same_access_code(stored: str, given: str) -> bool:
    """As typed from a receipt: case, spaces and dashes do not matter; compared in constant time."""
    typed = "".join(given.split()).replace("-", "").upper()
    return secrets.compare_digest(stored.encode(), typed.encode())


def login_key(login: str) -> str:
    """What logins are compared by: "Ivanova" and "ivanova " are one login."""
    return login.strip().casefold()[:64]
