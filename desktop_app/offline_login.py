"""Logging in with no network: the profile's cache keeps an argon2id verifier of the password.

Never the password and never the token: the verifier only answers "is this the password?", slowly
(argon2id, 19 MiB and two passes, about 50 ms here), so a copied cache file gives a guesser no more
than the server's own hash would. It is written at every login that the server accepted and forgotten
at logout, so a password changed on the server stops working offline once this PC has been online.
"""

from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from models.db import Cache
from models.meta import get_meta, set_meta
from models.profiles import Profile, known_profiles

VERIFIER_KEY = "password_verifier"
# OWASP's first choice for argon2id: 19 MiB of memory, two passes, one lane.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


def make_verifier(password: str) -> str:
    return _HASHER.hash(password)


def matches(verifier: str | None, password: str) -> bool:
    if not verifier:
        return False
    try:
        return _HASHER.verify(verifier, password)
    except (VerificationError, InvalidHashError):
        return False


def remember_password(cache: Cache, password: str) -> None:
    verifier = make_verifier(password)  # outside the write transaction: argon2 takes a while
    with cache.session() as db:
        set_meta(db, VERIFIER_KEY, verifier)


def forget_password(cache: Cache) -> None:
    with cache.session() as db:
        set_meta(db, VERIFIER_KEY, "")


def offline_profile(server_key: str, login: str, data_dir: Path | None) -> tuple[Profile, str | None] | None:
    """The profile on this PC last used with `login` on this server, and its verifier (None once
    logged out), if there is one.

    Only profiles that already have a cache file are opened: a login never seen here creates nothing."""
    wanted = login.strip().casefold()
    for profile in known_profiles(data_dir):
        if profile.server_url != server_key.rstrip("/") or not profile.cache_path.exists():
            continue
        cache = Cache(profile.cache_path)
        try:
            with cache.session(write=False) as db:
                known_login = get_meta(db, "login") or ""
                verifier = get_meta(db, VERIFIER_KEY)
        finally:
            cache.close()
        if wanted and known_login.casefold() == wanted:
            return profile, verifier or None
    return None
