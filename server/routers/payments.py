"""An account's payments, and starting a card payment (paid on the acquirer's page)."""

from fastapi import APIRouter

from protocol import schemas as s
from server import access, payments
from server import serialize as out
from server.deps import Db, Household, IdPath, Settings

router = APIRouter(prefix="/api/v1", tags=["payments"])


@router.get("/accounts/{account_id}/payments", response_model=list[s.PaymentOut])
def account_payments(
    account_id: IdPath, sess: Db, settings: Settings, customer: Household
) -> list[s.PaymentOut]:
    access.link_of(sess, customer, account_id)
    return payments.of_account(sess, settings, account_id)


@router.post("/payments", response_model=s.PaymentOut)
def create_payment(body: s.PaymentIn, sess: Db, settings: Settings, customer: Household) -> s.PaymentOut:
    row = access.account_for_household(sess, customer, body.account_id)
    return out.payment_out(payments.create(sess, settings, customer.id, row, body.amount), settings)


@router.get("/payments/{payment_id}", response_model=s.PaymentOut)
def payment(payment_id: IdPath, sess: Db, settings: Settings, customer: Household) -> s.PaymentOut:
    return out.payment_out(access.payment_for(sess, customer, payment_id), settings)
