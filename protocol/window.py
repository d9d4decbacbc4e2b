"""The monthly submission window: when a reading may be taken, and until when it may arrive.

Pure dates, no I/O. The server judges every reading with `judge_taken`, by the day it was taken (the app
records it when the reading is typed); the app says the window's state with `window_state` before
anything is saved, from the same window days and grace the server sends with each meter (`MeterOut`).
So a round typed offline on the last day and sent the next morning is accepted for its month, and a
reading typed outside the window is never shown as "saved and sending".
"""

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

DEFAULT_START_DAY = 15
DEFAULT_END_DAY = 25
DEFAULT_GRACE_DAYS = 5
"""Days after a window closes during which readings taken inside it still arrive in time."""


def period_of(day: date) -> str:
    """The billing period (YYYY-MM) a day belongs to."""
    return f"{day.year:04d}-{day.month:02d}"


def month_window(day: date, start_day: int, end_day: int) -> tuple[date, date]:
    """The first and last day of the window of `day`'s month (days past the month's end are its last)."""
    last = calendar.monthrange(day.year, day.month)[1]
    start = date(day.year, day.month, min(max(start_day, 1), last))
    end = date(day.year, day.month, min(max(end_day, start.day), last))
    return start, end


def _next_month(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


class Phase(StrEnum):
    BEFORE = "before"  # this month's window has not opened yet
    OPEN = "open"  # open today, and tomorrow too
    LAST_DAY = "last_day"  # today is the last day
    AFTER = "after"  # this month's window has closed; the next one is next month's


@dataclass(frozen=True)
class WindowState:
    phase: Phase
    start: date  # the window open today, or else the next one to open
    end: date
    days: int  # OPEN/LAST_DAY: days left after today (0 on the last day); BEFORE/AFTER: days until `start`
    closed_on: date | None = None  # AFTER: the last day of this month's window, which has passed

    @property
    def is_open(self) -> bool:
        return self.phase in (Phase.OPEN, Phase.LAST_DAY)


def window_state(today: date, start_day: int, end_day: int) -> WindowState:
    """Where `today` stands in the window: before it, inside it (how many days left), or after it."""
    start, end = month_window(today, start_day, end_day)
    if today < start:
        return WindowState(Phase.BEFORE, start, end, (start - today).days)
    if today <= end:
        phase = Phase.LAST_DAY if today == end else Phase.OPEN
        return WindowState(phase, start, end, (end - today).days)
    next_start, next_end = month_window(_next_month(today), start_day, end_day)
    return WindowState(Phase.AFTER, next_start, next_end, (next_start - today).days, closed_on=end)


@dataclass(frozen=True)
class TakenVerdict:
    ok: bool
    code: str | None  # future_date, outside_window, too_late; None when ok
    message: str  # English, naming the dates; the app says it in the person's language from `code`
    period: str  # the period the reading belongs to (of the day it was taken)
    window: tuple[date, date]  # the window of the month it was taken in
    last_arrival: date  # the last day a reading taken in that window may arrive


def judge_taken(taken_on: date, today: date, start_day: int, end_day: int, grace_days: int) -> TakenVerdict:
    """Whether a reading taken on `taken_on` and arriving `today` may be accepted, and for which period.

    It must be taken inside its month's window, not later than today (the server's today: an app whose
    clock runs ahead is told so), and arrive at most `grace_days` after that window closed. Whether the
    period is still open (not yet billed) is the server's to check.
    """
    start, end = month_window(taken_on, start_day, end_day)
    # Past the calendar's end (a date of 9999 sent by a script) the last day is the last day there is.
    last = (
        end + timedelta(days=max(grace_days, 0))
        if end < date.max - timedelta(days=max(grace_days, 0))
        else date.max
    )
    period = period_of(taken_on)

    def verdict(code: str | None, message: str) -> TakenVerdict:
        return TakenVerdict(code is None, code, message, period, (start, end), last)

    if taken_on > today:
        return verdict(
            "future_date",
            f"The reading is dated {taken_on:%d.%m.%Y}, which is later than today, {today:%d.%m.%Y}.",
        )
    if not start <= taken_on <= end:
        return verdict(
            "outside_window",
            f"A reading taken on {taken_on:%d.%m.%Y} is not accepted: that month readings are taken "
            f"from {start:%d.%m.%Y} to {end:%d.%m.%Y}.",
        )
    if today > last:
        return verdict(
            "too_late",
            f"The reading taken on {taken_on:%d.%m.%Y} arrived on {today:%d.%m.%Y}, after {last:%d.%m.%Y}, "
            f"the last day readings of that month are accepted.",
        )
    return verdict(None, "In time.")


@dataclass(frozen=True)
class VerificationState:
    due: date | None  # the next verification date, if known
    days: int | None  # days until it (negative: overdue)

    @property
    def overdue(self) -> bool:
        return self.days is not None and self.days < 0

    @property
    def soon(self) -> bool:
        """Within VERIFICATION_WARNING_DAYS of the date, not yet past it."""
        return self.days is not None and 0 <= self.days <= VERIFICATION_WARNING_DAYS


VERIFICATION_WARNING_DAYS = 60


def verification_state(next_verification_on: date | None, today: date) -> VerificationState:
    """How far a meter is from its next verification (поверка): a warning from 60 days before, and past
    the date the meter is overdue (the server may then refuse its readings, by the supplier's rules)."""
    if next_verification_on is None:
        return VerificationState(None, None)
    return VerificationState(next_verification_on, (next_verification_on - today).days)
