"""Fixtures shared by every suite: a migrated, seeded database per test, and a live server on it.

Seeding is slow next to a test, so each backend gets one seeded template per run: SQLite copies the
file, PostgreSQL creates each test's database from a template database.
"""

import os

# Qt offscreen unless told otherwise, before anything imports Qt: `pytest` alone works without the Makefile.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses
import shutil
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from models.db import Cache
from server import demo
from server.config import Settings
from tests.support.clock import TEST_NOW
from tests.support.file_keyring import FileKeyring
from tests.support.live_server import Api, LiveServer, seeded

TEST_FLATS = 12
TEST_MONTHS = 3
PASSWORD = demo.DEMO_PASSWORD

POSTGRES_URL = os.environ.get("PA_TEST_POSTGRES_URL")
# PostgreSQL joins the backends only when there is one to run on: without the URL, nothing is collected
# for it (rather than a skip per test); `-m postgres` selects its tests when it is there.
BACKENDS = ["sqlite"] + ([pytest.param("postgresql", marks=pytest.mark.postgres)] if POSTGRES_URL else [])


def base_settings(url: str) -> Settings:
    return Settings(
        database_url=url,
        delivery="demo",
        expose_captcha_answers=True,
        fixed_now=TEST_NOW,
        smtp_timeout=5,
        sms_timeout=5,
        password_hash_cost="test",  # cheap argon2: the suite logs in thousands of times
    )


def _seed(url: str) -> None:
    seeded(base_settings(url), TEST_FLATS, TEST_MONTHS)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "server.sqlite3"
    _seed(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    assert POSTGRES_URL, "PostgreSQL tests need PA_TEST_POSTGRES_URL (set by .ci/run)"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    name = f"pa_template_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    _seed(make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False))
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh seeded database for one test, on each backend."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "server.sqlite3"
        shutil.copy(template, path)
        yield f"sqlite:///{path}"
        return
    template_name: str = request.getfixturevalue("postgres_template")
    assert POSTGRES_URL
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    name = f"pa_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"'))
    yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def settings(database_url: str) -> Settings:
    return base_settings(database_url)


@pytest.fixture
def live_server(settings: Settings) -> Iterator[LiveServer]:
    server = LiveServer(settings).start()
    yield server
    server.stop()


@pytest.fixture
def anon(live_server: LiveServer) -> Iterator[Api]:
    api = Api(live_server.url)
    yield api
    api.close()


def logged_in(live_server: LiveServer, login: str) -> Api:
    return Api(live_server.url).login(login, PASSWORD)


@pytest.fixture
def ivanova(live_server: LiveServer) -> Iterator[Api]:
    api = logged_in(live_server, "ivanova")
    yield api
    api.close()


@pytest.fixture
def petrov(live_server: LiveServer) -> Iterator[Api]:
    api = logged_in(live_server, "petrov")
    yield api
    api.close()


@pytest.fixture
def sidorova(live_server: LiveServer) -> Iterator[Api]:
    api = logged_in(live_server, "sidorova")
    yield api
    api.close()


@pytest.fixture
def caretaker(live_server: LiveServer) -> Iterator[Api]:
    api = logged_in(live_server, demo.CARETAKER_LOGIN)
    yield api
    api.close()


def at(settings: Settings, when: datetime) -> Settings:
    return dataclasses.replace(settings, fixed_now=when)


@pytest.fixture(autouse=True)
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "keyring"
    folder.mkdir()
    monkeypatch.setenv("PA_TEST_KEYRING_DIR", str(folder))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield folder
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A PC with no usable keyring: every token is refused, as keyring's own "fail" backend does."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def local_cache(tmp_path: Path) -> Iterator[Cache]:
    opened = Cache(tmp_path / "profile" / "cache.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def server(sqlite_template: Path, tmp_path: Path) -> Iterator[LiveServer]:
    path = tmp_path / "server.sqlite3"
    shutil.copy(sqlite_template, path)
    live = LiveServer(base_settings(f"sqlite:///{path}")).start()
    yield live
    live.stop()
