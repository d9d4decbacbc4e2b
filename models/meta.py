"""The cache's key-value table (login, role, sync cursor, last sync): read and written in any session."""

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from models.schema import Meta


def get_meta(session: Session, key: str) -> str | None:
    """Read from the table, not the session's identity map: `set_meta` writes with a Core statement."""
    value: str | None = session.execute(select(Meta.value).where(Meta.key == key)).scalar()
    return value


_SET_META = sqlite_insert(Meta)
_SET_META = _SET_META.on_conflict_do_update(index_elements=["key"], set_={"value": _SET_META.excluded.value})


def set_meta(session: Session, key: str, value: str) -> None:
    session.execute(_SET_META, {"key": key, "value": value})
