"""What an Excel import took and refused, in a sentence for the page and a dialog with every refused row."""

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from desktop_app.round import excel as round_excel
from desktop_app.round import service
from ui.messages import reading_problem, zone_name
from ui.round import words as round_words
from ui.table_model import TextTableModel


@dataclasses.dataclass(frozen=True)
class ImportReport:
    plan: round_excel.ImportPlan
    result: service.ImportResult

    def summary(self) -> str:
        text = (
            QCoreApplication.translate(
                "RoundPage",
                "Taken from the file: %1. Already entered with the same value: %2. Empty: %3. Refused: %4.",
            )
            .replace("%1", str(self.result.saved))
            .replace("%2", str(self.result.unchanged))
            .replace("%3", str(self.plan.empty))
            .replace("%4", str(len(self.plan.refused)))
        )
        if self.plan.flagged:
            text += " " + QCoreApplication.translate(
                "RoundPage", "Of the readings taken, %1 are much more than usual; please check them."
            ).replace("%1", str(len(self.plan.flagged)))
        if self.result.held:
            text += " " + round_words.held_import(self.result.held)
        return text


def row_problem(code: str) -> str:
    if code == "unknown_meter":
        return QCoreApplication.translate("RoundPage", "This meter is not in the building.")
    if code == "duplicate":
        return QCoreApplication.translate("RoundPage", "This meter and zone appear twice in the file.")
    return reading_problem(code)


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from Excel"))
        summary = QLabel(report.summary())
        summary.setWordWrap(True)
        summary.setAccessibleName(self.tr("Summary"))
        model = TextTableModel(
            [
                self.tr("Line"),
                self.tr("Flat"),
                self.tr("Meter"),
                self.tr("Zone"),
                self.tr("Value"),
                self.tr("Why"),
            ]
        )
        model.setParent(self)
        model.set_rows(
            [
                [
                    str(p.line),
                    p.flat,
                    p.serial,
                    zone_name(p.zone) if p.zone else "",
                    p.typed,
                    row_problem(p.code),
                ]
                for p in report.plan.refused
            ]
        )
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(self.tr("Refused rows"))
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Close"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if report.plan.refused:
            refused = QLabel(self.tr("Rows not taken:"))
            refused.setBuddy(table)
            layout.addWidget(refused)
            layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(760, 420 if report.plan.refused else 160)
