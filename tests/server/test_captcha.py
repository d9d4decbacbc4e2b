"""The picture code: a simple reader (tests/support/captcha_solver.py) reads the old pictures but not the new
ones, and a captcha answers once, even to eight requests at the same instant, on each backend."""

import io
import random
from collections.abc import Callable

import pytest
import requests
from PIL import Image, ImageFont

from server import captcha
from tests.support.captcha_solver import TILTS, Reader, answer, old_render, read_rate
from tests.support.live_server import Api, LiveServer
from tests.support.races import CONCURRENT, REPEATS, at_once, statuses

READERS = {
    "template matcher": Reader(),
    "font-aware, tilted templates": Reader(TILTS),
    "font-aware, thin lines wiped (3 px)": Reader(TILTS, opening=3),
    "font-aware, thin lines wiped (5 px)": Reader(TILTS, opening=5),
}


Render = Callable[[str, random.Random], bytes]


def _pictures(render: Render, count: int, seed: int) -> list[tuple[str, bytes]]:
    rng = random.Random(seed)
    found = []
    for _ in range(count):
        text = answer(rng)
        found.append((text, render(text, rng)))
    return found


@pytest.mark.parametrize("name", ["template matcher", "font-aware, tilted templates"])
def test_the_reader_reads_the_old_pictures(name: str) -> None:
    """The reader is good enough to matter: the renderer of before issue 13 falls to it."""
    assert read_rate(READERS[name], _pictures(old_render, 50, seed=13)) >= 0.8


@pytest.mark.parametrize("name", list(READERS))
def test_the_reader_does_not_read_the_new_pictures(name: str) -> None:
    assert read_rate(READERS[name], _pictures(captcha.render, 200, seed=2026)) <= 0.05


def test_the_picture_is_dark_digits_on_a_light_ground() -> None:
    picture = Image.open(io.BytesIO(captcha.render("23456"))).convert("L")
    assert picture.size == captcha.SIZE
    levels = picture.histogram()
    pixels = picture.width * picture.height
    light, dark = sum(levels[200:]) / pixels, sum(levels[:80]) / pixels
    assert light > 0.6  # the ground
    assert 0.08 < dark < 0.35  # the digits and lines, not a blot
    assert sum(levels[80:200]) / pixels < 0.15  # little in between: high contrast


def test_a_missing_face_falls_back_to_pillows_own_font() -> None:
    assert isinstance(captcha._font("NoSuchFace.ttf", 40), ImageFont.FreeTypeFont)


def _reset_body(api: Api, server: LiveServer, login: str) -> dict[str, str]:
    """A password reset's body with a new captcha rightly solved."""
    body = api.post("/api/v1/auth/captcha").json()
    return {
        "login_or_account": login,
        "captcha_id": body["captcha_id"],
        "captcha_answer": server.captcha_answer(body["captcha_id"]),
    }


def test_a_captcha_answers_once(live_server: LiveServer, anon: Api) -> None:
    json = _reset_body(anon, live_server, "nobody-at-all")
    first = anon.post("/api/v1/auth/password-reset", json=json)
    second = anon.post("/api/v1/auth/password-reset", json=json)
    assert first.status_code == 200, first.text
    assert second.status_code == 400
    assert second.json()["detail"]["code"] == "captcha_expired"


def test_eight_racing_uses_of_one_captcha_let_one_through(live_server: LiveServer) -> None:
    clients = [Api(live_server.url) for _ in range(CONCURRENT)]

    def send(api: Api, json: dict[str, str]) -> Callable[[], requests.Response]:
        return lambda: api.post("/api/v1/auth/password-reset", json=json)

    try:
        for attempt in range(REPEATS):
            json = _reset_body(clients[0], live_server, f"nobody-{attempt}")
            answers = at_once([send(api, json) for api in clients])
            assert sorted(statuses(answers)) == [200] + [400] * (CONCURRENT - 1)
            refused = {a.json()["detail"]["code"] for a in answers if a.status_code == 400}
            assert refused == {"captcha_expired"}
    finally:
        for api in clients:
            api.close()
