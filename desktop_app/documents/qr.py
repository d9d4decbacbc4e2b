"""The payment QR code on a receipt, fast enough for 300 receipts in one job.

reportlab's own QR widget does the encoding; two things are changed for speed (together they were
nine tenths of a receipt's time): the mask is chosen with a penalty score computed on bit rows rather
than reportlab's pure-Python scoring, and the dark modules are written as one PDF path of rectangles
in module units rather than a thousand shapes whose coordinates are each formatted as floats.
Any of the eight masks makes a valid code; the score only picks the one easiest for scanners.
reportlab is imported on first use.
"""

import functools
import itertools
import re
from collections.abc import Sequence
from typing import Any

FINDER_LIKE = re.compile("(?=(10111010000|00001011101))")


RUN = re.compile("0{5,}|1{5,}")


def penalty(rows: list[str]) -> int:
    """ISO/IEC 18004 penalty of a module matrix given as rows of "0" and "1": long runs, 2x2 blocks,
    finder-like patterns, and the balance of dark and light."""
    size = len(rows)
    columns = ["".join(column) for column in zip(*rows, strict=True)]
    points = 0
    for line in itertools.chain(rows, columns):
        points += sum(len(run) - 2 for run in RUN.findall(line))  # 3 + (length - 5)
        points += 40 * len(FINDER_LIKE.findall(line))
    bits = [int(row, 2) for row in rows]
    inner = (1 << (size - 1)) - 1
    for upper, lower in itertools.pairwise(bits):
        same = ~(upper ^ (upper >> 1)) & ~(lower ^ (lower >> 1)) & ~(upper ^ lower) & inner
        points += 3 * same.bit_count()
    dark = sum(row.count("1") for row in rows)
    points += 10 * (abs(dark * 100 // (size * size) - 50) // 5)
    return points


def _row_int(cells: Sequence[Any]) -> int:
    return int("".join(["1" if cell else "0" for cell in cells]), 2)


@functools.cache
def _remember_generator_polynomials() -> None:
    """reportlab works out the Reed-Solomon generator polynomial again for every block of every code
    (half of a code's time); it depends only on the block's length, so it is kept once worked out."""
    from reportlab.graphics.barcode.qrencoder import QRUtil

    QRUtil.getErrorCorrectPolynomial = staticmethod(functools.cache(QRUtil.getErrorCorrectPolynomial))


def encoder(text: str, level: str = "M") -> Any:
    """reportlab's QR widget's encoder, with the version chosen for the text."""
    from reportlab.graphics.barcode.qr import QrCodeWidget

    _remember_generator_polynomials()
    qr = QrCodeWidget(text, barLevel=level).qr
    if qr.version is None:
        qr.version = qr.calculate_version()
    return qr


def masked_versions(qr: Any) -> list[list[str]]:
    """The matrix under each of the eight masks (format bits blank, as for scoring), as bit rows.

    The data is placed once; each mask repeats every 12 rows and 6 columns, so it is applied to whole
    rows at a time instead of module by module."""
    from reportlab.graphics.barcode.qrencoder import QRUtil

    qr.makeImpl(True, 0)
    size = qr.getModuleCount()
    data_at = [0] * size
    dark_at = [0] * size
    pairs: Any = itertools.zip_longest(
        qr.dataPosIterator(), qr.dataBitIterator(qr.dataCache), fillvalue=False
    )
    for (column, row), dark in pairs:
        bit = 1 << (size - 1 - column)
        data_at[row] |= bit
        if dark:
            dark_at[row] |= bit
    fixed = [_row_int(row) & ~data_at[r] for r, row in enumerate(qr.modules)]
    versions = []
    for number in range(8):
        mask = QRUtil.getMask(number)
        tiles = [
            int(("".join("1" if mask(r, c) else "0" for c in range(6)) * (size // 6 + 1))[:size], 2)
            for r in range(12)
        ]
        versions.append(
            [format(fixed[r] | ((dark_at[r] ^ tiles[r % 12]) & data_at[r]), f"0{size}b") for r in range(size)]
        )
    return versions


def modules(text: str, level: str = "M") -> list[list[bool]]:
    """The code's dark and light modules, row by row from the top: the mask with the lowest penalty."""
    qr = encoder(text, level)
    scores = [penalty(rows) for rows in masked_versions(qr)]
    qr.makeImpl(False, scores.index(min(scores)))
    return [[bool(cell) for cell in row] for row in qr.modules]


def qr_drawing(text: str, size: float, level: str = "M", border: int = 4) -> Any:
    """A flowable `size` points square: the code with its quiet zone of `border` modules."""
    from reportlab.platypus import Flowable

    grid = modules(text, level)
    count = len(grid)
    runs = []
    for r, row in enumerate(grid):
        column = 0
        for dark, run in itertools.groupby(row):
            length = sum(1 for _ in run)
            if dark:
                runs.append(f"{column + border} {count + border - r - 1} {length} 1 re")
            column += length

    class PaymentQr(Flowable):  # type: ignore[misc]
        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return size, size

        def draw(self) -> None:
            canvas = self.canv
            canvas.saveState()
            unit = size / (count + 2 * border)
            canvas.scale(unit, unit)
            canvas.setFillColorRGB(0, 0, 0)
            canvas.addLiteral("\n".join(runs) + "\nf")
            canvas.restoreState()

    return PaymentQr()
