"""Push: apply a batch of client items, each at most once, and answer per item.

Every item's UUID and answer is kept in client_item for good. The same item sent again, in the same
batch, a later batch, or a retry after a dropped response, changes nothing and gets the same answer.
A batch is one transaction with a savepoint per item, so one refused item spoils nothing else.

Batches that race (a double click, a household and its caretaker, the SMS gateway) are applied one
after another: a batch first holds its login's row, then its meters, so concurrent requests end as some
serial order of them would, and a transaction PostgreSQL gives up for a deadlock runs again.
"""

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from protocol.schemas import (
    ApplicationIn,
    ApplicationItem,
    ContactChangeItem,
    PushItem,
    PushResult,
    ReadingItem,
)
from protocol.window import period_of
from server import auth, readings
from server.access import link_of, load_meters, may_see_meter
from server.changes import log_change
from server.config import Settings
from server.db import Database
from server.errors import ApiError
from server.schema import Application, ClientItem, Customer, Meter


def _accepted(
    uuid: str,
    server_id: int | None,
    message: str = "Accepted.",
    code: str | None = None,
    flagged: bool = False,
) -> PushResult:
    return PushResult(
        uuid=uuid, status="accepted", code=code, message=message, server_id=server_id, flagged=flagged
    )


def _rejected(uuid: str, code: str, message: str) -> PushResult:
    return PushResult(uuid=uuid, status="rejected", code=code, message=message, server_id=None)


def apply_reading(
    session: Session, settings: Settings, customer: Customer, item: ReadingItem, source: str | None = None
) -> PushResult:
    uuid = str(item.uuid)
    meter = session.get(Meter, item.meter_id)
    if meter is None or not may_see_meter(session, customer, meter):
        return _rejected(uuid, "not_found", "No such meter.")
    outcome = readings.submit(session, settings, customer, meter, item.values, item.taken_on, uuid, source)
    if not outcome.accepted:
        return _rejected(uuid, outcome.code or "rejected", outcome.message)
    assert outcome.reading is not None
    return _accepted(uuid, outcome.reading.id, outcome.message, outcome.code, outcome.flagged)


def create_application(
    session: Session, settings: Settings, customer: Customer, data: ApplicationIn
) -> Application:
    if data.account_id is not None:
        link_of(session, customer, data.account_id)
    now = settings.now()
    application = Application(
        customer_id=customer.id,
        account_id=data.account_id,
        kind=data.kind,
        subject=data.subject,
        body=data.body,
        contact_phone=data.contact_phone,
        status="received",
        client_uuid=str(data.uuid),
        created_at=now,
        updated_at=now,
    )
    session.add(application)
    session.flush()
    log_change(session, "application", application.id, customer_id=customer.id)
    return application


def apply_application(
    session: Session, settings: Settings, customer: Customer, item: ApplicationItem
) -> PushResult:
    uuid = str(item.uuid)
    try:
        application = create_application(session, settings, customer, item.application)
    except ApiError as error:
        return _rejected(uuid, error.code, error.message)
    return _accepted(uuid, application.id, "Received.")


def apply_contact_change(item: ContactChangeItem) -> PushResult:
    """Refused: the contacts are where a reset goes, so they change only with the password (PUT
    /api/v1/me/contacts). Only an older app still queues this item; its words lead the person there."""
    return _rejected(
        str(item.uuid), "password_needed", "To change the e-mail or phone, enter your password in Settings."
    )


def _apply(
    session: Session, settings: Settings, customer: Customer, item: Any, source: str | None
) -> PushResult:
    if isinstance(item, ReadingItem):
        return apply_reading(session, settings, customer, item, source)
    if isinstance(item, ApplicationItem):
        return apply_application(session, settings, customer, item)
    return apply_contact_change(item)


def _stored(session: Session, customer: Customer, uuid: str) -> PushResult | None:
    known = session.get(ClientItem, uuid)
    if known is None:
        return None
    if known.customer_id != customer.id:
        return _rejected(uuid, "uuid_taken", "This item's identifier is already used; make a new one.")
    return PushResult.model_validate(known.result)


def apply_one(
    session: Session,
    settings: Settings,
    customer: Customer,
    item: PushItem,
    source: str | None = None,
    unseen: set[str] | None = None,
) -> PushResult:
    """Apply one item inside a savepoint of the caller's transaction, or return its earlier answer.

    `unseen` holds UUIDs a batch lookup found no answer for, so they need no lookup of their own."""
    uuid = str(item.uuid)
    if unseen is None or uuid not in unseen:  # (a repeat inside one batch never gets here: see push)
        stored = _stored(session, customer, uuid)
        if stored is not None:
            return stored
    try:
        with session.begin_nested():
            result = _apply(session, settings, customer, item, source)
            session.add(
                ClientItem(
                    uuid=uuid,
                    customer_id=customer.id,
                    kind=item.kind,
                    result=result.model_dump(mode="json"),
                    created_at=settings.now(),
                )
            )
            session.flush()
    except IntegrityError:
        # The same UUID was committed by a concurrent request after we looked: answer as it did.
        stored = _stored(session, customer, uuid)
        if stored is None:
            raise
        return stored
    return result


def _lock_customer(session: Session, customer: Customer) -> None:
    """Hold the login's row, so one login's batches run one at a time (FOR NO KEY UPDATE: a new token or
    client_item row, which only shares the key, does not wait on it)."""
    session.scalars(
        select(Customer)
        .where(Customer.id == customer.id)
        .with_for_update(key_share=True)
        .execution_options(populate_existing=True)
    ).one()


def push(
    session: Session,
    settings: Settings,
    customer: Customer,
    items: list[PushItem],
    source: str | None = None,
) -> list[PushResult]:
    """Apply a batch. What every item needs to look up is looked up for the whole batch first, after the
    login and the batch's meters are held (see readings.lock_meters), so it sees what was committed.

    An item whose UUID came earlier in the batch gets that item's answer if it says the same, and
    `uuid_reused` if it says something else (only the first was applied)."""
    _lock_customer(session, customer)
    meter_ids = {item.meter_id for item in items if isinstance(item, ReadingItem)}
    locked = readings.lock_meters(session, meter_ids)
    uuids = {str(item.uuid) for item in items}
    known = set(session.scalars(select(ClientItem.uuid).where(ClientItem.uuid.in_(uuids))))
    held = load_meters(session, customer, meter_ids) if meter_ids else []
    today = settings.today()
    by_period: dict[str, set[int]] = {}
    for item in items:
        if isinstance(item, ReadingItem):  # a reading belongs to the period of the day it was taken
            by_period.setdefault(period_of(item.taken_on or today), set()).add(item.meter_id)
    for period, ids in by_period.items():
        readings.prefetch(session, ids, period)
    unseen = uuids - known
    first: dict[str, tuple[PushItem, PushResult]] = {}
    results: list[PushResult] = []
    for item in items:
        uuid = str(item.uuid)
        if uuid in first:
            earlier, answer = first[uuid]
            results.append(answer if earlier == item else _reused(uuid))
            continue
        answer = apply_one(session, settings, customer, item, source, unseen)
        first[uuid] = (item, answer)
        results.append(answer)
    del held, locked  # the batch's rows were kept alive in the session's identity map until here
    return results


def _reused(uuid: str) -> PushResult:
    return _rejected(
        uuid, "uuid_reused", "This item's identifier was already used for different content; make a new one."
    )


def push_as(database: Database, settings: Settings, token: str, items: list[PushItem]) -> list[PushResult]:
    """A batch from the login holding `token`, in a transaction of its own that is committed before this
    returns ("accepted" means stored) and run again if PostgreSQL gives it up as a deadlock's victim."""

    def work(session: Session) -> list[PushResult]:
        customer = auth.customer_for_token(session, settings, token)
        return push(session, settings, customer, items)

    return database.retried(work)
