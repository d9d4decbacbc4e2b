"""Use cases of receipts: which receipts to make (one month, a year, every account), read from the cache.
The PDF itself is desktop_app/bills/receipt_pdf.py."""

from sqlalchemy import func, select

from jobs import CancelToken
from models.db import Cache
from models.receipts import Receipt, periods_of, receipt_for
from models.schema import Account, Bill

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


def requests_for(cache: Cache, which: str, account_id: int, period: str | None) -> list[Request]:
    """ "month": that account and period; "year": every billed month of that period's year; "all": the
    latest bill of every account."""
    if which == "month" and period is not None:
        return [(account_id, period)]
    if which == "year" and period is not None:
        return year_of(cache, account_id, int(period[:4]))
    return latest_of_every_account(cache)


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
