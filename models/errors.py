"""Known troubles with the cache file, apart from the database code so the UI can name them without
loading SQLAlchemy (the start-up window imports the words before the heavy part of the app)."""

import errno
import sqlite3
from pathlib import Path


class CacheError(Exception):
    """A known trouble with the cache file, in a `kind` the app has words for (after qutebrowser's
    misc/sql.py: known conditions are told to people, anything else is a bug and goes to the log):

    - `disk_full`: the disk (or the file's size limit) has no room for what was typed;
    - `locked`: another program holds the file (a second copy of the app, a backup tool);
    - `read_only`: the file or its folder cannot be written;
    - `newer_app`: a newer version of the app made the file, and this one cannot read it;
    - `unreadable`: the file or its folder cannot be opened at all.
    """

    def __init__(self, kind: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{kind}: {path}" + (f" ({detail})" if detail else ""))
        self.kind = kind
        self.path = path


# SQLite's primary result codes (the low byte of an extended code) that are known conditions.
_KNOWN_CODES = {
    13: "disk_full",  # SQLITE_FULL, also PRAGMA max_page_count reached
    5: "locked",  # SQLITE_BUSY
    6: "locked",  # SQLITE_LOCKED
    8: "read_only",  # SQLITE_READONLY
    14: "unreadable",  # SQLITE_CANTOPEN
}


def known_kind(error: BaseException) -> str | None:
    """The kind of a known SQLite condition behind `error` (raw or wrapped by SQLAlchemy), else None."""
    original = getattr(error, "orig", None) or error
    if isinstance(original, OSError) and original.errno == errno.ENOSPC:
        return "disk_full"
    code = getattr(original, "sqlite_errorcode", None)
    if not isinstance(original, sqlite3.Error) or code is None:
        return None
    return _KNOWN_CODES.get(code & 0xFF)
