"""/api/stats: what the store holds."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from veille.serve import queries
from veille.serve.routers.common import ctx

router = APIRouter(tags=["stats"])


@router.get("/stats", summary="Counts, documents per month, top actors, latest events")
def stats(request: Request, top: Annotated[int, Query(ge=1, le=100)] = 10):
    return ctx(request).cached(("stats", top), lambda con: queries.stats(con, top=top))
