"""Passwords and notices go out by e-mail (SMTP) or SMS (an HTTP gateway), and are always logged.

In demo mode nothing leaves the machine: the outgoing_message table is the demo mailbox. In live mode the
table keeps that a message was sent, with any password in it blanked: no generated password is stored.
"""

import logging
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage

import requests
from sqlalchemy.orm import Session

from server.config import Settings
from server.db import Database
from server.errors import ApiError
from server.schema import OutgoingMessage

REDACTED = "•••"

log = logging.getLogger(__name__)


class DeliveryError(Exception):
    pass


def _send_email(settings: Settings, recipient: str, subject: str, body: str) -> None:
    message = EmailMessage()
    message["From"] = settings.smtp_sender
    message["To"] = recipient
    message["Subject"] = subject
    message.set_content(body)
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout) as smtp:
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise DeliveryError(f"SMTP: {exc}") from exc


def _send_sms(settings: Settings, recipient: str, body: str) -> None:
    if not settings.sms_gateway_url:
        raise DeliveryError("no SMS gateway is configured")
    try:
        response = requests.post(
            settings.sms_gateway_url, json={"phone": recipient, "text": body}, timeout=settings.sms_timeout
        )
        response.raise_for_status()
    except requests.RequestException as exc:
        raise DeliveryError(f"SMS gateway: {exc}") from exc


@dataclass(frozen=True)
class Outgoing:
    """A message to send once the answer has left (see send_later); `secret` is blanked where it is kept."""

    channel: str
    recipient: str
    subject: str
    body: str
    secret: str | None = None


def _record(
    settings: Settings, channel: str, recipient: str, subject: str, body: str, secret: str | None
) -> OutgoingMessage:
    kept = body.replace(secret, REDACTED) if secret and settings.delivery != "demo" else body
    return OutgoingMessage(
        channel=channel, recipient=recipient, subject=subject, body=kept, created_at=settings.now()
    )


def _deliver(settings: Settings, channel: str, recipient: str, subject: str, body: str) -> None:
    """Hand the message over (nothing in demo mode), or raise DeliveryError after logging its kind."""
    if settings.delivery == "demo":
        return
    try:
        if channel == "email":
            _send_email(settings, recipient, subject, body)
        else:
            _send_sms(settings, recipient, body)
    except DeliveryError as exc:
        # The exception's text may hold the full address or the gateway's URL with its key: its kind only.
        cause = exc.__cause__ or exc
        log.warning("a message to %s could not be sent: %s", mask(channel, recipient), type(cause).__name__)
        raise


def stored(
    session: Session,
    settings: Settings,
    channel: str,
    recipient: str,
    subject: str,
    body: str,
    secret: str | None = None,
) -> OutgoingMessage:
    """The message's row in outgoing_message (the demo mailbox), not yet marked delivered; `secret` (a
    generated password in the body) is kept only in the demo mailbox, blanked in live mode."""
    record = _record(settings, channel, recipient, subject, body, secret)
    session.add(record)
    return record


def deliver(settings: Settings, channel: str, recipient: str, subject: str, body: str) -> None:
    """Send now, outside any transaction if the caller likes (SMTP may take seconds), or raise a 503."""
    try:
        _deliver(settings, channel, recipient, subject, body)
    except DeliveryError as exc:
        raise ApiError(
            503,
            "delivery_failed",
            "The message could not be sent just now. Please try again in a few minutes.",
        ) from exc


def send(
    session: Session,
    settings: Settings,
    channel: str,
    recipient: str,
    subject: str,
    body: str,
    secret: str | None = None,
) -> None:
    """Send now, or raise a 503 ApiError so the caller's transaction rolls back and nothing half-happens."""
    record = stored(session, settings, channel, recipient, subject, body, secret)
    deliver(settings, channel, recipient, subject, body)
    record.delivered = True


def send_later(database: Database, settings: Settings, message: Outgoing) -> None:
    """Send after the answer has left (a BackgroundTask), so how long SMTP takes tells a caller nothing.

    Sent outside any transaction (a slow SMTP server holds no lock), then recorded in a short one; a failure
    is logged and kept as undelivered, as there is no one left to answer."""
    record = _record(
        settings, message.channel, message.recipient, message.subject, message.body, message.secret
    )
    try:
        _deliver(settings, message.channel, message.recipient, message.subject, message.body)
        record.delivered = True
    except DeliveryError as exc:
        record.error = type(exc.__cause__ or exc).__name__
    with database.session() as session:
        session.add(record)


def mask(channel: str, recipient: str) -> str:
    """i***@mail.ru or +7******4567: enough to recognise, not enough to harvest."""
    if channel == "email":
        name, _, domain = recipient.partition("@")
        return f"{name[:1]}***@{domain}"
    return recipient[:2] + "*" * max(0, len(recipient) - 6) + recipient[-4:]
