"""Reference data that every login may read: the supplier, the tariffs and their quotes, the news."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from protocol import schemas as s
from protocol.tariff import TariffError, cost_for_meter
from server import serialize as out
from server.billing import tariff_entries
from server.config import Settings
from server.errors import ApiError, not_found
from server.schema import News, Supplier, Tariff


def supplier_row(session: Session) -> Supplier | None:
    """The supplier (the first one: the reference server serves one utility)."""
    return session.scalars(select(Supplier).order_by(Supplier.id)).first()


def supplier(session: Session) -> s.SupplierOut:
    row = supplier_row(session)
    if row is None:
        raise not_found("supplier")
    return out.supplier_out(row)


def tariffs(session: Session) -> list[s.TariffOut]:
    rows = session.scalars(
        select(Tariff).order_by(Tariff.group, Tariff.zone_count, Tariff.effective_from, Tariff.id)
    )
    return [out.tariff_out(t) for t in rows]


def quote(session: Session, settings: Settings, body: s.QuoteIn) -> s.QuoteOut:
    """The cost of a consumption by zone on the tariffs in force on `body.on` (today by default)."""
    try:
        cost = cost_for_meter(
            tariff_entries(session),
            body.group,
            body.zone_count,
            body.on or settings.today(),
            body.consumption,
        )
    except TariffError as error:
        raise ApiError(400, "no_tariff", str(error)) from error
    return s.QuoteOut(
        lines=[
            s.QuoteLineOut(
                zone=line.zone,
                band_from_kwh=line.band_from_kwh,
                band_upto_kwh=line.band_upto_kwh,
                kwh=line.kwh,
                price=line.price,
                amount=line.amount,
            )
            for line in cost.lines
        ],
        total=cost.total,
    )


def news(session: Session, limit: int) -> list[s.NewsOut]:
    rows = session.scalars(select(News).order_by(News.published_at.desc()).limit(limit))
    return [out.news_out(n) for n in rows]
