"""The tariff calculator: the cost of any consumption by the tariffs in force, with the arithmetic shown,
and what the household's last year would have cost with a one-, two- or three-zone meter."""

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop_app import calculator as service
from desktop_app.calculator import CalculatorData
from desktop_app.session import AppSession
from models import calculator
from models.calculator import Comparison
from protocol.readings import parse_reading
from protocol.tariff import Cost, TariffError
from protocol.zones import Zone, zones_for
from ui.formatting import money, number
from ui.messages import zone_name
from ui.table_model import TextTableModel
from ui.tasks import TaskManager
from ui.widgets import combo, heading, scrolling_layout


class CalculatorPage(QWidget):
    calculated = Signal(object)  # Cost or None

    def __init__(self, tasks: TaskManager, session: AppSession, today: Callable[[], date]) -> None:
        super().__init__()
        self.tasks = tasks
        self.session = session
        self.today = today
        self.data: CalculatorData | None = None
        self.inputs: dict[Zone, QLineEdit] = {}
        self.setAccessibleName(self.tr("Tariff calculator"))

        self.group_box = combo()
        self.group_box.setAccessibleName(self.tr("Tariff group"))
        group_label = QLabel(self.tr("Tariff &group:"))
        group_label.setBuddy(self.group_box)
        self.zones_box = combo()
        self.zones_box.setAccessibleName(self.tr("Zones of the meter"))
        for count in (1, 2, 3):
            self.zones_box.addItem(
                [self.tr("one zone"), self.tr("two zones (day, night)"), self.tr("three zones")][count - 1],
                count,
            )
        zones_label = QLabel(self.tr("&Meter:"))
        zones_label.setBuddy(self.zones_box)
        self.zones_box.currentIndexChanged.connect(lambda _i: self._build_inputs())
        self.month_box = combo()
        self.month_box.setAccessibleName(self.tr("Fill in a month of my history"))
        month_label = QLabel(self.tr("Fill in a month of my &history:"))
        month_label.setBuddy(self.month_box)
        self.month_box.activated.connect(lambda _i: self.fill_from_history())
        self.zone_grid = QGridLayout()
        self.calculate_button = QPushButton(self.tr("&Calculate"))
        self.calculate_button.setAccessibleName(self.tr("Calculate"))
        self.calculate_button.clicked.connect(self.calculate)
        self.arithmetic = QLabel()
        self.arithmetic.setWordWrap(True)
        self.arithmetic.setAccessibleName(self.tr("The arithmetic"))
        self.lines = TextTableModel(
            [self.tr("Zone"), self.tr("Band"), self.tr("kWh"), self.tr("Tariff, ₽/kWh"), self.tr("Amount")]
        )
        self.lines.right_aligned = {2, 3, 4}
        self.lines_view = QTableView()
        self.lines_view.setModel(self.lines)
        self.lines_view.setAccessibleName(self.tr("Cost by zone and band"))
        self.lines_view.verticalHeader().hide()
        # Each column as wide as its header and its values: "Tariff, ₽/kWh" was cut to "ariff, ₽/kW".
        self.lines_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lines_view.horizontalHeader().setStretchLastSection(True)
        self.lines_view.setTabKeyNavigation(False)
        self.comparison = QLabel()
        self.comparison.setWordWrap(True)
        self.comparison.setAccessibleName(self.tr("Your year compared"))

        top = QGridLayout()
        top.addWidget(group_label, 0, 0)
        top.addWidget(self.group_box, 0, 1)
        top.addWidget(zones_label, 1, 0)
        top.addWidget(self.zones_box, 1, 1)
        top.addWidget(month_label, 2, 0)
        top.addWidget(self.month_box, 2, 1)
        layout = scrolling_layout(self)
        layout.addWidget(heading(self.tr("<h2>Tariff calculator</h2>")))
        layout.addLayout(top)
        layout.addLayout(self.zone_grid)
        row = QHBoxLayout()
        row.addWidget(self.calculate_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.arithmetic)
        layout.addWidget(self.lines_view)
        layout.addWidget(heading(self.tr("<h3>Your last year with another meter</h3>")))
        layout.addWidget(self.comparison)
        layout.addStretch(1)
        self._build_inputs()

    # ---- data ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        session, today = self.session, self.today()
        self.tasks.run_db(lambda: service.load(session, today), self._loaded)

    def _loaded(self, data: CalculatorData) -> None:
        self.data = data
        keep = self.group_box.currentData()
        self.group_box.blockSignals(True)
        self.group_box.clear()
        names = {
            "urban": self.tr("City flats with gas stoves"),
            "electric_stove": self.tr("City flats with electric stoves"),
            "rural": self.tr("Villages"),
        }
        for group in calculator.groups(data.entries):
            self.group_box.addItem(names.get(group, group), group)
        self.group_box.setCurrentIndex(max(0, self.group_box.findData(keep or data.group)))
        self.group_box.blockSignals(False)
        if keep is None and data.comparison is not None:
            # The first time: the household's own meter.
            self.zones_box.setCurrentIndex(max(0, self.zones_box.findData(data.comparison.zone_count)))
        self.show_comparison(data.comparison)
        self.month_box.clear()
        self.month_box.addItem(self.tr("(type the kWh yourself)"), None)
        for month in reversed(data.comparison.months if data.comparison else ()):
            self.month_box.addItem(f"{month.period[5:7]}.{month.period[:4]}", month.period)

    def fill_from_history(self) -> None:
        """A month's use from the household's history in the inputs, split for the chosen meter."""
        period = self.month_box.currentData()
        if self.data is None or self.data.comparison is None or period is None:
            return
        month = next((m for m in self.data.comparison.months if m.period == period), None)
        if month is None:
            return
        use = calculator.split(month.by_zone, int(self.zones_box.currentData() or 1))
        for zone, edit in self.inputs.items():
            edit.setText(number(use.get(zone, Decimal(0))))
        self.calculate()

    def _build_inputs(self) -> None:
        while self.zone_grid.count():
            item = self.zone_grid.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
        self.inputs.clear()
        count = int(self.zones_box.currentData() or 1)
        for row, zone in enumerate(zones_for(count)):
            edit = QLineEdit()
            name = self.tr("Consumption") if zone == "single" else zone_name(zone)
            edit.setAccessibleName(self.tr("%1, kWh a month").replace("%1", name))
            edit.returnPressed.connect(self.calculate)
            label = QLabel(self.tr("%1, kWh:").replace("%1", name))
            label.setBuddy(edit)
            self.zone_grid.addWidget(label, row, 0)
            self.zone_grid.addWidget(edit, row, 1)
            self.inputs[zone] = edit

    # ---- calculating ------------------------------------------------------------------------------

    def calculate(self) -> Cost | None:
        if self.data is None:
            return None
        consumption: dict[Zone, Decimal] = {}
        for zone, edit in self.inputs.items():
            value = parse_reading(edit.text() or "0")
            if value is None:
                self.arithmetic.setText(self.tr("Please type the kWh in digits, for example 150 or 150,5."))
                edit.setFocus()
                return None
            consumption[zone] = value
        group, count = str(self.group_box.currentData()), int(self.zones_box.currentData() or 1)
        try:
            cost = calculator.calculate(self.data.entries, group, count, self.today(), consumption)
        except TariffError:
            self.arithmetic.setText(self.tr("There is no tariff for that meter in this group."))
            self.lines.set_rows([])
            self.calculated.emit(None)
            return None
        steps = [
            f"{number(line.kwh)} × {number(line.price, 2)} = {money(line.amount)}" for line in cost.lines
        ]
        self.arithmetic.setText(
            (" + ".join(steps) + " = " if len(steps) > 1 else (steps[0] + ". " if steps else ""))
            + self.tr("Total: %1 a month.").replace("%1", money(cost.total))
        )
        self.lines.set_rows(
            [
                [
                    zone_name(line.zone),
                    self.band_text(line.band_from_kwh, line.band_upto_kwh),
                    number(line.kwh),
                    number(line.price, 2),
                    money(line.amount),
                ]
                for line in cost.lines
            ]
        )
        self.calculated.emit(cost)
        return cost

    def band_text(self, lower: Decimal, upper: Decimal | None) -> str:
        if upper is None and lower == 0:
            return self.tr("all")
        if upper is None:
            return self.tr("over %1 kWh").replace("%1", number(lower))
        return self.tr("%1 to %2 kWh").replace("%1", number(lower)).replace("%2", number(upper))

    def show_comparison(self, comparison: Comparison | None) -> None:
        if comparison is None or not comparison.months:
            self.comparison.setText(self.tr("There is no consumption history to compare yet."))
            return
        names = {1: self.tr("single-rate"), 2: self.tr("two-zone"), 3: self.tr("three-zone")}
        parts = [
            self.tr("Your last %1 months with your %2 meter cost %3.")
            .replace("%1", str(len(comparison.months)))
            .replace("%2", names[comparison.zone_count])
            .replace("%3", money(comparison.totals[comparison.zone_count]))
        ]
        for count in (1, 2, 3):
            if count == comparison.zone_count:
                continue
            saving = comparison.saving(count)
            if saving > 0:
                text = self.tr("With a %1 meter you would have paid %2 less.")
            elif saving < 0:
                text = self.tr("With a %1 meter you would have paid %2 more.")
            else:
                text = self.tr("With a %1 meter you would have paid the same.")
            parts.append(text.replace("%1", names[count]).replace("%2", money(abs(saving))))
        if comparison.split_needed:
            parts.append(
                self.tr(
                    "Where your meter has fewer zones, the use is split as in a typical home: 30% at night, "
                    "and the day into peak and half-peak hours by their length."
                )
            )
        self.comparison.setText(" ".join(parts))
