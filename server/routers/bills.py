"""An account's bills."""

from fastapi import APIRouter

from protocol import schemas as s
from server import access, billing
from server import serialize as out
from server.deps import Db, Household, IdPath

router = APIRouter(prefix="/api/v1", tags=["bills"])


@router.get("/accounts/{account_id}/bills", response_model=list[s.BillOut])
def bills(account_id: IdPath, sess: Db, customer: Household) -> list[s.BillOut]:
    access.link_of(sess, customer, account_id)
    return billing.bills_of(sess, account_id)


@router.get("/bills/{bill_id}", response_model=s.BillOut)
def bill(bill_id: IdPath, sess: Db, customer: Household) -> s.BillOut:
    return out.bill_out(access.bill_for(sess, customer, bill_id))
