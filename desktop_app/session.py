"""One logged-in person: their profile's cache, the client, the sync engine and runner.

The UI asks this object to log in, to sync, and for the services; it never opens HTTP or SQL itself.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from models.db import Cache
from models.profiles import Profile, profile_for
from sync.client import ApiClient
from sync.engine import Status, SyncEngine
from sync.runner import SyncRunner
from sync.tokens import TokenStore


@dataclass
class AppSession:
    server_url: str
    login: str
    profile: Profile
    cache: Cache
    tokens: TokenStore
    client: ApiClient
    engine: SyncEngine
    runner: SyncRunner | None = None
    listeners: list[Callable[[Status], None]] = field(default_factory=list)

    @classmethod
    def open(
        cls, server_url: str, login: str, data_dir: Path | None = None, server_key: str | None = None
    ) -> "AppSession":
        """`server_key` names the server in profiles and the keyring; the demo server's address changes
        at every start, so it goes by "demo"."""
        key = server_key or server_url
        profile = profile_for(key, login, data_dir)
        cache = Cache(profile.cache_path)
        tokens = TokenStore(key, login)
        client = ApiClient(server_url, tokens.get)
        engine = SyncEngine(cache, client)
        session = cls(server_url, login, profile, cache, tokens, client, engine)
        engine.on_status = session._status
        return session

    def _status(self, status: Status) -> None:
        for listener in list(self.listeners):
            listener(status)

    def log_in(self, password: str) -> None:
        """Ask the server for a token and keep it in the keyring. Raises sync.errors on failure."""
        answer = self.client.login(self.login, password)
        self.tokens.set(answer.token)
        with self.cache.session() as session:
            from sync.engine import set_meta

            set_meta(session, "role", answer.profile.role)

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
        self.close()

    def close(self) -> None:
        if self.runner is not None:
            self.runner.stop()
            self.runner = None
        self.client.close()
        self.cache.close()
