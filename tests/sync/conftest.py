"""Client-side fixtures: a logged-in sync engine on the test's cache, against the test's server."""

from collections.abc import Iterator

import pytest

from models.db import Cache
from tests.support.live_server import LiveServer
from tests.support.sync import Connect, connector


@pytest.fixture
def connect(server: LiveServer, local_cache: Cache) -> Iterator[Connect]:
    """A sync engine for a demo login, its token in the (test) keyring."""
    with connector(server, local_cache) as make:
        yield make
