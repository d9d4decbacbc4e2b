"""The write path: what the user enters goes to its local table and to the outbox in one transaction.

The payload is built and validated with the wire models first, so nothing malformed is ever queued;
the UUID made here is the server's idempotency key for as long as the item lives.
"""

import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import update
from sqlalchemy.orm import Session

from models.db import Cache
from models.schema import (
    CORRECTED,
    REJECTED,
    WAITING,
    LocalApplication,
    LocalContactChange,
    LocalReading,
    Outbox,
)
from protocol.schemas import ApplicationIn, ApplicationItem, ReadingItem
from protocol.zones import Zone


def _now() -> datetime:
    return datetime.now(UTC)


def _queue(session: Session, item: ReadingItem | ApplicationItem, now: datetime) -> None:
    session.add(
        Outbox(
            uuid=str(item.uuid),
            kind=item.kind,
            payload=item.model_dump(mode="json"),
            state=WAITING,
            created_at=now,
        )
    )


def enter_reading(
    cache: Cache,
    meter_id: int,
    values: Mapping[Zone, Decimal],
    *,
    corrects: str | None = None,
    now: datetime | None = None,
    taken_on: date | None = None,
) -> LocalReading:
    """Save a reading now; it is shown as waiting until the server answers."""
    with cache.session() as session:
        return queue_reading(session, meter_id, values, corrects=corrects, now=now, taken_on=taken_on)


def queue_reading(
    session: Session,
    meter_id: int,
    values: Mapping[Zone, Decimal],
    *,
    corrects: str | None = None,
    now: datetime | None = None,
    taken_on: date | None = None,
) -> LocalReading:
    """The reading and its outbox item, inside the caller's transaction.

    `taken_on` is the day the reading was taken (the screen's today, by this computer's calendar); the
    server judges the window by it. Without one, the local day of `now`."""
    moment = now or _now()
    day = taken_on or moment.astimezone().date()
    item = ReadingItem(
        kind="reading", uuid=uuid.uuid4(), meter_id=meter_id, values=dict(values), taken_on=day
    )
    if corrects is not None:
        old = session.get(LocalReading, corrects)
        if old is not None and old.state == REJECTED:
            old.state = CORRECTED
    entry = LocalReading(
        uuid=str(item.uuid),
        meter_id=meter_id,
        values={zone: str(value) for zone, value in item.values.items()},
        entered_at=moment,
        taken_on=day,
        state=WAITING,
        corrects=corrects,
    )
    session.add(entry)
    _queue(session, item, moment)
    return entry


def enter_application(
    cache: Cache,
    kind: str,
    *,
    account_id: int | None = None,
    subject: str = "",
    body: str = "",
    contact_phone: str | None = None,
    now: datetime | None = None,
) -> LocalApplication:
    moment = now or _now()
    application = ApplicationIn.model_validate(
        {
            "uuid": str(uuid.uuid4()),
            "kind": kind,
            "account_id": account_id,
            "subject": subject,
            "body": body,
            "contact_phone": contact_phone,
        }
    )
    item = ApplicationItem(kind="application", uuid=application.uuid, application=application)
    with cache.session() as session:
        entry = LocalApplication(
            uuid=str(item.uuid),
            kind=application.kind,
            account_id=account_id,
            subject=application.subject,
            body=application.body,
            contact_phone=application.contact_phone,
            entered_at=moment,
            state=WAITING,
        )
        session.add(entry)
        _queue(session, item, moment)
    return entry


def settle_contact_changes(session: Session) -> None:
    """Contact changes an older app put in the outbox are done with: made again online with the password,
    or let go. They stop waiting (the server would refuse them: `password_needed`) and asking for attention.

    The app no longer queues contacts: they change only online, because the server asks the password."""
    session.execute(
        update(LocalContactChange)
        .where(LocalContactChange.state.in_((WAITING, REJECTED)))
        .values(state=CORRECTED)
    )
    session.execute(
        update(Outbox).where(Outbox.kind == "contact_change", Outbox.state == WAITING).values(state=CORRECTED)
    )
