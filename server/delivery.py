"""Passwords and notices go out by e-mail (SMTP) or SMS (an HTTP gateway), and are always logged.

In demo mode nothing leaves the machine: the outgoing_message table is the demo mailbox.
"""

import logging
import smtplib
from email.message import EmailMessage

import requests
from sqlalchemy.orm import Session

from server.config import Settings
from server.errors import ApiError
from server.schema import OutgoingMessage

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


def send(session: Session, settings: Settings, channel: str, recipient: str, subject: str, body: str) -> None:
    """Send now, or raise a 503 ApiError so the caller's transaction rolls back and nothing half-happens."""
    record = stored(session, settings, channel, recipient, subject, body)
    deliver(settings, channel, recipient, subject, body)
    record.delivered = True


def stored(
    session: Session, settings: Settings, channel: str, recipient: str, subject: str, body: str
) -> OutgoingMessage:
    """The message's row in outgoing_message (the demo mailbox), not yet marked delivered."""
    record = OutgoingMessage(
        channel=channel, recipient=recipient, subject=subject, body=body, created_at=settings.now()
    )
    session.add(record)
    return record


def deliver(settings: Settings, channel: str, recipient: str, subject: str, body: str) -> None:
    """Send now, outside any transaction if the caller likes (SMTP may take seconds), or raise 503."""
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
        raise ApiError(
            503,
            "delivery_failed",
            "The message could not be sent just now. Please try again in a few minutes.",
        ) from exc


def mask(channel: str, recipient: str) -> str:
    """i***@mail.ru or +7******4567: enough to recognise, not enough to harvest."""
    if channel == "email":
        name, _, domain = recipient.partition("@")
        return f"{name[:1]}***@{domain}"
    return recipient[:2] + "*" * max(0, len(recipient) - 6) + recipient[-4:]
