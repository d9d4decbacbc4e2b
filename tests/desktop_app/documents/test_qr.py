"""The payment QR code: the fast masking gives exactly reportlab's matrices, and the text's fields."""

from decimal import Decimal

import pytest

from desktop_app.documents.qr import encoder, masked_versions, modules
from models.receipts import QR_HEADER, parse_qr_text, to_kopecks

TEXT = "ST00012|Name=АО «Энергосбыт»|PersonalAcc=40702810938000012345|Sum=282253|Purpose=Оплата за 02.2026"


@pytest.mark.parametrize("level", ["L", "M", "Q"])
def test_masking_by_rows_equals_reportlabs_module_by_module(level: str) -> None:
    fast = masked_versions(encoder(TEXT, level))
    reference = encoder(TEXT, level)
    for number in range(8):
        reference.makeImpl(True, number)
        rows = ["".join("1" if cell else "0" for cell in row) for row in reference.modules]
        assert fast[number] == rows, number
    grid = modules(TEXT, level)
    assert len(grid) == len(grid[0]) == reference.getModuleCount()


def test_kopecks_round_half_up() -> None:
    assert to_kopecks(Decimal("2822.53")) == 282253
    assert to_kopecks(Decimal("0.005")) == 1
    assert to_kopecks(Decimal("10")) == 1000


def test_the_text_parses_back() -> None:
    fields = parse_qr_text(TEXT)
    assert TEXT.startswith(QR_HEADER) and fields["Sum"] == "282253" and fields["Name"] == "АО «Энергосбыт»"
    with pytest.raises(ValueError):
        parse_qr_text("ST00011|Name=x")
