"""The tariff calculator in the app: the cost with the arithmetic, and the household's year compared."""

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.support.ui import log_in
from ui.application import Controller


def test_calculate_and_compare(qtbot: QtBot, controller: Controller) -> None:
    main = log_in(qtbot, controller, login="petrov", home_account="10100002")
    main.open_page(main.calculator)
    page = main.calculator
    qtbot.waitUntil(lambda: page.group_box.count() > 0 and bool(page.comparison.text()), timeout=10000)
    assert page.comparison.text().startswith("Your last ")
    assert "with your two-zone meter cost" in page.comparison.text()
    assert "single-rate meter you would have paid" in page.comparison.text()
    assert page.zones_box.currentData() == 2  # his own meter, to begin with
    qtbot.keyClicks(page.inputs["day"], "100")
    qtbot.keyClicks(page.inputs["night"], "50")
    with qtbot.waitSignal(page.calculated) as calculated:
        qtbot.keyClick(page.inputs["night"], Qt.Key.Key_Return)
    cost = calculated.args[0]
    assert cost is not None and cost.total > Decimal(0)
    assert page.lines.rowCount() == len(cost.lines)
    assert page.arithmetic.text().endswith("a month.") and " × " in page.arithmetic.text()
    # A month of his own history, priced as a three-zone meter.
    page.zones_box.setCurrentIndex(2)
    page.month_box.setCurrentIndex(1)
    with qtbot.waitSignal(page.calculated) as calculated:
        page.month_box.activated.emit(1)
    assert {line.zone for line in calculated.args[0].lines} == {"peak", "half_peak", "night"}
    assert all(edit.text() for edit in page.inputs.values())
    page.zones_box.setCurrentIndex(1)
    page.inputs["day"].setText("сто")
    with qtbot.assertNotEmitted(page.calculated):
        page.calculate()
    assert page.arithmetic.text() == "Please type the kWh in digits, for example 150 or 150,5."
