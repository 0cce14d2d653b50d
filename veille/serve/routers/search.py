"""/api/search: full-text search over articles and quotes (BM25, French stemming, folded accents)."""

from __future__ import annotations

import dataclasses
import hmac
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Request

from veille.search import Filters
from veille.serve.routers.common import Country, Limit, Offset, Since, Text, Until, check_range, ctx

router = APIRouter(tags=["search"])


@router.get("/search", summary="Ranked full-text search with highlighted snippets")
def search(
    request: Request,
    q: Annotated[str, Query(max_length=500, description="words to find; quotes for a phrase, - to exclude")] = "",
    kind: Literal["article", "quote"] | None = None,
    since: Since = None, until: Until = None, actor: Text = None, country: Country = None,
    limit: Limit = 20, offset: Offset = 0,
):
    check_range(since, until)
    if not q.strip() and not (actor or country or since or until):
        raise HTTPException(status_code=422, detail={"error": "give words to search (q) or a filter", "parameter": "q"})
    c = ctx(request)
    found = c.index.search(q, Filters(since=since, until=until, actor=actor, country=country, kind=kind), limit=limit, offset=offset)
    return {"total": found.total, "limit": limit, "offset": offset, "hits": [dataclasses.asdict(h) for h in found.hits]}


@router.post("/index/rebuild", summary="Catch the search index up with the store (needs the server token)")
def rebuild(request: Request):
    c = ctx(request)
    if not c.token:
        raise HTTPException(status_code=403, detail={"error": "this server is read-only: start it with --token to allow writes"})
    given = request.headers.get("authorization", "")
    if not hmac.compare_digest(given.encode(), f"Bearer {c.token}".encode()):
        raise HTTPException(status_code=401, detail={"error": "missing or wrong bearer token", "parameter": "Authorization"})
    return {"indexed": c.sync_now()}
