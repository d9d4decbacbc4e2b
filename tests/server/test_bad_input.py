"""Bad input gets a 4xx with a clear message, never a 5xx, and changes nothing."""

import http.client
import json
import re
import uuid
from collections.abc import Iterator
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
import requests

from tests.server.helpers import accounts, active_meter, last_values
from tests.support.live_server import Api, LiveServer


def reading(meter_id: int, value: object) -> dict[str, object]:
    return {
        "items": [
            {"kind": "reading", "uuid": str(uuid.uuid4()), "meter_id": meter_id, "values": {"single": value}}
        ]
    }


@pytest.mark.parametrize(
    "value", ["abc", "-1", -5, "NaN", "Infinity", "1e400", None, [], {"x": 1}, "12,5", "1" * 40]
)
def test_readings_that_are_not_numbers_are_refused(ivanova: Api, value: object) -> None:
    meter = active_meter(ivanova)
    response = ivanova.post("/api/v1/sync/push", json=reading(meter["id"], value))
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    assert detail["code"] == "invalid_input" and "values" in detail["message"]


def test_broken_json_and_wrong_types(ivanova: Api) -> None:
    broken = ivanova.post(
        "/api/v1/sync/push", data=b'{"items": [', headers={"Content-Type": "application/json"}
    )
    assert broken.status_code == 422
    assert ivanova.post("/api/v1/sync/push", json={"items": "all of them"}).status_code == 422
    assert ivanova.post("/api/v1/sync/push", json=[1, 2, 3]).status_code == 422
    assert ivanova.post("/api/v1/sync/push", json={"items": [{"kind": "teapot"}]}).status_code == 422
    assert ivanova.post(
        "/api/v1/sync/push", data=b"\xff\xfe\x00", headers={"Content-Type": "application/json"}
    ).status_code in (400, 422)


def test_too_many_items_in_one_push(ivanova: Api) -> None:
    meter = active_meter(ivanova)
    items = [reading(meter["id"], "1")["items"][0] for _ in range(501)]
    response = ivanova.post("/api/v1/sync/push", json={"items": items})
    assert response.status_code == 422


def test_huge_and_control_strings(anon: Api, ivanova: Api) -> None:
    huge = "Я" * 1_000_000
    response = anon.post("/api/v1/auth/login", json={"login": huge, "password": "x"})
    assert response.status_code == 413  # 2 MB: over the body limit, refused before it is read
    nul = anon.post(
        "/api/v1/auth/register",
        json={
            "account_number": "10100001",
            "surname": "Ива\x00нова",
            "access_code": "ABCD2345",
            "email": "a@b.cd",
            "captcha_id": "x",
            "captcha_answer": "1",
        },
    )
    assert nul.status_code == 422
    key = str(uuid.uuid4())
    item = {
        "kind": "application",
        "uuid": key,
        "application": {"uuid": key, "kind": "complaint", "body": "x" * 5001},
    }
    assert ivanova.post("/api/v1/sync/push", json={"items": [item]}).status_code == 422


@pytest.mark.parametrize(
    "path", ["/api/v1/bills/0", "/api/v1/bills/99999999999999999999", "/api/v1/bills/abc", "/api/v1/bills/-1"]
)
def test_ids_out_of_range_are_refused(ivanova: Api, path: str) -> None:
    assert ivanova.get(path).status_code == 422


def test_unknown_ids_are_404(ivanova: Api) -> None:
    assert ivanova.get("/api/v1/bills/2147483647").status_code == 404
    assert ivanova.get("/api/v1/accounts/123456").status_code == 404
    meter = {"kind": "reading", "uuid": str(uuid.uuid4()), "meter_id": 2147483647, "values": {"single": "1"}}
    result = ivanova.post("/api/v1/sync/push", json={"items": [meter]}).json()["results"][0]
    assert result["code"] == "not_found"


def test_a_wrong_account_number_in_linking(ivanova: Api) -> None:
    assert (
        ivanova.post(
            "/api/v1/accounts/link",
            json={"account_number": "12ab", "surname": "X", "access_code": "ABCD2345"},
        ).status_code
        == 422
    )
    wrong = ivanova.post(
        "/api/v1/accounts/link",
        json={"account_number": "77777777", "surname": "Иванова", "access_code": "ABCD2345"},
    )
    assert wrong.status_code == 400 and "surname" in wrong.json()["detail"]["message"]
    assert len(accounts(ivanova)) == 2


def test_wrong_methods_and_paths(anon: Api) -> None:
    assert anon.request("PATCH", "/api/v1/accounts").status_code in (401, 405)
    assert anon.get("/api/v1/no/such/thing").status_code == 404
    assert requests.get(anon.base + "/api/v1/sync/pull?limit=0", timeout=30).status_code in (401, 422)


def test_readings_and_amounts_in_other_scripts_digits_are_refused(ivanova: Api) -> None:
    meter = active_meter(ivanova)
    for typed in ("١٢٣٤٥", "１２３４５"):  # Arabic-Indic and full-width digits: Python reads them as numbers
        body = {"uuid": str(uuid.uuid4()), "values": {"single": typed}}
        response = ivanova.post(f"/api/v1/meters/{meter['id']}/readings", json=body)
        assert response.status_code == 422, (typed, response.text)


def test_a_quote_for_a_reading_with_six_decimals_or_a_huge_jump_is_answered(ivanova: Api) -> None:
    meter = active_meter(ivanova)
    previous = last_values(ivanova, meter["id"])["single"]
    six_decimals = {"values": {"single": str(previous + Decimal("10.123456"))}}
    fine = ivanova.post(f"/api/v1/meters/{meter['id']}/quote", json=six_decimals)
    assert fine.status_code == 200, fine.text
    huge = ivanova.post(
        f"/api/v1/meters/{meter['id']}/quote", json={"values": {"single": str(previous + 10**8)}}
    )
    assert huge.status_code == 400 and huge.json()["detail"]["code"] == "implausible_jump", huge.text


def test_a_body_over_the_limit_is_refused_and_never_held_whole(live_server: LiveServer) -> None:
    """An anonymous 100 MB JSON used to be read into memory; now 413 in the envelope, declared or chunked."""
    big = b'{"login": "' + b"x" * (2 * 1024 * 1024) + b'", "password": "p"}'
    declared = Api(live_server.url).post(
        "/api/v1/auth/login", data=big, headers={"Content-Type": "application/json"}
    )
    assert declared.status_code == 413 and declared.json()["detail"]["code"] == "too_large"

    def chunks(blocks: int) -> Iterator[bytes]:  # no Content-Length: the server counts as it reads
        yield b'{"login": "'
        for _ in range(blocks):
            yield b"x" * 65536
        yield b'", "password": "wrong password"}'

    where = urlsplit(live_server.url)
    for blocks, status in ((40, 413), (1, 422)):  # 2.5 MB refused; 64 KB read and judged as usual
        connection = http.client.HTTPConnection(where.hostname or "", where.port, timeout=30)
        headers = {"Content-Type": "application/json"}
        connection.request(
            "POST", "/api/v1/auth/login", body=chunks(blocks), headers=headers, encode_chunked=True
        )
        answer = connection.getresponse()
        body = answer.read()
        connection.close()
        assert answer.status == status, body
        assert json.loads(body)["detail"]["code"] == ("too_large" if status == 413 else "invalid_input")


def test_a_message_rounds_kwh_for_people(ivanova: Api) -> None:
    """kWh were printed raw: "5000.500 kWh", an average as "58.33333333333333333333333333 kWh"."""
    meter = active_meter(ivanova)
    previous = last_values(ivanova, meter["id"])
    jump = {zone: value + Decimal("5000.5") for zone, value in previous.items()}
    body = {"uuid": str(uuid.uuid4()), "values": {zone: str(value) for zone, value in jump.items()}}
    answer = ivanova.post(f"/api/v1/meters/{meter['id']}/readings", json=body)
    assert answer.status_code == 200, answer.text
    message = answer.json()["message"]
    assert "far above the usual" in message, message
    numbers = re.findall(r"[0-9][0-9.]*", message)
    assert numbers and all(re.fullmatch(r"[0-9]+(\.[0-9]{1,3})?", n) for n in numbers), message
    assert re.search(r"usual [0-9]+ kWh", message), message  # an average, whole


def _envelope(response: requests.Response) -> dict[str, str]:
    """The documented error envelope (protocol.schemas.ErrorEnvelope), and nothing else."""
    assert 400 <= response.status_code < 500, (response.status_code, response.text)
    assert response.headers["Content-Type"] == "application/json", response.headers
    body = response.json()
    assert list(body) == ["detail"] and sorted(body["detail"]) == ["code", "message"], body
    assert all(isinstance(v, str) and v for v in body["detail"].values()), body
    return dict(body["detail"])


@pytest.mark.parametrize(
    ("body", "content_type", "words"),
    [
        (b"{not json", "application/json", "not valid JSON"),
        (b'{"login": "ivanova"}', "application/json", "password: Field required"),
        (b'{"login": "ivanova", "password": "x"}', "text/plain", "must be a JSON object"),
        (b"login=ivanova&password=x", "application/x-www-form-urlencoded", "must be a JSON object"),
        (b"[1, 2]", "application/json", "must be a JSON object"),
        (b"", "application/json", "no body"),
    ],
)
def test_parse_errors_answer_in_the_envelope(anon: Api, body: bytes, content_type: str, words: str) -> None:
    answer = anon.post("/api/v1/auth/login", data=body, headers={"Content-Type": content_type})
    detail = _envelope(answer)
    assert answer.status_code == 422 and detail["code"] == "invalid_input" and words in detail["message"], (
        detail
    )


def test_a_wrong_address_or_method_answers_in_the_envelope(anon: Api, ivanova: Api) -> None:
    assert _envelope(anon.get("/api/v1/no/such/thing"))["code"] == "not_found"
    wrong = ivanova.request("DELETE", "/api/v1/news")
    assert wrong.status_code == 405 and _envelope(wrong)["code"] == "method_not_allowed"
    assert wrong.headers["Allow"] == "GET"
