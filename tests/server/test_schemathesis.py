"""Property-based requests from the server's own OpenAPI schema: no input may cause a server error."""

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from server.config import Settings
from tests.conftest import PASSWORD, base_settings
from tests.support.live_server import Api, LiveServer


@pytest.fixture(scope="module")
def fuzz_server(sqlite_template: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    import shutil

    path = tmp_path_factory.mktemp("fuzz") / "server.sqlite3"
    shutil.copy(str(sqlite_template), path)
    config: Settings = base_settings(f"sqlite:///{path}")
    for budget in ("pair", "login", "address", "link", "account", "proof_address", "reset", "reset_address"):
        setattr(config, f"throttle_free_{budget}", 10**6)
    server = LiveServer(config).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def token(fuzz_server: LiveServer) -> str:
    api = Api(fuzz_server.url).login("ivanova", PASSWORD)
    assert api.token
    return api.token


def test_no_input_makes_a_server_error(fuzz_server: LiveServer, token: str) -> None:
    # Driven by hand rather than by schemathesis' pytest plugin, which does not load on this pytest.
    schema = schemathesis.openapi.from_url(f"{fuzz_server.url}/openapi.json")
    failures: list[str] = []
    statuses: list[int] = []
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.path == "/api/v1/auth/logout":
            continue  # would end the shared session for the rest of the run
        operations += 1

        @given(case=operation.as_strategy())
        @settings(
            max_examples=25,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def run(case: schemathesis.Case) -> None:
            response = case.call(headers={"Authorization": f"Bearer {token}"})
            statuses.append(response.status_code)
            if response.status_code >= 500:
                failures.append(
                    f"{case.method} {case.formatted_path} -> {response.status_code}: {case.body!r}"
                )

        run()
    assert operations >= 30
    assert failures == []
    assert len(statuses) > operations * 10  # it really ran
    assert any(200 <= status < 300 for status in statuses) and any(400 <= status < 500 for status in statuses)
