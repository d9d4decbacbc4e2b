"""The supplier, tariffs, a quote on them, news: open to every login and to none."""

from typing import Annotated

from fastapi import APIRouter, Query

from protocol import schemas as s
from server import reference
from server.deps import Db, Settings

router = APIRouter(prefix="/api/v1", tags=["reference"])


@router.get("/supplier", response_model=s.SupplierOut)
def supplier(sess: Db) -> s.SupplierOut:
    return reference.supplier(sess)


@router.get("/tariffs", response_model=list[s.TariffOut])
def tariffs(sess: Db) -> list[s.TariffOut]:
    return reference.tariffs(sess)


@router.post("/tariffs/quote", response_model=s.QuoteOut)
def quote(body: s.QuoteIn, sess: Db, settings: Settings) -> s.QuoteOut:
    return reference.quote(sess, settings, body)


@router.get("/news", response_model=list[s.NewsOut])
def news(sess: Db, limit: Annotated[int, Query(ge=1, le=200)] = 50) -> list[s.NewsOut]:
    return reference.news(sess, limit)
