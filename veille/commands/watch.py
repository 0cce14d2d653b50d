"""`veille watch` (poll feeds and folders, store new articles, raise alerts) and `veille alerts`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import signal
import sys

import click

from veille.cli import db_option, stderr


@click.command()
@click.argument("config", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--feed", "feeds", multiple=True, metavar="URL", help="An RSS or Atom feed to watch (repeatable).")
@click.option("--folder", "folders", multiple=True, metavar="PATH", help="A folder whose new files are ingested (repeatable).")
@click.option("--every", default=None, metavar="DURATION", help="Time between passes: 30s, 15m, 1h. [default: 15m]")
@click.option("--once", is_flag=True, help="One pass, then exit.")
@click.option("--status", "show_status", is_flag=True, help="Print each source's state (last success, errors, counts, lag) and exit.")
@click.option("--rules", default=None, metavar="FILE", type=click.Path(exists=True, dir_okay=False), help="YAML alert rules.")
@click.option("--webhook", default=None, metavar="URL", help="POST each alert as JSON to this URL.")
@click.option("--user-agent", default=None, help="User-Agent of every request.")
@click.option("--json", "as_json", is_flag=True, help="With --status: JSON instead of a table.")
@click.option("--quiet", "-q", is_flag=True, help="Only alerts (stdout) and errors.")
@db_option
def watch(config, feeds, folders, every, once, show_status, rules, webhook, user_agent, as_json, quiet, db):
    """Watch feeds and folders: store each new article, print alerts as JSON lines on stdout.

    CONFIG is a YAML file (feeds, folders, every, rules, webhook, http settings); options add to
    it or override it. SIGTERM or Ctrl-C finishes the current article, then exits.
    """
    import threading

    from veille.store import Store, default_path
    from veille.watch import state
    from veille.watch.config import ConfigError, WatchConfig, load_config, parse_duration
    from veille.watch.rules import load_rules
    from veille.watch.runner import Watcher

    store = Store(db or default_path())
    if show_status:
        _print_status(state.status(store), as_json)
        return
    try:
        settings = load_config(config) if config else WatchConfig()
        settings = dataclasses.replace(
            settings,
            feeds=settings.feeds + feeds,
            folders=settings.folders + folders,
            every=parse_duration(every) if every else settings.every,
            rules=rules or settings.rules,
            webhook=webhook or settings.webhook,
            http=dataclasses.replace(settings.http, user_agent=user_agent) if user_agent else settings.http,
        )
        rule_list = load_rules(settings.rules) if settings.rules else []
    except ConfigError as err:
        raise click.UsageError(str(err)) from err
    if not settings.feeds and not settings.folders:
        raise click.UsageError("nothing to watch: give a CONFIG file, --feed URL or --folder PATH")

    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGTERM, signal.SIGINT)}

    def alert_line(payload: dict) -> None:
        click.echo(json.dumps(payload, ensure_ascii=False))
        sys.stdout.flush()

    def event_line(message: str) -> None:
        if not quiet or message.startswith("failed"):
            stderr.print(message, soft_wrap=True, markup=False)

    watcher = Watcher(store, settings, rule_list, stop=stop, on_alert=alert_line, on_event=event_line)
    if not quiet:
        stderr.print(
            f"watching {len(settings.feeds)} feed(s), {len(settings.folders)} folder(s), "
            f"{len(rule_list)} rule(s) → {store.path}" + ("" if once else f", every {settings.every:g}s"),
            markup=False,
        )
    try:
        report = watcher.run(once=once)
    finally:
        watcher.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if not quiet:
        stderr.print(
            f"{report.stored} stored, {report.new_items} new item(s), {report.rejected} rejected, "
            f"{report.alerts} alert(s), {len(report.failed_sources)} failing source(s)"
            + (" — stopped" if report.stopped else ""),
            markup=False,
        )
    sys.exit(1 if report.sources and len(report.failed_sources) == report.sources else 0)


def _print_status(rows: list[dict], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("source", "kind", "last success", "last error", "seen", "stored", "pending", "failed", "lag")
    for row in rows:
        error = f"{row['last_error']} ({row['last_error_at']})" if row["last_error"] else ""
        lag = f"{row['lag_seconds']:.1f}s" if row["lag_seconds"] is not None else ""
        table.add_row(row["source"], row["kind"], row["last_success_at"] or "never", error, str(row["items_seen"]),
                      str(row["items_stored"]), str(row["items_pending"]), str(row["items_failed"]), lag)
    Console().print(table)


def _since(value: str | None) -> dt.datetime | None:
    """An ISO date or datetime (UTC), or a duration back from now: 1h, 2d."""
    if not value:
        return None
    from veille.watch.config import ConfigError, parse_duration
    from veille.watch.state import utcnow

    try:
        return utcnow() - dt.timedelta(seconds=parse_duration(value))
    except ConfigError:
        pass
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(f"{value!r}: expected an ISO date or datetime, or a duration like 1h or 2d") from None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return parsed


@click.command()
@db_option
@click.option("--since", default=None, metavar="WHEN", help="Only alerts raised since: 2026-11-25, 2026-11-25T08:00, or 6h, 2d back.")
@click.option("--rule", default=None, help="Only alerts of this rule.")
@click.option("--limit", default=1000, show_default=True, type=click.IntRange(1))
def alerts(db, since, rule, limit):
    """List stored alerts as JSON lines: rule, summary, documents, evidence spans."""
    from veille.store import Store, default_path
    from veille.watch.alerts import alert_payloads

    with Store(db or default_path()).reading() as con:
        for payload in alert_payloads(con, since=_since(since), rule=rule, limit=limit):
            click.echo(json.dumps(payload, ensure_ascii=False))
