"""Push: apply a batch of client items, each at most once, and answer per item.

Every item's UUID and answer is kept in client_item for good. The same item sent again, in the same
batch, a later batch, or a retry after a dropped response, changes nothing and gets the same answer.
A batch is one transaction with a savepoint per item, so one refused item spoils nothing else.
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
from server import readings
from server.access import link_of, load_meters, may_see_meter
from server.changes import log_change
from server.config import Settings
from server.errors import ApiError
from server.periods import period_of
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


def change_contacts(session: Session, customer: Customer, email: str | None, phone: str | None) -> None:
    if email is not None:
        customer.email = email
    if phone is not None:
        customer.phone = phone
    log_change(session, "profile", customer.id, customer_id=customer.id)


def apply_contact_change(session: Session, customer: Customer, item: ContactChangeItem) -> PushResult:
    uuid = str(item.uuid)
    if item.email is None and item.phone is None:
        return _rejected(uuid, "nothing_to_change", "Give a new e-mail or phone number.")
    change_contacts(session, customer, item.email, item.phone)
    return _accepted(uuid, customer.id, "Saved.")


def _apply(
    session: Session, settings: Settings, customer: Customer, item: Any, source: str | None
) -> PushResult:
    if isinstance(item, ReadingItem):
        return apply_reading(session, settings, customer, item, source)
    if isinstance(item, ApplicationItem):
        return apply_application(session, settings, customer, item)
    return apply_contact_change(session, customer, item)


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
    if unseen is not None and uuid in unseen:
        unseen.discard(uuid)  # a repeat later in the same batch must find this item's answer
    else:
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


def push(session: Session, settings: Settings, customer: Customer, items: list[PushItem]) -> list[PushResult]:
    """Apply a batch. What every item needs to look up is looked up for the whole batch first."""
    uuids = {str(item.uuid) for item in items}
    known = set(session.scalars(select(ClientItem.uuid).where(ClientItem.uuid.in_(uuids))))
    meter_ids = {item.meter_id for item in items if isinstance(item, ReadingItem)}
    held = load_meters(session, customer, meter_ids) if meter_ids else []
    readings.prefetch(session, meter_ids, period_of(settings.today()))
    unseen = uuids - known
    results = [apply_one(session, settings, customer, item, unseen=unseen) for item in items]
    del held  # the batch's rows were kept alive in the session's identity map until here
    return results
