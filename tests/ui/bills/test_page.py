"""Bills with their lines, payments, and paying with the test card."""

import requests
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from tests.support.ui import column, log_in
from ui.application import Controller


def test_bills_lines_and_paying_with_the_test_card(qtbot: QtBot, controller: Controller) -> None:
    main = log_in(qtbot, controller)
    main.open_page(main.bills)
    page = main.bills
    qtbot.waitUntil(lambda: page.bills_model.rowCount() == 3, timeout=10000)
    assert column(page.bills_model, 0) == ["02.2026", "01.2026", "12.2025"]
    qtbot.waitUntil(lambda: page.lines_model.rowCount() >= 1, timeout=5000)
    assert column(page.lines_model, 0)[0] == "Electricity"
    assert "up to 300 kWh" in column(page.lines_model, 5)[0]
    opened: list[QUrl] = []
    page.open_url = opened.append
    page.amount.clear()
    qtbot.keyClicks(page.amount, "250,50")
    qtbot.mouseClick(page.pay_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    url = opened[0].toString()
    assert "/pay/" in url
    # The person pays on the bank's page in the browser.
    answer = requests.post(
        url, data={"card_number": "4242 4242 4242 4242", "expiry": "12/30", "cvc": "123"}, timeout=30
    )
    assert answer.status_code == 200
    qtbot.waitUntil(lambda: page.pay_status.text() == "Paid: 250.50 ₽. Thank you!", timeout=15000)
    qtbot.waitUntil(lambda: any("4242" in how for how in column(page.payments_model, 2)), timeout=15000)
    assert "Paid" in column(page.payments_model, 3)


def test_a_wrong_amount_is_explained(qtbot: QtBot, controller: Controller) -> None:
    main = log_in(qtbot, controller)
    main.open_page(main.bills)
    page = main.bills
    qtbot.waitUntil(lambda: page.bills_model.rowCount() == 3, timeout=10000)
    page.amount.setText("двести")
    qtbot.mouseClick(page.pay_button, Qt.MouseButton.LeftButton)
    assert "Type the amount in rubles" in page.pay_status.text()


def test_table_models_pass_the_model_tester(qtmodeltester, qtbot: QtBot, controller: Controller) -> None:  # type: ignore[no-untyped-def]
    main = log_in(qtbot, controller)
    main.open_page(main.bills)
    qtbot.waitUntil(lambda: main.bills.bills_model.rowCount() == 3, timeout=10000)
    for model in (main.bills.bills_model, main.bills.lines_model, main.bills.payments_model):
        qtmodeltester.check(model)
