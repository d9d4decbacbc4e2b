"""Logging in with no network, from the argon2id verifier the cache keeps (never the password)."""

from pathlib import Path

import pytest

from desktop_app.offline_login import VERIFIER_KEY
from desktop_app.session import AppSession
from models.meta import get_meta
from server import demo
from sync.errors import LoginRequired, Offline, Refused
from tests.support.live_server import LiveServer

DEAD = "http://127.0.0.1:9"  # nothing answers there: a network that is gone
KEY = "supplier"  # the server's name in profiles, the same whatever address it is reached at


def online_then_closed(server: LiveServer, data: Path, login: str = "petrov") -> str:
    """Log in once with the network; the identity of the profile that leaves on this PC."""
    session = AppSession.log_in(server.url, login, demo.DEMO_PASSWORD, data, server_key=KEY)
    try:
        with session.cache.session(write=False) as db:
            verifier = get_meta(db, VERIFIER_KEY)
        assert verifier is not None and verifier.startswith("$argon2id$")
        return session.identity
    finally:
        session.close()


def test_the_cache_keeps_a_verifier_never_the_password(server: LiveServer, tmp_path: Path) -> None:
    online_then_closed(server, tmp_path)
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert demo.DEMO_PASSWORD.encode() not in file.read_bytes(), file


@pytest.mark.usefixtures("no_keyring")
def test_the_right_password_opens_the_profile_with_no_network(server: LiveServer, tmp_path: Path) -> None:
    identity = online_then_closed(server, tmp_path)
    session = AppSession.log_in(DEAD, "Petrov", demo.DEMO_PASSWORD, tmp_path, server_key=KEY)
    try:
        assert session.offline and session.identity == identity and session.login == "petrov"
        assert not session.has_token
        # The first request that reaches the server trades the password for a token; then it is gone.
        session.server_url = session.client.base_url = server.url
        report = session.engine.sync()
        assert report.error is None
        assert not session.offline and session.pending_password is None
        assert session.client.token() is not None
    finally:
        session.close()


def test_a_wrong_password_offline_is_refused_in_the_same_words(server: LiveServer, tmp_path: Path) -> None:
    online_then_closed(server, tmp_path)
    with pytest.raises(Refused) as refused:
        AppSession.log_in(DEAD, "petrov", "not-the-password", tmp_path, server_key=KEY)
    assert refused.value.code == "wrong_credentials"


def test_a_login_never_used_here_needs_the_network(server: LiveServer, tmp_path: Path) -> None:
    online_then_closed(server, tmp_path)
    with pytest.raises(Offline):
        AppSession.log_in(DEAD, "ivanova", demo.DEMO_PASSWORD, tmp_path, server_key=KEY)
    with pytest.raises(Offline):  # the same login on another server is another person
        AppSession.log_in(DEAD, "petrov", demo.DEMO_PASSWORD, tmp_path, server_key="elsewhere")


def test_logging_out_forgets_the_verifier(server: LiveServer, tmp_path: Path) -> None:
    session = AppSession.log_in(server.url, "petrov", demo.DEMO_PASSWORD, tmp_path, server_key=KEY)
    session.log_out()
    with pytest.raises(Offline):
        AppSession.log_in(DEAD, "petrov", demo.DEMO_PASSWORD, tmp_path, server_key=KEY)


@pytest.mark.usefixtures("no_keyring")
def test_a_password_changed_elsewhere_asks_to_log_in_again(server: LiveServer, tmp_path: Path) -> None:
    """Offline the old password still opens the cache; the server, once reached, refuses it, and sync
    stops to ask for the password (not a loop of refused logins that would lock the login)."""
    online_then_closed(server, tmp_path)
    other = AppSession.log_in(server.url, "petrov", demo.DEMO_PASSWORD, tmp_path / "other", server_key=KEY)
    other.client.change_password(demo.DEMO_PASSWORD, "A-new-password-2026")
    other.close()
    session = AppSession.log_in(DEAD, "petrov", demo.DEMO_PASSWORD, tmp_path, server_key=KEY)
    try:
        session.server_url = session.client.base_url = server.url
        report = session.engine.sync()
        assert isinstance(report.error, LoginRequired)
        assert session.pending_password is None
    finally:
        session.close()
