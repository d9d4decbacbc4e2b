"""What a receipt says, read from the cache: the supplier, the payer, one bill and the readings it used,
and the payment QR code's text in the GOST R 56042-2014 format, so a bank app can pay it offline."""

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.schema import Account, Bill, Meter, Reading, Supplier

QR_HEADER = "ST00012"  # format version 0001, encoding 2 = UTF-8


@dataclass(frozen=True)
class ReceiptLine:
    service: str
    zone: str | None
    previous: Decimal | None
    current: Decimal | None
    consumption: Decimal | None
    price: Decimal | None
    amount: Decimal
    # The consumption band of the line's price, when the tariff has one (the "social norm"): the first
    # kWh of the month at one price, the rest at another. None: unbounded that way.
    band_from_kwh: Decimal | None = None
    band_upto_kwh: Decimal | None = None


@dataclass(frozen=True)
class UsedReading:
    serial: str
    zone: str
    value: Decimal
    taken_on: date
    source: str


@dataclass(frozen=True)
class Receipt:
    supplier: Supplier
    account: Account
    period: str
    issued_on: date
    due_on: date
    opening_balance: Decimal
    charges: Decimal
    recalculation: Decimal
    penalties: Decimal
    payments: Decimal
    closing_balance: Decimal
    lines: tuple[ReceiptLine, ...]
    readings: tuple[UsedReading, ...]

    @property
    def amount_due(self) -> Decimal:
        return max(self.closing_balance, Decimal("0.00"))

    @property
    def purpose(self) -> str:
        return f"Оплата электроэнергии за {self.period[5:7]}.{self.period[:4]}, л/с {self.account.number}"

    def qr_text(self) -> str:
        return payment_qr_text(self)


def grouped_code(code: str) -> str:
    """An access code in two halves, as people read it aloud and type it: 3GV8-NNQ5."""
    half = (len(code) + 1) // 2
    return f"{code[:half]}-{code[half:]}" if len(code) > 4 else code


def to_kopecks(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _clean(value: str) -> str:
    """A field's value may not hold the separator; newlines would break a bank's reader too."""
    return " ".join(value.replace("|", " ").split())


def payment_qr_text(receipt: Receipt) -> str:
    """The requisites as GOST R 56042-2014 pairs: the mandatory five first, then the extra ones."""
    supplier, account = receipt.supplier, receipt.account
    surname = account.holder.split()[0] if account.holder.split() else ""
    fields = [
        ("Name", supplier.name),
        ("PersonalAcc", supplier.settlement_account),
        ("BankName", supplier.bank_name),
        ("BIC", supplier.bic),
        ("CorrespAcc", supplier.correspondent_account),
        ("PayeeINN", supplier.inn),
        ("KPP", supplier.kpp),
        ("Sum", str(to_kopecks(receipt.amount_due))),
        ("Purpose", receipt.purpose),
        ("PersAcc", account.number),
        ("PaymPeriod", f"{receipt.period[5:7]}{receipt.period[:4]}"),
        ("LastName", surname),
        ("PayerAddress", account.address),
    ]
    return "|".join([QR_HEADER] + [f"{key}={_clean(value)}" for key, value in fields if value])


def parse_qr_text(text: str) -> dict[str, str]:
    """The pairs of a payment QR text (for tests and for checking what a bank would read)."""
    header, *pairs = text.split("|")
    if header != QR_HEADER:
        raise ValueError(f"not a GOST R 56042 payment text: {header!r}")
    return dict(pair.split("=", 1) for pair in pairs)


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def line_bands(lines: list[dict[str, Any]]) -> list[tuple[Decimal | None, Decimal | None]]:
    """Each bill line's consumption band, (from, up to) in kWh, None where unbounded; (None, None) for a
    tariff without bands. A bill names only a band's upper bound: the line above it starts where the
    same zone's lower band ends."""
    bounds: dict[str | None, list[Decimal]] = {}
    for line in lines:
        upto = _decimal(line.get("band_upto_kwh"))
        if upto is not None:
            bounds.setdefault(line.get("zone"), []).append(upto)
    found = []
    for line in lines:
        upto = _decimal(line.get("band_upto_kwh"))
        below = [bound for bound in bounds.get(line.get("zone"), []) if upto is None or bound < upto]
        found.append((max(below, default=None), upto))
    return found


def receipt_for(session: Session, account_id: int, period: str) -> Receipt | None:
    """The receipt of one account for one period, or None when that bill is not in the cache."""
    # The server's row; before the first sync after migration 0003, the one kept from an older app (id 0).
    supplier = session.scalars(select(Supplier).order_by(Supplier.id.desc()).limit(1)).first()
    account = session.get(Account, account_id)
    bill = session.scalars(
        select(Bill).where(Bill.account_id == account_id, Bill.period == period).limit(1)
    ).first()
    if supplier is None or account is None or bill is None:
        return None
    meters = {m.id: m for m in session.scalars(select(Meter).where(Meter.account_id == account_id))}
    readings = []
    if meters:
        for reading in session.scalars(
            select(Reading)
            .where(Reading.meter_id.in_(meters), Reading.period == period, Reading.status == "accepted")
            .order_by(Reading.meter_id, Reading.id)
        ):
            for value in reading.values:
                readings.append(
                    UsedReading(
                        meters[reading.meter_id].serial,
                        value["zone"],
                        Decimal(value["value"]),
                        reading.taken_on,
                        reading.source,
                    )
                )
    bands = line_bands(bill.lines)
    lines = tuple(
        ReceiptLine(
            service=line["service"],
            zone=line.get("zone"),
            previous=_decimal(line.get("previous")),
            current=_decimal(line.get("current")),
            consumption=_decimal(line.get("consumption")),
            price=_decimal(line.get("price")),
            amount=Decimal(str(line["amount"])),
            band_from_kwh=low,
            band_upto_kwh=high,
        )
        for line, (low, high) in zip(bill.lines, bands, strict=True)
    )
    return Receipt(
        supplier=supplier,
        account=account,
        period=bill.period,
        issued_on=bill.issued_on,
        due_on=bill.due_on,
        opening_balance=bill.opening_balance,
        charges=bill.charges,
        recalculation=bill.recalculation,
        penalties=bill.penalties,
        payments=bill.payments,
        closing_balance=bill.closing_balance,
        lines=lines,
        readings=tuple(readings),
    )


def periods_of(session: Session, account_id: int, year: int | None = None) -> list[str]:
    """The periods billed for an account (of one year, if given), oldest first."""
    query = select(Bill.period).where(Bill.account_id == account_id)
    if year is not None:
        query = query.where(Bill.period.like(f"{year:04d}-%"))
    return list(session.scalars(query.order_by(Bill.period)))
