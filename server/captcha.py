"""A captcha image for registration and password reset: five digits hard for a program to read, single use."""

import base64
import functools
import hashlib
import io
import math
import random
import secrets
from datetime import datetime, timedelta
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFont
from sqlalchemy import delete
from sqlalchemy.orm import Session

from protocol import schemas as s
from server.db import Database
from server.errors import ApiError
from server.schema import Captcha

LIFETIME = timedelta(minutes=10)
# No 0 and 1 (read as O and I or 7), and no 7: tilted and crossed by a curve it passes for a 1 or a stroke.
ALPHABET = "2345689"
LENGTH = 5


def _digest(captcha_id: str, answer: str) -> str:
    return hashlib.sha256(f"{captcha_id}:{answer.strip()}".encode()).hexdigest()


def render(text: str, rng: random.Random | None = None) -> bytes:
    """The PNG of `text`: dark ink on a light ground, each digit in its own face, size, tilt and height, close
    enough to touch its neighbours, crossed by curves in the same ink, then the whole picture waved.

    Each step defeats one part of a simple reader: touching digits and the curves leave no clean columns to
    cut the picture at, the faces and tilts spoil matching against one template per digit, the wave bends
    every stroke. A person still reads it: the contrast stays high and the digits large.
    """
    rng = rng or secrets.SystemRandom()
    ink = Image.new("L", SIZE, 0)  # where the ink goes: the digits, the curves and the dots
    glyphs = [_glyph(char, rng) for char in text]
    advances = [round(glyph.width * rng.uniform(0.86, 1.0)) for glyph in glyphs[:-1]]
    span = sum(advances) + glyphs[-1].width
    room = SIZE[0] - 2 * MARGIN
    if span > room:  # squeeze the steps rather than cut a digit off
        advances = [step * (room - glyphs[-1].width) // (span - glyphs[-1].width) for step in advances]
        span = sum(advances) + glyphs[-1].width
    x = (SIZE[0] - span) // 2 + rng.randint(-(room - span) // 4, (room - span) // 4)
    for glyph, step in zip(glyphs, [*advances, 0], strict=True):
        top = (SIZE[1] - glyph.height) // 2 + rng.randint(-8, 8)
        top = max(2, min(SIZE[1] - glyph.height - 2, top))
        box = (x, top, x + glyph.width, top + glyph.height)
        ink.paste(ImageChops.lighter(ink.crop(box), glyph), box)  # overlapping digits keep both inks
        x += step
    draw = ImageDraw.Draw(ink)
    for width in (3, 4):
        draw.line(_curve(rng), fill=255, width=width, joint="curve")
    ink = ink.transform(SIZE, Image.Transform.MESH, _wave(rng), resample=Image.Resampling.BILINEAR)
    for _ in range(rng.randint(25, 45)):
        cx, cy, r = rng.uniform(0, SIZE[0]), rng.uniform(0, SIZE[1]), rng.uniform(0.6, 1.4)
        draw = ImageDraw.Draw(ink)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)
    ground = Image.new("RGB", SIZE, tuple(rng.randint(236, 250) for _ in range(3)))
    colour = (rng.randint(0, 40), rng.randint(0, 40), rng.randint(30, 90))
    picture = Image.composite(Image.new("RGB", SIZE, colour), ground, ink)
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=False)
    return out.getvalue()


SIZE = (220, 76)
MARGIN = 6
FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"
# Bold or plain, with and without serifs, wide and narrow: the DejaVu faces shipped in resources/fonts.
FACES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSerif-Bold.ttf",
    "DejaVuSansMono-Bold.ttf",
    "DejaVuSerifCondensed-Bold.ttf",
)


@functools.cache
def _font(face: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """The face at this size, or Pillow's own scalable font where the file is missing (a server installed
    without the repository's resources folder)."""
    try:
        return ImageFont.truetype(str(FONTS / face), size)
    except OSError:
        return ImageFont.load_default(size=size)


def _glyph(char: str, rng: random.Random) -> Image.Image:
    """One digit as a mask cut to its ink: a random face and size, tilted up to 25 degrees either way."""
    font = _font(rng.choice(FACES), rng.randint(42, 50))
    left, top, right, bottom = (round(v) for v in font.getbbox(char))
    tile = Image.new("L", (right - left + 8, bottom - top + 8), 0)
    ImageDraw.Draw(tile).text((4 - left, 4 - top), char, fill=255, font=font)
    tile = tile.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC, expand=True)
    return tile.crop(tile.getbbox())


def _curve(rng: random.Random) -> list[tuple[float, float]]:
    """A cubic Bezier from the left edge to the right one through the digits' band, as 40 points."""
    width, height = SIZE
    ends = [(rng.uniform(0, 25), rng.uniform(0.3, 0.7) * height)]
    ends.append((rng.uniform(width - 25, width), rng.uniform(0.3, 0.7) * height))
    controls = [(rng.uniform(0.2, 0.5) * width, rng.uniform(0, height))]
    controls.append((rng.uniform(0.5, 0.8) * width, rng.uniform(0, height)))
    (x0, y0), (x3, y3) = ends
    (x1, y1), (x2, y2) = controls
    points = []
    for i in range(41):
        t = i / 40
        a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3
        points.append((a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
    return points


def _wave(rng: random.Random) -> list[tuple[tuple[int, int, int, int], tuple[float, ...]]]:
    """A MESH for Image.transform: each 8-pixel cell is taken from a place moved by two sine waves, one up
    and down along the width, one sideways along the height."""
    up, up_period, up_phase = rng.uniform(4, 7), rng.uniform(70, 140), rng.uniform(0, 2 * math.pi)
    side, side_period, side_phase = rng.uniform(2, 4), rng.uniform(45, 90), rng.uniform(0, 2 * math.pi)

    def moved(x: int, y: int) -> tuple[float, float]:
        return (
            x + side * math.sin(2 * math.pi * y / side_period + side_phase),
            y + up * math.sin(2 * math.pi * x / up_period + up_phase),
        )

    step = 8
    mesh = []
    for left in range(0, SIZE[0], step):
        for top in range(0, SIZE[1], step):
            right, bottom = left + step, top + step
            corners = (moved(left, top), moved(left, bottom), moved(right, bottom), moved(right, top))
            mesh.append(((left, top, right, bottom), tuple(v for corner in corners for v in corner)))
    return mesh


def issue(session: Session, now: datetime) -> tuple[str, str, bytes, datetime]:
    """A new captcha: its id, answer, PNG image and expiry. Only a hash of the answer is stored."""
    session.execute(delete(Captcha).where(Captcha.expires_at < now))
    captcha_id = secrets.token_urlsafe(24)
    answer = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    expires = now + LIFETIME
    session.add(Captcha(id=captcha_id, answer_hash=_digest(captcha_id, answer), expires_at=expires))
    return captcha_id, answer, render(answer), expires


def offer(session: Session, now: datetime, answers: dict[str, str] | None) -> s.CaptchaOut:
    """A new captcha for the wire; a test server also notes its answer in `answers`."""
    captcha_id, answer, png, expires = issue(session, now)
    if answers is not None:
        answers[captcha_id] = answer
    return s.CaptchaOut(captcha_id=captcha_id, image_png_base64=as_base64(png), expires_at=expires)


def solve(database: Database, captcha_id: str, answer: str, now: datetime) -> None:
    """Use up a captcha in a transaction of its own, committed right or wrong; raise if it was wrong."""
    with database.session() as session:
        problem = consume(session, captcha_id, answer, now)
    if problem:
        raise problem


def consume(session: Session, captcha_id: str, answer: str, now: datetime) -> ApiError | None:
    """Use up a captcha and say what was wrong with the answer, if anything.

    The caller commits before raising the error, so a captcha can be tried once, right or wrong.
    """
    captcha = session.get(Captcha, captcha_id, with_for_update=True)
    if captcha is None or captcha.used or captcha.expires_at < now:
        return ApiError(400, "captcha_expired", "The picture code has expired. Please get a new one.")
    captcha.used = True
    if not secrets.compare_digest(captcha.answer_hash, _digest(captcha_id, answer)):
        return ApiError(400, "captcha_wrong", "The code from the picture is wrong. Please try a new one.")
    return None


def as_base64(png: bytes) -> str:
    return base64.b64encode(png).decode()
