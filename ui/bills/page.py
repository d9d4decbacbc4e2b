"""Bills and payments of an account, each bill's lines, and paying by card through the bank's page."""

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop_app import accounts as account_service
from desktop_app.accounts import AccountChoice
from desktop_app.bills import payments as payment_service
from desktop_app.bills import service
from desktop_app.bills.payments import CardPayment, parse_amount
from desktop_app.bills.service import BillRow, PaymentRow
from desktop_app.session import AppSession
from jobs import Cancelled
from models.receipts import line_bands
from ui.bills.payments import PaymentWatcher
from ui.formatting import money, number
from ui.job_panel import JobPanel
from ui.message_line import MessageLine
from ui.messages import payment_status, service_name, sync_problem, zone_name
from ui.scratch import scratch_file
from ui.table_model import TextTableModel
from ui.tasks import TaskManager
from ui.widgets import WrapRow, combo, fill_accounts, fit_rows, heading, scrolling_layout


def _table(model: TextTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    return view


class BillsPage(QWidget):
    receipts_made = Signal(str, int)  # path, pages
    receipts_printed = Signal(int)
    exported = Signal(str)

    def __init__(self, tasks: TaskManager, session: AppSession) -> None:
        super().__init__()
        self.tasks = tasks
        self.session = session
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.bills: list[BillRow] = []
        self.accounts: list[AccountChoice] = []
        self.setAccessibleName(self.tr("Bills and payments"))

        self.account_box = combo()
        self.account_box.setAccessibleName(self.tr("Account"))
        account_label = QLabel(self.tr("A&ccount:"))
        account_label.setBuddy(self.account_box)
        self.account_box.currentIndexChanged.connect(self.load_account)
        self.balance = QLabel()
        self.balance.setAccessibleName(self.tr("Balance"))

        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Amount to pay, rubles"))
        amount_label = QLabel(self.tr("A&mount, ₽:"))
        amount_label.setBuddy(self.amount)
        self.pay_button = QPushButton(self.tr("&Pay by card"))
        self.pay_button.setAccessibleName(self.tr("Pay by card"))
        self.pay_button.clicked.connect(self.pay)
        self.amount.returnPressed.connect(self.pay)
        self.pay_status = MessageLine(self.tr("Payment"))
        # The bank's page by hand, when no browser opened (or the person uses another one).
        self.pay_link = QLineEdit()
        self.pay_link.setReadOnly(True)
        self.pay_link.setAccessibleName(self.tr("Link to the bank's payment page"))
        self.copy_link_button = QPushButton(self.tr("&Copy the link"))
        self.copy_link_button.setAccessibleName(self.tr("Copy the link to the bank's page"))
        self.copy_link_button.clicked.connect(self.copy_pay_link)
        for widget in (self.pay_link, self.copy_link_button):
            widget.hide()
        self.watcher = PaymentWatcher(tasks, session, self)
        self.watcher.answered.connect(self._answered)
        self.watcher.gave_up.connect(
            lambda: self.pay_status.setText(
                self.tr("No answer from the bank yet. The payment's status will update later.")
            )
        )

        self.bills_model = TextTableModel(
            [
                self.tr("Month"),
                self.tr("Charged"),
                self.tr("Penalties"),
                self.tr("Paid"),
                self.tr("Due on the bill"),
                self.tr("Pay by"),
                self.tr("Now"),
            ]
        )
        self.bills_model.right_aligned = {1, 2, 3, 4}
        self.bills_view = _table(self.bills_model, self.tr("Bills"))
        self.bills_view.selectionModel().selectionChanged.connect(self.show_lines)
        self.lines_model = TextTableModel(
            [
                self.tr("Service"),
                self.tr("Zone"),
                self.tr("Previous"),
                self.tr("Current"),
                self.tr("kWh"),
                self.tr("Tariff, ₽/kWh"),
                self.tr("Amount"),
            ]
        )
        self.lines_model.right_aligned = {2, 3, 4, 5, 6}
        self.lines_view = _table(self.lines_model, self.tr("Lines of the bill"))
        self.payments_model = TextTableModel(
            [self.tr("Date"), self.tr("Amount"), self.tr("How"), self.tr("Status")]
        )
        self.payments_model.right_aligned = {1}
        self.payments_view = _table(self.payments_model, self.tr("Payments"))

        # Receipts: made from the cache (so offline too), shown, then printed or saved.
        self.receipt_button = QPushButton(self.tr("&Receipt…"))
        self.receipt_button.setAccessibleName(self.tr("Receipt for the selected month"))
        self.receipt_button.clicked.connect(lambda: self.receipts("month"))
        self.year_button = QPushButton(self.tr("Receipts for the &year…"))
        self.year_button.setAccessibleName(self.tr("Receipts for every month of the selected year"))
        self.year_button.clicked.connect(lambda: self.receipts("year"))
        self.all_button = QPushButton(self.tr("Receipts for all acc&ounts…"))
        self.all_button.setAccessibleName(self.tr("The latest receipt of every account"))
        self.all_button.clicked.connect(lambda: self.receipts("all"))
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.export_button.setAccessibleName(self.tr("Export readings, bills and payments to Excel"))
        self.export_button.clicked.connect(self.export_excel)
        self.export_all = QCheckBox(self.tr("All my accoun&ts"))
        self.export_all.setAccessibleName(self.tr("Export all my accounts"))
        self.choose_save_path: Callable[[str], str | None] = self._save_dialog
        self.receipt_job = JobPanel()
        self.receipt_status = QLabel()
        self.receipt_status.setWordWrap(True)
        self.receipt_status.setAccessibleName(self.tr("Receipts"))
        self.show_pdf: Callable[[Path, str], None] = self._preview
        self.print_pdf: Callable[[Path], None] = self._print

        top = QHBoxLayout()
        top.addWidget(account_label)
        top.addWidget(self.account_box, 1)
        pay_row = QHBoxLayout()
        pay_row.addWidget(amount_label)
        pay_row.addWidget(self.amount)
        pay_row.addWidget(self.pay_button)
        # The page scrolls: at 200% text three tables do not fit on an old screen otherwise.
        layout = scrolling_layout(self)
        layout.addWidget(heading(self.tr("<h2>Bills and payments</h2>")))
        layout.addLayout(top)
        layout.addWidget(self.balance)
        layout.addLayout(pay_row)
        layout.addWidget(self.pay_status)
        link_row = QHBoxLayout()
        link_row.addWidget(self.pay_link, 1)
        link_row.addWidget(self.copy_link_button)
        layout.addLayout(link_row)
        # Side by side while they fit, in more rows at large text: the page never scrolls sideways.
        layout.addWidget(WrapRow([self.receipt_button, self.year_button, self.all_button]))
        layout.addWidget(WrapRow([self.export_button, self.export_all]))
        layout.addWidget(self.receipt_job)
        layout.addWidget(self.receipt_status)
        for caption, view in (
            (self.tr("&Bills:"), self.bills_view),
            (self.tr("L&ines of the selected bill:"), self.lines_view),
            (self.tr("Paym&ents:"), self.payments_view),
        ):
            label = QLabel(caption)
            label.setBuddy(view)
            layout.addWidget(label)
            layout.addWidget(view)
            # Each table as high as its rows: the page scrolls, not three tables inside it.
            model = view.model()
            model.modelReset.connect(lambda view=view: fit_rows(view))
            fit_rows(view)
        layout.addStretch(1)

    # ---- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        for view, rows in ((self.bills_view, 6), (self.lines_view, 4), (self.payments_view, 4)):
            row_height = view.verticalHeader().defaultSectionSize()
            view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + rows * row_height + 4)
        self.tasks.run_db(lambda: account_service.accounts(self.session.cache), self._accounts)

    def _accounts(self, accounts: list[AccountChoice]) -> None:
        self.accounts = accounts
        fill_accounts(self.account_box, accounts)
        self.load_account()

    def current_account(self) -> AccountChoice | None:
        index = self.account_box.currentIndex()
        return self.accounts[index] if 0 <= index < len(self.accounts) else None

    def load_account(self) -> None:
        account = self.current_account()
        if account is None:
            return
        if account.balance > 0:
            self.balance.setText(self.tr("To pay: %1").replace("%1", money(account.balance)))
        elif account.balance < 0:
            self.balance.setText(self.tr("Paid in advance: %1").replace("%1", money(-account.balance)))
        else:
            self.balance.setText(self.tr("Nothing to pay"))
        if not self.amount.hasFocus():
            self.amount.setText(number(account.balance, 2) if account.balance > 0 else "")
        cache = self.session.cache
        self.tasks.run_db(lambda: service.bills(cache, account.id), self._bills)
        self.tasks.run_db(lambda: service.payments(cache, account.id), self._payments)

    def _bills(self, bills: list[BillRow]) -> None:
        self.bills = bills
        account = self.current_account()
        self.bills_model.set_rows(
            [
                [
                    f"{b.period[5:7]}.{b.period[:4]}",
                    money(b.charges),
                    money(b.penalties),
                    money(b.payments),
                    money(b.closing_balance),
                    b.due_on.strftime("%d.%m.%Y"),
                    self._now(b, account.balance if account is not None else None) if row == 0 else "",
                ]
                for row, b in enumerate(bills)
            ],
            [b.id for b in bills],
        )
        self.lines_model.set_rows([])
        if bills:
            self.bills_view.selectRow(0)

    def _now(self, bill: BillRow, balance: Decimal | None) -> str:
        """The newest bill as it stands today: what it said to pay is a document, the balance is now
        (a payment made since is in it), so a paid bill never still reads as "to pay"."""
        if balance is None or bill.closing_balance <= 0:
            return ""
        if balance <= 0:
            return self.tr("Paid")
        return self.tr("To pay: %1").replace("%1", money(balance))

    def show_lines(self) -> None:
        rows = self.bills_view.selectionModel().selectedRows()
        if not rows:
            return
        bill = self.bills[rows[0].row()]

        def kwh(value: object) -> str:
            return number(Decimal(str(value))) if value is not None else ""

        table = []
        for line, (low, high) in zip(bill.lines, line_bands(bill.lines), strict=True):
            tariff = number(Decimal(str(line["price"])), 2) if line.get("price") is not None else ""
            if low is None and high is not None:
                tariff += " " + self.tr("(up to %1 kWh)").replace("%1", kwh(high))
            elif low is not None and high is None:
                tariff += " " + self.tr("(above %1 kWh)").replace("%1", kwh(low))
            elif low is not None and high is not None:
                tariff += " " + self.tr("(%1 to %2 kWh)").replace("%1", kwh(low)).replace("%2", kwh(high))
            table.append(
                [
                    service_name(str(line.get("service", ""))),
                    zone_name(str(line.get("zone") or "")),
                    kwh(line.get("previous")),
                    kwh(line.get("current")),
                    kwh(line.get("consumption")),
                    tariff,
                    money(Decimal(str(line["amount"]))),
                ]
            )
        self.lines_model.set_rows(table)

    def _payments(self, payments: list[PaymentRow]) -> None:
        methods = {"card": self.tr("Card"), "bank": self.tr("Bank or post office")}
        self.payments_model.set_rows(
            [
                [
                    (p.paid_at or p.created_at).astimezone().strftime("%d.%m.%Y"),
                    money(p.amount),
                    methods.get(p.method, p.method) + (f" •••• {p.card_last4}" if p.card_last4 else ""),
                    payment_status(p.status),
                ]
                for p in payments
            ],
            [p.id for p in payments],
        )

    # ---- receipts -------------------------------------------------------------------------------

    def selected_bill(self) -> BillRow | None:
        rows = self.bills_view.selectionModel().selectedRows()
        if rows:
            return self.bills[rows[0].row()]
        return self.bills[0] if self.bills else None

    def receipts(self, which: str) -> None:
        """Make the receipts asked for (off the GUI thread, with progress and Cancel), then show them."""
        account, bill = self.current_account(), self.selected_bill()
        if account is None or (bill is None and which != "all"):
            self.receipt_status.setText(self.tr("There are no bills yet."))
            return
        if self.receipt_job.isVisibleTo(self):
            return
        from desktop_app.bills import receipts as receipt_service
        from desktop_app.bills.receipt_pdf import write_receipts
        from ui.bills.words import receipt_words

        cache, job = self.session.cache, self.receipt_job
        if which == "month":
            assert bill is not None
            name = f"receipt-{account.number}-{bill.period}.pdf"
        elif which == "year":
            assert bill is not None
            name = f"receipts-{account.number}-{bill.period[:4]}.pdf"
        else:
            name = "receipts.pdf"
        period = bill.period if bill is not None else None
        cancel = job.start(self.tr("Making the receipts…"))
        for button in (self.receipt_button, self.year_button, self.all_button):
            button.setEnabled(False)
        words, point = receipt_words(), QLocale().decimalPoint()
        path = scratch_file(name)
        making = self.tr("Receipt %1 of %2")

        def progress(done: int, total: int) -> None:
            job.report(making.replace("%1", str(done)).replace("%2", str(total)), done, total)

        def write(found: list[Any]) -> None:
            self.tasks.run_work(
                lambda: (
                    write_receipts(found, path, words, decimal_point=point, cancel=cancel, progress=progress)
                    if found
                    else 0
                ),
                lambda pages: self._receipts_made(path, pages),
                self._receipts_failed,
            )

        # Which receipts and the receipts themselves are read on the database worker; the PDF is written
        # on the documents worker.
        self.tasks.run_db(
            lambda: receipt_service.load(
                cache, receipt_service.requests_for(cache, which, account.id, period), cancel
            ),
            write,
            self._receipts_failed,
        )

    def _receipts_done(self) -> None:
        self.receipt_job.finish()
        for button in (self.receipt_button, self.year_button, self.all_button):
            button.setEnabled(True)

    def _receipts_made(self, path: Path, pages: int) -> None:
        self._receipts_done()
        if not pages:
            self.receipt_status.setText(self.tr("There are no bills for that yet."))
            return
        self.receipt_status.setText(self.tr("Receipts ready: %1 pages.").replace("%1", str(pages)))
        self.receipts_made.emit(str(path), pages)
        self.show_pdf(path, path.name)

    def _receipts_failed(self, error: Exception) -> None:
        self._receipts_done()
        if isinstance(error, Cancelled):
            self.receipt_status.setText(self.tr("Stopped; no receipts were made."))
        else:
            self.receipt_status.setText(
                self.tr("The receipts could not be made: %1").replace("%1", sync_problem(error))
            )

    def _save_dialog(self, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), str(Path.home() / suggested), self.tr("Excel workbook (*.xlsx)")
        )
        return name or None

    def export_excel(self) -> None:
        """Readings, bills and payments of this account (or all) to .xlsx, off the GUI thread."""
        account = self.current_account()
        if account is None or self.receipt_job.isVisibleTo(self):
            return
        ids = [a.id for a in self.accounts] if self.export_all.isChecked() else [account.id]
        name = self.choose_save_path("accounts.xlsx" if len(ids) > 1 else f"account-{account.number}.xlsx")
        if not name:
            return
        from desktop_app.bills import export as account_excel
        from ui.bills.words import history_words

        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        cache, job, words = self.session.cache, self.receipt_job, history_words()
        cancel = job.start(self.tr("Writing the Excel file…"))
        self.export_button.setEnabled(False)

        def finished(rows: int) -> None:
            job.finish()
            self.export_button.setEnabled(True)
            self.receipt_status.setText(
                self.tr("Saved to %1: %2 rows.").replace("%1", str(path)).replace("%2", str(rows))
            )
            self.exported.emit(str(path))

        def failed(error: Exception) -> None:
            job.finish()
            self.export_button.setEnabled(True)
            if isinstance(error, Cancelled):
                self.receipt_status.setText(self.tr("Stopped; no file was written."))
            else:
                self.receipt_status.setText(
                    self.tr("The file could not be written: %1").replace("%1", sync_problem(error))
                )

        self.tasks.run_db(
            lambda: account_excel.load_history(cache, ids),
            lambda history: self.tasks.run_work(
                lambda: account_excel.export_history(
                    history, path, words, cancel=cancel, progress=lambda d, t: job.report("", d, t)
                ),
                finished,
                failed,
            ),
            failed,
        )

    def _preview(self, path: Path, name: str) -> None:
        from ui.pdf_preview import PdfPreview

        PdfPreview(path, self.tr("Receipts"), name, self.print_pdf, self).exec()

    def _print(self, path: Path) -> None:
        from ui.printing import choose_printer

        printer = choose_printer(self, self.tr("Print receipts"))
        if printer is None:
            return
        self.print_to(printer, path)

    def print_to(self, printer: Any, path: Path) -> None:
        from ui.printing import print_in_background

        job = self.receipt_job
        cancel = job.start(self.tr("Printing…"))

        def done(pages: int) -> None:
            job.finish()
            self.receipt_status.setText(self.tr("Sent to the printer: %1 pages.").replace("%1", str(pages)))
            self.receipts_printed.emit(pages)

        def failed(error: Exception) -> None:
            job.finish()
            self.receipt_status.setText(self.tr("Printing failed: %1").replace("%1", sync_problem(error)))

        print_in_background(
            self.tasks, printer, path, cancel, lambda d, t: job.report("", d, t), done, failed
        )

    # ---- paying ---------------------------------------------------------------------------------

    def pay(self) -> None:
        account = self.current_account()
        amount = parse_amount(self.amount.text())
        if account is None:
            return
        if amount is None:
            self.pay_status.error(self.tr("Type the amount in rubles, for example 1250,50."), self.amount)
            self.amount.setFocus()
            return
        self.pay_button.setEnabled(False)
        self.pay_status.setText(self.tr("Preparing the payment…"))
        session = self.session
        self.tasks.run_net(
            lambda: payment_service.start(session, account.id, amount), self._created, self._failed
        )

    def _created(self, payment: CardPayment) -> None:
        self.pay_button.setEnabled(True)
        opened = bool(payment.pay_url) and bool(self.open_url(QUrl(payment.pay_url or "")))
        if opened:
            self.pay_status.info(
                self.tr(
                    "The bank's page should have opened in your browser. Pay there; this page shows when "
                    "it is done. If no page opened, copy the link below into a browser."
                )
            )
        else:
            self.pay_status.warning(
                self.tr(
                    "No browser opened on this computer. Copy the link below and open it in a browser to "
                    "pay; this page shows when it is done."
                )
            )
        self.pay_link.setText(payment.pay_url or "")
        self.pay_link.setCursorPosition(0)  # its start ("http://...") in sight, not the token's end
        for widget in (self.pay_link, self.copy_link_button):
            widget.setVisible(bool(payment.pay_url))
        if not opened:
            self.copy_link_button.setFocus()
        self.watcher.watch(payment)

    def copy_pay_link(self) -> None:
        QGuiApplication.clipboard().setText(self.pay_link.text())
        self.pay_status.info(
            self.tr("The link is copied. Paste it into a browser's address line (Ctrl+V) and press Enter.")
        )

    def _failed(self, error: Exception) -> None:
        self.pay_button.setEnabled(True)
        self.pay_status.error(sync_problem(error))

    def _answered(self, payment: CardPayment) -> None:
        for widget in (self.pay_link, self.copy_link_button):
            widget.hide()
        if payment.status == "succeeded":
            self.pay_status.success(self.tr("Paid: %1. Thank you!").replace("%1", money(payment.amount)))
        else:
            self.pay_status.error(self.tr("The bank declined the payment. Nothing was charged."))
        runner = self.session.start_sync()
        runner.request()
