"""/api/events and /api/dyads: who did what to whom, and the time series between two actors."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request

from veille.serve import queries
from veille.serve.routers.common import Limit, Offset, Since, Text, Until, check_range, ctx

router = APIRouter(tags=["events"])

Modality = Literal["actual", "alleged", "intended", "hypothetical", "future", "denied"]
ActorQ = Annotated[str, Query(min_length=1, max_length=200, description="actor id, canonical name or country code")]


@router.get("/events", summary="Events, newest first")
def list_events(request: Request, source: Text = None, target: Text = None,
                type: Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z_]+$")] = None,
                modality: Modality | None = None, since: Since = None, until: Until = None,
                limit: Limit = 20, offset: Offset = 0):
    check_range(since, until)
    args = dict(source=source, target=target, type_=type, modality=modality, since=since, until=until, limit=limit, offset=offset)
    return ctx(request).cached(("events", tuple(args.items())), lambda con: queries.list_events(con, **args))


@router.get("/dyads", summary="Events between two actors per period, both directions, with mean intensity")
def dyad(request: Request, a: ActorQ, b: ActorQ, by: Literal["day", "month", "year"] = "month"):
    return ctx(request).cached(("dyad", a, b, by), lambda con: queries.dyad(con, a, b, by))
