"""`veille serve` (the HTTP API and dashboard) and `veille search` (the same search, in a terminal)."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys

import click

from veille.cli import db_option

TOKEN_ENV = "VEILLE_TOKEN"


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind; 127.0.0.1 keeps it on this machine.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--token", default=None, envvar=TOKEN_ENV, show_envvar=True,
              help="Bearer token enabling the write endpoint (search index rebuild); without it the server is read-only.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 32), help="Server processes.")
def serve(db, host, port, token, workers):
    """Serve the dashboard and the JSON API (OpenAPI at /docs) over a store."""
    import uvicorn

    from veille.store import default_path

    path = db or default_path()
    if not os.path.exists(path):
        raise click.UsageError(f"no store at {path}: run `veille ingest PATH --db {path}` first")
    os.environ["VEILLE_SERVE_DB"] = path
    if token:
        os.environ["VEILLE_SERVE_TOKEN"] = token
    click.echo(f"veille dashboard: http://{host}:{port}/  (API docs: http://{host}:{port}/docs)", err=True)
    uvicorn.run("veille.serve.asgi:app", host=host, port=port, workers=workers, log_level="warning")


@click.command()
@click.argument("query", default="")
@db_option
@click.option("--kind", type=click.Choice(["article", "quote"]), default=None, help="Only articles or only quotes.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None)
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None)
@click.option("--actor", default=None, help="Only documents mentioning this actor (name, id or entity text).")
@click.option("--country", default=None, help="Only documents with an actor of this country (ISO alpha-3).")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
def search(query, db, kind, since, until, actor, country, limit, as_json):
    """Full-text search over stored articles and quotes (French stemming, accents folded, BM25)."""
    from dataclasses import asdict

    from rich.console import Console
    from rich.text import Text

    from veille.search import Filters, SearchIndex
    from veille.store import Store, default_path

    index = SearchIndex(Store(db or default_path()))
    try:
        index.sync()  # catch up with the store first
    except ValueError:  # another process (an ingest, the server) is writing the index: it catches up
        pass
    day = lambda v: v.date() if isinstance(v, dt.datetime) else None  # noqa: E731
    found = index.search(query, Filters(since=day(since), until=day(until), actor=actor, country=country, kind=kind), limit=limit)
    if as_json:
        for hit in found.hits:
            click.echo(json.dumps(asdict(hit), ensure_ascii=False))
        sys.exit(0 if found.hits else 1)
    console = Console()
    console.print(f"[bold]{found.total}[/] result(s)")
    for hit in found.hits:
        date = f"≈{hit.date} (estimated)" if hit.estimated else (hit.date or "undated")
        label = "quote" if hit.kind == "quote" else "article"
        console.print(Text.assemble((f"{hit.doc_id} ", "cyan"), (f"[{label}] ", "magenta"), (hit.title or "(untitled)", "bold"), f"  {date}"))
        snippet = Text(hit.snippet.replace("\n", " "))
        for start, end in hit.highlights:
            snippet.stylize("bold yellow", start, end)
        console.print(snippet, soft_wrap=False)
        console.print()
    sys.exit(0 if found.hits else 1)
