"""Card payments through a hosted test acquirer page: the app never sees a card number.

Test cards: 4242 4242 4242 4242 is paid; 4000 0000 0000 0002 is declined by the bank; any other number
that passes the Luhn check is paid; one that fails it is refused by the form. Only the last four digits
are stored.
"""

import html
import secrets
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from protocol import schemas as s
from server import reference
from server import serialize as out
from server.changes import log_change
from server.config import Settings
from server.errors import not_found
from server.schema import Account, Payment

DECLINED_CARDS = frozenset({"4000000000000002"})
STYLE = """
body { font: 20px sans-serif; max-width: 30em; margin: 2em auto }
label, input, button { display: block; font: inherit; margin: .3em 0 }
input { padding: .3em; width: 100% }
button { padding: .5em 1em }
.ok { color: #064 } .bad { color: #a00 } .hint { color: #444 }
"""


def luhn_ok(number: str) -> bool:
    if not number.isdigit() or not 12 <= len(number) <= 19:
        return False
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def create(
    session: Session, settings: Settings, customer_id: int, account: Account, amount: Decimal
) -> Payment:
    payment = Payment(
        token=secrets.token_urlsafe(24),
        account_id=account.id,
        customer_id=customer_id,
        amount=amount,
        status="pending",
        method="card",
        created_at=settings.now(),
    )
    session.add(payment)
    session.flush()
    log_change(session, "payment", payment.id, account_id=account.id)
    return payment


def of_account(session: Session, settings: Settings, account_id: int) -> list[s.PaymentOut]:
    rows = session.scalars(
        select(Payment).where(Payment.account_id == account_id).order_by(Payment.created_at.desc())
    )
    return [out.payment_out(p, settings) for p in rows]


def by_token(session: Session, token: str) -> Payment:
    """The payment the acquirer's page is for: its token is the only key a browser has."""
    row = session.scalars(select(Payment).where(Payment.token == token[:64])).first()
    if row is None:
        raise not_found("payment")
    return row


def page_for(session: Session, payment: Payment, error: str | None = None) -> str:
    account = session.get(Account, payment.account_id)
    supplier = reference.supplier_row(session)
    return page(payment, account.number if account else "", supplier.name if supplier else "", error)


def charge(session: Session, settings: Settings, payment: Payment, card_number: str) -> str | None:
    """Run the card; returns an error for the form, or None when the payment got a final status."""
    digits = "".join(c for c in card_number if c.isdigit())
    if not luhn_ok(digits):
        return "The card number is wrong. Please check it."
    payment.card_last4 = digits[-4:]
    if digits in DECLINED_CARDS:
        payment.status = "declined"
    else:
        payment.status = "succeeded"
        payment.paid_at = settings.now()
    log_change(session, "payment", payment.id, account_id=payment.account_id)
    log_change(session, "account", payment.account_id, account_id=payment.account_id)
    return None


def page(payment: Payment, account_number: str, supplier: str, error: str | None = None) -> str:
    """The acquirer's hosted page: a form while pending, the result after."""
    amount = f"{payment.amount:.2f}"
    if payment.status == "succeeded":
        body = f"<p class='ok'>Payment of {amount} RUB received. Card ending {payment.card_last4}.</p>"
    elif payment.status == "declined":
        body = (
            f"<p class='bad'>The bank declined the card ending {payment.card_last4}. Nothing was charged.</p>"
        )
    else:
        problem = f"<p class='bad' role='alert'>{html.escape(error)}</p>" if error else ""
        body = f"""{problem}
<form method="post">
  <label for="card_number">Card number</label>
  <input id="card_number" name="card_number" inputmode="numeric" autocomplete="cc-number"
         required maxlength="23">
  <label for="expiry">Valid until (MM/YY)</label>
  <input id="expiry" name="expiry" autocomplete="cc-exp" required maxlength="5"
         pattern="[0-9]{{2}}/[0-9]{{2}}">
  <label for="cvc">CVC</label>
  <input id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" required maxlength="4">
  <button type="submit">Pay {amount} RUB</button>
</form>
<p class="hint">Test cards: 4242 4242 4242 4242 is paid, 4000 0000 0000 0002 is declined.</p>"""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Payment {payment.id}</title>
<style>{STYLE}</style>
</head><body>
<h1>Test acquirer</h1>
<p>{html.escape(supplier)}: account {html.escape(account_number)}, {amount} RUB</p>
{body}
</body></html>"""
