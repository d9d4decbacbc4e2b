"""Engine and sessions, on SQLite or PostgreSQL, and the migrations that bring a database up to date."""

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).parent / "migrations"
# PostgreSQL's answers that mean "this transaction lost a race; the same work again may well succeed".
TRANSIENT = frozenset({"40P01", "40001"})  # deadlock detected, serialization failure
ATTEMPTS = 5
T = TypeVar("T")
log = logging.getLogger(__name__)


def _sqlstate(error: DBAPIError) -> str | None:
    """The SQLSTATE psycopg reports (SQLite's errors have none)."""
    found = getattr(error.orig, "sqlstate", None)
    return found if isinstance(found, str) else None


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        # hide_parameters: an error logged with its statement never shows a message body or a token
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, hide_parameters=True
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            # Let SQLAlchemy issue BEGIN itself, so a write transaction takes the lock up front.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")  # an accepted reading survives a power cut
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            # A writer takes the lock up front (BEGIN IMMEDIATE) and waits for it; a deferred transaction
            # that later tries to write would fail at once if another writer got in first.
            immediate = conn.get_execution_options().get("sqlite_immediate", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20, hide_parameters=True)


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(engine: Engine) -> None:
    """Run every migration not yet applied, on the given engine."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.readers = sessionmaker(self.engine, expire_on_commit=False)
        self.writers = sessionmaker(
            self.engine.execution_options(sqlite_immediate=True), expire_on_commit=False
        )

    @contextmanager
    def session(self, write: bool = True) -> Iterator[Session]:
        """A unit of work: committed if the block ends normally, rolled back otherwise.

        On SQLite a writing session holds the database's write lock from its start; pass write=False for
        a session that only reads, so readers never queue behind writers.
        """
        with (self.writers if write else self.readers)() as session, session.begin():
            yield session

    def retried(self, work: Callable[[Session], T], write: bool = True) -> T:
        """Run `work` in a session of its own, committed before this returns, and run it again (up to
        ATTEMPTS times in all) when PostgreSQL gives the transaction up as a deadlock's or a serialization
        failure's victim. `work` must be safe to repeat: all it did the first time was rolled back."""
        for attempt in range(1, ATTEMPTS + 1):
            try:
                with self.session(write) as session:
                    return work(session)
            except DBAPIError as error:
                state = _sqlstate(error)
                if attempt == ATTEMPTS or state not in TRANSIENT:
                    raise
                log.info("a transaction lost a race (SQLSTATE %s); attempt %d", state, attempt + 1)
        raise AssertionError("unreachable")  # the last attempt returned or raised

    def dispose(self) -> None:
        self.engine.dispose()
