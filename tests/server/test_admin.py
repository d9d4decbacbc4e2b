"""The supplier's back office through the CLI, seen by the customer through the API."""

import uuid

import pytest
from sqlalchemy import select

from server.cli import main
from server.schema import Account
from tests.server.helpers import accounts, meters, submit
from tests.server.test_sync import by_entity, pull_all
from tests.support.live_server import Api, LiveServer


def admin(live_server: LiveServer, *args: str) -> int:
    return main(["--database-url", live_server.settings.database_url, *args])


def test_replace_a_meter(live_server: LiveServer, sidorova: Api, capsys: pytest.CaptureFixture[str]) -> None:
    account = accounts(sidorova)[0]
    old = meters(sidorova, account["id"])[0]
    _, cursor, _ = pull_all(sidorova)
    assert (
        admin(
            live_server,
            "replace-meter",
            str(old["id"]),
            "--serial",
            "NEW-1",
            "--zones",
            "2",
            "--digits",
            "6",
            "--initial",
            "0,0",
            "--on",
            "2026-03-17",
        )
        == 0
    )
    assert "replaced by NEW-1" in capsys.readouterr().out
    assert admin(live_server, "replace-meter", str(old["id"]), "--serial", "NEW-2", "--initial", "0") == 1
    now = {m["serial"]: m for m in meters(sidorova, account["id"])}
    assert now[old["serial"]]["active"] is False and now["NEW-1"]["zones"] == ["day", "night"]
    assert submit(sidorova, old["id"], {"peak": 1, "half_peak": 1, "night": 1})["code"] == "meter_replaced"
    assert submit(sidorova, now["NEW-1"]["id"], {"day": 120, "night": 40})["status"] == "accepted"
    changes, _, _ = pull_all(sidorova, cursor)
    assert set(by_entity(changes)["meter"]) == {old["id"], now["NEW-1"]["id"]}


def test_answer_an_application(live_server: LiveServer, ivanova: Api) -> None:
    created = ivanova.post(
        "/api/v1/applications",
        json={
            "uuid": str(uuid.uuid4()),
            "kind": "application",
            "subject": "Перерасчёт",
            "body": "Прошу сделать перерасчёт.",
        },
    ).json()
    _, cursor, _ = pull_all(ivanova)
    assert (
        admin(
            live_server,
            "answer-application",
            str(created["server_id"]),
            "--status",
            "answered",
            "--answer",
            "Перерасчёт сделан.",
        )
        == 0
    )
    application = ivanova.get(f"/api/v1/applications/{created['server_id']}").json()
    assert application["status"] == "answered" and application["answer"] == "Перерасчёт сделан."
    changes, _, _ = pull_all(ivanova, cursor)
    assert [(c["entity"], c["data"]["status"]) for c in changes] == [("application", "answered")]
    assert admin(live_server, "answer-application", "999999", "--status", "closed") == 1


def test_open_an_account_put_a_meter_on_it_and_publish_news(live_server: LiveServer, ivanova: Api) -> None:
    assert (
        admin(
            live_server,
            "add-account",
            "40100001",
            "--oko",
            "401",
            "--surname",
            "Лебедев",
            "--address",
            "г. Москва, ул. Цветочная, д. 2",
            "--occupants",
            "3",
            "--area",
            "61.5",
        )
        == 0
    )
    assert (
        admin(live_server, "add-account", "40100001", "--oko", "401", "--surname", "X", "--address", "Y") == 1
    )
    assert (
        admin(
            live_server,
            "install-meter",
            "40100001",
            "--serial",
            "L-1",
            "--zones",
            "3",
            "--initial",
            "10,20,30",
            "--on",
            "2026-03-01",
        )
        == 0
    )
    assert (
        admin(live_server, "install-meter", "40100001", "--serial", "L-2", "--zones", "2", "--initial", "1")
        == 1
    )
    assert admin(live_server, "add-news", "Новая новость", "Текст новости.") == 0
    with live_server.db.session(write=False) as session:
        code = session.scalars(select(Account.access_code).where(Account.number == "40100001")).one()
    linked = ivanova.post(
        "/api/v1/accounts/link",
        json={"account_number": "40100001", "surname": "лебедев", "access_code": code.lower()},
    )
    assert linked.status_code == 200 and linked.json()["occupants"] == 3
    meter = meters(ivanova, linked.json()["id"])[0]
    assert meter["serial"] == "L-1"
    assert submit(ivanova, meter["id"], {"peak": 50, "half_peak": 60, "night": 70})["status"] == "accepted"
    assert ivanova.get("/api/v1/news").json()[0]["title"] == "Новая новость"
