"""The test acquirer's hosted page, where a person types a card number the app never sees."""

from typing import Annotated

from fastapi import APIRouter, Form, Header, Query
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse

from server import payments
from server.deps import Db, Settings

router = APIRouter(prefix="/pay", tags=["acquirer"])
PayToken = Annotated[str, PathParam(max_length=64)]
# The page follows the browser's Accept-Language; ?lang=ru or ?lang=en in the address overrides it.
AskedLanguage = Annotated[str | None, Query(alias="lang", max_length=8)]
AcceptLanguage = Annotated[str | None, Header(max_length=500)]
# The form's own refusals and an unknown address are pages, in HTML; the rest of the errors (a body too
# large, a client too old) are the usual envelope.
# (The routes keep the default JSON response class: with HTMLResponse, FastAPI would declare the JSON
# error envelopes as text/html.)
PAGE: dict[str, object] = {
    "description": "The page",
    "content": {"text/html": {"schema": {"type": "string"}}},
}
UNKNOWN: dict[int | str, dict[str, object]] = {
    200: PAGE,
    404: {"description": "No payment has this address", "content": {"text/html": {}}},
}
HTML_REFUSAL: dict[int | str, dict[str, object]] = {
    400: {"description": "The form, with what is wrong with the card", "content": {"text/html": {}}},
    **UNKNOWN,
}


def _html(body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status_code=status, headers=payments.PAGE_HEADERS)


@router.get("/{token}", response_model=None, responses=UNKNOWN)
def pay_page(
    token: PayToken, sess: Db, lang: AskedLanguage = None, accept_language: AcceptLanguage = None
) -> HTMLResponse:
    words = payments.language(lang, accept_language)
    row = payments.by_token(sess, token)
    if row is None:
        return _html(payments.unknown_page(words), 404)
    return _html(payments.page_for(sess, row, words))


@router.post("/{token}", response_model=None, responses=HTML_REFUSAL)
def pay_submit(
    token: PayToken,
    sess: Db,
    settings: Settings,
    # An empty field is for the form to say what is missing, in words on the page.
    card_number: Annotated[str, Form(max_length=40)] = "",
    expiry: Annotated[str, Form(max_length=10)] = "",
    cvc: Annotated[str, Form(max_length=10)] = "",
    lang: AskedLanguage = None,
    accept_language: AcceptLanguage = None,
) -> HTMLResponse:
    words = payments.language(lang, accept_language)
    row = payments.by_token(sess, token)
    if row is None:
        return _html(payments.unknown_page(words), 404)
    if row.status != "pending":
        return _html(payments.page_for(sess, row, words, payments.ALREADY_ANSWERED))
    problem = payments.card_problem(payments.Card(card_number, expiry, cvc), settings.today())
    if problem is not None:
        return _html(payments.page_for(sess, row, words, problem), 400)
    answered = payments.charge(sess, settings, row, card_number)
    return _html(payments.page_for(sess, row, words, None if answered else payments.ALREADY_ANSWERED))
