"""Consumption charts: bars by zone, this year against last, the charges, and the same figures as a table."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from tests.support.ui import log_in
from ui.application import Controller
from ui.formatting import number


def test_the_charts_and_their_table(qtbot: QtBot, controller: Controller) -> None:
    main = log_in(qtbot, controller, login="petrov", home_account="10100002")
    main.open_page(main.charts)
    page = main.charts
    qtbot.waitUntil(lambda: page.data is not None and page.table.rowCount() == 12, timeout=10000)
    data = page.data
    assert data is not None and data.zones == ("day", "night")
    use = page.use_view.chart().series()[0]
    labels = [bar_set.label() for bar_set in use.barSets()]
    assert labels == ["Day 2026", "Day 2025", "Night 2026", "Night 2025"]
    assert page.table.headers[:3] == ["Month", "Day 2026", "Day 2025"]
    # The table holds the charts' figures: January's day use this year, as in the bars.
    january = data.this_year.use["day"][0]
    assert january is not None
    assert use.barSets()[0].at(0) == float(january)
    assert page.table.rows[0][1] == number(january)
    charges = page.charges_view.chart().series()[0]
    assert [s.label() for s in charges.barSets()] == ["2026", "2025"]
    assert page.use_view.accessibleName() and page.table_view.accessibleName()
    # Every month's label fits under its bars, uncut: three letters.
    chart = page.use_view.chart()
    axis = chart.axes(Qt.Orientation.Horizontal)[0]
    assert axis.categories() == [
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ]
    qtbot.waitUntil(lambda: chart.plotArea().width() > 0)
    widest = max(QFontMetrics(axis.labelsFont()).horizontalAdvance(label) for label in axis.categories())
    assert widest < chart.plotArea().width() / 12
