"""The HTTP client's retries: idempotent calls and the push are retried on 503, other POSTs are not."""

import pytest

from protocol import VERSION
from sync.client import ApiClient
from sync.errors import BadAnswer, Offline, Outdated, Refused, ServerTrouble
from tests.support.bad_server import bad_server
from tests.support.live_server import LiveServer


def test_a_pull_is_retried_on_503_and_then_reported() -> None:
    with bad_server(503, b"busy") as (url, hits):
        client = ApiClient(url, lambda: "token", retries=2, timeout=(2, 5))
        with pytest.raises(ServerTrouble):
            client.pull("")
        client.close()
    assert len(hits) == 3


def test_a_push_is_retried_but_a_login_is_not() -> None:
    with bad_server(503, b"busy") as (url, hits):
        client = ApiClient(url, lambda: "token", retries=2, timeout=(2, 5))
        with pytest.raises(ServerTrouble):
            client.push([{"uuid": "u"}])
        assert len(hits) == 3
        with pytest.raises(ServerTrouble):
            client.login("a", "b")
        assert len(hits) == 4
        client.close()


def test_a_refusal_carries_the_servers_reason() -> None:
    body = b'{"detail": {"code": "too_many_attempts", "message": "Please wait."}}'
    with bad_server(429, body) as (url, _hits):
        client = ApiClient(url, retries=0)
        with pytest.raises(Refused) as refused:
            client.login("a", "b")
        client.close()
    assert refused.value.code == "too_many_attempts" and refused.value.message == "Please wait."


def test_no_server_and_no_json() -> None:
    client = ApiClient("http://127.0.0.1:9", lambda: "t", retries=0, timeout=(1, 1))
    with pytest.raises(Offline):
        client.pull("")
    client.close()
    with bad_server(200, b"not json") as (url, _hits):
        client = ApiClient(url, lambda: "t", retries=0)
        with pytest.raises(BadAnswer):
            client.pull("")
        client.close()


def test_an_app_the_server_no_longer_speaks_to_is_told_to_update(server: LiveServer) -> None:
    client = ApiClient(server.url, retries=0)
    assert client.captcha().captcha_id  # today's version is served
    server.settings.min_client_version = VERSION + 1
    with pytest.raises(Outdated):
        client.captcha()
    client.close()
