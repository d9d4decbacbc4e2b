"""A household's applications and complaints as it sees them.

They arrive through server.push (from a push or POST /applications), keyed by their one UUID.
"""

from sqlalchemy import select
from sqlalchemy.orm import Session

from protocol import schemas as s
from server import serialize as out
from server.errors import not_found
from server.schema import Application, Customer


def of_customer(session: Session, customer: Customer) -> list[s.ApplicationOut]:
    rows = session.scalars(
        select(Application)
        .where(Application.customer_id == customer.id)
        .order_by(Application.created_at.desc())
    )
    return [out.application_out(a) for a in rows]


def one(session: Session, customer: Customer, application_id: int) -> s.ApplicationOut:
    row = session.get(Application, application_id)
    if row is None or row.customer_id != customer.id:
        raise not_found("application")
    return out.application_out(row)
