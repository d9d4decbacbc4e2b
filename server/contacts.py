"""Changing the contact e-mail and phone: where a password reset goes, so a stolen token alone must not
move them. The current password is asked, and a notice goes to the previous e-mail and phone.

The steps keep slow work out of any write transaction (SQLite has one writer at a time): argon2 runs in a
reading session, the notices are sent before anything is written (a failed send answers 503 and changes
nothing), then one short write applies the change and records the notices as sent.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from protocol import schemas as s
from server import auth, delivery, reference
from server import serialize as out
from server.changes import log_change
from server.config import Settings
from server.db import Database
from server.errors import ApiError


@dataclass(frozen=True)
class Notice:
    channel: str  # "email" or "sms"
    recipient: str
    subject: str
    body: str


def _what(email_changed: bool, phone_changed: bool) -> str:
    if email_changed and phone_changed:
        return "e-mail and phone number"
    return "e-mail" if email_changed else "phone number"


def notices(
    old_email: str | None,
    old_phone: str | None,
    new_email: str | None,
    new_phone: str | None,
    when: datetime,
    supplier_phone: str | None,
) -> list[Notice]:
    """One notice to each previous contact. Nothing secret in them: the new contacts are masked."""
    email_changed, phone_changed = new_email is not None, new_phone is not None
    what = _what(email_changed, phone_changed)
    moment = (when if when.tzinfo is None else when.astimezone(UTC)).strftime("%d.%m.%Y at %H:%M UTC")
    call = f"call us at {supplier_phone}" if supplier_phone else "call your electricity supplier"
    now_set = ", ".join(
        delivery.mask(channel, value)
        for channel, value in (("email", new_email), ("sms", new_phone))
        if value is not None
    )
    subject = f"Your personal account: the {what} was changed"
    letter = (
        f"On {moment} the {what} of your personal account was changed (now: {now_set}).\n"
        f"This notice goes to your previous e-mail and phone.\n"
        f"If it was not you, {call}."
    )
    sms = f"Personal account: the {what} was changed on {moment}. If it was not you, {call}."
    found = []
    if old_email:
        found.append(Notice("email", old_email, subject, letter))
    if old_phone:
        found.append(Notice("sms", old_phone, subject, sms))
    return found


def change_contacts(
    database: Database,
    settings: Settings,
    token: str,
    password: str,
    email: str | None,
    phone: str | None,
) -> s.ProfileOut:
    """Check the password, tell the previous contacts, then change them; or raise (nothing changed)."""
    with database.session(write=False) as session:
        customer = auth.customer_for_token(session, settings, token)
        if email is None and phone is None:
            raise ApiError(400, "nothing_to_change", "Give a new e-mail or phone number.")
        old_email, old_phone = customer.email, customer.phone
        supplier = reference.supplier_row(session)
        unchanged = out.profile_out(customer)
    confirmed = auth.confirm(database, settings, token, password)
    new_email = email if email is not None and email != old_email else None
    new_phone = phone if phone is not None and phone != old_phone else None
    if new_email is None and new_phone is None:
        return unchanged  # the same contacts again: nothing to change, nobody to tell
    now = settings.now()
    sent = notices(old_email, old_phone, new_email, new_phone, now, supplier.phone if supplier else None)
    for notice in sent:
        delivery.deliver(settings, notice.channel, notice.recipient, notice.subject, notice.body)

    def write(session: Session) -> s.ProfileOut:
        customer = auth.still(session, settings, token, confirmed)  # the password unchanged since
        if new_email is not None:
            customer.email = new_email
        if new_phone is not None:
            customer.phone = new_phone
        log_change(session, "profile", customer.id, customer_id=customer.id)
        for notice in sent:
            record = delivery.stored(
                session, settings, notice.channel, notice.recipient, notice.subject, notice.body
            )
            record.delivered = True
        return out.profile_out(customer)

    return database.retried(write)
