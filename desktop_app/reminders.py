"""Which reminder of the submission window the running app should show today, if any. Qt-free.

The tray (ui/tray.py) shows one on the window's first day ("opens") and two days before its last day
("closing"), when a meter in the cache has no reading for the month: none from the server (other than
the supplier's estimate) and none typed here that is waiting or was accepted. Each (period, kind) is
shown once per profile: `mark_shown` remembers it in the cache's meta, so a restart, a second check the
same day or a sync does not show it again. The server's e-mail and SMS reminders follow the same days.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select

from models.db import Cache
from models.meta import get_meta, set_meta
from models.schema import ACCEPTED, WAITING, LocalReading, Meter, Reading
from protocol.window import month_window, period_of

CLOSING_DAYS_BEFORE = 2  # the "closing" reminder comes this many days before the window's last day


class Kind(StrEnum):
    OPENS = "opens"  # today is the window's first day
    CLOSING = "closing"  # the window closes in two days


@dataclass(frozen=True)
class Due:
    kind: Kind
    period: str  # YYYY-MM
    start: date  # the window of the meters missing a reading (the latest end, if they differ)
    end: date
    missing: int  # how many meters have no reading for the month

    @property
    def key(self) -> str:
        """The meta key that remembers this reminder was shown."""
        return f"reminded:{self.period}:{self.kind.value}"


def kind_of(today: date, start_day: int, end_day: int) -> tuple[Kind, date, date] | None:
    """Whether `today` is a reminder day of the window given by its days: its first day, or two days
    before its last (only when that comes after the first; a short window gets the first alone)."""
    start, end = month_window(today, start_day, end_day)
    if today == start:
        return Kind.OPENS, start, end
    closing = end - timedelta(days=CLOSING_DAYS_BEFORE)
    if closing > start and today == closing:
        return Kind.CLOSING, start, end
    return None


def due_reminder(cache: Cache, today: date) -> Due | None:
    """The reminder due today and not yet shown, from what the cache knows; None if there is none."""
    period = period_of(today)
    with cache.session(write=False) as db:
        meters = db.scalars(select(Meter).where(Meter.active.is_(True)).order_by(Meter.id)).all()
        if not meters:
            return None
        read = set(
            db.scalars(select(Reading.meter_id).where(Reading.period == period, Reading.source != "estimate"))
        )
        for entry in db.scalars(select(LocalReading).where(LocalReading.state.in_((WAITING, ACCEPTED)))):
            taken = entry.taken_on or entry.entered_at.date()
            if period_of(taken) == period:
                read.add(entry.meter_id)
        found: dict[Kind, list[tuple[date, date]]] = {}
        for meter in meters:
            if meter.id in read:
                continue
            day = kind_of(today, meter.window_start_day, meter.window_end_day)
            if day is not None:
                found.setdefault(day[0], []).append((day[1], day[2]))
        for kind in (Kind.CLOSING, Kind.OPENS):  # the more urgent first
            windows = found.get(kind)
            if not windows:
                continue
            due = Due(kind, period, min(w[0] for w in windows), max(w[1] for w in windows), len(windows))
            if get_meta(db, due.key) is None:
                return due
    return None


def mark_shown(cache: Cache, due: Due, today: date) -> None:
    with cache.session() as db:
        set_meta(db, due.key, today.isoformat())


def check(cache: Cache, today: date) -> Due | None:
    """For the tray: the reminder due, if any, marked shown at once (the caller shows it)."""
    due = due_reminder(cache, today)
    if due is not None:
        mark_shown(cache, due, today)
    return due
