"""One logged-in person: their profile's cache, the client, the sync engine and runner.

The UI asks this object to log in, to sync, and for the services; it never opens HTTP or SQL itself.
A profile and its token are named by the person's customer id on the server, so a new login name keeps
the same cache and the same outbox.
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.forms import checked
from desktop_app.offline_login import forget_password, matches, offline_profile, remember_password
from models.db import Cache
from models.meta import get_meta, set_meta
from models.profiles import Profile, profile_for
from sync.client import ApiClient
from sync.engine import Status, SyncEngine
from sync.errors import LoginRequired, Offline, Refused, ServerTrouble
from sync.runner import SyncRunner
from sync.tokens import TokenStore


def identity_of(customer_id: int) -> str:
    return f"customer-{customer_id}"


@dataclass
class AppSession:
    server_url: str
    server_key: str
    identity: str
    profile: Profile
    cache: Cache
    tokens: TokenStore
    client: ApiClient
    engine: SyncEngine
    login: str = ""
    role: str = "customer"
    runner: SyncRunner | None = None
    listeners: list[Callable[[Status], None]] = field(default_factory=list)
    # Logged in with no network (the cache's verifier took the password): kept in memory only, until the
    # first request that finds the server trades it for a token.
    pending_password: str | None = field(default=None, repr=False)
    _token_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def offline(self) -> bool:
        """Logged in from the cache alone; sync waits for the network."""
        return self.pending_password is not None

    @property
    def data_dir(self) -> Path:
        """The app's data folder (profiles, logs), of which this profile is one."""
        return self.profile.folder.parent.parent

    @classmethod
    def open(
        cls, server_url: str, identity: str, data_dir: Path | None = None, server_key: str | None = None
    ) -> "AppSession":
        """The session of someone who logged in before. `server_key` names the server in profiles and the
        keyring; the demo server's address changes at every start, so it goes by "demo"."""
        key = server_key or server_url
        profile = profile_for(key, identity, data_dir)
        cache = Cache(profile.cache_path)
        tokens = TokenStore(key, identity)
        client = ApiClient(server_url, tokens.get)
        engine = SyncEngine(cache, client)
        with cache.session(write=False) as db:
            login = get_meta(db, "login") or identity
            role = get_meta(db, "role") or "customer"
        session = cls(server_url, key, identity, profile, cache, tokens, client, engine, login, role)
        engine.on_status = session._status
        client.token = session._token
        return session

    @classmethod
    def log_in(
        cls,
        server_url: str,
        login: str,
        password: str,
        data_dir: Path | None = None,
        server_key: str | None = None,
    ) -> "AppSession":
        """Ask the server who this is, then open their profile and keep the token in the keyring.

        With no answer from the server, the profile on this PC whose login this is opens if the password
        matches the one last accepted (`offline_login`); sync then waits for the network.
        Raises sync.errors on failure (a wrong password is sync.errors.Refused)."""
        probe = ApiClient(server_url)
        try:
            with checked():  # a password too long for the wire: words, and never echoed to the log
                answer = probe.login(login, password)
        except (Offline, ServerTrouble):
            return cls._log_in_offline(server_url, login, password, data_dir, server_key)
        finally:
            probe.close()
        session = cls.open(server_url, identity_of(answer.profile.id), data_dir, server_key)
        session.tokens.set(answer.token)
        session.remember_login(answer.profile.login, answer.profile.role)
        remember_password(session.cache, password)
        return session

    @classmethod
    def _log_in_offline(
        cls, server_url: str, login: str, password: str, data_dir: Path | None, server_key: str | None
    ) -> "AppSession":
        key = server_key or server_url
        found = offline_profile(key, login, data_dir)
        if found is None or found[1] is None:
            raise Offline("no connection, and this login is not kept on this PC")
        profile, verifier = found
        if not matches(verifier, password):
            raise Refused(401, "wrong_credentials", "offline: not the password last used on this PC")
        session = cls.open(server_url, profile.identity, data_dir, server_key)
        session.pending_password = password
        return session

    def _token(self) -> str | None:
        """The token for a request; logged in offline, the first request that reaches the server logs
        in for real (on the sync or network worker, never the GUI thread)."""
        with self._token_lock:
            token = self.tokens.get()
            if token or self.pending_password is None:
                return token
            probe = ApiClient(self.server_url)
            try:
                with checked():
                    answer = probe.login(self.login, self.pending_password)
            except Refused as exc:  # the password changed on the server meanwhile: ask for it again
                self.pending_password = None
                raise LoginRequired(exc.code) from exc
            finally:
                probe.close()
            if identity_of(answer.profile.id) != self.identity:
                self.pending_password = None
                raise LoginRequired("other_login")
            self.tokens.set(answer.token)
            self.pending_password = None
            return answer.token

    def log_in_again(self, password: str) -> None:
        """A new token for the same person after the old one expired; then sync what waited."""
        with checked():
            answer = self.client.login(self.login, password)
        if identity_of(answer.profile.id) != self.identity:
            raise Refused(403, "other_login", "That password belongs to another person's login.")
        self.tokens.set(answer.token)
        self.pending_password = None
        remember_password(self.cache, password)
        if self.runner is not None:
            self.runner.request()

    def remember_login(self, login: str, role: str | None = None) -> None:
        self.login = login
        if role:
            self.role = role
        with self.cache.session() as db:
            set_meta(db, "login", login)
            if role:
                set_meta(db, "role", role)

    def _status(self, status: Status) -> None:
        for listener in list(self.listeners):
            listener(status)

    @property
    def has_token(self) -> bool:
        return bool(self.tokens.get())

    def start_sync(self, interval: float = 300.0) -> SyncRunner:
        """Sync now and then on a timer; the runner is the one way the UI asks for a sync."""
        if self.runner is None:
            self.runner = SyncRunner(self.engine, interval=interval)
            self.runner.start()
        return self.runner

    def log_out(self) -> None:
        try:
            if self.has_token:
                self.client.logout()
        except Exception:  # noqa: S110 - logging out locally must work offline too
            pass
        self.tokens.clear()
        self.pending_password = None
        forget_password(self.cache)  # logged out means this PC no longer opens the profile offline
        self.close()

    def close(self) -> None:
        if self.runner is not None:
            self.runner.stop()
            self.runner = None
        self.client.close()
        self.cache.close()
