"""The dashboard: server-rendered pages (Jinja2, autoescaped) with a little JavaScript for charts
and the article side panel. Every value from the store is untrusted text: templates escape it,
and data handed to scripts goes through `tojson` inside `<script type="application/json">`."""

from __future__ import annotations

import datetime as dt
import json
import re

from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from veille.search import Filters
from veille.serve import queries
from veille.serve.highlight import runs, snippet_runs
from veille.serve.routers.actors import ActorId
from veille.serve.routers.common import Text, ctx, not_found
from veille.serve.routers.documents import DocId, document_with_records

router = APIRouter(include_in_schema=False)

TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).resolve().parent.parent / "templates"),
    autoescape=select_autoescape(["html"], default=True),
    trim_blocks=True, lstrip_blocks=True,
)
PAGE = 20
COUNTRY = re.compile(r"[A-Za-z]{2,8}")
FormText = Annotated[str, Query(max_length=200)]


def form_date(name: str, value: str | None) -> dt.date | None:
    """An HTML form sends empty fields as empty strings: those mean no filter."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(status_code=422, detail={"error": f"invalid parameter {name!r}: not a YYYY-MM-DD date", "parameter": name}) from None


def form_country(value: str | None) -> str | None:
    value = (value or "").strip()
    if value and not COUNTRY.fullmatch(value):
        raise HTTPException(status_code=422, detail={"error": "invalid parameter 'country': a country code like RUS", "parameter": "country"})
    return value or None


def render(name: str, request: Request, status: int = 200, **values) -> HTMLResponse:
    values.setdefault("nav", "")
    html = TEMPLATES.get_template(name).render(request=request, **values)
    return HTMLResponse(html, status_code=status)


def shown_date(doc: dict) -> dict:
    """The date as the page shows it; an estimate (no date in the source) says so."""
    if doc.get("date"):
        return {"text": doc["date"], "estimated": False}
    estimate = doc.get("date_estimate")
    if isinstance(estimate, dict):
        value = estimate.get("value") or " – ".join(str(v) for v in (estimate.get("earliest"), estimate.get("latest")) if v)
        if value:
            return {"text": str(value), "estimated": True, "confidence": estimate.get("confidence"),
                    "neighbours": [n for n in estimate.get("neighbours") or [] if n.get("id")]}
    if isinstance(estimate, str) and estimate:
        return {"text": estimate, "estimated": True}
    return {"text": "date unknown", "estimated": False}


def error_page(request: Request, status: int, detail) -> HTMLResponse:
    message = detail.get("error") if isinstance(detail, dict) else str(detail)
    return render("error.html", request, status=status, status_code=status, message=message)


TEMPLATES.globals["shown_date"] = shown_date
TEMPLATES.globals["snippet_runs"] = snippet_runs


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    stats = ctx(request).cached(("stats", 15), lambda con: queries.stats(con, top=15))
    return render("home.html", request, nav="home", stats=stats)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: Annotated[str, Query(max_length=500)] = "",
                kind: Literal["article", "quote", ""] = "", since: FormText = "", until: FormText = "",
                actor: FormText = "", country: FormText = "", page: Annotated[int, Query(ge=1, le=500)] = 1):
    form = {"q": q, "kind": kind, "since": since, "until": until, "actor": actor, "country": country}
    since, until, country = form_date("since", since), form_date("until", until), form_country(country)
    results = None
    if q.strip() or actor or country or since or until:
        c = ctx(request)
        results = c.index.search(q, Filters(since=since, until=until, actor=actor or None, country=country, kind=kind or None),
                                 limit=PAGE, offset=(page - 1) * PAGE)
    return render("search.html", request, nav="search", results=results, form=form, page=page, page_size=PAGE)


def _article_spans(doc: dict) -> list[dict]:
    """Every extraction with a span, as the side panel shows it."""
    spans = []
    for e in doc.get("entities", []):
        actor = json.loads(e["actor"]) if isinstance(e.get("actor"), str) else e.get("actor")
        spans.append({"kind": "entity", "start": e["start"], "end": e["end"], "text": e["text"], "label": e.get("label"), "actor": actor})
    for m in doc.get("actor_mentions", []):
        if m.get("entity") is None:  # a role or metonymy the entities do not cover ("le président américain")
            spans.append({**m, "kind": "actor"})
    for t in doc.get("times", []):
        spans.append({**t, "kind": "time"})
    for quote in doc.get("quotes", []):
        spans.append({**quote, "kind": "quote", "quote_kind": quote.get("kind")})
        speaker = quote.get("speaker")
        if isinstance(speaker, dict) and isinstance(speaker.get("start"), int):
            spans.append({**speaker, "kind": "speaker", "quote": quote.get("text")})
    for event in doc.get("events", []):
        spans.append({**event, "kind": "event", "event_type": event.get("type")})
    for figure in doc.get("figures", []):
        spans.append({**figure, "kind": "figure"})
    return spans


@router.get("/articles/{doc_id}", response_class=HTMLResponse)
def article(request: Request, doc_id: DocId):
    doc = document_with_records(ctx(request), doc_id)
    spans = _article_spans(doc)
    counts: dict[str, int] = {}
    for s in spans:
        counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    return render("article.html", request, nav="", doc=doc, runs=runs(doc["text"], spans), spans=spans, counts=counts)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, q: FormText = "", country: FormText = "", page: Annotated[int, Query(ge=1, le=500)] = 1):
    form = {"q": q, "country": country}
    country = form_country(country)
    found = ctx(request).cached(("actors-page", q, country, page), lambda con: queries.list_actors(
        con, q=q, country=country, limit=50, offset=(page - 1) * 50))
    return render("actors.html", request, nav="actors", found=found, form=form, page=page)


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, actor_id: ActorId):
    found = ctx(request).actor(actor_id)
    if found is None:
        raise not_found("actor", "actor_id", actor_id)
    return render("actor.html", request, nav="actors", found=found)


@router.get("/dyad", response_class=HTMLResponse)
def dyad_page(request: Request, a: Text = "USA", b: Text = "RUS", by: Literal["day", "month", "year"] = "month"):
    a, b = (a or "USA").strip(), (b or "RUS").strip()
    found = ctx(request).cached(("dyad", a, b, by), lambda con: queries.dyad(con, a, b, by))
    return render("dyad.html", request, nav="dyad", found=found)


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, speaker: FormText = "", country: FormText = "", contains: FormText = "",
                since: FormText = "", until: FormText = "", kind: Literal["direct", "indirect", "mixed", ""] = "",
                page: Annotated[int, Query(ge=1, le=500)] = 1):
    form = {"speaker": speaker, "country": country, "contains": contains, "since": since, "until": until, "kind": kind}
    since, until, country = form_date("since", since), form_date("until", until), form_country(country)
    args = dict(speaker=speaker or None, country=country, since=since, until=until, contains=contains or None,
                kind=kind or None, limit=PAGE, offset=(page - 1) * PAGE)
    found = ctx(request).cached(("quotes", tuple(args.items())), lambda con: queries.list_quotes(con, **args))
    return render("quotes.html", request, nav="quotes", found=found, form=form, page=page, page_size=PAGE)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, source: FormText = "", target: FormText = "", page: Annotated[int, Query(ge=1, le=500)] = 1):
    args = dict(source=source or None, target=target or None, type_=None, modality=None, since=None, until=None,
                limit=PAGE, offset=(page - 1) * PAGE)
    found = ctx(request).cached(("events", tuple(args.items())), lambda con: queries.list_events(con, **args))
    return render("events.html", request, nav="events", found=found, form={"source": source, "target": target},
                  page=page, page_size=PAGE)



@router.get("/alerts", response_class=HTMLResponse)
def alerts_page(request: Request, rule: FormText = ""):
    from veille.watch.alerts import alert_payloads
    from veille.watch.state import status_rows

    with ctx(request).reading() as con:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        alerts = alert_payloads(con, rule=rule or None, limit=200) if "alerts" in tables else []
        sources = status_rows(con) if "alerts" in tables else []
    alerts.reverse()  # newest first on the page
    return render("alerts.html", request, nav="alerts", alerts=alerts, sources=sources, form={"rule": rule})
