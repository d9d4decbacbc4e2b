"""The supplier's news, as the cache holds it."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from models.db import Cache
from models.schema import News


@dataclass(frozen=True)
class NewsItem:
    published_at: datetime
    title: str
    body: str


def news(cache: Cache) -> list[NewsItem]:
    with cache.session(write=False) as session:
        return [
            NewsItem(n.published_at, n.title, n.body)
            for n in session.scalars(select(News).order_by(News.published_at.desc()))
        ]
