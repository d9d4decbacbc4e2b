"""The cache file: migrations, a damaged file kept and its unsent entries recovered, tokens never stored."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from pydantic import ValidationError
from sqlalchemy import func, select

from models.db import HEAD_REVISION, MIGRATIONS, Cache, _engine
from models.entries import enter_application, enter_reading
from models.schema import WAITING, LocalReading, Meta, Outbox, Supplier


def test_head_revision_is_the_newest_migration() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_an_entry_and_its_outbox_item_are_written_together(local_cache: Cache) -> None:
    entry = enter_reading(local_cache, 7, {"day": Decimal("120.5"), "night": Decimal(40)})
    with local_cache.session(write=False) as session:
        local = session.get(LocalReading, entry.uuid)
        assert (
            local is not None and local.state == WAITING and local.values == {"day": "120.5", "night": "40"}
        )
        item = session.query(Outbox).filter_by(uuid=entry.uuid).one()
        assert (
            item.kind == "reading"
            and item.payload["meter_id"] == 7
            and item.payload["values"]["day"] == "120.5"
        )


def test_bad_entries_are_refused_before_anything_is_stored(local_cache: Cache) -> None:
    with pytest.raises(ValidationError):
        enter_reading(local_cache, 7, {"single": Decimal(-1)})
    with pytest.raises(ValidationError):
        enter_application(local_cache, "callback")  # a callback needs a phone number
    with local_cache.session(write=False) as session:
        assert session.query(Outbox).count() == 0


def damage_tail(path: Path, pages: int) -> None:
    """Scribble over the last pages of the file, where the most recently grown table lives."""
    data = bytearray(path.read_bytes())
    for offset in range(len(data) - pages * 4096, len(data), 4096):
        data[offset : offset + 200] = b"\xde\xad\xbe\xef" * 50
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_kept_and_unsent_entries_recovered(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from models.schema import News

    path = tmp_path / "cache.sqlite3"
    local_cache = Cache(path)
    entries = [enter_reading(local_cache, 1, {"single": Decimal(100 + value)}).uuid for value in range(3)]
    with local_cache.session() as session:
        moment = datetime(2026, 1, 1, tzinfo=UTC)
        session.add_all(
            News(id=n, published_at=moment, title=f"n{n}", body="x" * 500) for n in range(1, 2000)
        )
    with local_cache.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    local_cache.close()
    damage_tail(path, pages=20)
    reopened = Cache(path)
    assert reopened.repair is not None
    assert reopened.repair.kept_copy.exists() and "damaged" in reopened.repair.kept_copy.name
    assert reopened.repair.recovered_entries == 3
    assert reopened.integrity_ok()
    with reopened.session(write=False) as session:
        assert sorted(session.scalars(select(Outbox.uuid))) == sorted(entries)
        assert {r.state for r in session.scalars(select(LocalReading))} == {WAITING}
        assert (
            session.scalar(select(func.count()).select_from(News)) == 0
        )  # downloaded again on the next sync
    reopened.close()


def test_a_file_that_is_not_a_database_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "local_cache.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    local_cache = Cache(path)
    assert local_cache.repair is not None and local_cache.repair.kept_copy.read_bytes().startswith(
        b"this is not"
    )
    assert local_cache.integrity_ok()
    local_cache.close()


def test_tokens_are_kept_in_the_keyring_not_in_files(tmp_path: Path, test_keyring: Path) -> None:
    from sync.tokens import TokenStore

    local_cache = Cache(tmp_path / "profile" / "local_cache.sqlite3")
    store = TokenStore("http://server.example", "ivanova")
    store.set("secret-token-value-1234567890")
    assert TokenStore("http://server.example", "ivanova").get() == "secret-token-value-1234567890"
    enter_reading(local_cache, 1, {"single": Decimal(1)})
    local_cache.close()
    for file in (tmp_path / "profile").iterdir():
        assert b"secret-token-value" not in file.read_bytes()
    assert b"secret-token-value" in (test_keyring / "keyring.json").read_bytes()
    store.clear()
    assert TokenStore("http://server.example", "ivanova").get() is None


def test_decimals_and_dates_come_back_exact(local_cache: Cache) -> None:
    from models.schema import Tariff

    with local_cache.session() as session:
        session.add(
            Tariff(
                id=1,
                group="urban",
                zone_count=1,
                zone="single",
                band_upto_kwh=None,
                price=Decimal("6.4300"),
                effective_from=date(2026, 7, 1),
            )
        )
    with local_cache.session(write=False) as session:
        tariff = session.get(Tariff, 1)
        assert (
            tariff is not None
            and tariff.price == Decimal("6.43")
            and tariff.effective_from == date(2026, 7, 1)
        )


def test_old_supplier_copies_go_the_newest_stays_and_the_next_sync_pulls_everything(tmp_path: Path) -> None:
    """A cache from before SupplierOut.id held one supplier row per change of the bank details."""
    import sqlite3

    from alembic import command

    path = tmp_path / "cache.sqlite3"
    engine = _engine(path)  # the file as the app at revision 0002 left it
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        for bank in ("Old bank", "New bank"):
            connection.execute(
                "INSERT INTO supplier (name, inn, kpp, bank_name, bic, settlement_account, "
                "correspondent_account, address, phone, email) VALUES ('S', '1', '2', ?, '3', '4', '5', "
                "'a', 'p', 'e')",
                (bank,),
            )
        connection.execute("INSERT INTO meta (key, value) VALUES ('cursor', '1234')")
    cache = Cache(path)
    with cache.session(write=False) as session:
        kept = [(s.id, s.bank_name) for s in session.scalars(select(Supplier))]
        assert kept == [(0, "New bank")]  # receipts still have a payee while offline
        assert session.scalar(select(Meta.value).where(Meta.key == "cursor")) is None
    cache.close()
