"""Billing periods (YYYY-MM) and the monthly submission window."""

from datetime import date

from protocol.window import month_window
from server.config import Settings
from server.schema import Meter


def period_bounds(period: str) -> tuple[date, date]:
    """First day of the period and first day of the next one."""
    year, month = int(period[:4]), int(period[5:7])
    start = date(year, month, 1)
    end = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return start, end


def previous_period(period: str) -> str:
    year, month = int(period[:4]), int(period[5:7])
    return f"{year - 1:04d}-12" if month == 1 else f"{year:04d}-{month - 1:02d}"


def next_period(period: str) -> str:
    year, month = int(period[:4]), int(period[5:7])
    return f"{year + 1:04d}-01" if month == 12 else f"{year:04d}-{month + 1:02d}"


def window_days(settings: Settings, meter: Meter) -> tuple[int, int]:
    """A meter's window days of every month: its own if set, else the server's."""
    return (
        meter.window_start_day or settings.window_start_day,
        meter.window_end_day or settings.window_end_day,
    )


def window(settings: Settings, meter: Meter, today: date) -> tuple[date, date]:
    """This month's submission window of a meter (protocol.window.month_window of its days)."""
    return month_window(today, *window_days(settings, meter))
