"""A household's accounts: list, one, link another, unlink, e-receipts."""

from fastapi import APIRouter

from protocol import schemas as s
from server import accounts as accounts_service
from server import throttle
from server.deps import Address, Database, Db, Household, HouseholdAlone, IdPath, Settings

router = APIRouter(prefix="/api/v1/accounts", tags=["accounts"])


@router.get("", response_model=list[s.AccountOut])
def accounts(sess: Db, customer: Household) -> list[s.AccountOut]:
    return accounts_service.of_customer(sess, customer)


@router.get("/{account_id}", response_model=s.AccountOut)
def account(account_id: IdPath, sess: Db, customer: Household) -> s.AccountOut:
    return accounts_service.one(sess, customer, account_id)


@router.post("/link", response_model=s.AccountOut)
def link_account(
    body: s.LinkIn, database: Database, settings: Settings, customer: HouseholdAlone, where: Address
) -> s.AccountOut:
    """Throttled per login, per account number and per address (server/throttle.py), in transactions of
    their own around the link's: a wrong proof rolls the link back, never its count."""
    keys = throttle.link_keys(settings, customer.id, body.account_number, where)
    throttle.guard(database, settings, keys)
    with database.session() as sess:
        linked = accounts_service.link(
            sess, settings, customer, body.account_number, body.surname, body.access_code
        )
    throttle.passed(database, settings, keys)
    return linked


@router.delete("/{account_id}/link", response_model=s.MessageOut)
def unlink_account(account_id: IdPath, sess: Db, customer: Household) -> s.MessageOut:
    accounts_service.unlink(sess, customer, account_id)
    return s.MessageOut(message="The account is no longer shown in this login.")


@router.put("/{account_id}/e-receipt", response_model=s.AccountOut)
def e_receipt(account_id: IdPath, body: s.EReceiptIn, sess: Db, customer: Household) -> s.AccountOut:
    return accounts_service.set_e_receipt(sess, customer, account_id, body.subscribed, body.email)
