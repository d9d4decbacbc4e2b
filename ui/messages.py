"""Plain words for the codes the rules and the server use. Every string goes through Qt translation."""

import logging

from PySide6.QtCore import QCoreApplication

from sync import errors

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
        "not_found": QCoreApplication.translate("Messages", "This meter is not on your account."),
    }
    if code in texts:
        return texts[code]
    return fallback or QCoreApplication.translate("Messages", "The reading was not accepted.")


def zone_name(zone: str) -> str:
    return {
        "single": QCoreApplication.translate("Messages", "Reading"),
        "day": QCoreApplication.translate("Messages", "Day"),
        "night": QCoreApplication.translate("Messages", "Night"),
        "peak": QCoreApplication.translate("Messages", "Peak"),
        "half_peak": QCoreApplication.translate("Messages", "Half-peak"),
    }.get(zone, zone)


def sync_problem(error: Exception) -> str:
    if isinstance(error, errors.Offline):
        return QCoreApplication.translate(
            "Messages", "No connection to the server. Everything you enter is kept and sent later."
        )
    if isinstance(error, errors.LoginRequired):
        return QCoreApplication.translate(
            "Messages", "Your session has ended. Please log in again; nothing you entered is lost."
        )
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
        if error.code == "wrong_credentials":
            return QCoreApplication.translate("Messages", "The login or password is wrong.")
        if error.code == "too_many_attempts":
            return QCoreApplication.translate(
                "Messages", "Too many wrong passwords. Please wait a few minutes and try again."
            )
        return error.message
    # A bug, not a known condition: the details go to the log, never to the person.
    log.error("unexpected error shown to the user", exc_info=error)
    return QCoreApplication.translate(
        "Messages", "Something went wrong. What you entered is kept; please try again."
    )


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
