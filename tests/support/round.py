"""The caretaker's round page driven by keyboard: open it, type into the grid, know the current row."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.live_server import LiveServer
from tests.support.ui import keys, submit_login
from ui.application import Controller
from ui.main_window import MainWindow
from ui.round.page import RoundPage


def open_round(qtbot: QtBot, controller: Controller) -> tuple[MainWindow, RoundPage]:
    """The caretaker logged in, the building's rows in the grid."""
    main = submit_login(qtbot, controller, "caretaker")
    assert main.caretaker
    page = main.round
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15000)
    return main, page


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


def fill_every_row(qtbot: QtBot, page: RoundPage, more: int) -> None:
    """Each row's previous reading plus `more`, typed row by row."""
    model = page.model
    for row in range(len(model.rows)):
        page.view.go_to(page.view.view_row(row))
        previous = model.rows[row].previous
        assert previous is not None
        type_into_grid(qtbot, page, str(int(previous) + more))


def current_row(page: RoundPage) -> int:
    return page.view.source_row(page.view.currentIndex().row())


def close_window_of(server: LiveServer, serials: list[str], start_day: int | None) -> None:
    """The supplier moves these meters' submission days (as its staff would in their own system);
    `None` gives them the default window again."""
    from sqlalchemy import update

    from server.schema import Meter as ServerMeter

    with server.db.session() as session:
        session.execute(
            update(ServerMeter)
            .where(ServerMeter.serial.in_(serials))
            .values(window_start_day=start_day, window_end_day=start_day and 28)
        )
