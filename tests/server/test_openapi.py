"""The OpenAPI document tells the truth about logins: the bearer scheme, and which routes need it."""

import re

import requests

from tests.support.live_server import Api, LiveServer


def test_the_bearer_scheme_is_declared_on_exactly_the_routes_that_need_a_login(
    live_server: LiveServer, anon: Api
) -> None:
    spec = requests.get(f"{live_server.url}/openapi.json", timeout=30).json()
    assert spec["components"]["securitySchemes"]["bearer"] == {
        "type": "http",
        "scheme": "bearer",
        "description": "The token that POST /api/v1/auth/login answers.",
    }
    needs, free = [], []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            # Without a token and with an empty body: a route that needs a login says so before anything.
            answer = anon.request(method.upper(), re.sub(r"\{[^}]+\}", "1", path), json={})
            assert answer.status_code < 500, (method, path, answer.text)
            declared = operation.get("security") == [{"bearer": []}]
            (needs if declared else free).append(path)
            assert (answer.status_code == 401) == declared, (method, path, answer.status_code, answer.text)
            if declared:
                assert answer.json()["detail"]["code"] == "not_logged_in"
                assert answer.headers["WWW-Authenticate"] == "Bearer"
    assert "/api/v1/sync/push" in needs and "/api/v1/auth/login" in free and len(needs) > 20
