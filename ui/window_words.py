"""The submission window and the verification date in words and dates of the person's language.

"Readings are taken from 15 to 25 December", "с 15 по 25 декабря": Qt's long date format gives the
genitive month names Russian needs after a day; a month on its own ("the bill for November 2026") takes
the standalone name. A count is put in for %n after translation, in a form right for any number
("Осталось дней: %n"): pyside6-lupdate marks no Python call as plural.
"""

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from protocol.window import Phase, VerificationState, WindowState


def day_month(day: date) -> str:
    """25 December / 25 декабря."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM")


def long_date(day: date) -> str:
    """12 February 2027 / 12 февраля 2027."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def month_year(period: str) -> str:
    """November 2026 / ноябрь 2026, for a period YYYY-MM."""
    year, month = int(period[:4]), int(period[5:7])
    return f"{QLocale().standaloneMonthName(month)} {year}"


def taken_from_to(state: WindowState) -> str:
    """Readings are taken from 15 to 25 December."""
    return (
        QCoreApplication.translate("WindowWords", "Readings are taken from %1 to %2.")
        .replace("%1", str(state.start.day))
        .replace("%2", day_month(state.end))
    )


def in_days(days: int) -> str:
    if days <= 0:
        return QCoreApplication.translate("WindowWords", "That is today.")
    if days == 1:
        return QCoreApplication.translate("WindowWords", "That is tomorrow.")
    return QCoreApplication.translate("WindowWords", "That is in %n days.").replace("%n", str(days))


def window_sentence(state: WindowState) -> str:
    """Where today stands in the window, in one or two short sentences with the dates."""
    if state.phase == Phase.LAST_DAY:
        return QCoreApplication.translate(
            "WindowWords", "Today, %1, is the last day to send readings."
        ).replace("%1", day_month(state.end))
    if state.phase == Phase.OPEN:
        until = QCoreApplication.translate("WindowWords", "Readings are taken until %1.").replace(
            "%1", day_month(state.end)
        )
        if state.days == 1:
            last = QCoreApplication.translate("WindowWords", "Tomorrow is the last day.")
            return f"{until} {last}"
        days = state.days
        left = QCoreApplication.translate("WindowWords", "%n days left.").replace("%n", str(days))
        return f"{until} {left}"
    if state.phase == Phase.BEFORE:
        return f"{taken_from_to(state)} {in_days(state.days)}"
    assert state.closed_on is not None
    closed = QCoreApplication.translate("WindowWords", "This month's readings were taken until %1.").replace(
        "%1", day_month(state.closed_on)
    )
    following = (
        QCoreApplication.translate("WindowWords", "The next ones are taken from %1 to %2.")
        .replace("%1", str(state.start.day))
        .replace("%2", day_month(state.end))
    )
    return f"{closed} {following}"


def not_accepted_now(state: WindowState) -> str:
    """Why a reading cannot be saved today, and when the next window is (outside the window); from when
    Save works is said beside the button (`save_from`)."""
    first = QCoreApplication.translate("WindowWords", "The supplier does not accept readings today.")
    return f"{first} {window_sentence(state)}"


def save_from(state: WindowState) -> str:
    """Beside the disabled Save button."""
    return QCoreApplication.translate("WindowWords", "Saving is possible from %1.").replace(
        "%1", day_month(state.start)
    )


def _due_in(days: int) -> str:
    return QCoreApplication.translate("WindowWords", "Verification is due on %1: in %n days.").replace(
        "%n", str(days)
    )


def verification_sentence(state: VerificationState, enforced: bool) -> str:
    """The next verification date, a warning from 60 days before it, and what to do past it."""
    if state.due is None or state.days is None:
        return ""
    due = long_date(state.due)
    if state.overdue:
        words = [
            QCoreApplication.translate("WindowWords", "The verification date, %1, has passed.").replace(
                "%1", due
            ),
            QCoreApplication.translate("WindowWords", "Please order a verification of this meter."),
        ]
        if enforced:
            words.append(
                QCoreApplication.translate(
                    "WindowWords", "Until then the supplier does not accept its readings."
                )
            )
        return " ".join(words)
    if state.soon:
        if state.days == 0:
            when = QCoreApplication.translate("WindowWords", "Verification is due today, %1.").replace(
                "%1", due
            )
        elif state.days == 1:
            when = QCoreApplication.translate("WindowWords", "Verification is due tomorrow, %1.").replace(
                "%1", due
            )
        else:
            when = _due_in(state.days).replace("%1", due)
        advance = QCoreApplication.translate("WindowWords", "Please order it in advance.")
        return f"{when} {advance}"
    return QCoreApplication.translate("WindowWords", "Next verification: %1.").replace("%1", due)


def verification_blocked() -> str:
    """Beside the disabled Save button, for a meter past its verification date."""
    return QCoreApplication.translate("WindowWords", "Saving is possible once the meter is verified.")


def estimate_reason(reason: str) -> str:
    """Why the supplier estimated a month."""
    if reason == "verification_overdue":
        return QCoreApplication.translate("WindowWords", "the meter's verification date had passed")
    return QCoreApplication.translate("WindowWords", "no reading arrived in time")
