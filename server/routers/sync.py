"""The sync engine's two calls: push the outbox, pull changes since a cursor."""

from typing import Annotated

from fastapi import APIRouter, Query

from protocol import schemas as s
from server import pull as pull_service
from server import push as push_service
from server.deps import Database, Db, Me, Settings, Token

router = APIRouter(prefix="/api/v1/sync", tags=["sync"])


# Push opens its own transaction (not the request's Db) so that one lost to a deadlock can run again.
@router.post("/push", response_model=s.PushOut)
def push(body: s.PushIn, database: Database, settings: Settings, token: Token) -> s.PushOut:
    return s.PushOut(results=push_service.push_as(database, settings, token, list(body.items)))


@router.get("/pull", response_model=s.PullOut)
def pull(
    sess: Db,
    settings: Settings,
    customer: Me,
    cursor: Annotated[str, Query(max_length=64)] = "",
    limit: Annotated[int, Query(ge=1, le=s.MAX_PULL_LIMIT)] = 500,
) -> s.PullOut:
    return pull_service.pull(sess, settings, customer, cursor, limit)
