"""A captcha reader such as an attacker writes in an afternoon, to measure `server.captcha.render` with.

It knows what the server's source says: which digits, how many, dark ink, the DejaVu faces and
Pillow's own font. It cuts the picture at columns without ink (splitting the widest piece, or joining the
narrowest, until there are five), and names each piece after the digit template it correlates with best.
`Reader(angles=...)` also tries each template tilted, as it would against a picture that tilts its digits,
and `opening` first wipes out lines thinner than the digits' strokes.

`old_render` is the renderer the server had before issue 13, kept here to show the reader works: it reads
those pictures nearly every time.

Pictures are compared as bit masks held in Python ints (AND and a bit count per pair), so the reader is
quick without numpy.
"""

import io
import math
import random
from collections.abc import Sequence
from functools import cache

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from server.captcha import ALPHABET, FACES, FONTS, LENGTH

CELL = 24  # each piece and template is padded to a square and scaled to CELL x CELL
INK = 110  # darker than this is ink: the digits, the old renderer's grey lines are lighter
TILTS = tuple(range(-25, 26, 5))


def old_render(text: str, rng: random.Random) -> bytes:
    """The server's renderer before issue 13 (one font, fixed steps, grey lines), with a given random."""
    image = Image.new("RGB", (180, 64), (245, 245, 240))
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=40)
    for _ in range(8):
        draw.line(
            [(rng.randint(0, 180), rng.randint(0, 64)), (rng.randint(0, 180), rng.randint(0, 64))],
            fill=(rng.randint(120, 200),) * 3,
            width=2,
        )
    for i, char in enumerate(text):
        draw.text((12 + i * 32, rng.randint(4, 14)), char, fill=(rng.randint(0, 80), 30, 60), font=font)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def answer(rng: random.Random) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(LENGTH))


def _fonts(size: int) -> list[ImageFont.FreeTypeFont | ImageFont.ImageFont]:
    found: list[ImageFont.FreeTypeFont | ImageFont.ImageFont] = [ImageFont.load_default(size=size)]
    for face in FACES:
        try:
            found.append(ImageFont.truetype(str(FONTS / face), size))
        except OSError:
            continue
    return found


def _bits(mask: Image.Image) -> tuple[int, int]:
    """A mask (mode L, ink bright) cut to its ink, padded square, scaled to CELL: its bits and their count."""
    box = mask.getbbox()
    if box is None:
        return 0, 0
    piece = mask.crop(box)
    side = max(piece.size)
    square = Image.new("L", (side, side), 0)
    square.paste(piece, ((side - piece.width) // 2, (side - piece.height) // 2))
    small = square.resize((CELL, CELL), Image.Resampling.BILINEAR)
    value = 0
    for bit, level in enumerate(small.tobytes()):
        if level > 100:
            value |= 1 << bit
    return value, value.bit_count()


@cache
def _templates(angles: tuple[int, ...]) -> list[tuple[str, int, int]]:
    """Every digit in every known font at every angle: (digit, bits, count)."""
    found = []
    for font in _fonts(48):
        for digit in ALPHABET:
            tile = Image.new("L", (90, 90), 0)
            ImageDraw.Draw(tile).text((45, 45), digit, fill=255, font=font, anchor="mm")
            for angle in angles:
                turned = tile.rotate(angle, resample=Image.Resampling.BICUBIC) if angle else tile
                bits, count = _bits(turned)
                found.append((digit, bits, count))
    return found


def _correlation(a: int, na: int, b: int, nb: int) -> float:
    """Normalised correlation (Pearson's, which for 0/1 pixels is the phi coefficient) of two masks."""
    n = CELL * CELL
    both = (a & b).bit_count()
    spread = na * (n - na) * nb * (n - nb)
    return (n * both - na * nb) / math.sqrt(spread) if spread else -1.0


def _pieces(ink: Image.Image, count: int) -> list[tuple[int, int]]:
    """Column ranges: runs of columns with ink, then the widest split or the narrowest joined to its nearer
    neighbour until there are `count`."""
    width, height = ink.size
    pixels = ink.load()
    assert pixels is not None
    inked = [sum(1 for y in range(height) if pixels[x, y]) >= 2 for x in range(width)]
    runs: list[tuple[int, int]] = []
    start = None
    for x, on in enumerate([*inked, False]):
        if on and start is None:
            start = x
        elif not on and start is not None:
            if x - start >= 3:
                runs.append((start, x))
            start = None
    if not runs:
        return [(width * i // count, width * (i + 1) // count) for i in range(count)]
    while len(runs) < count:
        widest = max(range(len(runs)), key=lambda i: runs[i][1] - runs[i][0])
        left, right = runs[widest]
        middle = (left + right) // 2
        runs[widest : widest + 1] = [(left, middle), (middle, right)]
    while len(runs) > count:
        narrow = min(range(len(runs)), key=lambda i: runs[i][1] - runs[i][0])
        if narrow == 0:
            other = 1
        elif narrow == len(runs) - 1:
            other = narrow - 1
        else:
            before = runs[narrow][0] - runs[narrow - 1][1]
            after = runs[narrow + 1][0] - runs[narrow][1]
            other = narrow - 1 if before <= after else narrow + 1
        first, second = sorted((narrow, other))
        runs[first : second + 1] = [(runs[first][0], runs[second][1])]
    return runs


class Reader:
    """Reads a captcha PNG as `LENGTH` digits. `angles` are the tilts its templates are tried at; `opening`,
    when above 0, first wipes out strokes thinner than that many pixels (a minimum then a maximum filter), as
    an attacker does against lines drawn thinner than the digits."""

    def __init__(self, angles: Sequence[int] = (0,), opening: int = 0) -> None:
        self.templates = _templates(tuple(angles))
        self.opening = opening

    def read(self, png: bytes) -> str:
        grey = Image.open(io.BytesIO(png)).convert("L")
        ink = grey.point(lambda level: 255 if level < INK else 0).filter(ImageFilter.MedianFilter(3))
        if self.opening:
            ink = ink.filter(ImageFilter.MinFilter(self.opening)).filter(ImageFilter.MaxFilter(self.opening))
        digits = []
        for left, right in _pieces(ink, LENGTH):
            bits, count = _bits(ink.crop((left, 0, right, ink.height)))
            best = max(self.templates, key=lambda t: _correlation(bits, count, t[1], t[2]))
            digits.append(best[0])
        return "".join(digits)


def read_rate(reader: Reader, pictures: Sequence[tuple[str, bytes]]) -> float:
    """The share of pictures read right, every digit."""
    return sum(reader.read(png) == text for text, png in pictures) / len(pictures)
