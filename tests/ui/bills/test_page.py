"""Bills with their lines, payments, and paying with the test card."""

import requests
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
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


def test_with_no_browser_the_link_is_shown_and_copied(qtbot: QtBot, controller: Controller) -> None:
    main = log_in(qtbot, controller)
    main.open_page(main.bills)
    page = main.bills
    qtbot.waitUntil(lambda: page.bills_model.rowCount() == 3, timeout=10000)
    page.open_url = lambda _url: False  # QDesktopServices found no browser
    page.amount.clear()
    qtbot.keyClicks(page.amount, "100")
    qtbot.keyClick(page.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.copy_link_button.isVisibleTo(page), timeout=10000)
    assert page.pay_status.text().startswith("No browser opened on this computer.")
    assert "/pay/" in page.pay_link.text()
    qtbot.mouseClick(page.copy_link_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == page.pay_link.text()
    assert page.pay_status.text().startswith("The link is copied.")


def test_a_paid_bill_no_longer_reads_to_pay(qtbot: QtBot, controller: Controller) -> None:
    """February's bill said 1,797.60 to pay; it was paid in March: the bill keeps its figure (it is a
    document), and beside it says how it stands now."""
    main = log_in(qtbot, controller)
    main.open_page(main.bills)
    page = main.bills
    qtbot.waitUntil(lambda: page.bills_model.rowCount() == 3, timeout=10000)
    account = page.current_account()
    assert account is not None and account.balance <= 0
    assert page.bills[0].closing_balance > 0
    assert column(page.bills_model, 6) == ["Paid", "", ""]


def test_the_page_scrolls_not_its_tables(qtbot: QtBot, controller: Controller) -> None:
    main = log_in(qtbot, controller)
    main.open_page(main.bills)
    page = main.bills
    qtbot.waitUntil(lambda: page.bills_model.rowCount() == 3, timeout=10000)
    qtbot.waitUntil(lambda: page.payments_model.rowCount() > 0, timeout=10000)
    for view in (page.bills_view, page.lines_view, page.payments_view):
        rows = min(view.model().rowCount(), 12)
        line = view.verticalHeader().defaultSectionSize()
        assert view.viewport().height() >= rows * line, (view.accessibleName(), rows)
        # Fixed at its rows' height: it neither stretches into an inner scroll area nor shrinks into one.
        assert view.minimumHeight() == view.maximumHeight() == view.height(), view.accessibleName()
