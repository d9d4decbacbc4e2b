"""Readings, bills and payments of one account, or of all, exported from the bills page."""

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.support.ui import log_in
from ui.application import Controller


def test_export_one_account_then_all(qtbot: QtBot, controller: Controller, tmp_path: Path) -> None:
    main = log_in(qtbot, controller)  # ivanova: a flat and a dacha
    main.open_page(main.bills)
    page = main.bills
    qtbot.waitUntil(lambda: page.bills_model.rowCount() > 0, timeout=10000)
    target = tmp_path / "one.xlsx"
    page.choose_save_path = lambda _name: str(target)
    with qtbot.waitSignal(page.exported, timeout=20000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    book = load_workbook(target, read_only=True)
    assert book.sheetnames == ["Readings", "Bills", "Payments"]
    accounts = {row[0] for row in book["Bills"].iter_rows(min_row=2, values_only=True)}
    assert accounts == {page.current_account().number}  # type: ignore[union-attr]
    book.close()

    everything = tmp_path / "all.xlsx"
    page.choose_save_path = lambda _name: str(everything)
    page.export_all.setChecked(True)
    with qtbot.waitSignal(page.exported, timeout=20000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    book = load_workbook(everything, read_only=True)
    accounts = {row[0] for row in book["Bills"].iter_rows(min_row=2, values_only=True)}
    assert accounts == {a.number for a in page.accounts} and len(accounts) == 2
    assert page.receipt_status.text().startswith(f"Saved to {everything}")
    book.close()
