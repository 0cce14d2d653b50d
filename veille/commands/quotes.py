"""`veille quotes`: who said what in the stored documents, filtered by speaker, country, date, text."""

from __future__ import annotations

import click

from veille.cli import db_option


@click.command()
@db_option
@click.option("--speaker", default=None, metavar="NAME", help="Speaker name, actor name or actor id containing NAME (case and accents aside).")
@click.option("--country", default=None, metavar="CODE", help="Speaker's actor country (ISO 3166-1 alpha-3, e.g. RUS) or organisation code.")
@click.option("--since", default=None, type=click.DateTime(["%Y-%m-%d"]), help="Quotes made on or after this day (YYYY-MM-DD).")
@click.option("--until", default=None, type=click.DateTime(["%Y-%m-%d"]), help="Quotes made on or before this day (YYYY-MM-DD).")
@click.option("--contains", default=None, metavar="TEXT", help="Quote text containing TEXT (case and accents aside).")
@click.option("--kind", default=None, type=click.Choice(["direct", "indirect", "mixed"]))
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1))
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of text.")
def quotes(db, speaker, country, since, until, contains, kind, limit, as_json):
    """Quotes of the stored documents, newest first."""
    from veille.query.quotes import list_quotes, quote_record
    from veille.store import Store, default_path

    rows = list_quotes(
        Store(db or default_path()), speaker=speaker, country=country,
        since=since.date() if since else None, until=until.date() if until else None,
        contains=contains, kind=kind, limit=limit,
    )
    for row in rows:
        if as_json:
            click.echo(quote_record(row))
            continue
        who = row["speaker_text"] or "?"
        if row["actor_country"]:
            who += f" ({row['actor_country']})"
        click.echo(f"{row['doc_date'] or '-':<10}  {who}  [{row['kind']}]  « {row['text']} »  ({row['doc_id']})")
