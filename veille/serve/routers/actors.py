"""/api/actors: who appears in the news; one actor with aliases, mentions over time, quotes, events."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request

from veille.serve import queries
from veille.serve.routers.common import Country, Limit, Offset, Text, ctx, not_found

router = APIRouter(tags=["actors"])

ActorId = Annotated[str, Path(max_length=200, description="actor id, canonical name, or entity text")]


@router.get("/actors", summary="Actors ranked by the number of documents that mention them")
def list_actors(request: Request, country: Country = None, kind: Text = None, q: Text = None, limit: Limit = 50, offset: Offset = 0):
    return ctx(request).cached(("actors", country, kind, q, limit, offset),
                               lambda con: queries.list_actors(con, country=country, kind=kind, q=q, limit=limit, offset=offset))


@router.get("/actors/{actor_id}", summary="One actor: aliases, mentions per month, documents, quotes, events as source and target")
def one_actor(request: Request, actor_id: ActorId):
    found = ctx(request).actor(actor_id)
    if found is None:
        raise not_found("actor", "actor_id", actor_id)
    return found
