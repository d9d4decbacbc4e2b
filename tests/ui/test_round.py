"""The caretaker's round in the app: a building typed in by keyboard alone, refused values explained in
their cell, a far jump kept only on a second Enter, the building sent with per-row answers."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.round import PARTIAL
from models.schema import ACCEPTED, WAITING
from tests.support.live_server import LiveServer
from ui.application import Controller
from ui.login_window import LoginWindow
from ui.main_window import MainWindow
from ui.pages.round import RoundPage
from ui.round_model import RoundModel


def open_round(qtbot: QtBot, controller: Controller) -> tuple[MainWindow, RoundPage]:
    controller.start()
    window = controller.window
    assert isinstance(window, LoginWindow)
    qtbot.keyClicks(window.login_edit, "caretaker")
    qtbot.keyClicks(window.password_edit, "demo-2026")
    qtbot.keyClick(window.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=10000)
    main = controller.window
    assert isinstance(main, MainWindow) and main.caretaker
    page = main.round
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15000)
    return main, page


def keys(qtbot: QtBot, text: str) -> None:
    """Each key to whatever has the focus, as a keyboard does."""
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)


def type_into_grid(qtbot: QtBot, page: RoundPage, text: str) -> None:
    """Digits typed on the grid, then Enter, as a caretaker does; waits until the cell is kept."""
    view = page.view
    view.setFocus()
    row = view.source_row(view.currentIndex().row())
    before = page.model.rows[row].state
    keys(qtbot, text)
    with qtbot.waitSignal(page.cell_saved, timeout=5000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert page.model.rows[row].state != before or page.model.rows[row].entered


def current_row(page: RoundPage) -> int:
    return page.view.source_row(page.view.currentIndex().row())


def test_type_a_building_by_keyboard_and_send_it(
    qtbot: QtBot, controller: Controller, server: LiveServer
) -> None:
    _main, page = open_round(qtbot, controller)
    model = page.model
    total_meters = len({r.meter_id for r in model.rows})
    assert page.progress_label.text() == f"0 of {total_meters} meters entered"
    assert current_row(page) == 0
    for row in range(len(model.rows)):
        assert current_row(page) == row
        previous = model.rows[row].previous
        assert previous is not None
        type_into_grid(qtbot, page, str(int(previous) + 10 + row))
    assert page.progress_label.text() == f"{total_meters} of {total_meters} meters entered"
    assert {r.state for r in model.rows} == {WAITING}
    assert model.data(model.index(0, RoundModel.CONSUMPTION)) == "10"

    with qtbot.waitSignal(page.sent, timeout=20000) as sent:
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    report = sent.args[0]
    assert report.error is None and report.accepted == total_meters
    qtbot.waitUntil(lambda: {r.state for r in model.rows} == {ACCEPTED}, timeout=10000)
    assert page.result.text() == f"Sent {total_meters}: {total_meters} accepted, 0 not accepted."
    assert model.data(model.index(0, RoundModel.STATUS)) == "Accepted"


def test_letters_a_lower_value_and_a_far_jump_are_stopped_in_their_cell(
    qtbot: QtBot, controller: Controller
) -> None:
    _main, page = open_round(qtbot, controller)
    model, view = page.model, page.view
    first = model.rows[0]
    assert first.previous is not None
    view.setFocus()
    keys(qtbot, "12a")  # the first digit opens the editor; the rest goes into it
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: 0 in model.problems, timeout=3000)
    assert model.data(model.index(0, RoundModel.STATUS)) == "Not saved: Please type digits only."
    assert current_row(page) == 0 and not first.entered
    # Still in the cell, with the refused text to fix.
    editor = QApplication.focusWidget()
    assert editor is not None and editor.text() == "12a"  # type: ignore[attr-defined]
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, str(int(first.previous) - 5))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "less than the previous" in model.status_text(0), timeout=3000)
    assert not first.entered
    editor = QApplication.focusWidget()
    editor.selectAll()  # type: ignore[attr-defined]
    jump = str(int(first.previous) + 9000)
    qtbot.keyClicks(editor, jump)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "much more than usual" in model.status_text(0), timeout=3000)
    assert not first.entered
    editor = QApplication.focusWidget()
    with qtbot.waitSignal(page.cell_saved, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # the second Enter keeps it
    assert first.value == Decimal(jump) and first.state == WAITING
    assert current_row(page) == 1
    # Escape drops what was being typed.
    keys(qtbot, "5")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not model.rows[1].entered and current_row(page) == 1


def test_filter_next_empty_and_keys_move_through_the_building(qtbot: QtBot, controller: Controller) -> None:
    _main, page = open_round(qtbot, controller)
    model, view = page.model, page.view
    two_zone = next(r for r in model.rows if r.zones == ("day", "night"))
    qtbot.keyClicks(page.filter_edit, two_zone.flat)
    assert page.filter.rowCount() == 2
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)
    assert view.hasFocus() and current_row(page) == model.rows.index(two_zone)
    assert two_zone.previous is not None
    type_into_grid(qtbot, page, str(int(two_zone.previous) + 3))
    assert two_zone.state == PARTIAL
    assert "enter the other zones" in model.status_text(model.rows.index(two_zone))
    page.filter_edit.clear()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert current_row(page) == len(model.rows) - 1
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert current_row(page) == 0
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert current_row(page) > 0
    qtbot.keyClick(view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert not model.rows[current_row(page)].entered
