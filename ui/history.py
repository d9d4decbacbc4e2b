"""Readings history of a meter: each month's reading, consumption, where it came from, its status, and
after the monthly close the bill that used it, or why the supplier estimated the month."""

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app import history as service
from desktop_app.history import HistoryRow
from desktop_app.session import AppSession
from ui.messages import source_name, zone_values
from ui.readings_model import entry_state
from ui.table_model import TextTableModel
from ui.tasks import TaskManager
from ui.widgets import combo, heading
from ui.window_words import estimate_reason, month_year


class HistoryPage(QWidget):
    def __init__(self, tasks: TaskManager, session: AppSession) -> None:
        super().__init__()
        self.session = session
        self.tasks = tasks
        self.cache = session.cache
        self.setAccessibleName(self.tr("Readings history"))
        self.meter_box = combo()
        self.meter_box.setAccessibleName(self.tr("Meter"))
        label = QLabel(self.tr("&Meter:"))
        label.setBuddy(self.meter_box)
        self.meter_box.currentIndexChanged.connect(self.load_history)
        self.model = TextTableModel(
            [
                self.tr("Month"),
                self.tr("Date"),
                self.tr("Reading"),
                self.tr("Used, kWh"),
                self.tr("Source"),
                self.tr("Status"),
            ]
        )
        self.model.right_aligned = {3}
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Readings of the meter"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        # The chosen month's whole status (which bill used it, or why it was estimated), wrapped: at 200%
        # text the last column is narrow.
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("The chosen month"))
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        self.model.modelReset.connect(self._show_details)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.meter_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("<h2>Readings history</h2>")))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)

    def refresh(self) -> None:
        self.tasks.run_db(lambda: service.meters(self.cache), self._meters)

    def _meters(self, meters: list[tuple[int, str, str]]) -> None:
        keep = self.meter_box.currentData()
        self.meter_box.blockSignals(True)
        self.meter_box.clear()
        for meter_id, account, serial in meters:
            self.meter_box.addItem(
                self.tr("Account %1, meter %2").replace("%1", account).replace("%2", serial), meter_id
            )
        self.meter_box.setCurrentIndex(max(0, self.meter_box.findData(keep)) if keep is not None else 0)
        self.meter_box.blockSignals(False)
        self.load_history()

    def load_history(self) -> None:
        meter_id = self.meter_box.currentData()
        if meter_id is None:
            self.model.set_rows([])
            return
        self.tasks.run_db(lambda: service.readings_history(self.cache, meter_id), self._rows)

    def _rows(self, rows: list[HistoryRow]) -> None:
        table = []
        for row in rows:
            if row.entry is not None:  # typed here: waiting to be sent, or not accepted and why
                status = entry_state(row.entry)
            elif row.status == "superseded":
                status = self.tr("Replaced by a later reading")
            elif row.estimate_reason is not None:
                status = self.tr("Estimated by the supplier, because %1").replace(
                    "%1", estimate_reason(row.estimate_reason)
                )
            elif row.flagged:
                status = self.tr("Accepted, to be checked")
            else:
                status = self.tr("Accepted")
            if row.entry is None and row.status != "superseded" and row.bill_period is not None:
                status += ". " + self.tr("Used in the bill for %1").replace("%1", month_year(row.bill_period))
            table.append(
                [
                    f"{row.period[5:7]}.{row.period[:4]}",
                    row.taken_on.strftime("%d.%m.%Y"),
                    zone_values(row.values),
                    zone_values(row.consumption) if row.consumption else "—",
                    source_name(row.source),
                    status,
                ]
            )
        self.model.set_rows(table)

    def _show_details(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        row = selected[0].row() if selected else 0
        if not 0 <= row < len(self.model.rows):
            self.details.clear()
            return
        month, _day, _values, _used, _source, status = self.model.rows[row]
        self.details.setText(f"{month}: {status}")
