"""The figures behind the consumption charts: each month's use by zone and each month's charges, this
year against last year, for one account."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from models.calculator import history
from models.db import Cache
from models.schema import Bill


@dataclass(frozen=True)
class YearFigures:
    year: int
    use: dict[str, list[Decimal | None]] = field(default_factory=dict)  # zone -> 12 months (None: no figure)
    charges: list[Decimal | None] = field(default_factory=lambda: [None] * 12)


@dataclass(frozen=True)
class ChartData:
    zones: tuple[str, ...]
    this_year: YearFigures
    last_year: YearFigures


def chart_data(cache: Cache, account_id: int, today: date) -> ChartData:
    years = {today.year: YearFigures(today.year), today.year - 1: YearFigures(today.year - 1)}
    zones: list[str] = []
    with cache.session(write=False) as session:
        months = history(session, account_id, date(today.year + 1, 1, 1), months=24)
        bills = session.scalars(
            select(Bill).where(Bill.account_id == account_id, Bill.period >= f"{today.year - 1}-01")
        ).all()
    for month in months:
        figures = years.get(int(month.period[:4]))
        if figures is None:
            continue
        for zone, kwh in month.by_zone.items():
            if zone not in zones:
                zones.append(zone)
            figures.use.setdefault(zone, [None] * 12)[int(month.period[5:7]) - 1] = kwh
    for bill in bills:
        figures = years.get(int(bill.period[:4]))
        if figures is not None:
            figures.charges[int(bill.period[5:7]) - 1] = bill.charges
    order = ["single", "day", "peak", "half_peak", "night"]
    zones.sort(key=lambda z: order.index(z) if z in order else len(order))
    for figures in years.values():
        for zone in zones:
            figures.use.setdefault(zone, [None] * 12)
    return ChartData(tuple(zones), years[today.year], years[today.year - 1])
