"""Helpers for the web tests (no tests here): a synchronous client over the real ASGI transport,
and a small real SQLite archive with hostile input in it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import anyio
import httpx
from starlette.applications import Starlette

from siyaq.model import (
    Article,
    ContentType,
    IngestReport,
    Mention,
    Page,
    Quote,
    Record,
    Story,
    Teaser,
    Widget,
)
from siyaq.store import open_store
from siyaq.store.base import Store

XSS_TITLE = '<script>alert("title")</script> عنوان <b>خبيث</b>'
XSS_BODY = 'نص يذكر القطار ثم <img src=x onerror=alert(1)> و"اقتباس" & رمز'


class Client:
    """httpx over the app in-process: the same ASGI path a server would take. One AsyncClient
    for all requests (creating one builds an SSL context: slow); the ASGI transport keeps no
    connections, so each request may run in its own event loop."""

    def __init__(self, app: Starlette) -> None:
        self.app = app
        self._http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                       base_url="http://siyaq.test")

    def get(self, path: str, **params: str) -> httpx.Response:
        async def fetch() -> httpx.Response:
            response = await self._http.get(path, params=params or None)
            await response.aread()
            return response

        return anyio.run(fetch)


def article(article_id: str, title: str, published: datetime, body: list[str], **fields: Any) -> Article:
    return Article(id=article_id, content_hash=f"h-{article_id}", origin=f"test/{article_id}.txt",
                   title=title, published_at=published, body=body, language="ar", **fields)


REPORTED_TEXT = "الرحلة تستغرق أربع ساعات"  # reported speech: a paraphrase, no marks


def sample_articles() -> list[Article]:
    base = datetime(2024, 3, 11, 14, 5)
    quote_text = "هذه الرحلة رسالة بأن شرايين البلاد بدأت تعود إلى الحياة"
    body = ["انطلقت اليوم أولى رحلات القطار بين حلب واللاذقية بعد توقف طويل.",
            f"وقال وزير النقل زهير القاسم: «{quote_text}».", "وأضاف أن الرحلة تستغرق أربع ساعات."]
    start = body[1].index(quote_text) + len(body[0]) + 1
    reported = REPORTED_TEXT
    at = len(body[0]) + len(body[1]) + 2 + body[2].index(reported)
    first = article(
        "a1", "عودة قطار الركاب بين حلب واللاذقية", base, body, host="alkhabar.example",
        url="https://alkhabar.example/news/1.html", published_text="14:05 - 2024/03/11",
        quotes=[Quote(text=quote_text, start=start, end=start + len(quote_text),
                      speaker="زهير القاسم", verb="قال"),
                Quote(text=reported, start=at, end=at + len(reported), speaker="زهير القاسم",
                      verb="وأضاف", direct=False, inherited=True)],
        mentions=[Mention("زهير القاسم", "PERS", 0, 1), Mention("حلب", "LOC", 0, 1),
                  Mention("القاسم", "PERS", 0, 1, canonical="زهير القاسم")],
        teasers=[Teaser("خبر آخر عن الطقس", url="javascript:alert('teaser')", block="في نفس السياق"),
                 Teaser("مباراة الأمس", url="https://alkhabar.example/news/2.html")],
        widgets=[Widget("comments", "تعليقات الفيسبوك")],
    )
    second = article(
        "a2", XSS_TITLE, base + timedelta(hours=3), [XSS_BODY, "فقرة ثانية عن القطار."],
        host="evil.example", url="javascript:alert('url')", timezone_stated=True,
    )
    second.published_at = datetime(2024, 3, 11, 17, 5, tzinfo=timezone(timedelta(hours=3)))
    third = article("a3", "القطار يصل إلى اللاذقية", base + timedelta(days=1),
                    ["وصل القطار إلى اللاذقية مساء الاثنين."], host="sada-news.example")
    third.updated_at = base + timedelta(days=2)
    other = article("a4", "هزة أرضية في لبنان", base + timedelta(days=4),
                    ["ضربت هزة أرضية لبنان فجر الجمعة."], host="sada-news.example")
    return [first, second, third, other]


def build_archive(path: Path) -> Store:
    """A real SQLite archive with four articles and one story (a1, a2 copy of a1, a3)."""
    store = open_store(path)
    records = [Record(page=Page(content=a.id.encode() * 3, origin=a.origin,
                                content_type=ContentType.TEXT, url=a.url), article=a)
               for a in sample_articles()]
    store.put_records(records, IngestReport())
    store.put_stories([Story(id="st1", article_ids=["a1", "a2", "a3"], title="القطار",
                             copies={"a2": "a1"})])
    return store
