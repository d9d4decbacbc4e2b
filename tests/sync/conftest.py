"""Client-side fixtures: a server on SQLite, a cache file, a logged-in sync engine, a test keyring."""

from collections.abc import Callable, Iterator

import pytest

from models.db import Cache
from server import demo
from sync.client import ApiClient
from sync.engine import SyncEngine
from sync.tokens import TokenStore
from tests.support.live_server import LiveServer

Connect = Callable[..., SyncEngine]


@pytest.fixture
def connect(server: LiveServer, local_cache: Cache) -> Iterator[Connect]:
    """A sync engine for a demo login, its token in the (test) keyring."""
    clients: list[ApiClient] = []

    def make(login: str = "ivanova", url: str | None = None, **options: object) -> SyncEngine:
        tokens = TokenStore(url or server.url, login)
        client = ApiClient(url or server.url, tokens.get, retries=0, timeout=(2, 10))
        clients.append(client)
        if url is None:
            tokens.set(client.login(login, demo.DEMO_PASSWORD).token)
        else:  # the same login at another address: give it the token we already have
            tokens.set(TokenStore(server.url, login).get() or "")
        return SyncEngine(local_cache, client, **options)  # type: ignore[arg-type]

    yield make
    for client in clients:
        client.close()
