"""Property-based requests from the server's own OpenAPI schema, judged by every check schemathesis has.

Valid and invalid requests (both generation modes) for every operation, as a household that is logged
in, on each backend. A check may fail only where the server cannot satisfy it, and each such place is
named below with the reason; everything else (no 5xx, statuses, headers and bodies as documented,
schema-valid input accepted, schema-violating input refused, an operation refusing a request without
the token) must hold.
"""

import json
from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.openapi.checks import RejectedPositiveData

from server.config import Settings
from tests.conftest import PASSWORD, base_settings
from tests.support.live_server import Api, LiveServer

# Schema-valid requests a correct server refuses 400: the shape is right, the facts are not (a wrong
# password, a number and surname that do not go together, an expired captcha, a cursor it never gave
# out, a tariff group that has no tariff). No schema can say which passwords are right.
FACTS = {
    "wrong_password",
    "account_mismatch",
    "captcha_expired",
    "captcha_wrong",
    "nothing_to_change",
    "no_tariff",
    "bad_cursor",
    "login_like_account",
}
# JSON Schema cannot say "equal to another field": an application in a push repeats the item's UUID.
SAME_UUID = "the application's uuid must be the item's uuid"
# A caretaker's routes, asked with a household's token, answer 403 whatever the input.
CARETAKER_ONLY = ("/api/v1/buildings",)


@pytest.fixture
def fuzz_server(database_url: str) -> Iterator[LiveServer]:
    config: Settings = base_settings(database_url)
    for budget in ("pair", "login", "address", "link", "account", "proof_address", "reset", "reset_address"):
        setattr(config, f"throttle_free_{budget}", 10**6)
    server = LiveServer(config).start()
    yield server
    server.stop()


def _forgiven(failure: Failure, response_body: str) -> bool:
    """A failure of a check this server cannot satisfy (see FACTS and SAME_UUID)."""
    if not isinstance(failure, RejectedPositiveData):
        return False
    try:
        detail = json.loads(response_body).get("detail", {})
    except (ValueError, AttributeError):
        return False
    if not isinstance(detail, dict):
        return False
    return detail.get("code") in FACTS or SAME_UUID in str(detail.get("message", ""))


def test_every_check_holds_for_every_operation(fuzz_server: LiveServer) -> None:
    # Driven by hand rather than by schemathesis' pytest plugin, which does not load on this pytest.
    token = Api(fuzz_server.url).login("ivanova", PASSWORD).token
    load_all_checks()
    checks = CHECKS.get_all()
    schema = schemathesis.openapi.from_url(f"{fuzz_server.url}/openapi.json")
    failures: list[str] = []
    statuses: list[int] = []
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.path == "/api/v1/auth/logout":
            continue  # would end the session for the rest of the run
        operations += 1
        for mode in (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=12,
                deadline=None,
                suppress_health_check=list(HealthCheck),
                derandomize=True,
                database=None,
            )
            def run(case: schemathesis.Case) -> None:
                headers = {"Authorization": f"Bearer {token}"}
                response = case.call(headers=headers)
                statuses.append(response.status_code)
                try:
                    case.validate_response(response, checks=checks, headers=headers)
                except FailureGroup as group:
                    found = [f for f in group.exceptions if not _forgiven(f, response.text)]
                    if found and not case.operation.path.startswith(CARETAKER_ONLY):
                        failures.extend(
                            f"{case.method} {case.operation.path} [{response.status_code}] {f.title}: "
                            f"{response.text[:200]} <- {case.body!r:.300}"
                            for f in found
                        )
                except Failure as failure:
                    if not _forgiven(failure, response.text):
                        failures.append(f"{case.method} {case.operation.path}: {failure.title}")

            try:
                run()
            except Unsatisfiable:
                assert mode is schemathesis.GenerationMode.NEGATIVE  # nothing in it to get wrong
    assert operations >= 30
    assert failures == [], "\n".join(sorted(set(failures)))
    assert len(statuses) > operations * 10  # it really ran
    assert any(200 <= status < 300 for status in statuses) and any(400 <= status < 500 for status in statuses)
