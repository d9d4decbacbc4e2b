"""Plain words for the codes the rules and the server use. Every string goes through Qt translation."""

import contextlib
import errno
import logging
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from models.errors import CacheError
from sync import errors
from ui.formatting import number
from ui.window_words import day_month, long_date, month_year

log = logging.getLogger(__name__)


def reading_problem(code: str | None, fallback: str = "") -> str:
    texts = {
        "below_previous": QCoreApplication.translate(
            "Messages", "This is less than the previous reading. Please check the number on the meter."
        ),
        "too_many_digits": QCoreApplication.translate(
            "Messages", "This meter does not show that many digits."
        ),
        "too_many_decimals": QCoreApplication.translate(
            "Messages", "Too many digits after the decimal point."
        ),
        "negative": QCoreApplication.translate("Messages", "A reading cannot be negative."),
        "not_a_number": QCoreApplication.translate("Messages", "Please type digits only."),
        "rollover": QCoreApplication.translate(
            "Messages", "The meter went past its last number and started again; that is fine."
        ),
        "implausible_jump": QCoreApplication.translate(
            "Messages", "This is much more than usual. Please check the reading."
        ),
        "outside_window": QCoreApplication.translate(
            "Messages", "Readings are not accepted today. Please send them in the submission days."
        ),
        "meter_replaced": QCoreApplication.translate(
            "Messages", "This meter has been replaced. Please enter the new meter's reading."
        ),
        "wrong_zones": QCoreApplication.translate(
            "Messages", "Please enter a reading for every zone of the meter."
        ),
        "future_date": QCoreApplication.translate("Messages", "The date of the reading is in the future."),
        # issue 14 (home14): the plain words, when the dates are not known
        "too_late": QCoreApplication.translate(
            "Messages", "The reading reached the supplier too late for its month."
        ),
        "period_closed": QCoreApplication.translate(
            "Messages", "The bill for the month of this reading is already made."
        ),
        "verification_overdue": QCoreApplication.translate(
            "Messages", "The meter's verification date has passed. Please order a verification."
        ),
        "later_reading": QCoreApplication.translate(
            "Messages",
            "A reading of a later month is already accepted for this meter, so this one is no longer needed.",
        ),
        "newer_reading": QCoreApplication.translate(
            "Messages",
            "A reading taken later this month is already accepted for this meter; this earlier one does not "
            "replace it.",
        ),
        "not_found": QCoreApplication.translate("Messages", "This meter is not on your account."),
        # The app makes a new UUID for every reading; these two mean it did not, so typing it anew helps.
        "uuid_reused": QCoreApplication.translate(
            "Messages", "This reading went out with the same label as another one. Please enter it again."
        ),
        "uuid_taken": QCoreApplication.translate(
            "Messages", "This reading went out with a label another login has used. Please enter it again."
        ),
    }
    if code in texts:
        return texts[code]
    # The server's own text is English and for the log; the person gets words in their language.
    if fallback:
        log.info("a refusal with no words of its own: %s %s", code, fallback)
    return QCoreApplication.translate("Messages", "The reading was not accepted.")


# ---- issue 14: refusals judged by the day a reading was taken (home14) ------------------------------

CALENDAR_CODES = ("outside_window", "too_late", "period_closed", "verification_overdue", "future_date")


def calendar_refusal(
    code: str | None,
    taken_on: date | None,
    window: tuple[date, date] | None = None,
    last_arrival: date | None = None,
) -> str:
    """A refusal by the calendar in full words, with the dates: the day the reading was taken, the
    submission days of that month, the last day it could arrive. Without the dates, the plain words."""
    if code not in CALENDAR_CODES:
        return reading_problem(code)
    if code == "verification_overdue":
        return QCoreApplication.translate(
            "Messages",
            "The meter's verification date has passed, so the supplier does not accept its readings. "
            "Please order a verification of the meter.",
        )
    if taken_on is None:
        return reading_problem(code)
    taken = long_date(taken_on)
    if code == "future_date":
        return QCoreApplication.translate(
            "Messages",
            "The reading is dated %1, but on the supplier's calendar that day has not come yet. "
            "Please check the date on this computer.",
        ).replace("%1", taken)
    if code == "period_closed":
        return (
            QCoreApplication.translate(
                "Messages",
                "The reading was taken on %1, but the bill for %2 is already made. Please send the next "
                "reading in the next submission days.",
            )
            .replace("%1", taken)
            .replace("%2", month_year(f"{taken_on.year:04d}-{taken_on.month:02d}"))
        )
    if window is None:
        return reading_problem(code)
    start, end = window
    if code == "too_late" and last_arrival is not None:
        return (
            QCoreApplication.translate(
                "Messages",
                "The reading was taken on %1, but it reached the supplier after %2, the last day for "
                "readings of that month.",
            )
            .replace("%1", taken)
            .replace("%2", day_month(last_arrival))
        )
    return (
        QCoreApplication.translate(
            "Messages", "The reading was taken on %1. That month readings are taken from %2 to %3 only."
        )
        .replace("%1", taken)
        .replace("%2", str(start.day))
        .replace("%3", day_month(end))
    )


# ---- end of issue 14's calendar refusals ------------------------------------------------------------


def zone_name(zone: str) -> str:
    return {
        "single": QCoreApplication.translate("Messages", "Reading"),
        "day": QCoreApplication.translate("Messages", "Day"),
        "night": QCoreApplication.translate("Messages", "Night"),
        "peak": QCoreApplication.translate("Messages", "Peak"),
        "half_peak": QCoreApplication.translate("Messages", "Half-peak"),
    }.get(zone, zone)


def zone_values(values: Mapping[str, Any]) -> str:
    """Readings for people: a one-zone meter's alone ("17 190"), others by zone ("Day 1 234, Night 567");
    never "Reading 17 190"."""
    if len(values) == 1:
        return number(next(iter(values.values())))
    return ", ".join(f"{zone_name(zone)} {number(value)}" for zone, value in values.items())


def use_name(zone: str) -> str:
    """A column or legend of kWh used: a one-zone meter's is the consumption, not "Reading"."""
    return QCoreApplication.translate("Messages", "Consumption") if zone == "single" else zone_name(zone)


def cache_problem(error: CacheError) -> str:
    """Words for a known trouble with the data file on this computer (noted in the log, for support)."""
    log.warning("cache trouble: %s", error)
    texts = {
        "disk_full": QCoreApplication.translate(
            "Messages",
            "The disk of this computer is full, so this could not be saved. Please free some space "
            "(empty the Recycle Bin, delete old files) and type it again.",
        ),
        "locked": QCoreApplication.translate(
            "Messages",
            "The data file is busy: another copy of the app or another program is using it. Please "
            "close it and try again.",
        ),
        "read_only": QCoreApplication.translate(
            "Messages",
            "The data file on this computer cannot be written (it is read-only). Please ask someone "
            "to check the folder's permissions.",
        ),
        "newer_app": QCoreApplication.translate(
            "Messages",
            "Your data was saved by a newer version of the app. Please install the newest version.",
        ),
        "unreadable": QCoreApplication.translate(
            "Messages", "The data file on this computer cannot be opened. Please check the disk."
        ),
    }
    return texts.get(error.kind, texts["unreadable"])


def file_problem(error: OSError) -> str:
    """Words for a file that could not be written or read (an export, a receipt, a report)."""
    if error.errno == errno.ENOSPC:
        return QCoreApplication.translate(
            "Messages", "The disk is full. Please free some space and try again."
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QCoreApplication.translate(
            "Messages", "This folder cannot be written to. Please choose another folder, such as Documents."
        )
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return QCoreApplication.translate("Messages", "The file or folder was not found.")
    if error.errno == errno.EBUSY or getattr(error, "winerror", None) == 32:
        return QCoreApplication.translate(
            "Messages", "The file is open in another program. Please close it and try again."
        )
    log.warning("file trouble shown to the user", exc_info=error)
    return QCoreApplication.translate("Messages", "The file could not be written or read.")


def session_ended() -> str:
    return QCoreApplication.translate(
        "Messages", "Your session has ended. Please log in again; nothing you entered is lost."
    )


def sync_problem(error: Exception) -> str:
    """Words for any failure of a background job: known conditions by kind, a bug in general words
    (its traceback goes to the log). Never the exception's own text."""
    if isinstance(error, CacheError):
        return cache_problem(error)
    if isinstance(error, errors.Offline):
        return QCoreApplication.translate(
            "Messages", "No connection to the server. Everything you enter is kept and sent later."
        )
    if isinstance(error, errors.LoginRequired):
        return session_ended()
    if isinstance(error, errors.ServerTrouble):
        return QCoreApplication.translate(
            "Messages", "The server is having trouble. Your entries are kept and will be sent later."
        )
    if isinstance(error, errors.BadAnswer):
        return QCoreApplication.translate(
            "Messages", "The server sent an answer this app does not understand. Your entries are kept."
        )
    if isinstance(error, errors.Outdated):
        return QCoreApplication.translate(
            "Messages", "This app is too old for the supplier's server. Please update the app."
        )
    if isinstance(error, errors.Refused):
        return refusal(error)
    if isinstance(error, OSError):
        return file_problem(error)
    # A bug, not a known condition: the details go to the log (once: a status shown again and again
    # carries the same error), never to the person.
    if not getattr(error, "_pa_logged", False):
        log.error("unexpected error shown to the user", exc_info=error)
        logged(error)
    return QCoreApplication.translate(
        "Messages", "Something went wrong. What you entered is kept; please try again."
    )


def refusal(error: errors.Refused) -> str:
    """Words for the codes the server refuses with; its own (English) message only goes to the log."""
    texts = {
        "wrong_credentials": QCoreApplication.translate("Messages", "The login or password is wrong."),
        "too_many_attempts": QCoreApplication.translate(
            "Messages", "Too many unsuccessful attempts. Please wait a little and try again."
        ),
        "not_logged_in": session_ended(),
        "token_expired": session_ended(),
        "not_found": QCoreApplication.translate(
            "Messages", "This is no longer on the server. Please refresh and try again."
        ),
        "forbidden": QCoreApplication.translate("Messages", "This login may not do that."),
        "other_login": QCoreApplication.translate(
            "Messages", "This password is for another login. Please log in again as yourself."
        ),
        "wrong_password": QCoreApplication.translate("Messages", "The password is wrong."),
        "login_taken": QCoreApplication.translate("Messages", "This login is taken. Please choose another."),
        "account_mismatch": QCoreApplication.translate(
            "Messages", "No account with this number, surname and access code. Check them on your receipt."
        ),
        "already_registered": QCoreApplication.translate(
            "Messages",
            "This account already has a login. Use 'Forgot password' with the account number: the new "
            "password goes to the e-mail or phone of the account's own login.",
        ),
        "login_like_account": QCoreApplication.translate(
            "Messages",
            "A login cannot be digits only: it would look like an account number. Please add a letter.",
        ),
        "last_account": QCoreApplication.translate(
            "Messages", "This is the only account of this login; it cannot be removed."
        ),
        "no_email": QCoreApplication.translate("Messages", "Give an e-mail address for the receipts."),
        "nothing_to_change": QCoreApplication.translate("Messages", "Nothing was changed."),
        "password_needed": QCoreApplication.translate(
            "Messages", "To change the e-mail or phone, enter your password in Settings."
        ),
        "too_large": QCoreApplication.translate(
            "Messages", "This is too long to send. Please make it shorter and try again."
        ),
        "captcha_wrong": QCoreApplication.translate(
            "Messages", "The digits from the picture are wrong. Here is a new picture."
        ),
        "captcha_expired": QCoreApplication.translate(
            "Messages", "The picture is too old. Here is a new one."
        ),
        "delivery_failed": QCoreApplication.translate(
            "Messages", "The message could not be sent just now. Please try again in a few minutes."
        ),
        "no_tariff": QCoreApplication.translate(
            "Messages", "The supplier has no tariff for this yet. Please try again later."
        ),
        "meter_replaced": reading_problem("meter_replaced"),
        "wrong_zones": reading_problem("wrong_zones"),
        "too_many_digits": reading_problem("too_many_digits"),
        "outdated_client": QCoreApplication.translate(
            "Messages", "This app is too old for the supplier's server. Please update the app."
        ),
    }
    if error.code in texts:
        return texts[error.code]
    log.warning("refusal with no words: %s %s %s", error.status, error.code, error.message)
    return QCoreApplication.translate(
        "Messages", "The server did not accept this. Please check what you entered and try again."
    )


def logged(error: BaseException) -> None:
    """Mark an error whose traceback is in the log already, so showing it again does not repeat it."""
    with contextlib.suppress(AttributeError):  # an exception class with __slots__ is logged again
        error._pa_logged = True  # type: ignore[attr-defined]


def source_name(source: str) -> str:
    return {
        "app": QCoreApplication.translate("Messages", "Personal account"),
        "caretaker": QCoreApplication.translate("Messages", "Building caretaker"),
        "sms": QCoreApplication.translate("Messages", "SMS"),
        "estimate": QCoreApplication.translate("Messages", "Estimated by the supplier"),
        "installation": QCoreApplication.translate("Messages", "Meter installed"),
    }.get(source, source)


def service_name(service: str) -> str:
    return {"Electricity": QCoreApplication.translate("Messages", "Electricity")}.get(service, service)


def payment_status(status: str) -> str:
    return {
        "pending": QCoreApplication.translate("Messages", "Waiting for the bank"),
        "succeeded": QCoreApplication.translate("Messages", "Paid"),
        "declined": QCoreApplication.translate("Messages", "Declined by the bank"),
    }.get(status, status)
