"""The `veille serve` application: a read-only JSON API under /api and the dashboard pages.

FastAPI documents the API itself (OpenAPI at /openapi.json, browsable at /docs). Every asset
the pages need is served from veille's own `static/` folder: no CDN, works offline.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from veille import __version__
from veille.serve import queries
from veille.serve.context import ExploreContext
from veille.serve.routers import actors, documents, events, pages, quotes, search, stats
from veille.store import StoreError
from veille.watch import api as watch_api

STATIC = Path(__file__).parent / "static"


def create_app(db: str, token: str | None = None) -> FastAPI:
    ctx = ExploreContext(db, token)

    ctx.warm_ups = [(("stats", 15), lambda con: queries.stats(con, top=15)), (("stats", 10), lambda con: queries.stats(con, top=10))]
    # then the pages of the most mentioned actors, the ones the home page links to
    ctx.follow_ups = lambda: [
        (("actor", a["id"]), ctx.actor_compute(a["id"]))
        for a in ctx.cached(("stats", 15), lambda con: queries.stats(con, top=15))["top_actors"]
    ]

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        ctx.keep_index_fresh()
        yield
        ctx.close()  # let go of the store file

    app = FastAPI(
        lifespan=lifespan,
        title="veille",
        version=__version__,
        description=(
            "French news intelligence: stored articles with their entities, actors, quotes, time "
            "expressions and events, each linked to its source span. Read-only; the only write "
            "endpoint (`POST /api/index/rebuild`) requires the server's token."
        ),
    )
    app.state.ctx = ctx

    @app.middleware("http")
    async def follow_the_store(request: Request, call_next):
        ctx.hold_store()  # or let go of it, when a writer waits (even if the answer is cached)
        ctx.keep_index_fresh()  # at most every few seconds, in the background
        return await call_next(request)
    for router in (documents.router, search.router, actors.router, quotes.router, events.router, stats.router, watch_api.router):
        app.include_router(router, prefix="/api")
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError):
        errors = exc.errors()
        if not request.url.path.startswith("/api"):
            return pages.error_page(request, 422, f"invalid parameter {errors[0]['loc'][-1]!r}" if errors else "invalid request")
        first = errors[0] if errors else {}
        location = [str(part) for part in first.get("loc", ())]
        parameter = location[-1] if location else None
        return JSONResponse(
            status_code=422,
            content={"error": f"invalid parameter {parameter!r}: {first.get('msg', 'invalid')}", "parameter": parameter,
                     "detail": [{"loc": e.get("loc"), "msg": e.get("msg"), "type": e.get("type")} for e in errors]},
        )

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if not request.url.path.startswith("/api"):
            return pages.error_page(request, exc.status_code, exc.detail)
        content = exc.detail if isinstance(exc.detail, dict) else {"error": exc.detail}
        return JSONResponse(status_code=exc.status_code, content=content, headers=getattr(exc, "headers", None))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        return JSONResponse(status_code=503, content={"error": str(exc)})

    return app
