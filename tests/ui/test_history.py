"""Readings history: every meter of the login's accounts, the replaced one too, and each reading's source."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.support.ui import column, log_in
from ui.application import Controller


def test_readings_history_with_sources_and_the_replaced_meter(qtbot: QtBot, controller: Controller) -> None:
    main = log_in(qtbot, controller, "petrov", home_account="10100002")
    main.open_page(main.history)
    page = main.history
    qtbot.waitUntil(lambda: page.meter_box.count() == 2, timeout=10000)
    assert [page.meter_box.itemText(i) for i in range(2)] == [
        "Account 10100002, meter ME-102-9001",
        "Account 10100002, meter ME-102-7781",
    ]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    assert "Meter installed" in column(page.model, 4)
    page.meter_box.setCurrentIndex(1)  # the old meter, replaced in December
    qtbot.waitUntil(
        lambda: "Meter installed" in column(page.model, 4) and page.model.rowCount() >= 2, timeout=5000
    )
    assert all("Day" in value and "Night" in value for value in column(page.model, 2))


def test_the_history_model_passes_the_model_tester(
    qtmodeltester, qtbot: QtBot, controller: Controller
) -> None:  # type: ignore[no-untyped-def]
    main = log_in(qtbot, controller)
    main.open_page(main.history)
    qtbot.waitUntil(lambda: main.history.model.rowCount() > 0, timeout=10000)
    qtmodeltester.check(main.history.model)


def test_a_reading_waiting_or_refused_is_in_the_history_too(qtbot: QtBot, controller: Controller) -> None:
    from sqlalchemy import update

    from models.schema import LocalReading

    main = log_in(qtbot, controller)
    assert main.session is not None
    main.session.client.base_url = "http://127.0.0.1:9"  # the connection goes
    main.nav.setCurrentRow(1)
    page = main.readings
    qtbot.waitUntil(lambda: bool(page.inputs), timeout=10000)
    previous = page.current_choice().previous["single"]  # type: ignore[union-attr]
    qtbot.keyClicks(page.inputs["single"], str(int(previous) + 40))
    qtbot.keyClick(page.inputs["single"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    main.open_page(main.history)
    history = main.history
    qtbot.waitUntil(lambda: column(history.model, 5)[:1] == ["Waiting to be sent"], timeout=10000)
    assert column(history.model, 4)[0] == "Personal account"
    with main.session.cache.session() as db:
        db.execute(update(LocalReading).values(state="rejected", code="below_previous", message=""))
    history.refresh()
    qtbot.waitUntil(lambda: column(history.model, 5)[0].startswith("Not accepted:"), timeout=10000)
