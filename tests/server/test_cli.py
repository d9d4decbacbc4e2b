"""The admin command line on a real database file."""

from pathlib import Path

import pytest

from server.cli import main
from tests.conftest import base_settings
from tests.support.live_server import Api, running


def test_create_a_caretaker_and_give_them_a_building(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'admin.sqlite3'}"
    assert (
        main(
            [
                "--database-url",
                url,
                "create-caretaker",
                "dvornik",
                "--surname",
                "Орлов",
                "--password",
                "pass-12345",
            ]
        )
        == 0
    )
    assert main(["--database-url", url, "create-caretaker", "dvornik"]) == 1
    assert (
        main(["--database-url", url, "add-building", "ул. Новая, д. 3", "--entrances", "2", "--floors", "5"])
        == 0
    )
    assert "building 1" in capsys.readouterr().out
    assert main(["--database-url", url, "assign-building", "dvornik", "1"]) == 0
    assert main(["--database-url", url, "assign-building", "dvornik", "99"]) == 1
    assert main(["--database-url", url, "assign-building", "nobody", "1"]) == 1
    assert main(["--database-url", url, "mailbox"]) == 0
    assert "empty" in capsys.readouterr().out
    with running(base_settings(url)) as server:
        api = Api(server.url).login("dvornik", "pass-12345")
        assert [b["address"] for b in api.get("/api/v1/buildings").json()] == ["ул. Новая, д. 3"]


def test_close_month_and_mailbox_on_the_seeded_database(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("the CLI's own database handling is the same on both")
    assert main(["--database-url", database_url, "close-month", "2026-03"]) == 0
    assert "16 bills made for 2026-03" in capsys.readouterr().out
    assert main(["--database-url", database_url, "close-month", "2026-03"]) == 0
    assert "0 bills made" in capsys.readouterr().out
