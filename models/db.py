"""Opening a profile's cache file: integrity check, migrations, WAL with synchronous=FULL.

A damaged file is never silently used or thrown away: it is kept beside the new one under another
name, and whatever was typed and not yet sent is recovered from it when it can be read at all.
"""

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from models.errors import CacheError, known_kind
from models.schema import Base, LocalApplication, LocalContactChange, LocalReading, Outbox, RoundCell

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD_REVISION = "0006"
# What the user typed: recovered from a damaged file, since nothing else has it.
USER_TABLES: dict[str, type[Base]] = {
    "outbox": Outbox,
    "local_reading": LocalReading,
    "local_application": LocalApplication,
    "local_contact_change": LocalContactChange,
    "round_cell": RoundCell,
}  # the newest migration; tests check it against the migrations folder


@dataclass(frozen=True)
class RepairNotice:
    """The file was damaged and made anew; the main window tells the person once."""

    kept_copy: Path
    recovered_entries: int


def _engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": 30},
        hide_parameters=True,  # a bug's traceback in the log never shows what a statement carried
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event below issues BEGIN
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")  # a reading shown as saved survives a power cut
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # Writers take the lock at once and wait for it rather than fail half-way.
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _check(path: Path) -> bool:
    """True when the file is a sound SQLite database (or does not exist yet)."""
    if not path.exists():
        return True
    try:
        with sqlite3.connect(path) as connection:
            rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def _salvage(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Whatever rows of the user's own tables can still be read from a damaged file."""
    found: dict[str, list[dict[str, Any]]] = {}
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.DatabaseError:
        return found
    try:
        connection.row_factory = sqlite3.Row
        for name in USER_TABLES:
            try:
                found[name] = [dict(row) for row in connection.execute(f"SELECT * FROM {name}")]  # noqa: S608
            except sqlite3.DatabaseError:
                continue
    finally:
        connection.close()
    return found


def _current_revision(path: Path) -> str | None:
    if not path.exists():
        return None
    try:
        with sqlite3.connect(path) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def _known_revisions() -> set[str]:
    """The revisions this app's migrations know (file names start with them: 0001_..., 0002_...)."""
    return {p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py")}


def migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class Cache:
    """One profile's cache file. Read with `session(write=False)`, write with `session()`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.repair: RepairNotice | None = None
        path.parent.mkdir(parents=True, exist_ok=True)
        salvaged: dict[str, list[dict[str, Any]]] = {}
        if not _check(path):
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            kept = path.with_name(f"{path.name}.damaged-{stamp}")
            salvaged = _salvage(path)
            shutil.move(path, kept)
            for suffix in ("-wal", "-shm"):
                side = path.with_name(path.name + suffix)
                if side.exists():
                    shutil.move(side, kept.with_name(kept.name + suffix))
            self.repair = RepairNotice(kept, len(salvaged.get("outbox", [])))
        self.engine = _engine(path)
        try:
            revision = _current_revision(path)
            if revision is not None and revision not in _known_revisions():
                raise CacheError("newer_app", path, f"revision {revision}")
            if revision != HEAD_REVISION:
                migrate(self.engine)
        except CacheError:
            self.engine.dispose()
            raise
        except (DBAPIError, sqlite3.Error, OSError) as exc:
            self.engine.dispose()
            kind = known_kind(exc)
            if kind is None:
                raise
            raise CacheError(kind, path, str(getattr(exc, "orig", exc))) from exc
        self.readers = sessionmaker(self.engine, expire_on_commit=False)
        self.writers = sessionmaker(
            self.engine.execution_options(sqlite_immediate=True), expire_on_commit=False
        )
        if salvaged:
            self._restore(salvaged)

    def _restore(self, salvaged: dict[str, list[dict[str, Any]]]) -> None:
        with self.engine.begin() as connection:
            for name, rows in salvaged.items():
                model = USER_TABLES[name]
                columns = {c.name for c in model.__table__.columns}
                clean = [{k: v for k, v in row.items() if k in columns} for row in rows]
                if clean:
                    connection.execute(insert(model).prefix_with("OR IGNORE"), _raw(clean))

    @contextmanager
    def session(self, write: bool = True) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on an exception. A known trouble
        with the file (full disk, locked, read-only) comes out as `CacheError`; anything else as is."""
        try:
            with (self.writers if write else self.readers)() as session, session.begin():
                yield session
        except DBAPIError as exc:
            kind = known_kind(exc)
            if kind is None:
                raise
            raise CacheError(kind, self.path, str(exc.orig)) from exc

    def integrity_ok(self) -> bool:
        with self.engine.connect() as connection:
            return connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"

    def close(self) -> None:
        self.engine.dispose()


def _raw(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows read back with sqlite3 hold JSON as text; give SQLAlchemy's JSON columns objects again."""
    import json

    result = []
    for row in rows:
        fixed = {}
        for key, value in row.items():
            if key in ("payload", "values") and isinstance(value, str):
                value = json.loads(value)
            fixed[key] = value
        result.append(fixed)
    return result
