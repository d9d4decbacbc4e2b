"""The test acquirer's hosted page, where a person types a card number the app never sees."""

from typing import Annotated

from fastapi import APIRouter, Form
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse

from server import payments
from server.deps import Db, Settings

router = APIRouter(prefix="/pay", tags=["acquirer"])
PayToken = Annotated[str, PathParam(max_length=64)]


@router.get("/{token}", response_class=HTMLResponse)
def pay_page(token: PayToken, sess: Db) -> HTMLResponse:
    return HTMLResponse(payments.page_for(sess, payments.by_token(sess, token)))


@router.post("/{token}", response_class=HTMLResponse)
def pay_submit(
    token: PayToken,
    card_number: Annotated[str, Form(max_length=40)],
    expiry: Annotated[str, Form(max_length=10)],  # asked for like a real form's; not checked
    cvc: Annotated[str, Form(max_length=10)],
    sess: Db,
    settings: Settings,
) -> HTMLResponse:
    row = payments.by_token(sess, token)
    if row.status != "pending":
        return HTMLResponse(payments.page_for(sess, row))
    error = payments.charge(sess, settings, row, card_number)
    return HTMLResponse(payments.page_for(sess, row, error), status_code=400 if error else 200)
