"""The sync engine against the real server: push answers recorded, pulls applied, nothing twice."""

from decimal import Decimal

from sqlalchemy import func, select

from models.db import Cache
from models.entries import enter_application, enter_reading, settle_contact_changes
from models.errors import CacheError
from models.readings import judge, previous_values
from models.schema import (
    ACCEPTED,
    CORRECTED,
    REJECTED,
    WAITING,
    Account,
    Bill,
    LocalApplication,
    LocalContactChange,
    LocalReading,
    Meter,
    Outbox,
    Reading,
    Tariff,
)
from server.demo import demo_access_code
from server.schema import ClientItem, Customer
from sync.engine import State
from sync.errors import LoginRequired, Offline
from tests.support.clock import TODAY
from tests.support.disk import stop_growing
from tests.support.live_server import LiveServer
from tests.support.sync import Connect, queue_contact_change_as_before


def first_meter(local_cache: Cache) -> Meter:
    with local_cache.session(write=False) as session:
        return session.scalars(select(Meter).where(Meter.active.is_(True)).order_by(Meter.id)).first()  # type: ignore[return-value]


def test_a_first_sync_fills_the_cache(connect: Connect, local_cache: Cache) -> None:
    engine = connect("ivanova")
    report = engine.sync()
    assert report.error is None and report.pulled > 0
    with local_cache.session(write=False) as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 2
        assert session.scalar(select(func.count()).select_from(Bill)) == 6
        assert session.scalar(select(func.count()).select_from(Tariff)) > 0
        bill = session.scalars(select(Bill).order_by(Bill.period.desc())).first()
        assert bill is not None and isinstance(bill.closing_balance, Decimal) and bill.lines
    status = engine.status()
    assert status.state == State.ONLINE and status.last_sync is not None and status.waiting == 0
    again = engine.sync()
    assert again.pulled == 0 and again.pushed == 0


def test_a_reading_is_judged_with_the_servers_rules_and_priced(connect: Connect, local_cache: Cache) -> None:
    connect("sidorova").sync()
    meter = first_meter(local_cache)
    with local_cache.session(write=False) as session:
        before = previous_values(session, meter.id, "2026-03")
        use = {"peak": Decimal(60), "half_peak": Decimal(150), "night": Decimal(110)}
        judgement = judge(session, meter.id, {z: before[z] + use[z] for z in use}, TODAY)  # type: ignore[misc]
    assert judgement.ok and judgement.cost is not None
    assert {z: v.consumption for z, v in judgement.verdicts.items()} == use
    with local_cache.session(write=False) as session:
        low = judge(
            session,
            meter.id,
            {"peak": before["peak"] - 1, "half_peak": before["half_peak"], "night": before["night"]},
            TODAY,
        )
    assert not low.ok and low.verdicts["peak"].code == "below_previous" and low.cost is None


def test_entries_are_pushed_once_and_their_answers_kept(
    server: LiveServer, connect: Connect, local_cache: Cache
) -> None:
    engine = connect("ivanova")
    engine.sync()
    meter = first_meter(local_cache)
    with local_cache.session(write=False) as session:
        before = previous_values(session, meter.id, "2026-03")["single"]
    good = enter_reading(local_cache, meter.id, {"single": before + 100}, taken_on=TODAY)
    bad = enter_reading(local_cache, meter.id, {"single": before - 50}, taken_on=TODAY)
    application = enter_application(local_cache, "complaint", body="Шумит счётчик")
    assert engine.status().waiting == 3
    report = engine.sync()
    assert (report.pushed, report.accepted, report.rejected) == (3, 2, 1)
    with local_cache.session(write=False) as session:
        assert session.get(LocalReading, good.uuid).state == ACCEPTED  # type: ignore[union-attr]
        refused = session.get(LocalReading, bad.uuid)
        assert refused is not None and refused.state == REJECTED and refused.code == "below_previous"
        assert session.get(LocalApplication, application.uuid).state == ACCEPTED  # type: ignore[union-attr]
        pulled = session.scalars(select(Reading).where(Reading.client_uuid == good.uuid)).one()
        assert Decimal(pulled.values[0]["value"]) == before + 100
    status = engine.status()
    assert status.state == State.NEEDS_ATTENTION and status.rejected == 1
    # The rejected reading is corrected and sent again; the old entry stays, marked corrected.
    fixed = enter_reading(local_cache, meter.id, {"single": before + 130}, corrects=bad.uuid, taken_on=TODAY)
    assert engine.sync().accepted == 1
    with local_cache.session(write=False) as session:
        assert session.get(LocalReading, bad.uuid).state == CORRECTED  # type: ignore[union-attr]
        assert session.get(LocalReading, fixed.uuid).state == ACCEPTED  # type: ignore[union-attr]
    assert engine.status().state == State.ONLINE
    with server.db.session(write=False) as session:
        uuids = [good.uuid, bad.uuid, fixed.uuid, application.uuid]
        assert (
            session.scalar(select(func.count()).select_from(ClientItem).where(ClientItem.uuid.in_(uuids)))
            == 4
        )


def test_a_contact_change_an_older_version_queued_is_refused_and_then_settled(
    server: LiveServer, connect: Connect, local_cache: Cache
) -> None:
    engine = connect("ivanova")
    engine.sync()
    uuid = queue_contact_change_as_before(local_cache, phone="+79160000001")
    report = engine.sync()
    assert (report.pushed, report.accepted, report.rejected) == (1, 0, 1)
    with local_cache.session(write=False) as session:
        entry = session.get(LocalContactChange, uuid)
        assert entry is not None and entry.state == REJECTED and entry.code == "password_needed"
    status = engine.status()
    assert status.state == State.NEEDS_ATTENTION and (status.contacts_refused, status.rejected) == (1, 0)
    with local_cache.session() as session:
        settle_contact_changes(session)
    assert engine.status().state == State.ONLINE
    with server.db.session(write=False) as session:
        phone = session.scalars(select(Customer.phone).where(Customer.login == "ivanova")).one()
    assert phone != "+79160000001"


def test_entries_made_offline_wait_and_then_go(
    server: LiveServer, connect: Connect, local_cache: Cache
) -> None:
    connect("ivanova").sync()
    meter = first_meter(local_cache)
    with local_cache.session(write=False) as session:
        before = previous_values(session, meter.id, "2026-03")["single"]
    dead = connect("ivanova", url="http://127.0.0.1:9")  # nothing listens on the discard port
    entry = enter_reading(local_cache, meter.id, {"single": before + 10}, taken_on=TODAY)
    report = dead.sync()
    assert isinstance(report.error, Offline)
    assert dead.status().state == State.OFFLINE and dead.status().waiting == 1
    with local_cache.session(write=False) as session:
        assert session.get(Outbox, 1) is not None
        assert session.scalars(select(Outbox.state)).all() == [WAITING]
    live = connect("ivanova")
    assert live.sync().accepted == 1
    with local_cache.session(write=False) as session:
        assert session.get(LocalReading, entry.uuid).state == ACCEPTED  # type: ignore[union-attr]


def test_an_expired_token_asks_for_a_login_and_keeps_the_outbox(
    server: LiveServer, connect: Connect, local_cache: Cache
) -> None:
    engine = connect("ivanova")
    engine.sync()
    meter = first_meter(local_cache)
    with local_cache.session(write=False) as session:
        before = previous_values(session, meter.id, "2026-03")["single"]
    enter_reading(local_cache, meter.id, {"single": before + 10}, taken_on=TODAY)
    assert server.settings.fixed_now is not None
    from datetime import timedelta

    server.settings.fixed_now += timedelta(days=40)
    report = engine.sync()
    assert isinstance(report.error, LoginRequired)
    status = engine.status()
    assert status.state == State.NEEDS_ATTENTION and "log in again" in status.message and status.waiting == 1
    server.settings.fixed_now -= timedelta(days=40)
    fresh = connect("ivanova")  # logging in again stores a new token
    assert fresh.sync().accepted == 1


def test_a_caretaker_cache_holds_flats_and_no_money(connect: Connect, local_cache: Cache) -> None:
    connect("caretaker").sync()
    from models.schema import Flat, Payment

    with local_cache.session(write=False) as session:
        assert session.scalar(select(func.count()).select_from(Flat)) == 12
        assert session.scalar(select(func.count()).select_from(Account)) == 0
        assert session.scalar(select(func.count()).select_from(Bill)) == 0
        assert session.scalar(select(func.count()).select_from(Payment)) == 0
        assert session.scalar(select(func.count()).select_from(Meter)) == 12


def test_linking_an_account_refreshes_everything(
    server: LiveServer, connect: Connect, local_cache: Cache
) -> None:
    engine = connect("petrov")
    engine.sync()
    with server.db.session(write=False) as session:
        from server.schema import Account as ServerAccount

        surname = session.scalars(
            select(ServerAccount.surname).where(ServerAccount.number == "30000004")
        ).one()
    token = engine.client.token()
    import requests

    requests.post(
        f"{server.url}/api/v1/accounts/link",
        json={"account_number": "30000004", "surname": surname, "access_code": demo_access_code("30000004")},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    ).raise_for_status()
    report = engine.sync()
    assert report.reset
    with local_cache.session(write=False) as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 2
        assert session.scalar(select(func.count()).select_from(Bill)) == 6


def test_an_account_its_owner_registers_leaves_a_linkers_cache(
    server: LiveServer, connect: Connect, local_cache: Cache
) -> None:
    import requests

    from server.schema import Account as ServerAccount

    engine = connect("petrov")
    with server.db.session(write=False) as session:
        surname = session.scalars(
            select(ServerAccount.surname).where(ServerAccount.number == "30000005")
        ).one()
    proof = {"account_number": "30000005", "surname": surname, "access_code": demo_access_code("30000005")}
    requests.post(
        f"{server.url}/api/v1/accounts/link",
        json=proof,
        headers={"Authorization": f"Bearer {engine.client.token()}"},
        timeout=10,
    ).raise_for_status()
    engine.sync()
    with local_cache.session(write=False) as session:
        assert "30000005" in session.scalars(select(Account.number)).all()
    captcha_id = requests.post(f"{server.url}/api/v1/auth/captcha", timeout=10).json()["captcha_id"]
    requests.post(
        f"{server.url}/api/v1/auth/register",
        json={
            **proof,
            "email": "owner@example.com",
            "captcha_id": captcha_id,
            "captcha_answer": server.captcha_answer(captcha_id),
        },
        timeout=10,
    ).raise_for_status()
    report = engine.sync()
    assert report.reset and report.error is None
    with local_cache.session(write=False) as session:
        assert session.scalars(select(Account.number)).all() == ["10100002"]
        # Nothing of the lost account stays behind: every bill left is of an account still shown.
        assert set(session.scalars(select(Bill.account_id))) == set(session.scalars(select(Account.id)))


def test_a_full_disk_during_a_pull_is_reported_and_the_next_sync_runs(
    connect: Connect, local_cache: Cache
) -> None:
    """Before, a cache error escaped the engine, killed the background sync thread and left the
    status at "syncing" for good."""
    engine = connect("ivanova")
    lift = stop_growing(local_cache)  # an empty cache: the first pull needs pages it may not have
    report = engine.sync()
    assert isinstance(report.error, CacheError) and report.error.kind == "disk_full"
    status = engine.status()
    assert status.state == State.NEEDS_ATTENTION and status.error is report.error
    lift()  # some space was freed
    report = engine.sync()
    assert report.error is None and report.pulled > 0
    assert engine.status().state == State.ONLINE
