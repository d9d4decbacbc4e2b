"""The supplier's contacts, and applications, complaints and callback requests with their status."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop_app.forms import checked
from models.db import Cache
from models.entries import enter_application
from models.schema import ACCEPTED, CORRECTED, Application, LocalApplication, Supplier


@dataclass(frozen=True)
class Contacts:
    name: str
    phone: str
    email: str
    address: str


@dataclass(frozen=True)
class ApplicationRow:
    created_at: datetime
    kind: str
    subject: str
    body: str
    status: str  # waiting, rejected (locally) or the server's: received, in_progress, answered, closed
    answer: str | None


def contacts(cache: Cache) -> Contacts | None:
    with cache.session(write=False) as session:
        supplier = session.scalars(select(Supplier).order_by(Supplier.id.desc())).first()  # see receipts
        return Contacts(supplier.name, supplier.phone, supplier.email, supplier.address) if supplier else None


def applications(cache: Cache) -> list[ApplicationRow]:
    """What the server knows, and what is still waiting here (or was refused) and so it does not."""
    with cache.session(write=False) as session:
        rows = [
            ApplicationRow(a.created_at, a.kind, a.subject, a.body, a.status, a.answer)
            for a in session.scalars(select(Application))
        ]
        known = set(session.scalars(select(Application.client_uuid)))
        for local in session.scalars(
            select(LocalApplication).where(LocalApplication.state.not_in([ACCEPTED, CORRECTED]))
        ):
            if local.uuid not in known:
                rows.append(
                    ApplicationRow(
                        local.entered_at, local.kind, local.subject, local.body, local.state, local.message
                    )
                )
    return sorted(rows, key=lambda row: row.created_at, reverse=True)


def send(cache: Cache, kind: str, account_id: int | None, subject: str, body: str, phone: str | None) -> str:
    """Saved to the outbox; what the wire model refuses comes out as FormProblem."""
    with checked():
        return enter_application(
            cache, kind, account_id=account_id, subject=subject, body=body, contact_phone=phone or None
        ).uuid
