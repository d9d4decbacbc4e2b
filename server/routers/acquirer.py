"""The test acquirer's hosted page, where a person types a card number the app never sees."""

from typing import Annotated

from fastapi import APIRouter, Form
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse

from server import payments
from server.deps import Db, Settings

router = APIRouter(prefix="/pay", tags=["acquirer"])
PayToken = Annotated[str, PathParam(max_length=64)]
# The form's own refusals are the page again, in HTML; the rest of the errors are the usual envelope.
HTML_REFUSAL: dict[int | str, dict[str, object]] = {
    400: {"description": "The form, with what is wrong with the card", "content": {"text/html": {}}}
}


def _html(body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status_code=status, headers=payments.PAGE_HEADERS)


@router.get("/{token}", response_class=HTMLResponse)
def pay_page(token: PayToken, sess: Db) -> HTMLResponse:
    return _html(payments.page_for(sess, payments.by_token(sess, token)))


@router.post("/{token}", response_class=HTMLResponse, responses=HTML_REFUSAL)
def pay_submit(
    token: PayToken,
    sess: Db,
    settings: Settings,
    # An empty field is for the form to say what is missing, in words on the page.
    card_number: Annotated[str, Form(max_length=40)] = "",
    expiry: Annotated[str, Form(max_length=10)] = "",
    cvc: Annotated[str, Form(max_length=10)] = "",
) -> HTMLResponse:
    row = payments.by_token(sess, token)
    if row.status != "pending":
        return _html(payments.page_for(sess, row, payments.ALREADY_ANSWERED))
    problem = payments.card_problem(payments.Card(card_number, expiry, cvc), settings.today())
    if problem is not None:
        return _html(payments.page_for(sess, row, problem), 400)
    answered = payments.charge(sess, settings, row, card_number)
    return _html(payments.page_for(sess, row, None if answered else payments.ALREADY_ANSWERED))
