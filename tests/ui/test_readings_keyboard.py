"""The readings page by keyboard: Tab reaches every zone's field in order, the table lets Tab go, a far
jump asks with its numbers and keeps the reading unsaved unless chosen, stale words go."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.support.ui import log_in
from ui.application import Controller
from ui.readings import ReadingsPage


def tab(qtbot: QtBot, backwards: bool = False) -> QWidget:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
    now = QApplication.focusWidget()
    assert now is not None
    return now


def readings_of(qtbot: QtBot, controller: Controller, login: str, account: str) -> ReadingsPage:
    main = log_in(qtbot, controller, login, home_account=account)
    # After the first sync, not during it: a sync's refresh builds the zone fields anew.
    qtbot.waitUntil(lambda: main.state_label.text().startswith("Online"), timeout=15000)
    main.activateWindow()
    main.nav.setCurrentRow(1)
    page = main.readings
    qtbot.waitUntil(lambda: bool(page.inputs), timeout=10000)
    return page


def test_tab_goes_from_the_meter_through_each_zone_to_save(qtbot: QtBot, controller: Controller) -> None:
    page = readings_of(qtbot, controller, "petrov", "10100002")  # a two-zone meter
    assert list(page.inputs) == ["day", "night"]
    page.meter_box.setFocus()
    assert QApplication.focusWidget() is page.meter_box
    got = tab(qtbot)
    assert got is page.inputs["day"], (got.accessibleName(), got.objectName(), type(got))
    assert tab(qtbot) is page.inputs["night"]
    assert tab(qtbot) is page.save_button
    assert tab(qtbot, backwards=True) is page.inputs["night"]


def test_tab_leaves_the_table_of_entries(qtbot: QtBot, controller: Controller) -> None:
    page = readings_of(qtbot, controller, "ivanova", "10100001")
    page.table.setFocus()
    assert not page.table.tabKeyNavigation()
    assert tab(qtbot) is not page.table


def test_a_far_jump_question_shows_the_numbers(qtbot: QtBot, controller: Controller) -> None:
    page = readings_of(qtbot, controller, "ivanova", "10100001")
    choice = page.current_choice()
    assert choice is not None
    previous = choice.previous["single"]
    asked: list[str] = []
    page.confirm = lambda _title, question: bool(asked.append(question))  # "Check it again"
    qtbot.keyClicks(page.inputs["single"], str(int(previous) + 4000))
    qtbot.keyClick(page.inputs["single"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert f"4,000 kWh since the previous reading ({int(previous):,})" in asked[0], asked[0]
    assert "a month usually takes about" in asked[0]
    assert page.model.rowCount() == 0
    assert page.status.text().startswith("Not saved")
    # Typing again: the words about the last attempt go.
    qtbot.keyClick(page.inputs["single"], Qt.Key.Key_Backspace)
    assert page.status.text() == ""


def test_every_zone_filled_clears_the_type_every_zone_words(qtbot: QtBot, controller: Controller) -> None:
    page = readings_of(qtbot, controller, "petrov", "10100002")
    qtbot.keyClicks(page.inputs["day"], "1")
    qtbot.keyClick(page.inputs["day"], Qt.Key.Key_Return)
    asked_for_every_zone = "Please type a reading for every zone"
    qtbot.waitUntil(lambda: page.status.text().startswith(asked_for_every_zone), timeout=5000)
    assert page.inputs["night"].property("invalid") is True
    qtbot.keyClicks(page.inputs["night"], "1")
    assert page.status.text() == "" and page.inputs["night"].property("invalid") is False
