"""The watcher's state and alerts in the `veille serve` API: /api/watch/status and /api/alerts.

Mounted by `veille.serve.app` like the other routers (`app.include_router(router, prefix="/api")`).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Request

from veille.serve.routers.common import ctx
from veille.watch.alerts import alert_payloads
from veille.watch.state import status_rows

router = APIRouter(tags=["watch"])


@router.get("/watch/status", summary="Each watched feed or folder: last success, last error, items seen and stored, lag")
def watch_status(request: Request):
    with ctx(request).reading() as con:
        return {"sources": status_rows(con)}


@router.get("/alerts", summary="Alerts raised by the watch rules, oldest first, with their documents and spans")
def list_alerts(
    request: Request,
    since: Annotated[dt.datetime | None, Query(description="raised at or after (ISO date or datetime, UTC)")] = None,
    rule: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
):
    if since is not None and since.tzinfo is not None:
        since = since.astimezone(dt.timezone.utc).replace(tzinfo=None)
    with ctx(request).reading() as con:
        return {"alerts": alert_payloads(con, since=since, rule=rule, limit=limit)}
