"""The change log behind every pull.

Each write appends (seq, entity, id, whose) rows. seq comes from a one-row counter bumped with an
UPDATE, which holds a row lock until commit, so a later seq never becomes visible before an earlier
one: a client that has seen seq N has seen everything up to N.
"""

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from server.schema import ChangeCounter, ChangeLog

_BUMP = (
    update(ChangeCounter)
    .where(ChangeCounter.id == 1)
    .values(value=ChangeCounter.value + 1)
    .returning(ChangeCounter.value)
)
_LOG = insert(ChangeLog)


def next_seq(session: Session) -> int:
    # Core statements on the session's connection: this runs for every write, ORM overhead is waste.
    value = session.connection().execute(_BUMP).scalar_one()  # the row is made by the first migration
    return int(value)


def log_change(
    session: Session,
    entity: str,
    entity_id: int,
    *,
    account_id: int | None = None,
    building_id: int | None = None,
    customer_id: int | None = None,
    op: str = "upsert",
) -> None:
    """Record that an entity changed. With no owner at all the change is public (news, tariffs)."""
    session.connection().execute(
        _LOG,
        {
            "seq": next_seq(session),
            "entity": entity,
            "entity_id": entity_id,
            "op": op,
            "account_id": account_id,
            "building_id": building_id,
            "customer_id": customer_id,
        },
    )
