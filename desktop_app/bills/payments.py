"""Paying by card: the server opens a payment and gives the bank's page, where the person pays; the app
never sees a card number. Its status is then asked for until the bank has answered."""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from desktop_app.session import AppSession
from protocol.schemas import PaymentOut

LARGEST = Decimal(10_000_000)


@dataclass(frozen=True)
class CardPayment:
    id: int
    amount: Decimal
    status: str  # "pending", "succeeded" or "declined"
    pay_url: str | None

    @property
    def answered(self) -> bool:
        return self.status != "pending"


def parse_amount(text: str) -> Decimal | None:
    """Rubles as people type them (1 250,50 or 1250.50); None unless a whole number of kopecks above 0."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite() or value <= 0 or value != value.quantize(Decimal("0.01")) or value > LARGEST:
        return None
    return value


def _card(payment: PaymentOut) -> CardPayment:
    return CardPayment(payment.id, payment.amount, payment.status, payment.pay_url)


def start(session: AppSession, account_id: int, amount: Decimal) -> CardPayment:
    """Open a payment on the server (network worker); its `pay_url` is the bank's page."""
    return _card(session.client.create_payment(account_id, amount))


def status(session: AppSession, payment_id: int) -> CardPayment:
    return _card(session.client.payment(payment_id))
