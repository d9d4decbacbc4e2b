"""The caretaker's round in the app: a building typed in by keyboard alone, refused values explained in
their cell, a far jump kept only on a second Enter, the building sent with per-row answers."""

import os
import random
import selectors
import signal
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop_app.round import service
from models.round import PARTIAL
from models.schema import ACCEPTED, WAITING
from tests.support.held_server import held_server
from tests.support.live_server import LiveServer
from tests.support.paths import ROOT
from tests.support.round import close_window_of, current_row, fill_every_row, open_round, type_into_grid
from tests.support.ui import TODAY, app_in, assert_named, close, keys
from ui.application import Controller
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.round.model import RoundModel
from ui.startup import first_window


def test_type_a_building_by_keyboard_and_send_it(
    qtbot: QtBot, controller: Controller, server: LiveServer
) -> None:
    _main, page = open_round(qtbot, controller)
    model = page.model
    # "No buildings are assigned to you yet", said before the first sync brought them, is gone.
    assert page.result.text() == ""
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
    qtbot.waitUntil(lambda: "9,000 kWh used, the usual is about" in model.status_text(0), timeout=3000)
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


def test_refused_rows_show_why_and_can_be_fixed_and_sent_again(
    qtbot: QtBot, controller: Controller, server: LiveServer
) -> None:
    _main, page = open_round(qtbot, controller)
    model = page.model
    singles = [r for r in model.rows if r.zones == ("single",)][:3]
    for entry in singles:
        page.view.go_to(page.view.view_row(model.rows.index(entry)))
        assert entry.previous is not None
        type_into_grid(qtbot, page, str(int(entry.previous) + 20))
    close_window_of(server, [singles[1].serial], 26)
    with qtbot.waitSignal(page.sent, timeout=20000) as sent:
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    assert sent.args[0].accepted == 2 and sent.args[0].rejected == 1
    # By its key: a sync or the status bar's refresh may have reloaded the rows meanwhile.
    refused = next(i for i, r in enumerate(model.rows) if r.key == singles[1].key)
    qtbot.waitUntil(lambda: model.rows[refused].state == "rejected", timeout=10000)
    # The supplier's window for that meter now ends on the 25th: said with the reading's own date.
    assert model.data(model.index(refused, RoundModel.STATUS)) == (
        "Not accepted: The reading was taken on 18 March 2026. That month readings are taken from 15 to 25"
        " March only."
    )
    assert "Fix the rows marked" in page.result.text()
    # The supplier opens the window again; the caretaker types the reading again and sends.
    close_window_of(server, [singles[1].serial], None)
    page.view.go_to(page.view.view_row(refused))
    assert singles[1].previous is not None
    type_into_grid(qtbot, page, str(int(singles[1].previous) + 21))
    assert model.rows[refused].state == WAITING
    with qtbot.waitSignal(page.sent, timeout=20000) as sent:
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    assert sent.args[0].accepted == 1 and sent.args[0].rejected == 0
    qtbot.waitUntil(lambda: model.rows[refused].state == ACCEPTED, timeout=10000)


def test_send_all_can_be_cancelled_and_what_is_left_waits(
    qtbot: QtBot, controller: Controller, server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    _main, page = open_round(qtbot, controller)
    fill_every_row(qtbot, page, 5)
    engine = page.session.engine
    total = engine.waiting_count()
    monkeypatch.setattr(service, "SEND_BATCH", 1)  # a batch per reading: the bar moves, Cancel can land
    # The first reading is answered; the second waits at the gate until the caretaker has pressed Cancel.
    with held_server(server.url, "/api/v1/sync/push", let_through=1) as gate:
        page.session.client.base_url = gate.url
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(gate.holding.is_set, timeout=20000)
        assert page.job.cancel_button.isEnabled()
        qtbot.mouseClick(page.job.cancel_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(page.sent, timeout=20000) as sent:
            gate.release()  # the second one goes; the third is never asked
        page.session.client.base_url = server.url
    report = sent.args[0]
    assert type(report.error).__name__ == "Cancelled"
    assert report.pushed == gate.passed == 2
    assert page.result.text() == "Stopped. 2 sent; the rest is kept and waits to be sent."
    assert engine.waiting_count() == total - 2
    with qtbot.waitSignal(page.sent, timeout=20000) as sent:
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    assert sent.args[0].pushed == total - 2 and engine.waiting_count() == 0


def lines_of(child: subprocess.Popen[str], deadline: float) -> Iterator[str]:
    """The child's output lines as they come; stops (and the test fails) if it goes quiet too long."""
    assert child.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        while selector.select(timeout=deadline):
            line = child.stdout.readline()
            if not line:
                return
            yield line


def test_killed_mid_round_the_app_shows_every_confirmed_cell_on_restart(
    qtbot: QtBot, qapp: QApplication, controller: Controller, server: LiveServer, tmp_path: Path
) -> None:
    open_round(qtbot, controller)  # log in once: the login is remembered, the token kept
    close(controller)
    data_dir = controller.data_dir
    rng = random.Random(20261128)
    confirmed: dict[tuple[int, str], str] = {}
    for trial in range(3):  # up to 4 cells each: the twelve-flat building is not typed to its end
        log = tmp_path / f"child-{trial}.log"
        with log.open("w") as errors_out:
            child = subprocess.Popen(
                [sys.executable, "-m", "tests.support.round_child", str(data_dir), server.url, str(trial)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=errors_out,
                text=True,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )
        assert child.stdout is not None
        kill_after = rng.randint(1, 4)
        try:
            for line in lines_of(child, deadline=60):
                if line.startswith("CONFIRMED"):
                    _, meter, zone, value = line.split()
                    confirmed[(int(meter), zone)] = value
                    kill_after -= 1
                    if kill_after == 0:
                        break
                assert not line.startswith("DONE")
        finally:
            child.send_signal(signal.SIGKILL)
            child.communicate(timeout=30)
        errors = log.read_text()
        assert child.returncode == -signal.SIGKILL, errors
        assert kill_after == 0, errors
    assert len(confirmed) >= 3

    # Restarted as ui.startup does it. Settings from before the role was remembered: the frame guesses a
    # household's sections and the opened profile puts the caretaker's in their place.
    prefs = Preferences(controller.options.data_dir)
    prefs.store.remove("last_role")
    frame, tasks = first_window(controller.options, prefs)
    assert isinstance(frame, MainWindow) and frame.section_title(0) == "Home"
    again = Controller(qapp, controller.options, today=lambda: TODAY, tasks=tasks, prefs=prefs)
    again.window = frame
    try:
        again.start()
        qtbot.waitUntil(lambda: frame.attached, timeout=10000)
        assert again.window is frame
        assert [frame.section_title(row) for row in range(frame.nav.count())] == [
            "Building round",
            "News",
            "Personal data and settings",
            "Help",
        ]
        assert prefs.last_role == "caretaker"
        page = frame.round
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15000)
        shown = {row.key: f"{row.value:f}" for row in page.model.rows if row.value is not None}
        assert all(shown.get(key) == value for key, value in confirmed.items()), (confirmed, shown)
        # It resumes at the first row still empty, and says how far the round has come.
        first_empty = page.model.next_empty(-1)
        assert current_row(page) == first_empty
        done, total = page.model.progress()
        assert page.progress_label.text() == f"{done} of {total} meters entered"
        assert again.session is not None and again.session.cache.integrity_ok()
    finally:
        close(again)


def test_export_import_and_print_from_the_page(qtbot: QtBot, controller: Controller, tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.round.excel import FIRST_DATA_ROW, NEW_COLUMN

    _main, page = open_round(qtbot, controller)
    model = page.model
    type_into_grid(qtbot, page, str(int(model.rows[0].previous or 0) + 11))
    sheet = tmp_path / "round.xlsx"
    page.choose_save_path = lambda *_args: str(sheet)
    with qtbot.waitSignal(page.exported, timeout=10000):
        page.view.setFocus()
        qtbot.keyClick(page.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # the shortcut
    book = load_workbook(sheet)
    rows = book["Round"]
    assert rows.cell(FIRST_DATA_ROW, NEW_COLUMN).value == int(model.rows[0].previous or 0) + 11
    for offset in range(1, 5):
        rows.cell(FIRST_DATA_ROW + offset, NEW_COLUMN).value = int(model.rows[offset].previous or 0) + 30
    rows.cell(FIRST_DATA_ROW + 5, NEW_COLUMN).value = "много"
    book.save(sheet)

    reports: list[object] = []
    page.show_report = reports.append
    page.choose_open_path = lambda *_args: str(sheet)
    with qtbot.waitSignal(page.imported, timeout=10000) as imported:
        page.import_action.trigger()
    report = imported.args[0]
    assert report.result.saved == 4 and report.result.unchanged == 1 and len(report.plan.refused) == 1
    assert page.result.text().startswith("Taken from the file: 4. Already entered with the same value: 1.")
    qtbot.waitUntil(lambda: all(model.rows[i].entered for i in range(5)), timeout=5000)
    assert not model.rows[5].entered

    # A broken file: a clear message, and the grid as it was.
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a workbook")
    page.choose_open_path = lambda *_args: str(broken)
    with qtbot.waitSignal(page.failed, timeout=10000) as failed:
        page.import_action.trigger()
    assert failed.args[0] == (
        "This file is not an Excel workbook (.xlsx), or it is damaged. Nothing was changed."
    )
    assert sum(row.entered for row in model.rows) == 5

    pdf = tmp_path / "sheet.pdf"
    page.choose_save_path = lambda *_args: str(pdf)
    with qtbot.waitSignal(page.printed, timeout=10000):
        page.pdf_action.trigger()
    pages = len(PdfReader(pdf).pages)
    assert "Round sheet" in PdfReader(pdf).pages[0].extract_text()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page.print_pdf = lambda path: page.print_to(printer, path)
    with qtbot.waitSignal(page.printed_on_paper, timeout=20000) as printed:
        page.print_action.trigger()
    assert printed.args[0] == pages
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages


def test_every_control_of_the_round_has_a_name_and_the_buttons_are_big_enough(
    qtbot: QtBot, controller: Controller
) -> None:
    from PySide6.QtWidgets import QAbstractButton

    from desktop_app.round.excel import ImportPlan, RowProblem
    from desktop_app.round.service import ImportResult
    from ui.round.import_report import ImportReport, ImportReportDialog

    main, page = open_round(qtbot, controller)
    page.job.start("…")
    assert_named(main)
    for button in page.findChildren(QAbstractButton):
        if button.isVisibleTo(page):
            assert button.sizeHint().height() >= 44, button.text()
    page.job.finish()
    plan = ImportPlan("2026-03", refused=[RowProblem(7, "3", "B10-0003", "single", "12a", "not_a_number")])
    dialog = ImportReportDialog(ImportReport(plan, ImportResult(0, 0, 0, {})), page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_named(dialog)
    assert "Refused: 1." in dialog.findChild(QLabel).text()  # type: ignore[union-attr]


def test_the_round_in_russian(qapp: QApplication, qtbot: QtBot, server: LiveServer, tmp_path: Path) -> None:
    with app_in(qapp, server.url, tmp_path / "ru", "ru") as controller:
        _main, page = open_round(qtbot, controller)
        assert page.send_button.text() == "Отп&равить всё"
        assert page.progress_label.text() == f"Введено 0 из {page.model.progress()[1]} счётчиков"
        model = page.model
        assert model.headerData(RoundModel.NEW, Qt.Orientation.Horizontal) == "Новое показание"
        page.view.setFocus()
        keys(qtbot, "1x")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: 0 in model.problems, timeout=3000)
        assert model.status_text(0) == "Не сохранено: Вводите только цифры."
        assert page.detail.text().startswith("Кв. 1, счётчик B10-0001")


def test_a_sync_finishing_while_digits_are_typed_keeps_them(qtbot: QtBot, controller: Controller) -> None:
    _main, page = open_round(qtbot, controller)
    model = page.model
    row = model.rows[0]
    assert row.previous is not None
    page.view.setFocus()
    keys(qtbot, str(int(row.previous) + 12))
    # Rows change meanwhile (this one too) and the whole building is reloaded under the open editor.
    model.rows[0].state = model.rows[3].state = "accepted"
    with qtbot.waitSignal(model.progress_changed, timeout=5000):
        page.reload_states()
    with qtbot.waitSignal(page.cell_saved, timeout=5000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert model.rows[0].value == row.previous + 12


def test_at_twice_the_text_size_the_round_fits_an_old_screen(
    qapp: QApplication, qtbot: QtBot, server: LiveServer, tmp_path: Path
) -> None:
    from ui import theme

    with app_in(qapp, server.url, tmp_path / "ru", "ru") as controller:
        controller.prefs.text_scale = 2.0
        theme.apply(qapp, 2.0, False)
        try:
            main, page = open_round(qtbot, controller)
            assert main.nav.width() + page.minimumSizeHint().width() + 40 <= 1366
            # And in height: the window with its menu and status bar within 768 less a title bar.
            assert main.minimumSizeHint().height() <= 768 - 30
            # Compact: the heading and the grid's label give their lines to the grid's rows.
            assert not page.title.isVisibleTo(page) and not page.grid_label.isVisibleTo(page)
        finally:
            theme.apply(qapp, 1.0, False)


def test_words_about_no_connection_go_when_it_is_back(
    qtbot: QtBot, controller: Controller, server: LiveServer
) -> None:
    main, page = open_round(qtbot, controller)
    qtbot.waitUntil(lambda: main.state_label.text().startswith("Online"), timeout=15000)
    type_into_grid(qtbot, page, str(int(page.model.rows[0].previous or 0) + 50))
    url = main.session.client.base_url  # type: ignore[union-attr]
    main.session.client.base_url = "http://127.0.0.1:9"  # type: ignore[union-attr]
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text().startswith("No connection"), timeout=15000)
    main.session.client.base_url = url  # type: ignore[union-attr]
    main.sync_now()
    qtbot.waitUntil(lambda: main.state_label.text().startswith("Online"), timeout=15000)
    qtbot.waitUntil(lambda: page.result.text() == "", timeout=5000)


def test_the_grid_keeps_its_height_when_a_job_starts_and_ends(qtbot: QtBot, controller: Controller) -> None:
    main, page = open_round(qtbot, controller)
    main.resize(1024, 700)
    qtbot.waitUntil(lambda: page.view.height() > 0)
    before = page.view.geometry()
    cancel = page._start_job("Sending the readings…")
    assert cancel is not None
    QApplication.processEvents()
    assert page.job.isVisible() and page.view.geometry() == before
    page._end_job()
    page.result.info("Sent 12: 12 accepted, 0 not accepted.")
    QApplication.processEvents()
    assert page.view.geometry() == before


def test_in_russian_the_file_and_its_sheet_have_russian_names(
    qapp: QApplication, qtbot: QtBot, server: LiveServer, tmp_path: Path
) -> None:
    """LibreOffice (a tool no one here wrote) reads the sheet back under its Russian name."""
    import shutil
    import subprocess

    from openpyxl import load_workbook

    with app_in(qapp, server.url, tmp_path / "ru", "ru") as controller:
        _main, page = open_round(qtbot, controller)
        asked: list[str] = []
        folder = tmp_path / "out"
        folder.mkdir()

        def choose(_title: str, suggested: str, _kinds: str) -> str:
            asked.append(suggested)
            return str(folder / suggested)

        page.choose_save_path = choose
        with qtbot.waitSignal(page.exported, timeout=10000):
            page.export_action.trigger()
        assert asked == ["Обход г. Москва, ул. Ленина, д. 10 — март 2026.xlsx"]
        path = folder / asked[0]
        assert load_workbook(path).sheetnames == ["Обход", "about"]
        soffice = shutil.which("soffice")
        assert soffice is not None, "LibreOffice (.ci/run installs libreoffice-calc-nogui)"
        profile = (tmp_path / "lo-profile").as_uri()  # its own profile: never a user's, never locked
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76",  # comma, quote, UTF-8
                "--outdir",
                str(folder),
                str(path),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        text = next(folder.glob("*.csv")).read_text(encoding="utf-8")
        assert "Обходной лист: г. Москва, ул. Ленина, д. 10" in text, text[:300]
        assert "Подъезд,Этаж,Кв.,Лицевой счёт,Счётчик,Зона,Предыдущее,Новое показание" in text
        reports: list[object] = []
        page.show_report = reports.append
        page.choose_open_path = lambda *_args: str(path)
        with qtbot.waitSignal(page.imported, timeout=10000):
            page.import_action.trigger()
        assert page.result.text().startswith("Взято из файла")
