"""The words of the documents the app makes (receipts, workbooks), in the user's language."""

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.bills.export import HistoryWords
from desktop_app.bills.receipt_pdf import ReceiptWords
from ui.messages import payment_status, service_name, source_name, zone_name


def receipt_words() -> ReceiptWords:
    locale = QLocale()
    return ReceiptWords(
        title=QCoreApplication.translate("Receipt", "Receipt for electricity for %1"),
        months=tuple(
            locale.standaloneMonthName(month, QLocale.FormatType.LongFormat).lower() for month in range(1, 13)
        ),
        payer=QCoreApplication.translate("Receipt", "Payer"),
        payer_name=QCoreApplication.translate("Receipt", "Name: %1"),
        address=QCoreApplication.translate("Receipt", "Address: %1"),
        account=QCoreApplication.translate("Receipt", "Account: %1"),
        access_code=QCoreApplication.translate("Receipt", "Access code for the app: %1"),
        area=QCoreApplication.translate("Receipt", "Area: %1 m²"),
        occupants=QCoreApplication.translate("Receipt", "Occupants: %1"),
        supplier=QCoreApplication.translate("Receipt", "Payee"),
        inn_kpp=QCoreApplication.translate("Receipt", "INN %1, KPP %2"),
        bank=QCoreApplication.translate("Receipt", "Bank: %1, BIC %2"),
        settlement=QCoreApplication.translate("Receipt", "Settlement account %1"),
        correspondent=QCoreApplication.translate("Receipt", "Correspondent account %1"),
        phone=QCoreApplication.translate("Receipt", "Phone: %1"),
        due=QCoreApplication.translate("Receipt", "Amount due by %1"),
        scan=QCoreApplication.translate("Receipt", "Scan with your bank's app to pay"),
        charges=QCoreApplication.translate("Receipt", "Charges"),
        headers=(
            QCoreApplication.translate("Receipt", "Service"),
            QCoreApplication.translate("Receipt", "Zone"),
            QCoreApplication.translate("Receipt", "Previous"),
            QCoreApplication.translate("Receipt", "Current"),
            QCoreApplication.translate("Receipt", "Used, kWh"),
            QCoreApplication.translate("Receipt", "Tariff, ₽/kWh"),
            QCoreApplication.translate("Receipt", "Charged"),
        ),
        recalculation=QCoreApplication.translate("Receipt", "Recalculation"),
        penalties=QCoreApplication.translate("Receipt", "Penalties"),
        opening=QCoreApplication.translate("Receipt", "Owed (+) or paid ahead (−) at the start"),
        charged=QCoreApplication.translate("Receipt", "Charged for the month"),
        paid=QCoreApplication.translate("Receipt", "Paid"),
        closing=QCoreApplication.translate("Receipt", "Balance at the end of the month"),
        total=QCoreApplication.translate("Receipt", "To pay"),
        readings=QCoreApplication.translate("Receipt", "Meter readings used"),
        reading_headers=(
            QCoreApplication.translate("Receipt", "Meter"),
            QCoreApplication.translate("Receipt", "Zone"),
            QCoreApplication.translate("Receipt", "Reading"),
            QCoreApplication.translate("Receipt", "Date"),
            QCoreApplication.translate("Receipt", "Source"),
        ),
        zones={zone: zone_name(zone) if zone != "single" else "—" for zone in ZONES},
        sources={source: source_name(source) for source in SOURCES},
        services={"Electricity": service_name("Electricity")},
        issued=QCoreApplication.translate("Receipt", "Issued %1"),
        band_upto=QCoreApplication.translate("Receipt", "up to %1 kWh"),
        band_above=QCoreApplication.translate("Receipt", "above %1 kWh"),
        band_between=QCoreApplication.translate("Receipt", "%1 to %2 kWh"),
    )


ZONES = ("single", "day", "night", "peak", "half_peak")
SOURCES = ("app", "caretaker", "sms", "estimate", "installation")


def history_words() -> HistoryWords:
    return HistoryWords(
        sheets=(
            QCoreApplication.translate("History", "Readings"),
            QCoreApplication.translate("History", "Bills"),
            QCoreApplication.translate("History", "Payments"),
        ),
        readings=(
            QCoreApplication.translate("History", "Account"),
            QCoreApplication.translate("History", "Meter"),
            QCoreApplication.translate("History", "Month"),
            QCoreApplication.translate("History", "Date"),
            QCoreApplication.translate("History", "Zone"),
            QCoreApplication.translate("History", "Reading"),
            QCoreApplication.translate("History", "Used, kWh"),
            QCoreApplication.translate("History", "Source"),
            QCoreApplication.translate("History", "Status"),
        ),
        bills=(
            QCoreApplication.translate("History", "Account"),
            QCoreApplication.translate("History", "Month"),
            QCoreApplication.translate("History", "Issued"),
            QCoreApplication.translate("History", "Pay by"),
            QCoreApplication.translate("History", "Owed at the start"),
            QCoreApplication.translate("History", "Charged"),
            QCoreApplication.translate("History", "Recalculation"),
            QCoreApplication.translate("History", "Penalties"),
            QCoreApplication.translate("History", "Paid"),
            QCoreApplication.translate("History", "Owed at the end"),
        ),
        payments=(
            QCoreApplication.translate("History", "Account"),
            QCoreApplication.translate("History", "Date"),
            QCoreApplication.translate("History", "Amount"),
            QCoreApplication.translate("History", "How"),
            QCoreApplication.translate("History", "Status"),
            QCoreApplication.translate("History", "Card"),
        ),
        zones={zone: zone_name(zone) if zone != "single" else "—" for zone in ZONES},
        sources={source: source_name(source) for source in SOURCES},
        statuses={
            "accepted": QCoreApplication.translate("History", "Accepted"),
            "rejected": QCoreApplication.translate("History", "Not accepted"),
            **{status: payment_status(status) for status in ("pending", "succeeded", "declined")},
        },
        methods={
            "card": QCoreApplication.translate("History", "Card"),
            "bank": QCoreApplication.translate("History", "Bank or post office"),
        },
    )
