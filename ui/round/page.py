"""The caretaker's round: a whole building's readings in one grid, by keyboard, offline; sent in one go;
out to Excel and back; a round sheet to print."""

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.round import excel as round_excel
from desktop_app.round import service
from desktop_app.round import sheet as round_sheet
from desktop_app.session import AppSession
from jobs import Cancelled, CancelToken
from models.errors import CacheError
from models.round import HELD, BuildingChoice, CellSaved, Round, RoundRow
from models.schema import WAITING
from sync.engine import Report, Status
from sync.errors import Offline
from ui.job_panel import JobPanel
from ui.message_line import Kind, MessageLine
from ui.messages import cache_problem, file_problem, sync_problem, zone_name
from ui.round import words as round_words
from ui.round.banner import WindowBanner
from ui.round.import_report import ImportReport, ImportReportDialog
from ui.round.model import RoundFilter, RoundModel
from ui.round.view import RoundView
from ui.scratch import scratch_file
from ui.tasks import TaskManager
from ui.widgets import combo, heading, with_clear_button


class RoundPage(QWidget):
    loaded = Signal()
    cell_saved = Signal(int)  # source row made durable
    sent = Signal(object)  # Report
    exported = Signal(str)  # path
    imported = Signal(object)  # ImportReport
    printed = Signal(str)  # path of the PDF made
    printed_on_paper = Signal(int)  # pages
    failed = Signal(str)  # a message shown to the user
    released = Signal(int)  # held readings queued by the caretaker's choice

    def __init__(self, tasks: TaskManager, session: AppSession, today: Callable[[], date]) -> None:
        super().__init__()
        self.tasks = tasks
        self.session = session
        self.cache = session.cache
        self.today = today
        self.choices: list[BuildingChoice] = []
        self.busy = False
        self.no_buildings_said = False
        self.offline_said = False
        self.last_report: ImportReport | None = None
        # File choosers and printing are hooks, so tests can answer them without a dialog.
        self.choose_save_path: Callable[[str, str, str], str | None] = self._save_dialog
        self.choose_open_path: Callable[[str, str], str | None] = self._open_dialog
        self.print_pdf: Callable[[Path], None] = self._print_dialog
        self.show_report: Callable[[ImportReport], None] = self._report_dialog
        # A question (title, text, the button that goes ahead): True only when the caretaker goes ahead.
        self.ask: Callable[[str, str, str], bool] = self._ask_dialog
        self.setAccessibleName(self.tr("Building round"))

        self.building_box = combo()
        self.building_box.setAccessibleName(self.tr("Building"))
        building_label = QLabel(self.tr("&Building:"))
        building_label.setBuddy(self.building_box)
        self.building_box.currentIndexChanged.connect(lambda _i: self.open_building())

        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(self.tr("Find a flat or a meter"))
        self.filter_edit.setPlaceholderText(self.tr("flat number or meter serial"))
        with_clear_button(self.filter_edit)
        filter_label = QLabel(self.tr("&Find:"))
        filter_label.setBuddy(self.filter_edit)
        self.next_empty_button = QPushButton(self.tr("Next &empty"))
        self.next_empty_button.setAccessibleName(self.tr("Go to the next empty reading"))
        self.next_empty_button.setToolTip(self.tr("Ctrl+J"))
        self.next_empty_button.clicked.connect(self.jump_to_next_empty)
        QShortcut(QKeySequence("Ctrl+J"), self, self.jump_to_next_empty)
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName(self.tr("Progress of the round"))
        self.progress_label.setWordWrap(True)

        # The status bar's waiting count once the typing pauses: telling it reloads the page's states,
        # which is not worth doing after every meter of a 1,000-flat building.
        self.status_soon = QTimer(self)
        self.status_soon.setSingleShot(True)
        self.status_soon.setInterval(1000)
        self.status_soon.timeout.connect(self.announce_status)
        self.banner = WindowBanner()
        self.banner.confirm_today.connect(lambda: self.release_held(as_typed=False))
        self.banner.send_as_typed.connect(lambda: self.release_held(as_typed=True))

        self.model = RoundModel()
        self.filter = RoundFilter()
        self.filter.setSourceModel(self.model)
        self.view = RoundView()
        self.view.setModel(self.filter)
        self.view.setAccessibleName(self.tr("Readings of the building"))
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.returnPressed.connect(lambda: self.view.setFocus())
        self.model.save_requested.connect(self._save_cell)
        self.model.progress_changed.connect(self._show_progress)
        self.grid_label = grid_label = QLabel(self.tr("&Readings (type the digits, then Enter):"))
        grid_label.setBuddy(self.view)
        grid_label.setWordWrap(True)  # at 200% text it wraps rather than widening the window
        self.view.setAccessibleDescription(grid_label.text().replace("&", ""))

        self.send_button = QPushButton(self.tr("&Send all"))
        self.send_button.setAccessibleName(self.tr("Send all readings of the building"))
        self.send_button.clicked.connect(self.send_all)
        # The documents are used now and then: one button with a menu, so the bar stays one row high
        # even at 200% text; each is also a keyboard shortcut.
        self.export_action = QAction(self.tr("E&xport to Excel…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_excel)
        self.import_action = QAction(self.tr("&Import from Excel…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_excel)
        self.print_action = QAction(self.tr("&Print round sheet…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda: self.round_sheet(print_it=True))
        self.pdf_action = QAction(self.tr("Save round sheet as P&DF…"), self)
        self.pdf_action.triggered.connect(lambda: self.round_sheet(print_it=False))
        self.document_actions = [self.export_action, self.import_action, self.print_action, self.pdf_action]
        for action in self.document_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addActions(self.document_actions)
        self.documents_menu = QMenu(self)
        self.documents_menu.addActions(self.document_actions)
        self.documents_button = QPushButton(self.tr("E&xcel and printing"))
        self.documents_button.setAccessibleName(self.tr("Excel and printing"))
        self.documents_button.setMenu(self.documents_menu)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("Selected reading"))
        self.view.selectionModel().currentChanged.connect(lambda _now, _before: self._show_detail())
        self.model.dataChanged.connect(lambda _first, _last, _roles: self._show_detail())
        self.job = JobPanel()
        # The result holds its line while empty, and a job's progress takes the free end of the row of
        # buttons (kept while hidden): the grid above does not jump when a job starts or a message comes.
        self.result = MessageLine(self.tr("Result"), keep_space=True)
        kept = self.job.sizePolicy()
        kept.setRetainSizeWhenHidden(True)
        kept.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # it takes what room is left, never widens
        self.job.setSizePolicy(kept)
        self.job.label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(building_label)
        top.addWidget(self.building_box, 1)
        find = QHBoxLayout()
        find.addWidget(filter_label)
        find.addWidget(self.filter_edit, 1)
        find.addWidget(self.next_empty_button)
        actions = QHBoxLayout()
        actions.addWidget(self.send_button)
        actions.addWidget(self.documents_button)
        actions.addWidget(self.job, 1)
        layout = QVBoxLayout(self)
        self.title = heading(self.tr("<h2>Building round</h2>"))
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addLayout(find)
        layout.addWidget(self.banner)
        layout.addWidget(grid_label)
        layout.addWidget(self.view, 1)
        # Side by side, not one under the other: at 200% text the grid keeps a line more of rows.
        under = QHBoxLayout()
        under.addWidget(self.progress_label)
        under.addWidget(self.detail, 1)
        layout.addLayout(under)
        layout.addWidget(self.result)
        layout.addLayout(actions)
        self._fit_title()

    def _fit_title(self) -> None:
        """At large text the page heading goes (the section list says it) and the grid gets its rows."""
        self.title.setVisible(not self.view.compact)
        self.grid_label.setVisible(not self.view.compact)  # its words are the grid's description

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._fit_title()

    def connection_back(self) -> None:
        """The status bar says online again: words about a failed send over no connection are stale."""
        if self.result.kind is Kind.ERROR and self.offline_said:
            self.result.clear()
        self.offline_said = False

    # ---- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The buildings; the grid is loaded once and then only its states are refreshed."""
        self.tasks.run_db(lambda: service.building_choices(self.cache), self._buildings)

    def _buildings(self, choices: list[BuildingChoice]) -> None:
        current = self.building_box.currentData()
        if [c.id for c in choices] == [c.id for c in self.choices] and self.model.round is not None:
            self.reload_states()
            return
        self.choices = choices
        self.building_box.blockSignals(True)
        self.building_box.clear()
        for choice in choices:
            self.building_box.addItem(
                self.tr("%1 (%2 flats)").replace("%1", choice.address).replace("%2", str(choice.flats)),
                choice.id,
            )
        index = self.building_box.findData(current) if current is not None else 0
        self.building_box.setCurrentIndex(max(index, 0))
        self.building_box.blockSignals(False)
        if not choices:
            self.no_buildings_said = True
            self.result.info(self.tr("No buildings are assigned to you yet. Sync to fetch them."))
            return
        if self.no_buildings_said:
            self.no_buildings_said = False
            self.result.clear()  # "no buildings yet", said before the first sync brought them
        self.open_building()

    def current_building(self) -> int | None:
        data = self.building_box.currentData()
        return int(data) if data is not None else None

    def open_building(self) -> None:
        building = self.current_building()
        if building is None:
            return
        cache, today = self.cache, self.today()
        self.tasks.run_db(lambda: service.open_round(cache, building, today, with_usual=False), self._opened)

    def _opened(self, found: Round) -> None:
        if self.model.round is not None and self.model.round.building_id == found.building_id:
            # Opened twice (a sync finished meanwhile): refresh the states, never reset under the typing.
            self.model.update_round(found)
            return
        self.model.set_round(found)
        cache, building, period = self.cache, found.building_id, found.period
        self.tasks.run_db(lambda: service.usual_use_of(cache, building, period), self.model.set_usual)
        self.view.fit_columns()
        resume = self.model.next_empty(-1)
        self.view.go_to(self.view.view_row(resume) if resume is not None else 0)
        self.view.setFocus()
        self.loaded.emit()

    def reload_states(self) -> None:
        """After a sync: the server's answers in the grid, the place and the typing kept."""
        building = self.current_building()
        if building is None or self.model.round is None:
            return
        cache, today = self.cache, self.today()
        self.tasks.run_db(
            lambda: service.open_round(cache, building, today, with_usual=False), self.model.update_round
        )

    def _show_progress(self) -> None:
        self._show_window()
        done, total = self.model.progress()
        self.progress_label.setText(
            self.tr("%1 of %2 meters entered").replace("%1", str(done)).replace("%2", str(total))
        )

    def _show_detail(self) -> None:
        """The current row in words, in full: the grid's status column may be cut short."""
        current = self.view.currentIndex()
        if not current.isValid():
            self.detail.clear()
            return
        row = self.view.source_row(current.row())
        entry = self.model.rows[row]
        if entry.zone == "single":  # a one-zone meter: no zone to name
            text = self.tr("Flat %1, meter %2.").replace("%1", entry.flat).replace("%2", entry.serial)
        else:
            text = (
                self.tr("Flat %1, meter %2, %3.")
                .replace("%1", entry.flat)
                .replace("%2", entry.serial)
                .replace("%3", zone_name(entry.zone).lower())
            )
        status = self.model.status_text(row)
        self.detail.setText(text + (" " + status if status else ""))

    def _filter_changed(self, text: str) -> None:
        self.filter.set_text(text)
        if self.filter.rowCount():
            self.view.go_to(0)

    def jump_to_next_empty(self) -> None:
        if self.filter_edit.text():
            self.filter_edit.clear()
        current = self.view.currentIndex()
        after = self.view.source_row(current.row()) if current.isValid() else -1
        row = self.model.next_empty(after)
        if row is None:
            self.result.setText(self.tr("Every meter of the building has a reading."))
            return
        self.view.go_to(self.view.view_row(row))
        self.view.setFocus()

    # ---- the submission window -----------------------------------------------------------------------

    def _show_window(self) -> None:
        """The window's state above the grid, and the choice for held readings once their window opens."""
        found = self.model.round
        if found is None:
            return
        today = self.today()
        waiting = any(row.state == WAITING for row in self.model.rows)
        self.banner.show_state(round_words.window_banner(today, found.window, waiting))
        ready = self.releasable()
        if ready:
            meters = {row.meter_id for row in ready}
            days = round_words.typed_days(row.taken_on for row in ready)
            self.banner.show_offer(round_words.held_offer(len(meters), days))
        else:
            self.banner.show_offer("")

    def releasable(self) -> list[RoundRow]:
        """Held rows whose meter's window is open today: the caretaker may now choose what to do."""
        found = self.model.round
        if found is None:
            return []
        today = self.today()
        return [row for row in found.held() if row.window.is_open(today)]

    def release_held(self, *, as_typed: bool) -> None:
        """Asks first (the safe answer, keeping them, is the default), then queues the held readings:
        dated the day they were typed, or confirmed as taken today. Never redated without the question."""
        ready = self.releasable()
        if not ready or self.busy:
            return
        meters = sorted({row.meter_id for row in ready})
        days = round_words.typed_days(row.taken_on for row in ready)
        today = self.today()
        if as_typed:
            title = self.tr("Send dated as typed")
            question = round_words.send_as_typed_question(len(meters), days)
            go = self.tr("Send them anyway")
        else:
            title = self.tr("Confirm as taken today")
            question = round_words.confirm_today_question(len(meters), days, today)
            go = self.tr("They show these values today")
        if not self.ask(title, question, go):
            self.view.setFocus()
            return
        cache = self.cache

        def done(queued: int) -> None:
            self.result.setText(
                self.tr("Now waiting to be sent: %1. Press Send all to send them.").replace("%1", str(queued))
            )
            self.reload_states()
            self.announce_status()
            self.released.emit(queued)

        self.tasks.run_db(
            lambda: service.release_held(cache, meters, today, as_typed=as_typed),
            done,
            lambda error: self.result.error(
                cache_problem(error) if isinstance(error, CacheError) else sync_problem(error)
            ),
        )

    def announce_status(self) -> None:
        """The status bar's waiting count, now: cells kept and held change it, not only a sync."""
        self.status_soon.stop()
        engine, listeners = self.session.engine, self.session.listeners

        def tell(status: Status) -> None:
            for listener in list(listeners):
                listener(status)

        self.tasks.run_db(lambda: service.status_of(engine), tell, lambda _error: None)

    # ---- saving each cell ---------------------------------------------------------------------------

    def _save_cell(self, row: int, value: Any) -> None:
        entry = self.model.rows[row]
        assert self.model.round is not None
        period, meter_id, zones, zone = self.model.round.period, entry.meter_id, entry.zones, entry.zone
        cache, taken_on = self.cache, self.today()

        def done(result: CellSaved) -> None:
            # Kept here, not sent at once: the caretaker looks the building over and presses Send all
            # (the background sync sends it anyway on its next round, if they forget). Typed while the
            # window is closed, it is held: kept, not queued (see models.round.confirm_cell).
            self.model.saved(row, result, taken_on)
            self.cell_saved.emit(row)
            if result.changed and result.state in (WAITING, HELD):
                self.status_soon.start()  # a meter is complete: one more waits (a zone alone does not)

        def failed(error: Exception) -> None:
            # A known trouble with the file already says it was not saved and what to do.
            why = (
                cache_problem(error)
                if isinstance(error, CacheError)
                else self.tr("could not be saved on this computer: %1").replace("%1", sync_problem(error))
            )
            self.model.not_saved(row, why)

        self.tasks.run_db(
            lambda: service.save_cell(cache, period, meter_id, zones, zone, value, taken_on=taken_on),
            done,
            failed,
        )

    # ---- sending ------------------------------------------------------------------------------------

    def _start_job(self, text: str) -> CancelToken | None:
        if self.busy:
            return None
        self.busy = True
        self.send_button.setEnabled(False)
        for action in self.document_actions:
            action.setEnabled(False)
        return self.job.start(text)

    def _end_job(self) -> None:
        self.busy = False
        focus = QApplication.focusWidget()
        if focus is None or self.job.isAncestorOf(focus):
            self.view.setFocus()  # back to the grid, not to whatever follows the hidden Cancel
        self.job.finish()
        self.send_button.setEnabled(True)
        for action in self.document_actions:
            action.setEnabled(True)

    def send_all(self) -> None:
        cancel = self._start_job(self.tr("Sending the readings…"))
        if cancel is None:
            return
        engine = self.session.engine
        job = self.job
        sending, updating = self.tr("Sending %1 of %2"), self.tr("Fetching the answers…")

        def progress(phase: str, done: int, total: int | None) -> None:
            if phase == "push":
                job.report(sending.replace("%1", str(done)).replace("%2", str(total or 0)), done, total)
            else:
                job.report(updating, 0, None)

        self.tasks.run_net(lambda: service.send_all(engine, cancel, progress), self._sent, self._send_failed)

    def _sent(self, report: Report) -> None:
        self._end_job()
        say = self.result.warning if report.rejected else self.result.success
        if isinstance(report.error, Cancelled):
            say = self.result.info
            text = self.tr("Stopped. %1 sent; the rest is kept and waits to be sent.").replace(
                "%1", str(report.pushed)
            )
        elif report.error is not None:
            self._send_failed(report.error)
            self.reload_states()
            self.sent.emit(report)
            return
        elif report.pushed == 0:
            text = self.tr("Nothing was waiting to be sent. The answers were fetched.")
        else:
            text = (
                self.tr("Sent %1: %2 accepted, %3 not accepted.")
                .replace("%1", str(report.pushed))
                .replace("%2", str(report.accepted))
                .replace("%3", str(report.rejected))
            )
            if report.rejected:
                text += " " + self.tr("Fix the rows marked “Not accepted” and send again.")
        say(text)
        self.reload_states()
        self.sent.emit(report)

    def _send_failed(self, error: Exception) -> None:
        if self.busy:
            self._end_job()
        self.offline_said = isinstance(error, Offline)
        self.result.error(sync_problem(error))

    # ---- Excel --------------------------------------------------------------------------------------

    def _snapshot(self) -> Round | None:
        """A copy of the rows for a worker thread: the grid may change while a file is written."""
        found = self.model.round
        if found is None:
            return None
        return dataclasses.replace(found, rows=[dataclasses.replace(row) for row in self.model.rows])

    def export_excel(self) -> None:
        found = self._snapshot()
        if found is None:
            return
        name = self.choose_save_path(
            self.tr("Export to Excel"),
            round_words.file_name(found, "xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        cancel = self._start_job(self.tr("Writing the Excel file…"))
        if cancel is None:
            return
        words, job = round_words.excel_words(found), self.job
        self.tasks.run_work(
            lambda: round_excel.export_round(
                found, path, words, cancel=cancel, progress=lambda d, t: job.report("", d, t)
            ),
            lambda _n: self._exported(path),
            self._job_failed,
        )

    def _exported(self, path: Path) -> None:
        self._end_job()
        self.result.success(self.tr("Saved to %1.").replace("%1", str(path)))
        self.exported.emit(str(path))

    def _job_failed(self, error: Exception) -> None:
        self._end_job()
        if isinstance(error, Cancelled):
            message = self.tr("Stopped; nothing was changed.")
        elif isinstance(error, round_excel.RoundSheetError):
            message = round_words.sheet_problem(error)
        elif isinstance(error, OSError):
            message = file_problem(error)
        else:
            message = sync_problem(error)
        self.result.error(message)
        self.failed.emit(message)

    def import_excel(self) -> None:
        found = self._snapshot()
        if found is None:
            return
        name = self.choose_open_path(self.tr("Import from Excel"), self.tr("Excel workbook (*.xlsx)"))
        if not name:
            return
        cancel = self._start_job(self.tr("Reading the Excel file…"))
        if cancel is None:
            return
        path, job, cache, taken_on = Path(name), self.job, self.cache, self.today()

        # Read and judge the file on the document worker, then apply it in one database transaction.
        self.tasks.run_work(
            lambda: round_excel.read_round(
                path, found, cancel=cancel, progress=lambda d, t: job.report("", d, t)
            ),
            lambda plan: self.tasks.run_db(
                lambda: (plan, service.apply_import(cache, plan, cancel, taken_on)),
                self._imported,
                self._job_failed,
            ),
            self._job_failed,
        )

    def _imported(self, answer: tuple[round_excel.ImportPlan, service.ImportResult]) -> None:
        plan, result = answer
        self._end_job()
        report = ImportReport(plan, result)
        self.last_report = report
        self.result.setText(report.summary())
        self.reload_states()
        self.announce_status()
        self.imported.emit(report)
        self.show_report(report)

    # ---- the round sheet -----------------------------------------------------------------------------

    def round_sheet(self, print_it: bool) -> None:
        found = self._snapshot()
        if found is None:
            return
        if print_it:
            path = scratch_file("round-sheet.pdf")
        else:
            name = self.choose_save_path(
                self.tr("Save round sheet as PDF"),
                round_words.file_name(found, "pdf"),
                self.tr("PDF document (*.pdf)"),
            )
            if not name:
                return
            path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        cancel = self._start_job(self.tr("Making the round sheet…"))
        if cancel is None:
            return
        words, job, point = round_words.sheet_words(found), self.job, QLocale().decimalPoint()
        self.tasks.run_work(
            lambda: round_sheet.write_round_sheet(
                found,
                path,
                words,
                decimal_point=point,
                cancel=cancel,
                progress=lambda d, t: job.report("", d, t),
            ),
            lambda _pages: self._sheet_ready(path, print_it),
            self._job_failed,
        )

    def _sheet_ready(self, path: Path, print_it: bool) -> None:
        self._end_job()
        if print_it:
            self.print_pdf(path)
        else:
            self.result.success(self.tr("Saved to %1.").replace("%1", str(path)))
        self.printed.emit(str(path))

    # ---- dialogs (replaced in tests) -------------------------------------------------------------------

    def _save_dialog(self, title: str, suggested: str, kinds: str) -> str | None:
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), kinds)
        return name or None

    def _open_dialog(self, title: str, kinds: str) -> str | None:
        name, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()), kinds)
        return name or None

    def _print_dialog(self, path: Path) -> None:
        from ui.printing import choose_printer

        printer = choose_printer(self, self.tr("Print round sheet"))
        if printer is not None:
            self.print_to(printer, path)

    def print_to(self, printer: Any, path: Path) -> None:
        from ui.printing import print_in_background

        cancel = self._start_job(self.tr("Printing…"))
        if cancel is None:
            return
        job = self.job

        def done(pages: int) -> None:
            self._end_job()
            self.result.success(self.tr("Sent to the printer: %1 pages.").replace("%1", str(pages)))
            self.printed_on_paper.emit(pages)

        print_in_background(
            self.tasks, printer, path, cancel, lambda d, t: job.report("", d, t), done, self._job_failed
        )

    def _report_dialog(self, report: ImportReport) -> None:
        ImportReportDialog(report, self).exec()

    def _ask_dialog(self, title: str, text: str, go: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        box.setAccessibleName(title)
        yes = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep them"), QMessageBox.ButtonRole.RejectRole)
        yes.setAccessibleName(go)
        keep.setAccessibleName(self.tr("Keep them on this computer"))
        box.setDefaultButton(keep)  # Enter keeps them; going ahead takes a deliberate choice
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is yes
