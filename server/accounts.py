"""A household's accounts: the list with what each owes, linking another one, e-receipts."""

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from protocol import schemas as s
from server import access, auth
from server import serialize as out
from server.billing import balances
from server.changes import log_change
from server.config import Settings
from server.errors import ApiError, not_found
from server.schema import Account, AccountLink, Customer


def of_customer(session: Session, customer: Customer) -> list[s.AccountOut]:
    links = session.scalars(
        select(AccountLink).where(AccountLink.customer_id == customer.id).order_by(AccountLink.account_id)
    ).all()
    owed = balances(session, [link.account_id for link in links])
    result = []
    for link in links:
        account = session.get(Account, link.account_id)
        if account is not None:
            result.append(out.account_out(account, link, owed[account.id]))
    return result


def one(session: Session, customer: Customer, account_id: int) -> s.AccountOut:
    link = access.link_of(session, customer, account_id)
    row = access.account_for_household(session, customer, account_id)
    return out.account_out(row, link, balances(session, [account_id])[account_id])


def link(
    session: Session, settings: Settings, customer: Customer, number: str, surname: str, access_code: str
) -> s.AccountOut:
    """Show another account in this login; the receipt's access code is the proof (twice is harmless).

    A link never makes its login the owner: the owner is whoever registers the account, and that takes
    the account away from the logins that only linked it."""
    row = auth.find_account(session, number, surname, access_code)
    # ON CONFLICT DO NOTHING: a double click's second insert, even at the same instant, is no error.
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(
        insert(AccountLink)
        .values(customer_id=customer.id, account_id=row.id, owner=False, created_at=settings.now())
        .on_conflict_do_nothing()
    )
    found = session.scalars(
        select(AccountLink).where(AccountLink.customer_id == customer.id, AccountLink.account_id == row.id)
    ).one()
    return out.account_out(row, found, balances(session, [row.id])[row.id])


def unlink(session: Session, customer: Customer, account_id: int) -> None:
    """Stop showing an account in this login, unless it is the login's last one (an owner's flag goes with
    its link: the account can then be registered again)."""
    # Hold the login's row before counting, so concurrent unlinks of its accounts run one after another on
    # PostgreSQL and the last one stays (NO KEY UPDATE, as a push holds it; SQLite's writers are serial).
    session.execute(select(Customer.id).where(Customer.id == customer.id).with_for_update(key_share=True))
    found = session.scalars(
        select(AccountLink).where(
            AccountLink.customer_id == customer.id, AccountLink.account_id == account_id
        )
    ).first()
    if found is None:
        raise not_found("account")
    count = session.scalar(
        select(func.count()).select_from(AccountLink).where(AccountLink.customer_id == customer.id)
    )
    if count == 1:
        raise ApiError(409, "last_account", "This is the only account of this login; it cannot be removed.")
    session.delete(found)


def set_e_receipt(
    session: Session, customer: Customer, account_id: int, subscribed: bool, email: str | None
) -> s.AccountOut:
    """Subscribe to receipts by e-mail (to the given address, else the login's) or unsubscribe."""
    found = access.link_of(session, customer, account_id)
    email = email or customer.email
    if subscribed and not email:
        raise ApiError(400, "no_email", "Give an e-mail address for the electronic receipts.")
    found.e_receipt = subscribed
    found.e_receipt_email = email if subscribed else None
    log_change(session, "account", account_id, account_id=account_id)
    return one(session, customer, account_id)
