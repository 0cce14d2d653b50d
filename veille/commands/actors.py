"""`veille actors` (who the store's documents mention) and `veille actor NAME` (one of them)."""

from __future__ import annotations

import json

import click

from veille.cli import db_option
from veille.query.actors import ACTOR_KINDS


def _store(db):
    from veille.store import Store, default_path

    return Store(db or default_path())


@click.command()
@db_option
@click.option("--country", default=None, metavar="CODE", help="Only actors of this country (ISO 3166-1 alpha-3) or organisation code (UN, EU…).")
@click.option("--kind", default=None, type=click.Choice(ACTOR_KINDS))
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1))
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
def actors(db, country, kind, limit, as_json):
    """The actors the stored documents mention, most mentioned first."""
    from veille.query.actors import list_actors

    rows = list_actors(_store(db), country=country, kind=kind, limit=limit)
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    click.echo(f"{'mentions':>8} {'docs':>5}  {'country':<7} {'kind':<10} name (id)")
    for row in rows:
        click.echo(f"{row['mentions']:>8} {row['documents']:>5}  {row['country'] or '-':<7} {row['kind']:<10} {row['name']} ({row['id']})")


@click.command()
@click.argument("name")
@db_option
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1), help="Documents listed at most.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of text.")
def actor(name, db, limit, as_json):
    """One actor: the names it goes by, its mentions per month, the documents naming it."""
    from veille.query.actors import actor_report

    report = actor_report(_store(db), name, limit=limit)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False))
        return
    a = report["actor"]
    click.echo(f"{a['name']} ({a['id']})  country {a['country'] or '-'}  kind {a['kind']}" + (f"  role {a['role']}" if a["role"] else ""))
    click.echo("aliases: " + ", ".join(f"{x['text']} ({x['mentions']})" for x in report["aliases"]))
    click.echo("per month: " + ", ".join(f"{x['month']}: {x['mentions']}" for x in report["per_month"]))
    click.echo("documents:")
    for d in report["documents"]:
        click.echo(f"  {d['id']}  {d['date'] or '-':<10}  {d['mentions']:>3}  {d['title'] or ''}")
    if report["others"]:
        click.echo("also matching: " + ", ".join(f"{o['id']} ({o['mentions']})" for o in report["others"]))
