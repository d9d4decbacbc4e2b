"""Card payments through a hosted test acquirer page: the app never sees a card number.

Test cards: 4242 4242 4242 4242 is paid; 4000 0000 0000 0002 is declined by the bank; any other number
that passes the Luhn check is paid; one that fails it is refused by the form, as are an expired card, an
expiry that is not MM/YY and a CVC that is not 3 digits. Only the last four digits are stored.

A payment is answered once: the move out of "pending" is an UPDATE guarded by the status, so of many
submissions at once (a double click, two tabs) exactly one charges, and every page shows what was stored.
The page's token is the only key a browser has (192 random bits); once answered the page shows just the
outcome.
"""

import html
import re
import secrets
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from protocol import schemas as s
from protocol.money import money_text
from server import reference
from server import serialize as out
from server.changes import log_change
from server.config import Settings
from server.schema import Account, Payment

DECLINED_CARDS = frozenset({"4000000000000002"})
# What a person may type between a card number's digits.
CARD_SEPARATORS = str.maketrans("", "", " -\u00a0")
EXPIRY = re.compile(r"(0[1-9]|1[0-2])\s*/\s*([0-9]{2})")
CVC = re.compile(r"[0-9]{3}")
# The page speaks the person's language: `?lang=` in the address, else the browser's
# Accept-Language, else English. Each problem is a key into WORDS.
WRONG_NUMBER = "wrong_number"
WRONG_EXPIRY = "wrong_expiry"
EXPIRED = "expired"
WRONG_CVC = "wrong_cvc"
ALREADY_ANSWERED = "already_answered"
LANGUAGES = ("en", "ru")
WORDS: dict[str, dict[str, str]] = {
    "en": {
        WRONG_NUMBER: "The card number is wrong. Please check it.",
        WRONG_EXPIRY: "Type the expiry date as it is printed on the card: month/year, for example 08/29.",
        EXPIRED: "This card has expired. Please use another card.",
        WRONG_CVC: "The CVC is the 3 digits printed on the back of the card.",
        ALREADY_ANSWERED: "This payment had already been answered; nothing more was charged.",
        "title": "Payment",
        "heading": "Test acquirer",
        "about": "{supplier}: account {account}, {amount} RUB",
        "unknown": "This payment link is not valid. Start the payment again from the app.",
        "received": "Payment of {amount} RUB received.",
        "declined": "The bank declined the card for the payment of {amount} RUB. Nothing was charged.",
        "card_number": "Card number",
        "expiry": "Valid until (MM/YY)",
        "cvc": "CVC (3 digits on the back)",
        "pay": "Pay {amount} RUB",
        "test_cards": "Test cards: 4242 4242 4242 4242 is paid, 4000 0000 0000 0002 is declined.",
    },
    "ru": {
        WRONG_NUMBER: "Номер карты набран неверно. Проверьте его, пожалуйста.",
        WRONG_EXPIRY: "Введите срок действия так, как он напечатан на карте: месяц/год, например 08/29.",
        EXPIRED: "Срок действия этой карты истёк. Оплатите другой картой.",
        WRONG_CVC: "CVC \u2014 это 3 цифры на обратной стороне карты.",
        ALREADY_ANSWERED: "Этот платёж уже был обработан; повторно ничего не списано.",
        "title": "Оплата",
        "heading": "Тестовый эквайер",
        "about": "{supplier}: лицевой счёт {account}, {amount} \u20bd",
        "unknown": "Эта ссылка на оплату недействительна. Начните оплату заново в приложении.",
        "received": "Платёж на {amount} \u20bd получен.",
        "declined": "Банк отклонил карту для платежа на {amount} \u20bd. Ничего не списано.",
        "card_number": "Номер карты",
        "expiry": "Действует до (ММ/ГГ)",
        "cvc": "CVC (3 цифры на обороте)",
        "pay": "Оплатить {amount} \u20bd",
        "test_cards": "Тестовые карты: 4242 4242 4242 4242 \u2014 оплата проходит, "
        "4000 0000 0000 0002 \u2014 банк отклоняет.",
    },
}
STYLE = """
body { font: 20px sans-serif; max-width: 30em; margin: 2em auto }
label, input, button { display: block; font: inherit; margin: .3em 0 }
input { padding: .3em; width: 100% }
button { padding: .5em 1em }
.ok { color: #064 } .bad { color: #a00 } .hint { color: #444 }
"""
# The page holds a card form: never cached, framed or told where it came from.
PAGE_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"
    ),
}


@dataclass(frozen=True)
class Card:
    """What the form sent, as typed."""

    number: str
    expiry: str
    cvc: str


def luhn_ok(number: str) -> bool:
    if not (number.isascii() and number.isdigit()) or not 12 <= len(number) <= 19:
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


def card_digits(typed: str) -> str:
    """The number without the spaces and dashes people type; anything else is left in (and fails Luhn)."""
    return typed.strip().translate(CARD_SEPARATORS)


def language(asked: str | None, accept_language: str | None) -> str:
    """The page's language: the one asked for in the address if known, else the first known one the
    browser prefers (quality weights honoured), else English."""
    if asked in LANGUAGES:
        return asked
    best, best_q = "en", 0.0
    for part in (accept_language or "").split(","):
        tag, _, params = part.strip().partition(";")
        code = tag.strip().lower().split("-")[0]
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if code in LANGUAGES and q > best_q:
            best, best_q = code, q
    return best


def card_problem(card: Card, today: date) -> str | None:
    """What is wrong with the card as typed, a key into WORDS; None if it may be charged.

    A card is valid to the end of its expiry month, judged by the server's today."""
    if not luhn_ok(card_digits(card.number)):
        return WRONG_NUMBER
    expiry = EXPIRY.fullmatch(card.expiry.strip())
    if expiry is None:
        return WRONG_EXPIRY
    if (2000 + int(expiry[2]), int(expiry[1])) < (today.year, today.month):
        return EXPIRED
    if CVC.fullmatch(card.cvc.strip()) is None:
        return WRONG_CVC
    return None


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


def by_token(session: Session, token: str) -> Payment | None:
    """The card payment the acquirer's page is for. Payments made at a bank have no page."""
    return session.scalars(
        select(Payment).where(Payment.token == token[:64], Payment.method == "card")
    ).first()


def unknown_page(lang: str) -> str:
    """What a browser shows for a payment address that is not (or no longer) one: a page, not JSON."""
    return _page(lang, f"<p class='bad'>{_say(lang, 'unknown')}</p>")


def charge(session: Session, settings: Settings, payment: Payment, card_number: str) -> bool:
    """Run a card the form accepted. True if this call answered the payment; False if another had
    already (the payment then shows the stored answer, which this call left alone).

    The UPDATE only matches a pending row: on PostgreSQL a concurrent one waits for the first to commit
    and then matches nothing; on SQLite writers take turns."""
    digits = card_digits(card_number)
    declined = digits in DECLINED_CARDS
    moved = session.connection().execute(
        update(Payment)
        .where(Payment.id == payment.id, Payment.status == "pending")
        .values(
            status="declined" if declined else "succeeded",
            card_last4=digits[-4:],
            paid_at=None if declined else settings.now(),
        )
    )
    session.refresh(payment)
    if moved.rowcount != 1:
        return False
    log_change(session, "payment", payment.id, account_id=payment.account_id)
    log_change(session, "account", payment.account_id, account_id=payment.account_id)
    return True


def page_for(session: Session, payment: Payment, lang: str, remark: str | None = None) -> str:
    """The page for the payment as stored: the form while pending (with `remark` as the form's problem),
    only the outcome after (with `remark` as a note)."""
    if payment.status != "pending":
        return _page(lang, _outcome(lang, payment, remark))
    account = session.get(Account, payment.account_id)
    supplier = reference.supplier_row(session)
    about = _say(
        lang,
        "about",
        supplier=supplier.name if supplier else "",
        account=account.number if account else "",
        amount=_amount(lang, payment),
    )
    return _page(lang, f"<p>{about}</p>" + _form(lang, payment, remark))


def _say(lang: str, key: str, **values: str) -> str:
    """The words for `key` in `lang`, as HTML: the values are escaped, the words are ours."""
    return html.escape(WORDS[lang][key]).format(**{k: html.escape(v) for k, v in values.items()})


def _amount(lang: str, payment: Payment) -> str:
    """Rubles as people write them in the page's language: 1,797.60 or 1 797,60."""
    text = f"{Decimal(money_text(payment.amount)):,.2f}"
    return text.replace(",", "\u00a0").replace(".", ",") if lang == "ru" else text


def _outcome(lang: str, payment: Payment, note: str | None) -> str:
    """Nothing personal: whoever holds the address learns only how the payment ended."""
    if payment.status == "succeeded":
        text = f"<p class='ok'>{_say(lang, 'received', amount=_amount(lang, payment))}</p>"
    else:
        text = f"<p class='bad'>{_say(lang, 'declined', amount=_amount(lang, payment))}</p>"
    return text + (f"\n<p class='hint'>{_say(lang, note)}</p>" if note else "")


def _form(lang: str, payment: Payment, error: str | None) -> str:
    problem = f"<p class='bad' role='alert'>{_say(lang, error)}</p>" if error else ""
    return f"""
{problem}
<form method="post">
  <label for="card_number">{_say(lang, "card_number")}</label>
  <input id="card_number" name="card_number" inputmode="numeric" autocomplete="cc-number"
         required maxlength="23">
  <label for="expiry">{_say(lang, "expiry")}</label>
  <input id="expiry" name="expiry" autocomplete="cc-exp" required maxlength="5" placeholder="08/29"
         pattern="[0-9]{{2}}/[0-9]{{2}}">
  <label for="cvc">{_say(lang, "cvc")}</label>
  <input id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" required maxlength="3"
         pattern="[0-9]{{3}}">
  <button type="submit">{_say(lang, "pay", amount=_amount(lang, payment))}</button>
</form>
<p class="hint">{_say(lang, "test_cards")}</p>"""


def _page(lang: str, body: str) -> str:
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{_say(lang, "title")}</title>
<style>{STYLE}</style>
</head><body>
<h1>{_say(lang, "heading")}</h1>
{body}
</body></html>"""
