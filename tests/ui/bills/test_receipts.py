"""Receipts: made from the cache, a payment QR code a bank app can read (decoded back from the rendered
page), the totals in Cyrillic in the PDF's text, a year in one job, printing."""

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.receipts import parse_qr_text
from models.schema import Account, Bill, Supplier
from tests.support.live_server import LiveServer
from tests.support.ui import app_in, submit_login

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")


def decode_first_page(pdf: Path, tmp_path: Path) -> str:
    subprocess.run(
        ["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "page")], check=True
    )
    image = next(tmp_path.glob("page*.png"))
    found = zxingcpp.read_barcodes(Image.open(image))
    assert len(found) == 1 and found[0].format == zxingcpp.BarcodeFormat.QRCode
    return found[0].bytes.decode("utf-8")


def test_a_receipt_pays_by_qr_and_states_the_totals(
    qtbot: QtBot, qapp: QApplication, server: LiveServer, tmp_path: Path
) -> None:
    with app_in(qapp, server.url, tmp_path / "app", "ru") as controller:
        main = submit_login(qtbot, controller, "petrov")
        qtbot.waitUntil(lambda: main.session.engine.status().last_sync is not None, timeout=15000)
        main.open_page(main.bills)
        page = main.bills
        qtbot.waitUntil(lambda: page.bills_model.rowCount() > 0, timeout=10000)
        shown: list[Path] = []
        page.show_pdf = lambda path, _name: shown.append(path)
        with qtbot.waitSignal(page.receipts_made, timeout=20000) as made:
            qtbot.mouseClick(page.receipt_button, Qt.MouseButton.LeftButton)
        pdf = Path(made.args[0])
        assert made.args[1] == 1 and shown == [pdf]
        bill_row = page.selected_bill()
        assert bill_row is not None
        with main.session.cache.session(write=False) as session:
            supplier = session.scalars(select(Supplier)).one()
            account = session.get(Account, page.current_account().id)  # type: ignore[union-attr]
            bill = session.scalars(
                select(Bill).where(Bill.account_id == account.id, Bill.period == bill_row.period)  # type: ignore[union-attr]
            ).one()
            assert account is not None

        fields = parse_qr_text(decode_first_page(pdf, tmp_path))
        month, year = bill.period[5:7], bill.period[:4]
        assert fields == {
            "Name": supplier.name,
            "PersonalAcc": supplier.settlement_account,
            "BankName": supplier.bank_name,
            "BIC": supplier.bic,
            "CorrespAcc": supplier.correspondent_account,
            "PayeeINN": supplier.inn,
            "KPP": supplier.kpp,
            "Sum": str(int(max(bill.closing_balance, Decimal(0)) * 100)),
            "Purpose": f"Оплата электроэнергии за {month}.{year}, л/с {account.number}",
            "PersAcc": account.number,
            "PaymPeriod": f"{month}{year}",
            "LastName": account.holder.split()[0],
            "PayerAddress": account.address,
        }

        text = " ".join(PdfReader(pdf).pages[0].extract_text().replace("\u00a0", " ").split())
        rubles = f"{bill.closing_balance:,.2f}".replace(",", " ").replace(".", ",")
        assert "Счёт-квитанция за электроэнергию" in text
        assert f"Итого к оплате {rubles} ₽" in text
        assert f"Начислено за период {f'{bill.charges:,.2f}'.replace(',', ' ').replace('.', ',')} ₽" in text
        assert f"Лицевой счёт: {account.number}" in text
        # The code that proves the account is one's own (registering, linking), as on a paper bill.
        code = account.access_code
        assert len(code) == 8 and f"Код доступа для приложения: {code[:4]}-{code[4:]}" in text
        assert "Показания, использованные в расчёте" in text
        # The tariff's band (the "social norm") is named on its lines: up to it, and above it.
        bands = {line["band_upto_kwh"] for line in bill.lines if line.get("band_upto_kwh")}
        assert len(bands) == 1
        band = f"{Decimal(str(bands.pop())).normalize():f}"
        assert f"до {band} кВт·ч" in text and f"свыше {band} кВт·ч" in text
        # The bills page says the same of that bill's lines.
        tariffs = [
            page.lines_model.data(page.lines_model.index(row, 5))
            for row in range(page.lines_model.rowCount())
        ]
        assert any(f"(до {band} кВт·ч)" in tariff for tariff in tariffs)
        assert any(f"(свыше {band} кВт·ч)" in tariff for tariff in tariffs)

        # A year's receipts make one job, a page each; and they print.
        with qtbot.waitSignal(page.receipts_made, timeout=30000) as made:
            qtbot.mouseClick(page.year_button, Qt.MouseButton.LeftButton)
        year_bills = [b for b in page.bills if b.period.startswith(year)]
        assert made.args[1] == len(year_bills) == len(PdfReader(made.args[0]).pages)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        with qtbot.waitSignal(page.receipts_printed, timeout=30000) as printed:
            page.print_to(printer, Path(made.args[0]))
        assert printed.args[0] == len(year_bills)
