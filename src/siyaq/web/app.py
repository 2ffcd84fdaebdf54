"""The web reader and JSON API: `create_app(db_path)` returns a Starlette app.

Every page and every /api/ answer renders one dict from a view function (siyaq.views or
siyaq.web.views_extra): the HTML and the JSON can never disagree. No SQL here; the store does it.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from siyaq.store.base import Store
from siyaq.views import NotFound, search_view
from siyaq.web.params import (
    BadRequest,
    entity_list_params,
    page_params,
    period_params,
    quote_params,
    search_params,
)
from siyaq.web.render import WEB_DIR, templates
from siyaq.web.security import SecurityHeaders
from siyaq.web.views_extra import (
    article_page_view,
    entities_page_view,
    entity_page_view,
    latest_view,
    quotes_page_view,
    stories_page_view,
    story_page_view,
)


class Archive:
    """The store behind a lock: views run in worker threads (the event loop stays free) and one
    SQLite connection must not serve two of them at once."""

    def __init__(self, store: Store, *, owned: bool) -> None:
        self.store = store
        self.owned = owned  # closed by the app only when the app opened it
        self._lock = threading.Lock()

    async def call(self, view: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        def run() -> Any:
            with self._lock:
                return view(self.store, *args, **kwargs)

        return await run_in_threadpool(run)

    def close(self) -> None:
        if self.owned:
            with self._lock:
                self.store.close()


def _archive(request: Request) -> Archive:
    archive: Archive = request.app.state.archive
    return archive


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    return request.app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
        request, name, context, status_code=status
    )


async def home(request: Request) -> Response:
    limit, offset = page_params(request.query_params)
    data = await _archive(request).call(latest_view, limit=limit, offset=offset)
    return _page(request, "home.html", {"data": data, "query": {}})


async def _search(request: Request) -> dict[str, Any] | None:
    params = search_params(request.query_params)
    if not params.text and not params.entity:
        return None
    result: dict[str, Any] = await _archive(request).call(
        search_view, params.text, published_from=params.published_from,
        published_to=params.published_to, host=params.host, entity=params.entity,
        limit=params.limit, offset=params.offset, byline=params.byline,
    )
    return result


async def search_page(request: Request) -> Response:
    data = await _search(request)
    return _page(request, "search.html", {"data": data, "query": request.query_params})


async def article_page(request: Request) -> Response:
    data = await _archive(request).call(article_page_view, request.path_params["article_id"])
    return _page(request, "article.html", {"data": data, "query": {}})


async def api_search(request: Request) -> Response:
    data = await _search(request)
    if data is None:
        raise BadRequest("'q' is required: the words to search for (or 'entity' alone)")
    return JSONResponse(data)


async def api_article(request: Request) -> Response:
    data = await _archive(request).call(article_page_view, request.path_params["article_id"])
    return JSONResponse(data)


async def api_articles(request: Request) -> Response:
    limit, offset = page_params(request.query_params)
    return JSONResponse(await _archive(request).call(latest_view, limit=limit, offset=offset))


async def _listing(request: Request) -> dict[str, Any]:
    """The data of the list pages (/stories, /entities, /quotes) and of their /api/ twins,
    by the page's name; parameters are checked first."""
    archive, params = _archive(request), request.query_params
    page = request.url.path.removeprefix("/api")
    if page == "/stories":
        published_from, published_to = period_params(params)
        limit, _ = page_params(params)
        data: dict[str, Any] = await archive.call(
            stories_page_view, published_from=published_from, published_to=published_to,
            limit=limit)
    elif page == "/entities":
        kind, top = entity_list_params(params)
        data = await archive.call(entities_page_view, kind, top)
    else:
        chosen = quote_params(params)
        data = await archive.call(quotes_page_view, speaker=chosen.speaker, query=chosen.text,
                                  limit=chosen.limit)
    return data


async def listing_page(request: Request) -> Response:
    data = await _listing(request)
    name = request.url.path.strip("/") + ".html"
    return _page(request, name, {"data": data, "query": request.query_params})


async def api_listing(request: Request) -> Response:
    return JSONResponse(await _listing(request))


async def _one(request: Request) -> tuple[str, dict[str, Any]]:
    """(template, data) of /story/ID and /entity/NAME, and of their /api/ twins."""
    kind = request.url.path.removeprefix("/api").split("/")[1]
    key = request.path_params["key"]
    view = story_page_view if kind == "story" else entity_page_view
    data: dict[str, Any] = await _archive(request).call(view, key)
    return f"{kind}.html", data


async def one_page(request: Request) -> Response:
    name, data = await _one(request)
    return _page(request, name, {"data": data, "query": {}})


async def api_one(request: Request) -> Response:
    return JSONResponse((await _one(request))[1])


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    return _page(request, "error.html", {"status": status, "message": message, "query": {}}, status)


async def bad_request(request: Request, exc: Exception) -> Response:
    return _error(request, 400, str(exc))


async def not_found(request: Request, exc: Exception) -> Response:
    return _error(request, 404, "not found: " + (str(exc) if isinstance(exc, NotFound) else
                                                 request.url.path))


async def http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    if status == 404:
        return await not_found(request, exc)
    return _error(request, status, str(getattr(exc, "detail", "")) or "error")


ROUTES = [
    Route("/", home),
    Route("/search", search_page),
    Route("/article/{article_id:str}", article_page),
    Route("/api/search", api_search),
    Route("/api/article/{article_id:str}", api_article),
    Route("/api/articles", api_articles),
    *(Route(path, listing_page) for path in ("/stories", "/entities", "/quotes")),
    *(Route(f"/api{path}", api_listing) for path in ("/stories", "/entities", "/quotes")),
    *(Route(f"/{kind}/{{key:path}}", one_page) for kind in ("story", "entity")),
    *(Route(f"/api/{kind}/{{key:path}}", api_one) for kind in ("story", "entity")),
    Mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static"),
]


def create_app(db_path: str | Path | None = None, *, store: Store | None = None) -> Starlette:
    """The reader over the archive at db_path (opened now, closed at shutdown), or over a store
    the caller opened and will close."""
    if store is None:
        if db_path is None:
            raise ValueError("create_app needs db_path or store")
        from siyaq.store import open_store

        archive = Archive(open_store(db_path), owned=True)
    else:
        archive = Archive(store, owned=False)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        archive.close()

    handlers = {BadRequest: bad_request, NotFound: not_found, HTTPException: http_error}
    app = Starlette(routes=ROUTES, exception_handlers=handlers, lifespan=lifespan)
    app.add_middleware(SecurityHeaders)
    app.state.archive = archive
    app.state.templates = templates()
    return app
