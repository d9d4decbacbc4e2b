"""The round's words for the documents it makes (the Excel sheet, the printed round sheet) and for a
sheet that cannot be read; in the RoundPage translation context, where they have always been."""

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop_app.round import excel as round_excel
from desktop_app.round import sheet as round_sheet
from models.round import Round
from ui.messages import zone_name

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
    )


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
