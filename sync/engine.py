"""The sync engine: push the outbox in batches, then pull changes page by page. No Qt here.

Push: each batch's answers are stored on the outbox items and their local entries in one transaction.
If the answer never arrives, the items stay waiting and go again with the same UUIDs; the server
answers a repeat as it answered the first time.

A reading refused `future_date` (this computer's calendar is ahead of the server's: a time zone east of
it after midnight, or a clock set wrong) is not lost: it stays waiting, and once a pull shows that the
server's day has reached the day it was taken, it goes again under a new UUID (the refused one was
applied to nothing, and the server keeps its answer for good).

Pull: each page is validated, then upserted with one bulk statement per entity, together with the new
cursor, in one transaction. A crash between pages loses nothing and repeats nothing.
"""

import functools
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from types import GenericAlias, UnionType
from typing import Annotated, Any, Union, cast, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError
from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from typing_extensions import TypedDict

from jobs import Cancelled, CancelToken, Progress
from models.db import Cache
from models.entries import queue_reading
from models.errors import CacheError
from models.meta import get_meta, set_meta
from models.round import held_count
from models.schema import (
    ACCEPTED,
    CORRECTED,
    LOCAL_TABLES,
    REJECTED,
    SERVER_TABLES,
    WAITING,
    LocalContactChange,
    LocalReading,
    Outbox,
    RoundCell,
)
from protocol.schemas import ENTITY_MODELS, PullOut, PushResult
from protocol.zones import Zone
from sync.client import ApiClient
from sync.errors import BadAnswer, LoginRequired, Offline, SyncError
from sync.status import State, Status

log = logging.getLogger(__name__)

FUTURE_DATE = "future_date"
"""The server's refusal of a reading dated later than its today: held and sent again, never lost."""

__all__ = ["Report", "State", "Status", "SyncEngine"]


@dataclass
class Report:
    pushed: int = 0
    accepted: int = 0
    rejected: int = 0
    pulled: int = 0
    reset: bool = False
    error: Exception | None = None  # a SyncError, Cancelled, a CacheError, or (a bug) anything else


def _as_rows(annotation: Any) -> Any:
    """The same type with every pydantic model in it replaced by a TypedDict of the same fields and
    checks. A pulled page is validated, not kept: validating into plain dicts is about five times
    faster than building model instances only to throw them away (the largest cost of applying a page)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        fields = {
            name: _annotated[(_as_rows(field.annotation), *field.metadata)]
            if field.metadata
            else _as_rows(field.annotation)
            for name, field in annotation.model_fields.items()
        }
        return _typed_dict(f"{annotation.__name__}Row", fields)
    origin, args = get_origin(annotation), get_args(annotation)
    if origin in (list, dict):
        return GenericAlias(origin, tuple(_as_rows(arg) for arg in args))
    if origin in (Union, UnionType):
        return _union[tuple(_as_rows(arg) for arg in args)]
    return annotation


_annotated: Any = Annotated
_union: Any = Union
_typed_dict: Any = TypedDict


@functools.cache
def _rows_adapter(entity: str) -> TypeAdapter[Any]:
    """Built at the first page that holds the entity, not when the app starts."""
    return TypeAdapter(_as_rows(GenericAlias(list, (ENTITY_MODELS[entity],))))


_COLUMNS = {entity: [c.name for c in table.__table__.columns] for entity, table in SERVER_TABLES.items()}


def _upsert(entity: str) -> Any:
    table = SERVER_TABLES[entity]
    statement = sqlite_insert(table)
    return statement.on_conflict_do_update(
        index_elements=["id"],
        set_={name: statement.excluded[name] for name in _COLUMNS[entity] if name != "id"},
    )


_UPSERTS = {entity: _upsert(entity) for entity in SERVER_TABLES}


@dataclass
class SyncEngine:
    cache: Cache
    client: ApiClient
    push_batch: int = 200
    pull_limit: int = 1000
    on_status: Callable[[Status], None] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _state: State = State.OFFLINE
    _message: str = ""
    _needs_login: bool = False
    _error: Exception | None = None

    # ---- status -------------------------------------------------------------------------------------

    def status(self) -> Status:
        with self.cache.session(write=False) as session:
            waiting = self._waiting(session)
            # Round readings held while their window is closed wait too, only not in the outbox yet.
            waiting += held_count(session)
            refused = {
                kind: session.scalar(select(func.count()).select_from(t).where(t.state == REJECTED)) or 0
                for kind, t in LOCAL_TABLES.items()
            }
            last = get_meta(session, "last_sync")
        contacts = refused.pop("contact_change")
        rejected = sum(refused.values())
        state = self._state
        message = self._message
        if state == State.ONLINE and (rejected or contacts):
            state = State.NEEDS_ATTENTION
            message = "Some entries were not accepted; please look at them."
        last_sync = datetime.fromisoformat(last) if last else None
        return Status(
            state,
            message,
            last_sync,
            waiting,
            rejected,
            contacts_refused=contacts,
            needs_login=self._needs_login,
            error=self._error,
        )

    def _set(self, state: State, error: Exception | None = None, needs_login: bool = False) -> None:
        self._state, self._error, self._needs_login = state, error, needs_login
        self._message = error.message if isinstance(error, SyncError) else ""
        if self.on_status is not None:
            try:  # the status reads the cache, which may be the very trouble being reported
                self.on_status(self.status())
            except Exception:
                log.exception("the sync status could not be read or shown")

    # ---- one sync -----------------------------------------------------------------------------------

    def sync(
        self,
        cancel: CancelToken | None = None,
        progress: Progress | None = None,
        *,
        wait: bool = False,
        push_batch: int | None = None,
    ) -> Report:
        """Push everything waiting, then pull everything new. Never raises: the report holds the error.

        One sync at a time: without `wait`, a call during another sync returns at once (the running one
        will see the new entries); with it (the user pressed "Send all"), it waits its turn."""
        cancel = cancel or CancelToken()
        report = Report()
        if not self._lock.acquire(blocking=wait):
            return report
        try:
            before = self._state
            self._set(State.SYNCING)
            try:
                self.push_all(cancel, report, progress, push_batch)
                self.pull_all(cancel, report, progress)
                if self.send_held():  # the pull showed the server's day has come for a held reading
                    self.push_all(cancel, report, progress, push_batch)
                    self.pull_all(cancel, report, progress)
            except Cancelled as exc:
                report.error = exc
                self._set(before if before != State.SYNCING else State.ONLINE)
            except Offline as exc:
                report.error = exc
                self._set(State.OFFLINE, exc)
            except LoginRequired as exc:
                report.error = exc
                self._set(State.NEEDS_ATTENTION, exc, needs_login=True)
            except SyncError as exc:
                report.error = exc
                self._set(State.NEEDS_ATTENTION, exc)
            except CacheError as exc:  # the disk is full, the file locked or read-only: said in words
                report.error = exc
                self._set(State.NEEDS_ATTENTION, exc)
            except Exception as exc:  # a bug: logged, shown in general words, and the next sync still runs
                log.exception("sync failed")
                report.error = exc
                self._set(State.NEEDS_ATTENTION, exc)
            else:
                self._set(State.ONLINE)
        finally:
            self._lock.release()
        return report

    # ---- push ---------------------------------------------------------------------------------------

    @staticmethod
    def _waiting(session: Any) -> int:
        """Everything still to go: the outbox's waiting items and the readings held for the server's day."""
        queued = session.scalar(select(func.count()).select_from(Outbox).where(Outbox.state == WAITING)) or 0
        held = (
            session.scalar(
                select(func.count())
                .select_from(LocalReading)
                .where(LocalReading.state == WAITING, LocalReading.code == FUTURE_DATE)
            )
            or 0
        )
        return int(queued) + int(held)

    def waiting_count(self) -> int:
        with self.cache.session(write=False) as session:
            return (
                session.scalar(select(func.count()).select_from(Outbox).where(Outbox.state == WAITING)) or 0
            )

    def send_held(self) -> int:
        """Queue again, under new UUIDs, the readings refused `future_date` whose day the server has reached
        (as the last pull's server time says); how many were queued."""
        with self.cache.session() as session:
            last = get_meta(session, "last_sync")
            if not last:
                return 0
            moment = datetime.fromisoformat(last)
            moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
            server_day: date = moment.astimezone(UTC).date()
            held = session.scalars(
                select(LocalReading)
                .where(LocalReading.state == WAITING, LocalReading.code == FUTURE_DATE)
                .order_by(LocalReading.entered_at)
            ).all()
            queued = 0
            for entry in held:
                if entry.taken_on is not None and entry.taken_on > server_day:
                    continue
                newer = session.scalar(
                    select(func.count())
                    .select_from(LocalReading)
                    .where(
                        LocalReading.meter_id == entry.meter_id,
                        LocalReading.entered_at > entry.entered_at,
                        LocalReading.uuid != entry.uuid,
                    )
                )
                if newer:  # typed again since: sent late, the old value would replace the newer one
                    entry.state = CORRECTED
                    continue
                entry.state = REJECTED  # replaced by the new entry below, which marks it corrected
                values = {cast(Zone, zone): Decimal(v) for zone, v in entry.values.items()}
                again = queue_reading(
                    session,
                    entry.meter_id,
                    values,
                    corrects=entry.uuid,
                    now=entry.entered_at,
                    taken_on=entry.taken_on,
                )
                # A round's cells follow their reading: the answer to the new one must reach the grid.
                session.execute(
                    update(RoundCell)
                    .where(RoundCell.reading_uuid == entry.uuid)
                    .values(reading_uuid=again.uuid)
                )
                queued += 1
        return queued

    def push_all(
        self,
        cancel: CancelToken,
        report: Report,
        progress: Progress | None = None,
        batch_size: int | None = None,
    ) -> None:
        total = self.waiting_count()
        if progress:
            progress("push", 0, total)
        after = 0
        while True:
            cancel.check()
            with self.cache.session(write=False) as session:
                batch = session.scalars(
                    select(Outbox)
                    .where(Outbox.state == WAITING, Outbox.seq > after)
                    .order_by(Outbox.seq)
                    .limit(batch_size or self.push_batch)
                ).all()
            if not batch:
                return
            after = batch[-1].seq
            with self.cache.session() as session:
                session.execute(
                    update(Outbox)
                    .where(Outbox.seq.in_([i.seq for i in batch]))
                    .values(attempts=Outbox.attempts + 1)
                )
            try:
                answer = self.client.push([item.payload for item in batch])
            except SyncError as exc:
                with self.cache.session() as session:
                    session.execute(
                        update(Outbox)
                        .where(Outbox.seq.in_([i.seq for i in batch]))
                        .values(last_error=str(exc))
                    )
                raise
            self._record(batch, answer.results)
            report.pushed += len(batch)
            report.accepted += sum(1 for r in answer.results if r.status == "accepted")
            report.rejected += sum(1 for r in answer.results if r.status == "rejected")
            if progress:
                progress("push", report.pushed, total)

    def _record(self, batch: Sequence[Outbox], results: list[PushResult]) -> None:
        now = datetime.now(UTC)
        with self.cache.session() as session:
            for item, result in zip(batch, results, strict=True):
                state = ACCEPTED if result.status == "accepted" else REJECTED
                session.execute(
                    update(Outbox)
                    .where(Outbox.seq == item.seq)
                    .values(state=state, answered_at=now, last_error=None)
                )
                table = LOCAL_TABLES[item.kind]
                held = table is LocalReading and state == REJECTED and result.code == FUTURE_DATE
                values: dict[str, Any] = {
                    # Held, not refused: it goes again once the server's day has come (send_held).
                    "state": WAITING if held else state,
                    "code": result.code,
                    "message": result.message,
                }
                if table is not LocalContactChange:
                    values["server_id"] = result.server_id
                if table is LocalReading:
                    values["flagged"] = result.flagged
                session.execute(update(table).where(table.uuid == item.uuid).values(**values))

    # ---- pull ---------------------------------------------------------------------------------------

    def pull_all(self, cancel: CancelToken, report: Report, progress: Progress | None = None) -> None:
        while True:
            cancel.check()
            with self.cache.session(write=False) as session:
                cursor = get_meta(session, "cursor") or ""
            page = self.client.pull(cursor, self.pull_limit)
            self.apply_page(page)
            report.pulled += len(page.changes)
            report.reset |= page.reset
            if progress:
                progress("pull", report.pulled, None)
            if not page.has_more:
                return

    def apply_page(self, page: PullOut) -> None:
        """Validate a page, then write it and its cursor in one transaction."""
        upserts: dict[str, list[dict[str, Any]]] = {}
        deletes: dict[str, list[int]] = {}
        for change in page.changes:
            if change.op == "delete" or change.data is None:
                deletes.setdefault(change.entity, []).append(change.id)
            else:
                # Keyed by the change's id: a row is replaced, never added again beside the old one
                # (an older server's supplier came without one). Copied only when it has to be.
                data = change.data if "id" in change.data else {**change.data, "id": change.id}
                upserts.setdefault(change.entity, []).append(data)
        for entity, rows in upserts.items():
            try:
                _rows_adapter(entity).validate_python(rows)
            except ValidationError as exc:
                raise BadAnswer(f"{entity}: {exc.error_count()} problems") from exc
        with self.cache.session() as session:
            connection = session.connection()
            if page.reset:
                for table in SERVER_TABLES.values():
                    connection.execute(delete(table))
            for entity, ids in deletes.items():
                table = SERVER_TABLES[entity]
                connection.execute(delete(table).where(table.id.in_(ids)))  # type: ignore[attr-defined]
            for entity, rows in upserts.items():
                columns = _COLUMNS[entity]
                connection.execute(
                    _UPSERTS[entity], [{name: row.get(name) for name in columns} for row in rows]
                )
            set_meta(session, "cursor", page.cursor)
            set_meta(session, "last_sync", page.server_time.isoformat())
