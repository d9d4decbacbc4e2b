"""An app too old for the server is told to update (426 `outdated_client`), never served answers it
cannot read; the app of today, browsers and scripts that send no version are served."""

import pytest

from protocol import VERSION, VERSION_HEADER
from tests.support.live_server import Api, LiveServer


def test_todays_version_and_no_version_are_served(anon: Api) -> None:
    assert anon.get("/api/v1/supplier", headers={VERSION_HEADER: str(VERSION)}).status_code == 200
    assert anon.get("/api/v1/supplier").status_code == 200


@pytest.mark.parametrize("sent", ["0", "-1", "abc", "1.5", "9" * 5000, ""])
def test_an_older_or_garbled_version_is_told_to_update(anon: Api, sent: str) -> None:
    response = anon.get("/api/v1/supplier", headers={VERSION_HEADER: sent})
    assert response.status_code == 426, response.text
    assert response.json()["detail"]["code"] == "outdated_client"


def test_the_server_can_retire_a_version(live_server: LiveServer, anon: Api) -> None:
    live_server.settings.min_client_version = VERSION + 1
    try:
        response = anon.post(
            "/api/v1/auth/login",
            json={"login": "ivanova", "password": "x"},
            headers={VERSION_HEADER: str(VERSION)},
        )
        assert response.status_code == 426
        assert response.json()["detail"]["code"] == "outdated_client"
    finally:
        live_server.settings.min_client_version = 1
