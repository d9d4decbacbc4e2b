"""A sync engine for a demo login against a live server, its token in the (test) keyring."""

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from models.db import Cache
from models.schema import WAITING, LocalContactChange, Outbox
from protocol.schemas import ContactChangeItem
from server import demo
from sync.client import ApiClient
from sync.engine import SyncEngine
from sync.tokens import TokenStore
from tests.support.live_server import LiveServer

Connect = Callable[..., SyncEngine]


@contextmanager
def connector(server: LiveServer, cache: Cache) -> Iterator[Connect]:
    """`make(login, url=None, **engine_options)` logs in and gives an engine on `cache`; with `url`, the
    same login at another address (a proxy, a bad server) with the token already got from `server`."""
    clients: list[ApiClient] = []

    def make(login: str = "ivanova", url: str | None = None, **options: object) -> SyncEngine:
        tokens = TokenStore(url or server.url, login)
        client = ApiClient(url or server.url, tokens.get, retries=0, timeout=(2, 10))
        clients.append(client)
        if url is None:
            tokens.set(client.login(login, demo.DEMO_PASSWORD).token)
        else:
            tokens.set(TokenStore(server.url, login).get() or "")
        return SyncEngine(cache, client, **options)  # type: ignore[arg-type]

    try:
        yield make
    finally:
        for client in clients:
            client.close()


def queue_contact_change_as_before(cache: Cache, email: str | None = None, phone: str | None = None) -> str:
    """A contact change in the outbox as versions before the password was asked left it; its UUID."""
    item = ContactChangeItem(kind="contact_change", uuid=uuid.uuid4(), email=email, phone=phone)
    now = datetime.now(UTC)
    with cache.session() as session:
        session.add(LocalContactChange(uuid=str(item.uuid), email=email, phone=phone, entered_at=now))
        session.add(
            Outbox(
                uuid=str(item.uuid),
                kind=item.kind,
                payload=item.model_dump(mode="json"),
                state=WAITING,
                created_at=now,
            )
        )
    return str(item.uuid)
