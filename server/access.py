"""Who may see what. Every route that takes an id goes through here."""

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.errors import not_found
from server.schema import Account, AccountLink, Bill, CaretakerBuilding, Customer, Meter, Payment


def linked_account_ids(session: Session, customer: Customer) -> list[int]:
    return list(
        session.scalars(
            select(AccountLink.account_id)
            .where(AccountLink.customer_id == customer.id)
            .order_by(AccountLink.account_id)
        )
    )


def building_ids(session: Session, customer: Customer) -> list[int]:
    if customer.role != "caretaker":
        return []
    return list(
        session.scalars(
            select(CaretakerBuilding.building_id)
            .where(CaretakerBuilding.customer_id == customer.id)
            .order_by(CaretakerBuilding.building_id)
        )
    )


def link_of(session: Session, customer: Customer, account_id: int) -> AccountLink:
    link = session.get(AccountLink, (customer.id, account_id))
    if link is None:
        raise not_found("account")
    return link


def account_for_household(session: Session, customer: Customer, account_id: int) -> Account:
    """The account, if this login is linked to it (caretakers see flats, not accounts)."""
    link_of(session, customer, account_id)
    account = session.get(Account, account_id)
    if account is None:
        raise not_found("account")
    return account


def may_see_meter(session: Session, customer: Customer, meter: Meter) -> bool:
    if customer.role == "caretaker":
        account = session.get(Account, meter.account_id)
        return (
            account is not None
            and account.building_id is not None
            and session.get(CaretakerBuilding, (customer.id, account.building_id)) is not None
        )
    return session.get(AccountLink, (customer.id, meter.account_id)) is not None


def load_meters(session: Session, customer: Customer, meter_ids: Iterable[int]) -> list[object]:
    """Load a batch's meters and what decides who may see them, so later gets hit the session's map.

    The session holds rows weakly: keep the returned list alive for as long as the batch runs."""
    ids = sorted(set(meter_ids))
    meters = session.scalars(select(Meter).where(Meter.id.in_(ids))).all()
    account_ids = sorted({m.account_id for m in meters})
    held: list[object] = [*meters, *session.scalars(select(Account).where(Account.id.in_(account_ids)))]
    if customer.role == "caretaker":
        held += session.scalars(select(CaretakerBuilding).where(CaretakerBuilding.customer_id == customer.id))
    else:
        held += session.scalars(
            select(AccountLink).where(
                AccountLink.customer_id == customer.id, AccountLink.account_id.in_(account_ids)
            )
        )
    return held


def meter_for(session: Session, customer: Customer, meter_id: int) -> Meter:
    meter = session.get(Meter, meter_id)
    if meter is None or not may_see_meter(session, customer, meter):
        raise not_found("meter")
    return meter


def bill_for(session: Session, customer: Customer, bill_id: int) -> Bill:
    bill = session.get(Bill, bill_id)
    if bill is None or session.get(AccountLink, (customer.id, bill.account_id)) is None:
        raise not_found("bill")
    return bill


def payment_for(session: Session, customer: Customer, payment_id: int) -> Payment:
    payment = session.get(Payment, payment_id)
    if payment is None or session.get(AccountLink, (customer.id, payment.account_id)) is None:
        raise not_found("payment")
    return payment


def building_for(session: Session, customer: Customer, building_id: int) -> None:
    if customer.role != "caretaker" or session.get(CaretakerBuilding, (customer.id, building_id)) is None:
        raise not_found("building")
