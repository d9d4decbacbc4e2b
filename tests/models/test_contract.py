"""The cache keeps what the wire sends: each entity's table in the local cache has exactly the fields
of the pydantic model the server sends it as (sync/engine.py writes a pulled row's fields by the
table's column names, so a wire field with no column would be dropped without a word)."""

import pytest
from sqlalchemy import select, update

from models.db import Cache
from models.schema import SERVER_TABLES, Supplier
from protocol.schemas import ENTITY_MODELS
from server.changes import log_change
from server.schema import Supplier as ServerSupplier
from tests.support.live_server import LiveServer
from tests.support.sync import Connect

# Deliberate differences, (entity, column or field) -> why. Keep it short: every line here is a field
# the cache and the wire disagree on, on purpose.
CACHE_ONLY: dict[tuple[str, str], str] = {}
WIRE_ONLY: dict[tuple[str, str], str] = {}


def columns(entity: str) -> set[str]:
    return {column.name for column in SERVER_TABLES[entity].__table__.columns}


def fields(entity: str) -> set[str]:
    return set(ENTITY_MODELS[entity].model_fields)


def test_every_pulled_entity_has_a_table_and_every_table_an_entity() -> None:
    assert set(SERVER_TABLES) == set(ENTITY_MODELS)


@pytest.mark.parametrize(
    "entity",
    sorted(ENTITY_MODELS),
)
def test_the_cache_table_has_the_wire_models_fields(entity: str) -> None:
    cache_only = {name for name in columns(entity) - fields(entity) if (entity, name) not in CACHE_ONLY}
    wire_only = {name for name in fields(entity) - columns(entity) if (entity, name) not in WIRE_ONLY}
    assert not wire_only, f"{ENTITY_MODELS[entity].__name__} fields the cache would drop: {sorted(wire_only)}"
    assert not cache_only, f"{entity} columns the wire never fills: {sorted(cache_only)}"


def test_the_allow_lists_name_real_differences() -> None:
    """An exception that no longer differs is taken off the list, not left to hide a later one."""
    for entity, name in CACHE_ONLY:
        assert name in columns(entity) - fields(entity), (entity, name)
    for entity, name in WIRE_ONLY:
        assert name in fields(entity) - columns(entity), (entity, name)


def test_a_changed_supplier_replaces_the_cached_one(
    server: LiveServer, connect: Connect, local_cache: Cache
) -> None:
    """Found by the contract test: SupplierOut had no id, so every change of the bank details added a
    second supplier row and the receipt's QR code kept the first (old) bank."""
    engine = connect("ivanova")
    assert engine.sync().error is None
    with server.db.session() as session:
        supplier_id = session.scalars(select(ServerSupplier.id)).one()
        session.execute(
            update(ServerSupplier).where(ServerSupplier.id == supplier_id).values(bank_name="АО «Новый банк»")
        )
        log_change(session, "supplier", supplier_id)
    assert engine.sync().error is None
    with local_cache.session(write=False) as session:
        assert [s.bank_name for s in session.scalars(select(Supplier))] == ["АО «Новый банк»"]


def test_the_copy_an_older_app_kept_gives_way_to_the_servers_row(
    connect: Connect, local_cache: Cache
) -> None:
    """Cache migration 0003 keeps an older app's newest supplier copy as id 0; the pulled row wins."""
    with local_cache.session() as session:
        session.add(
            Supplier(
                id=0, name="S", inn="1", kpp="2", bank_name="Old bank", bic="3", settlement_account="4",
                correspondent_account="5", address="a", phone="p", email="e",
            )
        )  # fmt: skip
    assert connect("ivanova").sync().error is None
    with local_cache.session(write=False) as session:
        newest = session.scalars(select(Supplier).order_by(Supplier.id.desc())).first()
        assert newest is not None and newest.id > 0 and newest.bank_name != "Old bank"
