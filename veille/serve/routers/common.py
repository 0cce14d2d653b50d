"""Parameters and helpers shared by the API routers."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import HTTPException, Query, Request

from veille.serve.context import ExploreContext
from veille.serve.queries import PAGE_MAX

Limit = Annotated[int, Query(ge=1, le=PAGE_MAX, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")]
Since = Annotated[dt.date | None, Query(description="on or after this day (YYYY-MM-DD)")]
Until = Annotated[dt.date | None, Query(description="on or before this day (YYYY-MM-DD)")]
Text = Annotated[str | None, Query(max_length=200)]
Country = Annotated[str | None, Query(max_length=8, pattern=r"^[A-Za-z]{2,8}$", description="ISO 3166-1 alpha-3 or an organisation code (NATO, UN, EU)")]


def ctx(request: Request) -> ExploreContext:
    return request.app.state.ctx


def not_found(what: str, parameter: str, value: str) -> HTTPException:
    return HTTPException(status_code=404, detail={"error": f"no {what} {value!r}", "parameter": parameter})


def check_range(since, until) -> None:
    if since and until and since > until:
        raise HTTPException(status_code=422, detail={"error": "since is after until", "parameter": "since"})
