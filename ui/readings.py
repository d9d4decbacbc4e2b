"""Submit readings: pick the meter, type each zone beside its previous value, see the consumption and
the preliminary cost as you type, save; the table below shows what became of each reading.

Above the fields the page says where today stands in the submission window, in words and dates. Outside
it (or for a meter past its verification date, where the supplier refuses such readings) it says before
anything is typed that the supplier will not accept a reading now and from when it will, Save is off
with the reason beside it, and "Remind me" leads to the reminders in Settings. Nothing is queued then."""

import itertools
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QWidget,
)

from desktop_app import readings as service
from desktop_app.readings import VERIFICATION_OVERDUE, MeterChoice, NotAcceptedNow
from desktop_app.session import AppSession
from models.readings import Judgement
from protocol.readings import parse_reading
from protocol.window import Phase
from protocol.zones import Zone
from ui.formatting import money, number
from ui.home import notice
from ui.message_line import Kind, MessageLine
from ui.messages import reading_problem, zone_name
from ui.questions import ask
from ui.readings_model import EntriesModel
from ui.tasks import TaskManager
from ui.widgets import access_key, combo, heading, scrolling_layout, taken_access_keys, with_access_key
from ui.window_words import (
    not_accepted_now,
    save_from,
    verification_blocked,
    verification_sentence,
    window_sentence,
)

JUDGE_DELAY_MS = 250


def far_question(judgement: Judgement) -> str:
    """The question before saving a far jump, with the numbers the person decides on: what was typed,
    the use since the previous reading, and the usual month's use."""
    lines = []
    for zone, verdict in judgement.verdicts.items():
        if not verdict.flagged or verdict.consumption is None:
            continue
        line = QCoreApplication.translate("ReadingsPage", "%1 kWh since the previous reading (%2)").replace(
            "%1", number(verdict.consumption)
        )
        line = line.replace("%2", number(judgement.previous[zone]) if zone in judgement.previous else "—")
        usual = judgement.usual.get(zone)
        if usual is not None:
            line += QCoreApplication.translate(
                "ReadingsPage", ", while a month usually takes about %1 kWh"
            ).replace("%1", number(usual.quantize(Decimal(1))))
        name = "" if zone == "single" else zone_name(zone) + ": "
        lines.append(name + line + ".")
    return (
        QCoreApplication.translate("ReadingsPage", "This is much more than usual.")
        + "\n\n"
        + "\n".join(lines)
        + "\n\n"
        + QCoreApplication.translate("ReadingsPage", "Is the reading on the meter right?")
    )


class ReadingsPage(QWidget):
    saved = Signal(str)  # uuid of the entry just saved
    remind_requested = Signal()  # "Remind me when readings open": the reminders in Settings

    def __init__(self, tasks: TaskManager, session: AppSession, today: Callable[[], date]) -> None:
        super().__init__()
        self.session = session
        self.tasks = tasks
        self.cache = session.cache
        self.today = today
        self.choices: list[MeterChoice] = []
        self.inputs: dict[Zone, QLineEdit] = {}
        self.hints: dict[Zone, QLabel] = {}
        self.correcting: str | None = None
        self.just_saved: str | None = None  # its "Saved" words go once the server has answered it
        self.judgement: Judgement | None = None
        self.confirm: Callable[[str, str], bool] = self._ask_yes_no
        self.setAccessibleName(self.tr("Submit readings"))

        self.meter_box = combo()
        self.meter_box.setAccessibleName(self.tr("Meter"))
        meter_label = QLabel(self.tr("&Meter:"))
        meter_label.setBuddy(self.meter_box)
        self.meter_box.currentIndexChanged.connect(self._meter_changed)

        self.zone_grid = QGridLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Consumption and cost"))
        self.save_button = QPushButton(self.tr("&Save reading"))
        self.save_button.setAccessibleName(self.tr("Save reading"))
        self.save_button.clicked.connect(self.save)
        # Where today stands in the window; outside it, why nothing can be saved and from when.
        self.window_note = QLabel()
        self.window_note.setWordWrap(True)
        self.blocked_note = notice("")
        self.blocked_note.hide()
        self.save_note = QLabel()
        self.save_note.setWordWrap(True)
        self.save_note.hide()
        for label in (self.window_note, self.blocked_note, self.save_note):
            # Never squeezed below its wrapped text at 200% on a small screen: the table gives way.
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        # Short: a button does not wrap, and at 200% text a long one widens the page past a small screen.
        self.remind_button = QPushButton(self.tr("&Remind me…"))
        self.remind_button.setAccessibleName(self.tr("Remind me when readings open"))
        self.remind_button.clicked.connect(self.remind_requested.emit)
        self.remind_button.hide()
        self.status = MessageLine(self.tr("Result"))

        self.model = EntriesModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Readings entered on this computer"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the button below, arrows move in it
        # The whole status of the chosen row (else the newest), wrapped: a refusal's dates are never cut
        # off, even at 200% text where the table's last column is narrow (it has a tooltip too).
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.details.setAccessibleName(self.tr("What became of the reading"))
        self.model.modelReset.connect(self._show_details)
        self.correct_button = QPushButton(self.tr("&Correct selected"))
        self.correct_button.setAccessibleName(self.tr("Correct the selected reading"))
        self.correct_button.clicked.connect(self.correct_selected)
        self.correct_button.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.judge_timer = QTimer(self)
        self.judge_timer.setSingleShot(True)
        self.judge_timer.setInterval(JUDGE_DELAY_MS)
        self.judge_timer.timeout.connect(self.judge_now)

        top = QHBoxLayout()
        top.addWidget(meter_label)
        top.addWidget(self.meter_box, 1)
        layout = scrolling_layout(self)  # at 200% on a small screen the page scrolls; nothing is cut off
        layout.addWidget(heading(self.tr("<h2>Submit readings</h2>")))
        layout.addLayout(top)
        layout.addWidget(self.window_note)
        layout.addWidget(self.blocked_note)
        layout.addLayout(self.zone_grid)
        layout.addWidget(self.summary)
        # The note under the button, not beside it: side by side they widen the page at 200% text.
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        layout.addLayout(save_row)
        layout.addWidget(self.save_note)
        remind_row = QHBoxLayout()
        remind_row.addWidget(self.remind_button)
        remind_row.addStretch(1)
        layout.addLayout(remind_row)
        layout.addWidget(self.status)
        history = QLabel(self.tr("Readings entered on this computer:"))
        history.setWordWrap(True)
        history.setBuddy(self.table)
        layout.addWidget(history)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.correct_button)

    def _ask_yes_no(self, title: str, question: str) -> bool:
        """Enter and Escape keep the reading unsaved: saving a far jump takes a deliberate choice."""
        return ask(self, title, question, self.tr("Save it, it is right"), self.tr("Check it again"))

    # ---- loading --------------------------------------------------------------------------------

    def refresh(self, select_meter: int | None = None) -> None:
        """Reload the meters (which rebuilds the inputs) and the table."""
        current = select_meter if select_meter is not None else self.meter_box.currentData()
        self.tasks.run_db(
            lambda: service.meter_choices(self.cache, self.today()), lambda c: self._choices(c, current)
        )
        self.refresh_entries()

    def refresh_if_idle(self) -> None:
        """Reload the meters too unless the user is typing; a sync never wipes a half-typed reading."""
        if any(edit.text() for edit in self.inputs.values()) or self.correcting:
            self.refresh_entries()
        else:
            self.refresh()

    def refresh_entries(self) -> None:
        """Reload only the table: what the user is typing stays as it is."""
        self.tasks.run_db(lambda: service.recent_entries(self.cache), self.model.set_entries)

    def _choices(self, choices: list[MeterChoice], keep: Any) -> None:
        self.choices = choices
        self.meter_box.blockSignals(True)
        self.meter_box.clear()
        for choice in choices:
            self.meter_box.addItem(
                self.tr("Account %1, meter %2")
                .replace("%1", choice.account_number)
                .replace("%2", choice.serial),
                choice.id,
            )
        index = self.meter_box.findData(keep) if keep is not None else 0
        self.meter_box.setCurrentIndex(max(index, 0))
        self.meter_box.blockSignals(False)
        self._meter_changed()

    def current_choice(self) -> MeterChoice | None:
        index = self.meter_box.currentIndex()
        return self.choices[index] if 0 <= index < len(self.choices) else None

    def _meter_changed(self) -> None:
        while self.zone_grid.count():
            item = self.zone_grid.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.hide()  # gone at once, so its access key is free for the new labels
                widget.deleteLater()
        self.inputs.clear()
        self.hints.clear()
        self.summary.clear()
        choice = self.current_choice()
        self.show_window(choice)
        if choice is None:
            return
        taken = taken_access_keys(self)
        for row, zone in enumerate(choice.zones):
            edit = QLineEdit()
            edit.setAccessibleName(zone_name(zone))
            edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
            edit.textChanged.connect(self.judge_timer.start)
            edit.textEdited.connect(self._typing)
            edit.returnPressed.connect(self.save)
            caption = with_access_key(zone_name(zone), taken)
            taken |= {key for key in [access_key(caption)] if key}
            label = QLabel(caption + ":")
            label.setBuddy(edit)
            previous = choice.previous.get(zone)
            before = QLabel(
                self.tr("previous: %1").replace("%1", number(previous))
                if previous is not None
                else self.tr("no previous reading")
            )
            this_month = choice.this_month.get(zone)
            if this_month is not None:  # accepted this month already: say so, or it looks as if it were lost
                before.setText(
                    before.text()
                    + "\n"
                    + self.tr("this month: %1, a new one replaces it").replace("%1", number(this_month))
                )
            before.setWordWrap(True)  # "previous: 13 542" on two lines rather than past the window's edge
            hint = QLabel()
            hint.setWordWrap(True)
            hint.hide()
            self.zone_grid.addWidget(label, row, 0)
            self.zone_grid.addWidget(edit, row, 1)
            self.zone_grid.addWidget(before, row, 2)
            self.zone_grid.addWidget(hint, row + len(choice.zones), 0, 1, 3)
            self.inputs[zone] = edit
            self.hints[zone] = hint
        # Made on the fly, the fields would come last in the Tab order: put them after the meter.
        chain = [self.meter_box, *self.inputs.values(), self.save_button]
        for before_widget, after_widget in itertools.pairwise(chain):
            QWidget.setTabOrder(before_widget, after_widget)
        first = next(iter(self.inputs.values()), None)
        if first is not None:
            first.setFocus()

    def show_window(self, choice: MeterChoice | None) -> None:
        """Say the window's state; outside it (or past an enforced verification date) turn Save off."""
        if choice is None:
            self.window_note.clear()
            for widget in (self.blocked_note, self.save_note, self.remind_button):
                widget.hide()
            self.save_button.setEnabled(True)
            return
        self.window_note.setText(window_sentence(choice.window))
        font = self.window_note.font()
        font.setBold(choice.window.phase == Phase.LAST_DAY)  # the last day must not be missed
        self.window_note.setFont(font)
        self.window_note.setVisible(choice.blocked is None)
        if choice.blocked is None:
            why, beside = "", ""
        elif choice.blocked == VERIFICATION_OVERDUE:
            why = verification_sentence(choice.verification, enforced=True)
            beside = verification_blocked()
        else:
            why, beside = not_accepted_now(choice.window), save_from(choice.window)
        self.blocked_note.setText(why)
        self.blocked_note.setAccessibleName(why)
        self.blocked_note.setVisible(bool(why))
        self.save_note.setText(beside)
        self.save_note.setVisible(bool(beside))
        # A reminder helps when the window opens; a verification is the person's to order.
        self.remind_button.setVisible(choice.blocked is not None and choice.blocked != VERIFICATION_OVERDUE)
        self.save_button.setEnabled(choice.blocked is None)
        self.save_button.setToolTip(beside)
        self.save_button.setAccessibleDescription(beside)

    # ---- judging as the user types ---------------------------------------------------------------

    def _typing(self) -> None:
        """What was said about the last Save ("Not saved...", "type every zone") is stale once the person
        types again; "Saved" stays until the server's answer replaces it."""
        if self.status.kind in (Kind.ERROR, Kind.WARNING):
            self.status.clear()

    def typed_values(self) -> tuple[dict[Zone, Decimal], list[Zone]]:
        values: dict[Zone, Decimal] = {}
        unreadable: list[Zone] = []
        for zone, edit in self.inputs.items():
            if not edit.text().strip():
                continue
            value = parse_reading(edit.text())
            if value is None:
                unreadable.append(zone)
            else:
                values[zone] = value
        return values, unreadable

    def judge_now(self) -> None:
        choice = self.current_choice()
        values, unreadable = self.typed_values()
        for zone, hint in self.hints.items():
            self._hint(hint, reading_problem("not_a_number") if zone in unreadable else "")
        if choice is None or not values:
            self.summary.clear()
            self.judgement = None
            return
        meter_id = choice.id
        self.tasks.run_db(
            lambda: service.judge_entry(self.cache, meter_id, values, self.today()), self._judged
        )

    def _judged(self, judgement: Judgement) -> None:
        self.judgement = judgement
        for zone, verdict in judgement.verdicts.items():
            hint = self.hints.get(zone)
            if hint is not None:
                self._hint(hint, reading_problem(verdict.code) if verdict.code else "")
        if judgement.ok and judgement.cost is not None and len(judgement.verdicts) == len(self.inputs):
            used = sum((v.consumption or Decimal(0) for v in judgement.verdicts.values()), Decimal(0))
            self.summary.setText(
                self.tr("Consumption: %1 kWh. Preliminary cost: %2.")
                .replace("%1", number(used))
                .replace("%2", money(judgement.cost.total))
            )
        else:
            self.summary.clear()

    @staticmethod
    def _hint(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    # ---- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        choice = self.current_choice()
        values, unreadable = self.typed_values()
        if choice is None:
            return
        if choice.blocked is not None:
            self.status.error(self.tr("Not saved.") + " " + self.blocked_note.text())
            return
        if unreadable or set(values) != set(choice.zones):
            field = (
                self.inputs[unreadable[0]]
                if unreadable
                else next(e for z, e in self.inputs.items() if z not in values)
            )
            self.status.error(self.tr("Please type a reading for every zone, in digits."), field)
            field.setFocus()
            return
        meter_id, today = choice.id, self.today()
        self.tasks.run_db(
            lambda: (
                service.meter_choice(self.cache, meter_id, today),
                service.judge_entry(self.cache, meter_id, values, today),
            ),
            lambda found: self._confirm_and_save(meter_id, values, *found),
        )

    def _confirm_and_save(
        self,
        meter_id: int,
        values: dict[Zone, Decimal],
        fresh: MeterChoice | None,
        judgement: Judgement,
    ) -> None:
        self._judged(judgement)
        if fresh is not None and fresh.blocked is not None:
            # Checked again on the day of saving: the page may have been open since before midnight.
            self._blocked(fresh)
            return
        if not judgement.ok:
            self.status.error(self.tr("The reading was not saved: please check it."))
            return
        title = self.tr("Please check the reading")
        if judgement.flagged and not self.confirm(title, far_question(judgement)):
            self.status.warning(self.tr("Not saved. Check the meter and type the reading again."))
            return
        corrects, taken_on = self.correcting, self.today()
        self.tasks.run_db(
            lambda: service.save_entry(self.cache, meter_id, values, corrects, taken_on),
            self._saved,
            self._not_saved,
        )

    def _blocked(self, fresh: MeterChoice) -> None:
        if 0 <= (index := self.meter_box.currentIndex()) < len(self.choices):
            self.choices[index] = fresh
        self.show_window(fresh)
        self.status.error(self.tr("Not saved.") + " " + self.blocked_note.text())

    def _not_saved(self, error: Exception) -> None:
        """The service refused to queue it (the day changed between the check and the save): say why."""
        if not isinstance(error, NotAcceptedNow):
            raise error
        choice, today = self.current_choice(), self.today()
        if choice is None:
            self.status.error(self.tr("Not saved."))
            return
        meter_id = choice.id
        self.tasks.run_db(
            lambda: service.meter_choice(self.cache, meter_id, today),
            lambda fresh: self._blocked(fresh) if fresh is not None else None,
        )

    def _saved(self, uuid: str) -> None:
        self.correcting = None
        self.just_saved = uuid
        for edit in self.inputs.values():
            edit.clear()
        self.status.success(
            self.tr("Saved. It will be sent to the supplier as soon as there is a connection.")
        )
        self.refresh_entries()
        self.saved.emit(uuid)

    # ---- correcting a refused reading -------------------------------------------------------------

    def _selection_changed(self) -> None:
        entry = self.selected_entry()
        self.correct_button.setEnabled(entry is not None and entry.state == "rejected")
        self._show_details()

    def _show_details(self) -> None:
        answered = next(
            (e for e in self.model.entries if e.uuid == self.just_saved and e.state != "waiting"), None
        )
        if answered is not None:  # "Saved, will be sent" is no longer true: the answer is below
            self.just_saved = None
            self.status.clear()
        entry = self.selected_entry() or (self.model.entries[0] if self.model.entries else None)
        if entry is None:
            self.details.clear()
            return
        self.details.setText(
            self.tr("Meter %1, entered %2: %3")
            .replace("%1", entry.meter_serial)
            .replace("%2", self.model.data(self.model.index(self.model.entries.index(entry), 0)))
            .replace("%3", self.model.state_text(entry))
        )

    def selected_entry(self) -> service.Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entries[rows[0].row()] if rows else None

    def correct_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.state != "rejected":
            return
        choice = next((c for c in self.choices if c.serial == entry.meter_serial), None)
        if choice is None:
            return
        self.meter_box.setCurrentIndex(self.choices.index(choice))
        self.correcting = entry.uuid
        for zone, value in entry.values.items():
            if zone in self.inputs:
                self.inputs[zone].setText(str(value))
        self.status.info(self.tr("Correct the reading and save it again."))
        next(iter(self.inputs.values())).setFocus()
