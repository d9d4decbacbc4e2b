"""Consumption charts: each month's use by zone, this year against last year, and each month's charges
(QtCharts, loaded the first time the page is shown). The same figures are in a table below the charts
for screen readers and for anyone who would rather read numbers."""

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from desktop_app import accounts as account_service
from desktop_app import charts as service
from desktop_app.accounts import AccountChoice
from desktop_app.charts import ChartData
from desktop_app.session import AppSession
from ui.formatting import money, number
from ui.messages import use_name
from ui.table_model import TextTableModel
from ui.tasks import TaskManager
from ui.widgets import combo, fill_accounts, heading, scrolling_layout

# Colour pairs per zone (this year dark, last year light); high contrast uses the chart theme's own.
COLOURS = {
    "single": ("#1a5fb4", "#99c1f1"),
    "day": ("#c64600", "#ffbe6f"),
    "peak": ("#a51d2d", "#f66151"),
    "half_peak": ("#c64600", "#ffbe6f"),
    "night": ("#1a5fb4", "#99c1f1"),
}


def high_contrast() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


class ChartsPage(QWidget):
    shown = Signal()

    def __init__(self, tasks: TaskManager, session: AppSession, today: Callable[[], date]) -> None:
        super().__init__()
        self.tasks = tasks
        self.session = session
        self.today = today
        self.accounts: list[AccountChoice] = []
        self.data: ChartData | None = None
        self.use_view: Any = None
        self.charges_view: Any = None
        self.setAccessibleName(self.tr("Consumption charts"))
        self.account_box = combo()
        self.account_box.setAccessibleName(self.tr("Account"))
        account_label = QLabel(self.tr("A&ccount:"))
        account_label.setBuddy(self.account_box)
        self.account_box.currentIndexChanged.connect(lambda _i: self.load())
        self.table = TextTableModel([])
        self.table_view = QTableView()
        self.table_view.setModel(self.table)
        self.table_view.setAccessibleName(self.tr("The figures of the charts"))
        self.table_view.verticalHeader().hide()
        table_label = QLabel(self.tr("The same &figures as a table:"))
        table_label.setBuddy(self.table_view)
        self.layout_ = scrolling_layout(self)
        self.layout_.addWidget(heading(self.tr("<h2>Consumption charts</h2>")))
        row = QVBoxLayout()
        row.addWidget(account_label)
        row.addWidget(self.account_box)
        self.layout_.addLayout(row)
        self.charts_at = self.layout_.count()
        self.layout_.addWidget(table_label)
        self.layout_.addWidget(self.table_view)

    def refresh(self) -> None:
        cache = self.session.cache
        self.tasks.run_db(lambda: account_service.accounts(cache), self._accounts)

    def _accounts(self, accounts: list[AccountChoice]) -> None:
        self.accounts = accounts
        fill_accounts(self.account_box, accounts)
        self.load()

    def load(self) -> None:
        account = self.account_box.currentData()
        if account is None:
            return
        cache, today = self.session.cache, self.today()
        self.tasks.run_db(lambda: service.chart_data(cache, int(account), today), self.show_data)

    # ---- drawing ------------------------------------------------------------------------------------

    def _ensure_charts(self) -> None:
        if self.use_view is not None:
            return
        from PySide6.QtCharts import QChartView  # loaded on first use, not at start

        self.use_view = QChartView()
        self.charges_view = QChartView()
        for view, name in (
            (self.use_view, self.tr("Consumption by month, this year and last year")),
            (self.charges_view, self.tr("Charges by month, this year and last year")),
        ):
            view.setAccessibleName(name)
            view.setMinimumHeight(round(QFont().pointSizeF() * 30))
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.layout_.insertWidget(self.charts_at, self.use_view)
        self.layout_.insertWidget(self.charts_at + 1, self.charges_view)

    def month_names(self) -> list[str]:
        return [QLocale().standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]

    def axis_months(self) -> list[str]:
        """Three letters a month under the bars ("янв", "фев", "Jan"): Qt's short names run to five
        ("февр.", "нояб.") and twelve of them do not fit a window's width, so the chart cut them to
        "фе…". The table under the charts has the month names in full."""
        return [name.rstrip(".")[:3] for name in self.month_names()]

    def show_data(self, data: ChartData) -> None:
        from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QValueAxis

        self._ensure_charts()
        self.data = data
        this, last = data.this_year, data.last_year
        months = self.month_names()

        def chart(title: str, series: Any, unit: str) -> Any:
            made = QChart()
            made.setTitle(title)
            made.addSeries(series)
            made.setTheme(
                QChart.ChartTheme.ChartThemeHighContrast
                if high_contrast()
                else QChart.ChartTheme.ChartThemeLight
            )
            font = QFont(QGuiApplication.font())
            made.setTitleFont(QFont(font.family(), round(font.pointSizeF() * 1.15), QFont.Weight.Bold))
            made.legend().setFont(font)
            made.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            categories = QBarCategoryAxis()
            categories.append(self.axis_months())
            categories.setLabelsFont(font)
            values = QValueAxis()
            values.setLabelsFont(font)
            values.setTitleText(unit)
            values.setTitleFont(font)
            values.setLabelFormat("%.0f")
            made.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            made.addAxis(values, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(categories)
            series.attachAxis(values)
            top = max((s.at(i) for s in series.barSets() for i in range(s.count())), default=0)
            values.setRange(0, max(10.0, float(top) * 1.1))
            values.applyNiceNumbers()
            return made

        def bar_set(label: str, figures: list[Decimal | None], colour: str | None) -> Any:
            bars = QBarSet(label)
            for value in figures:
                bars.append(float(value) if value is not None else 0.0)
            if colour is not None and not high_contrast():
                bars.setColor(QColor(colour))
                bars.setBorderColor(QColor(colour))
            return bars

        use = QBarSeries()
        for zone in data.zones:
            dark, light = COLOURS.get(zone, ("#1a5fb4", "#99c1f1"))
            use.append(bar_set(f"{use_name(zone)} {this.year}", this.use[zone], dark))
            use.append(bar_set(f"{use_name(zone)} {last.year}", last.use[zone], light))
        charges = QBarSeries()
        charges.append(bar_set(str(this.year), this.charges, "#26a269"))
        charges.append(bar_set(str(last.year), last.charges, "#8ff0a4"))
        self.use_view.setChart(chart(self.tr("Consumption, kWh"), use, self.tr("kWh")))
        self.charges_view.setChart(chart(self.tr("Charges, ₽"), charges, self.tr("₽")))

        headers = [self.tr("Month")]
        for zone in data.zones:
            headers += [f"{use_name(zone)} {this.year}", f"{use_name(zone)} {last.year}"]
        headers += [
            self.tr("Charged %1").replace("%1", str(this.year)),
            self.tr("Charged %1").replace("%1", str(last.year)),
        ]

        def cell(value: Decimal | None, as_money: bool = False) -> str:
            if value is None:
                return "—"
            return money(value) if as_money else number(value)

        rows = []
        for month in range(12):
            row = [months[month]]
            for zone in data.zones:
                row += [cell(this.use[zone][month]), cell(last.use[zone][month])]
            row += [cell(this.charges[month], True), cell(last.charges[month], True)]
            rows.append(row)
        self.table.headers = headers
        self.table.right_aligned = set(range(1, len(headers)))
        self.table.set_rows(rows)
        self.table_view.resizeColumnsToContents()
        self.shown.emit()
