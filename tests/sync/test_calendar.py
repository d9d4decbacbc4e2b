"""What the sync engine does with the window's wire fields and with a reading the server finds dated in
the future (this computer's calendar a day ahead of the server's), against the real server."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop_app.readings import OUTSIDE_WINDOW, VERIFICATION_OVERDUE, NotAcceptedNow, save_entry
from models.db import Cache
from models.entries import enter_reading
from models.readings import previous_values
from models.schema import ACCEPTED, CORRECTED, REJECTED, WAITING, LocalReading, Meter, Outbox, Reading
from server.schema import Reading as ServerReading
from sync.engine import State
from tests.support.clock import TODAY
from tests.support.live_server import LiveServer
from tests.support.sync import Connect


def test_a_pull_stores_the_windows_days_grace_and_verification_rule(
    connect: Connect, local_cache: Cache, server: LiveServer
) -> None:
    server.settings.window_start_day, server.settings.window_end_day = 10, 20
    server.settings.grace_days, server.settings.refuse_unverified = 3, False
    assert connect("ivanova").sync().error is None
    with local_cache.session(write=False) as session:
        meters = session.scalars(select(Meter).where(Meter.active.is_(True))).all()
        assert meters
        for meter in meters:
            assert (meter.window_start_day, meter.window_end_day, meter.grace_days) == (10, 20, 3)
            assert meter.verification_enforced is False
            # The dates true on the day sent, kept for older screens: the 18th is past this window.
            assert (meter.window_start, meter.window_end) == (date(2026, 3, 10), date(2026, 3, 20))
            assert meter.window_open is True
            assert meter.next_verification_on is not None and meter.verified_on is not None


def test_a_reading_dated_after_the_servers_today_waits_and_goes_when_the_day_comes(
    connect: Connect, local_cache: Cache, server: LiveServer
) -> None:
    engine = connect("ivanova")
    engine.sync()
    with local_cache.session(write=False) as session:
        meter = session.scalars(select(Meter).where(Meter.active.is_(True)).order_by(Meter.id)).first()
        assert meter is not None
        before = previous_values(session, meter.id, "2026-03")["single"]
    tomorrow = TODAY + timedelta(days=1)
    entry = enter_reading(local_cache, meter.id, {"single": before + 70}, taken_on=tomorrow)

    report = engine.sync()
    assert report.error is None and report.rejected == 1
    with local_cache.session(write=False) as session:
        held = session.get(LocalReading, entry.uuid)
        assert held is not None and (held.state, held.code) == (WAITING, "future_date")
        assert session.scalars(select(Outbox.state)).all() == [REJECTED]
    status = engine.status()
    # Waiting, not refused: nothing for the person to correct, and it is not lost.
    assert status.waiting == 1 and status.rejected == 0 and status.state == State.ONLINE

    # The server's day has not come: another sync sends nothing.
    again = engine.sync()
    assert again.pushed == 0 and engine.status().waiting == 1

    server.settings.fixed_now = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 0, 5, tzinfo=UTC)
    report = engine.sync()
    assert report.error is None and report.accepted == 1
    with local_cache.session(write=False) as session:
        old = session.get(LocalReading, entry.uuid)
        assert old is not None and old.state == CORRECTED
        new = session.scalars(select(LocalReading).where(LocalReading.corrects == entry.uuid)).one()
        assert (new.state, new.taken_on, new.values) == (ACCEPTED, tomorrow, {"single": str(before + 70)})
        assert new.entered_at == old.entered_at
        cached = session.get(Reading, new.server_id)
        assert cached is not None and cached.taken_on == tomorrow
    assert engine.status().waiting == 0
    # Applied once on the server, under the new UUID.
    with server.db.session() as session:
        rows = session.scalars(select(ServerReading).where(ServerReading.client_uuid == new.uuid)).all()
        assert [r.values[0].value for r in rows] == [Decimal(before + 70)]
        assert not session.scalars(select(ServerReading).where(ServerReading.client_uuid == entry.uuid)).all()


def test_the_readings_service_does_not_queue_a_reading_the_supplier_will_refuse(
    connect: Connect, local_cache: Cache, server: LiveServer
) -> None:
    """The screen turns Save off outside the window; the service refuses too (a day that changed between
    the screen's check and the save): nothing goes to the local table or the outbox."""
    connect("ivanova").sync()
    with local_cache.session() as session:
        meter = session.scalars(select(Meter).where(Meter.active.is_(True)).order_by(Meter.id)).first()
        assert meter is not None
        before = previous_values(session, meter.id, "2026-03")["single"]
        meter_id = meter.id
    for day in (date(2026, 3, 14), date(2026, 3, 26)):
        with pytest.raises(NotAcceptedNow) as refused:
            save_entry(local_cache, meter_id, {"single": before + 10}, taken_on=day)
        assert refused.value.code == OUTSIDE_WINDOW
    with local_cache.session() as session:
        meter = session.get(Meter, meter_id)
        assert meter is not None and meter.verification_enforced
        due = meter.next_verification_on
        meter.next_verification_on = date(2026, 3, 1)  # as a pull would store it
    with pytest.raises(NotAcceptedNow) as overdue:
        save_entry(local_cache, meter_id, {"single": before + 10}, taken_on=TODAY)
    assert overdue.value.code == VERIFICATION_OVERDUE
    with local_cache.session(write=False) as session:
        assert (
            session.scalars(select(Outbox)).all() == [] and session.scalars(select(LocalReading)).all() == []
        )
    with local_cache.session() as session:
        meter = session.get(Meter, meter_id)
        assert meter is not None
        meter.next_verification_on = due
    save_entry(local_cache, meter_id, {"single": before + 10}, taken_on=TODAY)  # inside: queued
    with local_cache.session(write=False) as session:
        assert [o.payload["taken_on"] for o in session.scalars(select(Outbox))] == [TODAY.isoformat()]


def test_a_held_reading_typed_over_since_is_not_sent_over_the_newer_one(
    connect: Connect, local_cache: Cache, server: LiveServer
) -> None:
    engine = connect("ivanova")
    engine.sync()
    with local_cache.session(write=False) as session:
        meter = session.scalars(select(Meter).where(Meter.active.is_(True)).order_by(Meter.id)).first()
        assert meter is not None
        before = previous_values(session, meter.id, "2026-03")["single"]
    tomorrow = TODAY + timedelta(days=1)
    moment = datetime(TODAY.year, TODAY.month, TODAY.day, 9, tzinfo=UTC)
    held = enter_reading(local_cache, meter.id, {"single": before + 70}, taken_on=tomorrow, now=moment)
    engine.sync()
    # The next day's own reading, typed after the held one, on a computer now in step with the server.
    server.settings.fixed_now = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 10, tzinfo=UTC)
    newer = enter_reading(
        local_cache, meter.id, {"single": before + 90}, taken_on=tomorrow, now=moment + timedelta(days=1)
    )
    report = engine.sync()
    assert report.error is None
    with local_cache.session(write=False) as session:
        old = session.get(LocalReading, held.uuid)
        assert old is not None and old.state == CORRECTED
        assert not session.scalars(select(LocalReading).where(LocalReading.corrects == held.uuid)).all()
        kept = session.get(LocalReading, newer.uuid)
        assert kept is not None and kept.state == ACCEPTED
    with server.db.session() as session:
        accepted = session.scalars(
            select(ServerReading).where(
                ServerReading.meter_id == meter.id, ServerReading.status == "accepted"
            )
        ).all()
        assert [r.client_uuid for r in accepted if r.taken_on == tomorrow] == [newer.uuid]
    assert engine.status().waiting == 0
