"""Use cases of the caretaker's round: the buildings, a building's rows, a cell kept, an imported sheet
applied, the whole building sent."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_app.round.excel import ImportPlan
from jobs import CancelToken, Progress
from models.db import Cache
from models.round import (
    HELD,
    BuildingChoice,
    CellSaved,
    Round,
    buildings,
    confirm_cell,
    load_round,
    usual_use,
)
from models.round import release_held as release_meters
from models.round import save_cell as save_cell
from sync.engine import Report, Status, SyncEngine

SEND_BATCH = 50  # small batches: the bar moves and Cancel stops within a moment


def building_choices(cache: Cache) -> list[BuildingChoice]:
    with cache.session(write=False) as session:
        return buildings(session)


def open_round(cache: Cache, building_id: int, today: date, *, with_usual: bool = True) -> Round:
    with cache.session(write=False) as session:
        return load_round(session, building_id, today, with_usual=with_usual)


def usual_use_of(cache: Cache, building_id: int, period: str) -> dict[tuple[int, str], Decimal]:
    with cache.session(write=False) as session:
        return usual_use(session, building_id, period)


@dataclass(frozen=True)
class ImportResult:
    saved: int  # cells that changed
    unchanged: int  # cells that already held that value (a file imported again)
    readings: int  # readings queued to be sent
    results: dict[tuple[int, str], CellSaved]
    held: int = 0  # readings kept on this computer, not queued: their window is closed


def apply_import(
    cache: Cache, plan: ImportPlan, cancel: CancelToken | None = None, taken_on: date | None = None
) -> ImportResult:
    """Every good row of the sheet in one transaction: all of it is kept, or (cancelled, failed) none."""
    cancel = cancel or CancelToken()
    saved = unchanged = readings = 0
    held: set[int] = set()
    results: dict[tuple[int, str], CellSaved] = {}
    with cache.session() as session:
        for count, (row, value) in enumerate(plan.take):
            if count % 100 == 0:
                cancel.check()
            result = confirm_cell(
                session,
                plan.period,
                row.meter_id,
                row.zones,
                row.zone,
                value,
                resend_rejected=False,
                taken_on=taken_on,
            )
            results[row.key] = result
            if result.changed:
                saved += 1
                readings += result.reading_uuid is not None and result.state == "waiting"
                if result.state == HELD:
                    held.add(row.meter_id)
            else:
                unchanged += 1
        cancel.check()
    return ImportResult(saved, unchanged, readings, results, len(held))


def release_held(cache: Cache, meter_ids: list[int], today: date, *, as_typed: bool) -> int:
    """The caretaker's choice for the readings held while the window was closed; how many were queued."""
    with cache.session() as session:
        return release_meters(session, meter_ids, today, as_typed=as_typed)


def status_of(engine: SyncEngine) -> Status:
    """The sync status now (the waiting count changes as cells are kept, not only when a sync runs)."""
    return engine.status()


def send_all(engine: SyncEngine, cancel: CancelToken, progress: Progress | None = None) -> Report:
    """Send everything waiting and fetch the answers, waiting for a background sync to finish first."""
    return engine.sync(cancel, progress, wait=True, push_batch=SEND_BATCH)
