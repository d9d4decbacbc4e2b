"""Use cases of receipts: which receipts to make (one month, a year, every account), and the PDF."""

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from desktop_app.receipt_pdf import ReceiptWords, write_receipts

__all__ = ["Request", "latest_of_every_account", "load", "make_pdf", "write_receipts", "year_of"]
from models.db import Cache
from models.receipts import Receipt, periods_of, receipt_for
from models.schema import Account, Bill
from sync.engine import CancelToken

Request = tuple[int, str]  # account id, period


def year_of(cache: Cache, account_id: int, year: int) -> list[Request]:
    with cache.session(write=False) as session:
        return [(account_id, period) for period in periods_of(session, account_id, year)]


def latest_of_every_account(cache: Cache) -> list[Request]:
    with cache.session(write=False) as session:
        rows = session.execute(
            select(Bill.account_id, func.max(Bill.period))
            .join(Account, Account.id == Bill.account_id)
            .group_by(Bill.account_id)
            .order_by(Account.number)
        ).all()
    return [(int(account_id), str(period)) for account_id, period in rows]


def load(cache: Cache, requests: list[Request], cancel: CancelToken | None = None) -> list[Receipt]:
    found = []
    with cache.session(write=False) as session:
        for account_id, period in requests:
            if cancel is not None:
                cancel.check()
            receipt = receipt_for(session, account_id, period)
            if receipt is not None:
                found.append(receipt)
    return found


def make_pdf(
    cache: Cache,
    requests: list[Request],
    path: Path,
    words: ReceiptWords,
    *,
    decimal_point: str = ",",
    cancel: CancelToken | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """The receipts asked for, from the cache (so it works offline), in one PDF; returns the pages."""
    receipts = load(cache, requests, cancel)
    if not receipts:
        return 0
    return write_receipts(
        receipts, path, words, decimal_point=decimal_point, cancel=cancel, progress=progress
    )
