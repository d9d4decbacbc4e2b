"""A captcha image for registration and password reset: five digits drawn with noise, single use."""

import base64
import hashlib
import io
import secrets
from datetime import datetime, timedelta

from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import delete
from sqlalchemy.orm import Session

from protocol import schemas as s
from server.db import Database
from server.errors import ApiError
from server.schema import Captcha

LIFETIME = timedelta(minutes=10)


def _digest(captcha_id: str, answer: str) -> str:
    return hashlib.sha256(f"{captcha_id}:{answer.strip()}".encode()).hexdigest()


def render(text: str) -> bytes:
    rng = secrets.SystemRandom()
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


def issue(session: Session, now: datetime) -> tuple[str, str, bytes, datetime]:
    """A new captcha: its id, answer, PNG image and expiry. Only a hash of the answer is stored."""
    session.execute(delete(Captcha).where(Captcha.expires_at < now))
    captcha_id = secrets.token_urlsafe(24)
    answer = "".join(secrets.choice("23456789") for _ in range(5))
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
