"""Pull: every change since the client's cursor that this login may see, a page at a time.

The cursor is "1.<seq>.<scope>", where scope fingerprints the accounts and buildings the login sees.
When that set changes (an account linked or unlinked, a building assigned), the next pull starts over
from the beginning and says reset=true, so the client gets the new account's whole history and can
drop what it may no longer see.
"""

import hashlib
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session, selectinload

from protocol.schemas import MAX_PULL_LIMIT, PullChange, PullOut
from server import serialize as out
from server.access import building_ids, linked_account_ids
from server.billing import balances
from server.config import Settings
from server.errors import ApiError
from server.schema import (
    Account,
    AccountLink,
    Application,
    Bill,
    Building,
    ChangeLog,
    Customer,
    Meter,
    News,
    Payment,
    Reading,
    Supplier,
    Tariff,
)

PUBLIC_FOR_CARETAKERS = ("supplier", "news", "profile")


def _fingerprint(role: str, accounts: list[int], buildings: list[int]) -> str:
    text = f"{role}|{','.join(map(str, accounts))}|{','.join(map(str, buildings))}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def parse_cursor(cursor: str) -> tuple[int, str | None]:
    if not cursor:
        return 0, None
    parts = cursor.split(".")
    if len(parts) != 3 or parts[0] != "1" or not parts[1].isdigit() or len(parts[1]) > 12:
        raise ApiError(400, "bad_cursor", "The sync cursor is not one this server gave out.")
    return int(parts[1]), parts[2]


def pull(session: Session, settings: Settings, customer: Customer, cursor: str, limit: int) -> PullOut:
    limit = max(1, min(limit, MAX_PULL_LIMIT))
    since, scope = parse_cursor(cursor)
    caretaker = customer.role == "caretaker"
    accounts = [] if caretaker else linked_account_ids(session, customer)
    buildings = building_ids(session, customer)
    fingerprint = _fingerprint(customer.role, accounts, buildings)
    reset = scope is not None and scope != fingerprint
    if reset:
        since = 0

    public = and_(
        ChangeLog.account_id.is_(None), ChangeLog.building_id.is_(None), ChangeLog.customer_id.is_(None)
    )
    mine = ChangeLog.customer_id == customer.id
    where: ColumnElement[bool]
    if caretaker:
        in_buildings = ChangeLog.building_id.in_(buildings) if buildings else false()
        where = or_(in_buildings, mine, and_(public, ChangeLog.entity.in_(PUBLIC_FOR_CARETAKERS)))
    else:
        in_accounts = ChangeLog.account_id.in_(accounts) if accounts else false()
        where = or_(in_accounts, mine, public)
    rows = session.execute(
        select(ChangeLog.seq, ChangeLog.entity, ChangeLog.entity_id, ChangeLog.op)
        .where(ChangeLog.seq > since, where)
        .order_by(ChangeLog.seq)
        .limit(limit + 1)
    ).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    last_seq = rows[-1].seq if rows else since

    # Keep each entity's last change of the page, in order of that change.
    latest: dict[tuple[str, int], tuple[int, str]] = {}
    for row in rows:
        latest[(row.entity, row.entity_id)] = (row.seq, row.op)
    wanted: dict[str, set[int]] = {}
    for (entity, entity_id), (_seq, op) in latest.items():
        if op == "upsert":
            wanted.setdefault(entity, set()).add(entity_id)
    loaded = _load(session, settings, customer, wanted, caretaker)
    changes: list[PullChange] = []
    for (entity, entity_id), (_seq, op) in sorted(latest.items(), key=lambda item: item[1][0]):
        data = loaded.get((entity, entity_id)) if op == "upsert" else None
        wire_entity = "flat" if caretaker and entity == "account" else entity
        if data is None:
            changes.append(PullChange(entity=wire_entity, id=entity_id, op="delete", data=None))
        else:
            changes.append(PullChange(entity=wire_entity, id=entity_id, op="upsert", data=data))
    return PullOut(
        changes=changes,
        cursor=f"1.{last_seq}.{fingerprint}",
        has_more=has_more,
        reset=reset,
        server_time=settings.now(),
    )


def _load(
    session: Session, settings: Settings, customer: Customer, wanted: dict[str, set[int]], caretaker: bool
) -> dict[tuple[str, int], dict[str, Any]]:
    """Current state of the wanted entities, as JSON-ready dicts; a missing one is a delete."""
    result: dict[tuple[str, int], dict[str, Any]] = {}
    today = settings.today()

    def put(
        entity: str, items: Iterable[Any], key: Callable[[Any], int], convert: Callable[[Any], Any]
    ) -> None:
        for item in items:
            result[(entity, key(item))] = convert(item).model_dump(mode="json")

    for entity, ids in wanted.items():
        id_list = sorted(ids)
        if entity == "account":
            accounts = session.scalars(select(Account).where(Account.id.in_(id_list))).all()
            if caretaker:
                put(entity, accounts, lambda a: a.id, out.flat_out)
                continue
            links = {
                link.account_id: link
                for link in session.scalars(
                    select(AccountLink).where(
                        AccountLink.customer_id == customer.id, AccountLink.account_id.in_(id_list)
                    )
                )
            }
            owed = balances(session, id_list)
            for account in accounts:
                if account.id in links:
                    result[(entity, account.id)] = out.account_out(
                        account, links[account.id], owed[account.id]
                    ).model_dump(mode="json")
        elif entity == "building":
            for building in session.scalars(select(Building).where(Building.id.in_(id_list))):
                result[(entity, building.id)] = out.building_out(session, building).model_dump(mode="json")
        elif entity == "meter":
            meters = session.scalars(select(Meter).where(Meter.id.in_(id_list)))
            put(entity, meters, lambda m: m.id, lambda m: out.meter_out(m, settings, today))
        elif entity == "reading":
            readings = session.scalars(
                select(Reading).where(Reading.id.in_(id_list)).options(selectinload(Reading.values))
            )
            put(entity, readings, lambda r: r.id, out.reading_out)
        elif entity == "bill" and not caretaker:
            bills = session.scalars(
                select(Bill).where(Bill.id.in_(id_list)).options(selectinload(Bill.lines))
            )
            put(entity, bills, lambda b: b.id, out.bill_out)
        elif entity == "payment" and not caretaker:
            payments = session.scalars(select(Payment).where(Payment.id.in_(id_list)))
            put(entity, payments, lambda p: p.id, lambda p: out.payment_out(p, settings))
        elif entity == "news":
            put(
                entity,
                session.scalars(select(News).where(News.id.in_(id_list))),
                lambda n: n.id,
                out.news_out,
            )
        elif entity == "tariff":
            tariffs = session.scalars(select(Tariff).where(Tariff.id.in_(id_list)))
            put(entity, tariffs, lambda t: t.id, out.tariff_out)
        elif entity == "supplier":
            suppliers = session.scalars(select(Supplier).where(Supplier.id.in_(id_list)))
            put(entity, suppliers, lambda x: x.id, out.supplier_out)
        elif entity == "application":
            applications = session.scalars(
                select(Application).where(Application.id.in_(id_list), Application.customer_id == customer.id)
            )
            put(entity, applications, lambda a: a.id, out.application_out)
        elif entity == "profile" and customer.id in ids:
            result[(entity, customer.id)] = out.profile_out(customer).model_dump(mode="json")
    return result
