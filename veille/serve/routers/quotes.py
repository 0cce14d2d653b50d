"""/api/quotes: who said what, with filters on speaker, country, dates and words."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request

from veille.serve import queries
from veille.serve.routers.common import Country, Limit, Offset, Since, Text, Until, check_range, ctx

router = APIRouter(tags=["quotes"])


@router.get("/quotes", summary="Quotes, newest first")
def list_quotes(request: Request, speaker: Text = None, country: Country = None, since: Since = None, until: Until = None,
                contains: Text = None, kind: Literal["direct", "indirect", "mixed"] | None = None,
                limit: Limit = 20, offset: Offset = 0):
    check_range(since, until)
    args = dict(speaker=speaker, country=country, since=since, until=until, contains=contains, kind=kind, limit=limit, offset=offset)
    return ctx(request).cached(("quotes", tuple(args.items())), lambda con: queries.list_quotes(con, **args))
