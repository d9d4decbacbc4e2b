"""What a caretaker sees of the buildings assigned to them: flats and meters, no names or money."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from protocol import schemas as s
from server import access
from server import serialize as out
from server.schema import Account, Building, Customer


def buildings(session: Session, customer: Customer) -> list[s.BuildingOut]:
    ids = access.building_ids(session, customer)
    rows = session.scalars(select(Building).where(Building.id.in_(ids)).order_by(Building.id))
    return [out.building_out(session, b) for b in rows]


def flats(session: Session, building_id: int) -> list[s.FlatOut]:
    rows = session.scalars(select(Account).where(Account.building_id == building_id).order_by(Account.id))
    return [out.flat_out(a) for a in rows]
