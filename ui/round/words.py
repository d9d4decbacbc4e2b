"""The round's words for the documents it makes (the Excel sheet, the printed round sheet) and for a
sheet that cannot be read, in the RoundPage translation context, where they have always been; and the
submission window's state above the grid, in the RoundWindow context."""

from collections.abc import Iterable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop_app.round import excel as round_excel
from desktop_app.round import sheet as round_sheet
from models.round import Round, WindowDays
from protocol.window import Phase, window_state
from ui.messages import zone_name
from ui.window_words import day_month

ZONES = ("single", "day", "night", "peak", "half_peak")


def month_name(period: str) -> str:
    year, month = int(period[:4]), int(period[5:7])
    return QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat) + f" {year}"


def excel_words(found: Round) -> round_excel.SheetWords:
    return round_excel.SheetWords(
        title=QCoreApplication.translate("RoundPage", "Round sheet"),
        period=QCoreApplication.translate("RoundPage", "Readings for %1").replace(
            "%1", month_name(found.period)
        ),
        hint=QCoreApplication.translate(
            "RoundPage", "Type the new readings in the column “New reading”. Do not change the other columns."
        ),
        headers=(
            QCoreApplication.translate("RoundPage", "Entrance"),
            QCoreApplication.translate("RoundPage", "Floor"),
            QCoreApplication.translate("RoundPage", "Flat"),
            QCoreApplication.translate("RoundPage", "Account"),
            QCoreApplication.translate("RoundPage", "Meter"),
            QCoreApplication.translate("RoundPage", "Zone"),
            QCoreApplication.translate("RoundPage", "Previous"),
            QCoreApplication.translate("RoundPage", "New reading"),
        ),
        zones={zone: zone_name(zone) if zone != "single" else "" for zone in ZONES},
        sheet=QCoreApplication.translate("RoundPage", "Round", "the name of the spreadsheet's sheet"),
    )


def file_name(found: Round, kind: str) -> str:
    """A file name a person recognises in a folder: the address and the month, in their language
    ("Обход ул. Ленина, д. 10 — декабрь 2026.xlsx"); characters no file system takes become "-"."""
    title = (
        QCoreApplication.translate("RoundPage", "Round sheet %1 — %2")
        if kind == "pdf"
        else QCoreApplication.translate("RoundPage", "Round %1 — %2")
    )
    name = title.replace("%1", found.address).replace("%2", month_name(found.period))
    name = "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name).strip(" .")
    return f"{name[:120]}.{kind}"


def sheet_words(found: Round) -> round_sheet.SheetWords:
    return round_sheet.SheetWords(
        title=QCoreApplication.translate("RoundPage", "Round sheet"),
        period=QCoreApplication.translate("RoundPage", "Readings for %1. Printed %2.")
        .replace("%1", month_name(found.period))
        .replace("%2", QLocale().toString(QDate.currentDate(), QLocale.FormatType.ShortFormat)),
        headers=(
            QCoreApplication.translate("RoundPage", "Flat"),
            QCoreApplication.translate("RoundPage", "Account"),
            QCoreApplication.translate("RoundPage", "Meter"),
            QCoreApplication.translate("RoundPage", "Zone"),
            QCoreApplication.translate("RoundPage", "Previous"),
            QCoreApplication.translate("RoundPage", "New reading"),
            QCoreApplication.translate("RoundPage", "Note"),
        ),
        entrance=QCoreApplication.translate("RoundPage", "Entrance %1"),
        floor=QCoreApplication.translate("RoundPage", "Floor %1"),
        page=QCoreApplication.translate("RoundPage", "Page %1"),
        signature=QCoreApplication.translate(
            "RoundPage", "Readings taken by: ______________   Date: ____________"
        ),
        zones={zone: zone_name(zone) if zone != "single" else "" for zone in ZONES},
    )


def sheet_problem(error: round_excel.RoundSheetError) -> str:
    texts = {
        "missing": QCoreApplication.translate("RoundPage", "The file was not found."),
        "not_xlsx": QCoreApplication.translate(
            "RoundPage", "This file is not an Excel workbook (.xlsx), or it is damaged. Nothing was changed."
        ),
        "foreign": QCoreApplication.translate(
            "RoundPage", "This workbook is not a round sheet made by this app. Nothing was changed."
        ),
        "version": QCoreApplication.translate(
            "RoundPage", "This round sheet was made by another version of the app. Nothing was changed."
        ),
        "other_building": QCoreApplication.translate(
            "RoundPage", "This round sheet is for another building (%1). Nothing was changed."
        ),
        "other_period": QCoreApplication.translate(
            "RoundPage", "This round sheet is for another month (%1); export a new one. Nothing was changed."
        ),
    }
    return texts.get(error.code, texts["foreign"]).replace("%1", error.detail)


# ---- the submission window, above the grid (context "RoundWindow") ------------------------------------


def _en(said: str, n: int) -> str:
    """The count put in. pyside6-lupdate marks no Python call as plural, so a translation says a count in
    a form right for any number ("Осталось дней: %n") and the English source's "(s)" is made singular or
    plural here; passing the count to translate() would look for plural forms the .qm never has."""
    return said.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


def days_span(start: date, end: date) -> tuple[str, str]:
    """The window's first and last day as said in "from 15 to 25 December" ("с 15 по 25 декабря")."""
    if start.month == end.month:
        return str(start.day), day_month(end)
    return day_month(start), day_month(end)


def window_banner(today: date, window: WindowDays, waiting: bool = False) -> str:
    """The window's state in words and dates, as the household is told it, for the top of the round: short,
    so that at twice the text size the grid below keeps its rows. `waiting`: readings of the round still
    wait to be sent (after the window, they are told how long they are still accepted)."""
    state = window_state(today, window.start_day, window.end_day)
    first, last = days_span(state.start, state.end)
    days = state.days
    if state.phase == Phase.OPEN:
        return _en(
            QCoreApplication.translate("RoundWindow", "Readings are taken until %1: %n day(s) left."),
            days,
        ).replace("%1", last)
    if state.phase == Phase.LAST_DAY:
        return QCoreApplication.translate(
            "RoundWindow", "Today, %1, is the last day readings are taken."
        ).replace("%1", last)
    parts = []
    if state.phase == Phase.AFTER and state.closed_on is not None:
        parts.append(
            _en(
                QCoreApplication.translate(
                    "RoundWindow", "Readings were taken until %1; the next, from %2 to %3 — in %n day(s)."
                ),
                days,
            )
            .replace("%1", day_month(state.closed_on))
            .replace("%2", first)
            .replace("%3", last)
        )
        grace_end = state.closed_on + timedelta(days=window.grace_days)
        if waiting and today <= grace_end:
            parts.append(
                QCoreApplication.translate(
                    "RoundWindow", "Those typed by then and waiting to be sent are accepted until %1."
                ).replace("%1", day_month(grace_end))
            )
    else:
        parts.append(
            _en(
                QCoreApplication.translate("RoundWindow", "Readings are taken from %1 to %2 — in %n day(s)."),
                days,
            )
            .replace("%1", first)
            .replace("%2", last)
        )
    parts.append(
        QCoreApplication.translate(
            "RoundWindow", "The supplier does not accept readings now: what you type is kept here, not sent."
        )
    )
    return " ".join(parts)


def typed_days(days: Iterable[date | None]) -> str:
    """The days held readings were typed on, all of them, in order: "3 December, 5 December"."""
    known = sorted({day for day in days if day is not None})
    return ", ".join(day_month(day) for day in known) or QCoreApplication.translate(
        "RoundWindow", "an earlier day"
    )


def held_offer(count: int, days: str) -> str:
    """Short: at twice the text size the grid below keeps its rows; the questions say the rest."""
    return _en(
        QCoreApplication.translate(
            "RoundWindow",
            "Kept here: %n reading(s) typed on %1, outside the window. "
            "Sent with that date, they will not be accepted.",
        ),
        count,
    ).replace("%1", days)


def confirm_today_question(count: int, days: str, today: date) -> str:
    return (
        _en(
            QCoreApplication.translate("RoundWindow", "Send %n reading(s) typed on %1 as taken today, %2?"),
            count,
        )
        .replace("%1", days)
        .replace("%2", day_month(today))
        + " "
        + QCoreApplication.translate(
            "RoundWindow",
            "The supplier judges a reading by the day it was taken. Do this only if the meters still show "
            "these values today: look at them again, or be sure nothing was used since. Otherwise keep them "
            "and type what the meters show now.",
        )
    )


def send_as_typed_question(count: int, days: str) -> str:
    return (
        _en(
            QCoreApplication.translate("RoundWindow", "Send %n reading(s) dated as typed, %1?"),
            count,
        ).replace("%1", days)
        + " "
        + QCoreApplication.translate(
            "RoundWindow",
            "The supplier does not accept readings taken on those days: they will come back as not "
            "accepted, and the meters will have to be read and typed again.",
        )
    )


def held_status(taken_on: date | None) -> str:
    if taken_on is None:
        return QCoreApplication.translate("RoundWindow", "Kept here, not sent: typed outside the window")
    return QCoreApplication.translate(
        "RoundWindow", "Kept here, not sent: typed on %1, outside the window"
    ).replace("%1", day_month(taken_on))


def held_import(count: int) -> str:
    return _en(
        QCoreApplication.translate(
            "RoundWindow",
            "Kept on this computer and not sent, since the supplier does not accept readings now: "
            "%n reading(s).",
        ),
        count,
    )
