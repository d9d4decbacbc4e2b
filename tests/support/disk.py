"""A full disk, as SQLite hears of it: the cache file may not grow by one page more (PRAGMA
max_page_count), which SQLite answers with SQLITE_FULL exactly as when the filesystem has no room.
Nothing is mocked: the app's own connections get the limit when they connect."""

import sqlite3
from collections.abc import Callable

from sqlalchemy import event

from models.db import Cache


def stop_growing(cache: Cache) -> Callable[[], None]:
    """From now on the file keeps its size; returns what lifts the limit again (the disk freed)."""
    cache.engine.dispose()
    raw = sqlite3.connect(cache.path, isolation_level=None, timeout=30)
    pages = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.close()

    def limit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(cache.engine, "connect", limit)
    cache.engine.dispose()  # connections opened before would not have the limit

    def lift() -> None:
        event.remove(cache.engine, "connect", limit)
        cache.engine.dispose()

    return lift


def fill_round_cells(cache: Cache, pages: int) -> None:
    """Fill the last page of the round's table with rows of a month nobody types (9999-12), so the
    next cell of the round needs a page the file may not have."""
    raw = sqlite3.connect(cache.path, isolation_level=None, timeout=30)
    raw.execute(f"PRAGMA max_page_count={pages}")
    try:
        for meter in range(1, 100_000):
            raw.execute(
                "INSERT INTO round_cell VALUES ('9999-12', ?, 'half_peak', '99999999.99', "
                "'2026-03-18T10:00:00.000000+00:00', NULL, NULL, 0)",
                (meter,),
            )
    except sqlite3.OperationalError as error:
        assert "full" in str(error), error
    else:
        raise AssertionError("the file never filled up")
    finally:
        raw.close()


def page_count(cache: Cache) -> int:
    raw = sqlite3.connect(cache.path, timeout=30)
    try:
        return int(raw.execute("PRAGMA page_count").fetchone()[0])
    finally:
        raw.close()
