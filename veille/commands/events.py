"""`veille events` and `veille dyad`: who did what to whom in the stored documents."""

from __future__ import annotations

import json

import click

from veille.cli import db_option


def _actors(actors: list[dict]) -> str:
    return ", ".join(f"{a.get('name') or a.get('mention', {}).get('text', '?')}" + (f" ({a['country']})" if a.get("country") else "") for a in actors) or "-"


def _date(ctx, param, value):
    """A since/until value `find_events` understands, or a usage error naming the option."""
    if value is None:
        return None
    from veille.query.events import day_bounds

    try:
        day_bounds(value)
    except ValueError as err:
        raise click.BadParameter(str(err)) from None
    return value


@click.command()
@db_option
@click.option("--source", default=None, metavar="CODE", help="A source actor: country (ISO 3166-1 alpha-3, e.g. RUS) or organisation code (NATO), actor id or name.")
@click.option("--target", default=None, metavar="CODE", help="A target actor: country or organisation code, actor id or name.")
@click.option("--type", "type_", default=None, metavar="TYPE", help="PLOVER category: ACCUSE, ASSAULT, CONSULT, ...")
@click.option("--since", default=None, metavar="DATE", callback=_date,
              help="Events that may have happened on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD: from its first day).")
@click.option("--until", default=None, metavar="DATE", callback=_date,
              help="Events that may have happened on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD: to its last day).")
@click.option("--happened", is_flag=True, help="Only events said to have happened (modality actual, polarity asserted).")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1))
@click.option("--json", "as_json", is_flag=True, help="JSON lines (the event record plus doc_id and event index).")
def events(db, source, target, type_, since, until, happened, limit, as_json):
    """Events of the stored documents, newest first, with their document id and index.

    The same selection as the dashboard's /api/events: an event dated only to a month (its
    article's date) matches a --since or --until inside that month.
    """
    from veille.query.events import list_events
    from veille.store import Store, default_path

    rows = list_events(Store(db or default_path()), source=source, target=target, type_=type_,
                       since=since, until=until, happened_only=happened, limit=limit)
    for row in rows:
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
            continue
        when = row.get("date") or {}
        date = ("≈" if when.get("estimated") else "") + (when.get("value") or "-")  # ≈: from an estimated article date
        status = "" if row["modality"] == "actual" and row["polarity"] == "asserted" else f"  [{row['modality']}, {row['polarity']}]"
        click.echo(f"{date:<10}  {row['type']:<9} {_actors(row['source'])} → {_actors(row['target'])}  "
                   f"« {row['text']} »{status}  ({row['doc_id']}#{row['event']})")


@click.command()
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--by", type=click.Choice(["day", "month", "year"]), default="month", show_default=True)
@click.option("--all", "include_all", is_flag=True, help="Also count denied, alleged, intended, hypothetical, future and negated events.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines.")
def dyad(a, b, db, by, include_all, as_json):
    """Events between countries A and B (both directions): count and mean intensity per period and type.

    Each row lists the events it counts as DOC_ID#INDEX (see `veille show DOC_ID --json`).
    """
    from veille.query.events import dyad as dyad_rows
    from veille.store import Store, default_path

    for row in dyad_rows(Store(db or default_path()), a, b, by=by, happened_only=not include_all):
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
            continue
        click.echo(f"{row['period'] or '-':<10}  {row['source']}→{row['target']}  {row['type']:<9} {row['events']:>4}  "
                   f"intensity {row['mean_intensity'] if row['mean_intensity'] is not None else '-':>6}  {' '.join(row['refs'])}")
