"""Readings sent by SMS: the gateway posts each incoming message here and texts our answer back.

A message is "<account number> <reading> [<reading> [<reading>]]", one reading per zone of the account's
meter (day then night; peak, half-peak, night). It counts only from a phone registered to a login
linked to that account. The gateway's message id makes a retried delivery harmless.
"""

import hashlib
import hmac
import secrets
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from protocol.readings import parse_reading
from protocol.schemas import ReadingItem, SmsInboundIn, SmsInboundOut
from protocol.zones import zones_for
from server import push
from server.config import Settings
from server.errors import ApiError
from server.schema import Account, AccountLink, Customer, Meter

FORMAT_HINT = "Send: account number, then the reading of each zone, separated by spaces."


def check_gateway(settings: Settings, given: str) -> None:
    """Only the gateway, which knows the shared secret, may post messages; none configured lets no one."""
    secret = settings.sms_inbound_secret
    if not secret or not secrets.compare_digest(given.encode(), secret.encode()):
        raise ApiError(403, "forbidden", "Only the SMS gateway may post here.")


def reading_uuid(settings: Settings, phone: str, message_id: str) -> uuid.UUID:
    """The idempotency key of a message's reading: the same for a retried delivery, and one no login can
    work out (and push first, to have the SMS answered `uuid_taken`) without the gateway's secret.

    An RFC 9562 version 8 UUID made of HMAC-SHA256(secret, phone and message id)."""
    secret = settings.sms_inbound_secret
    assert secret, "check_gateway lets no message in without a secret"
    digest = hmac.new(secret.encode(), f"{phone}:{message_id}".encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest[:16], "big")
    number = (number & ~(0xF << 76)) | (8 << 76)  # version 8
    number = (number & ~(0x3 << 62)) | (0x2 << 62)  # the RFC's variant
    return uuid.UUID(int=number)


def _refuse(code: str, message: str) -> SmsInboundOut:
    return SmsInboundOut(status="rejected", code=code, message=message)


def _sender(session: Session, account_id: int, phone: str) -> Customer | None:
    return session.scalars(
        select(Customer)
        .join(AccountLink, AccountLink.customer_id == Customer.id)
        .where(AccountLink.account_id == account_id, Customer.phone == phone)
        .order_by(Customer.id)
    ).first()


def receive(session: Session, settings: Settings, message: SmsInboundIn) -> SmsInboundOut:
    parts = message.text.split()
    if len(parts) < 2:
        return _refuse("bad_format", FORMAT_HINT)
    account = session.scalars(select(Account).where(Account.number == parts[0])).first()
    customer = _sender(session, account.id, message.phone) if account else None
    if account is None or customer is None:
        return _refuse("unknown_sender", "This phone is not registered for that account.")
    meters = session.scalars(
        select(Meter).where(Meter.account_id == account.id, Meter.removed_on.is_(None)).order_by(Meter.id)
    ).all()
    if len(meters) != 1:
        return _refuse("several_meters", "This account has several meters: please use the personal account.")
    meter = meters[0]
    zones = zones_for(meter.zone_count)
    values = [parse_reading(part) for part in parts[1:]]
    if len(values) != len(zones):
        return _refuse("wrong_zones", f"This meter has {len(zones)} zone(s): send {len(zones)} reading(s).")
    if any(value is None for value in values):
        return _refuse("not_a_number", "A reading is digits only. " + FORMAT_HINT)
    item = ReadingItem(
        kind="reading",
        uuid=reading_uuid(settings, message.phone, message.message_id),
        meter_id=meter.id,
        values={zone: value for zone, value in zip(zones, values, strict=True) if value is not None},
    )
    # The push's own path: the login's row and the meter are held, as for a reading from the app.
    result = push.push(session, settings, customer, [item], source="sms")[0]
    return SmsInboundOut(status=result.status, code=result.code, message=result.message)
