"""The grid at every text size: flat, entrance and floor never elided, the compact columns at large
text, the current row in the middle of the grid."""

import dataclasses
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from models.round import Round, RoundRow
from ui import theme
from ui.round.model import RoundFilter, RoundModel
from ui.round.view import RoundView


def big_building() -> Round:
    """Flats 1001 to 1240 (a tower's four-digit numbers), four to a floor, sixty to an entrance."""
    rows = [
        RoundRow(
            flat,
            flat,
            str(1000 + flat),
            1 + (flat - 1) // 60,
            1 + (flat - 1) % 60 // 4,
            f"3{flat:07d}",
            f"SE-{flat:05d}",
            6,
            "single",
            ("single",),
            Decimal(123456),
            None,
        )
        for flat in range(1, 241)
    ]
    last = rows[-1]
    rows[-1:] = [  # the last flat has a two-zone meter: the zone column is needed
        dataclasses.replace(last, zone="day", zones=("day", "night")),
        dataclasses.replace(last, zone="night", zones=("day", "night")),
    ]
    return Round(9, "пр. Мира, д. 100", "2026-03", rows)


@pytest.fixture(params=[1.0, 2.0], ids=["100%", "200%"])
def grid(request: pytest.FixtureRequest, qapp: QApplication, qtbot: QtBot) -> Iterator[RoundView]:
    theme.apply(qapp, request.param, False)
    model = RoundModel()
    proxy = RoundFilter()
    proxy.setSourceModel(model)
    view = RoundView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    model.set_round(big_building())
    view.resize(800, 500)
    view.show()
    qtbot.waitExposed(view)
    view.fit_columns()
    yield view
    theme.apply(qapp, 1.0, False)


def shown_whole(view: RoundView, column: int, text: str) -> bool:
    """As the delegate draws it: the text in the cell less its margins, elided if it does not fit."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    room = view.horizontalHeader().sectionSize(column) - 2 * margin
    return view.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room) == text


def test_four_digit_flats_are_never_elided(grid: RoundView) -> None:
    model = grid.round_model()
    for row in range(model.rowCount()):
        assert shown_whole(grid, RoundModel.FLAT, model.data(model.index(row, RoundModel.FLAT)))
    for column in (RoundModel.PREVIOUS, RoundModel.NEW):
        assert shown_whole(grid, column, "123\u00a0456")


def test_entrance_and_floor_at_100_the_compact_columns_at_200(grid: RoundView) -> None:
    model = grid.round_model()
    shown = [c for c in range(model.COLUMNS) if not grid.isColumnHidden(c)]
    if grid.compact:
        assert shown == list(RoundModel.COMPACT)
    else:
        # In a 1024 px window's grid the account and the meter give way (said below the grid).
        assert shown == [c for c in range(model.COLUMNS) if c not in (RoundModel.ACCOUNT, RoundModel.METER)]
        assert model.data(model.index(100, RoundModel.ENTRANCE)) == "2"
        assert model.data(model.index(100, RoundModel.FLOOR)) == "11"
        for column in (RoundModel.ENTRANCE, RoundModel.FLOOR):
            assert shown_whole(grid, column, str(model.headerData(column, Qt.Orientation.Horizontal)))
    # Every shown column but the status fits in the grid's width: no sideways scrolling.
    assert grid.horizontalHeader().length() <= grid.viewport().width()
    # A row is as high as a line of the text.
    assert grid.rowHeight(0) >= grid.fontMetrics().height()


def test_the_current_row_stays_in_the_middle(grid: RoundView) -> None:
    grid.go_to(120)
    rect = grid.visualRect(grid.currentIndex())
    middle = grid.viewport().height() / 2
    assert abs(rect.center().y() - middle) <= rect.height(), (rect, grid.viewport().height())
    # The next row is whole on screen, not cut at the bottom edge.
    below = grid.visualRect(grid.proxy().index(121, RoundModel.NEW))
    assert below.bottom() <= grid.viewport().height()


def test_a_building_of_one_zone_meters_has_no_zone_column(grid: RoundView) -> None:
    model = grid.round_model()
    assert not grid.isColumnHidden(RoundModel.ZONE)
    assert model.data(model.index(0, RoundModel.ZONE)) == ""  # not "Reading" on every row
    found = big_building()
    model.set_round(dataclasses.replace(found, rows=found.rows[:-2]))
    grid.fit_columns()
    assert grid.isColumnHidden(RoundModel.ZONE)
