"""The `veille` command line. Results go to stdout so they pipe; progress and messages to stderr.

Exit status: 0 when at least one document was stored (or was already there), 1 when none was,
2 on usage errors.
"""

from __future__ import annotations

import json
import logging
import sys

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from veille import __version__
from veille.ingest import Fields, Reject
from veille.store import Store, StoreError, default_path

stderr = Console(stderr=True, highlight=False)


def db_option(f):
    return click.option(
        "--db", default=None, metavar="PATH", show_default=False,
        help=f"DuckDB store (default: $VEILLE_DB or ./{'veille.duckdb'}).",
    )(f)


def field_options(f):
    for name in ("url", "text", "title", "date", "id"):
        f = click.option(f"--{name}-field", default=name, show_default=True, help=f"Input field holding the {name} (JSONL/CSV/Parquet).")(f)
    return f


def _fields(kwargs) -> Fields:
    return Fields(**{name: kwargs.pop(f"{name}_field") for name in ("id", "date", "title", "text", "url")})


def _report_reject(reject: Reject) -> None:
    stderr.print(f"[yellow]rejected[/] {reject.message()}", soft_wrap=True)


def _progress(quiet: bool) -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(bar_width=None),
        TextColumn("{task.completed} records"), TimeElapsedColumn(),
        console=stderr, disable=quiet or not stderr.is_terminal, transient=True,
    )


class VeilleGroup(click.Group):
    """Turns store problems the user can act on into a one-line error and exit status 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except StoreError as err:
            raise click.ClickException(str(err)) from err


@click.group(cls=VeilleGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="veille")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug) on stderr.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False), metavar="FILE",
              help="Your own actors (YAML or CSV: name, aliases, country, kind, role, from, to); repeatable. Also $VEILLE_ACTORS.")
def cli(verbose: int, actor_files: tuple[str, ...]) -> None:
    """veille: French news intelligence from dated dispatches."""
    if actor_files:  # through the environment, so that analysis worker processes see them too
        import os

        os.environ["VEILLE_ACTORS"] = os.pathsep.join(os.path.abspath(p) for p in actor_files)
    logging.basicConfig(
        level=logging.WARNING - 10 * min(verbose, 2), stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


dating_reference_option = click.option(
    "--dating-reference", "dating_reference", multiple=True, metavar="PATH",
    help="Dated articles to date undated ones by (a veille store .duckdb, or record files and folders); repeatable.")


def _dating_reference(paths: tuple[str, ...]):
    if not paths:
        return None
    from veille.analyze.dating_reference import DatedReference

    reference = DatedReference.from_paths(list(paths))
    if not len(reference):
        raise click.UsageError(f"--dating-reference {' '.join(paths)}: no article there carries a day or month date")
    return reference


def _store_reference(store: Store, quiet: bool):
    """By default, undated articles are dated against the dated articles already in the store
    they go into (read before the ingest writes to it), when it holds enough of them."""
    from veille.analyze.dating_reference import DatedReference

    reference = DatedReference.of_store(store)
    if reference is not None and not quiet:
        stderr.print(f"undated articles are dated against the store's {len(reference):,} newest dated ones "
                     "(--no-dating-reference: by their text alone)")
    return reference


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", "-w", default=1, show_default=True, type=click.IntRange(1, 64), help="Analysis processes.")
@click.option("--force", is_flag=True, help="Re-analyse documents already in the store.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: processes on this machine, into the store. ray: Ray actors (one per --workers), into a Parquet lake registered in the store.")
@click.option("--address", default=None, metavar="auto|HOST:PORT", help="Ray cluster to join (default: start a private local one).")
@click.option("--lake", "lake_root", default=None, metavar="PATH|URI", help="Parquet lake for --engine ray (default: the store's path with .lake; s3:// URIs work).")
@dating_reference_option
@click.option("--no-dating-reference", "no_dating_reference", is_flag=True,
              help="Date undated articles by their text alone, not by the store's dated articles.")
@field_options
def ingest(paths, db, workers, force, quiet, engine, address, lake_root, dating_reference, no_dating_reference, **kwargs):
    """Read, analyse and store articles: record-format files, folders, JSONL, CSV, Parquet, HTML, or - for stdin."""
    from veille.jobs import ingest as run_ingest

    fields = _fields(kwargs)
    if engine != "ray" and (address or lake_root):
        raise click.UsageError("--address and --lake apply to --engine ray")
    if engine == "ray" and force:  # a re-analysis at scale writes a new lake, then switches to it
        raise click.UsageError("--force does not apply to --engine ray: re-analyse into a new --lake")
    if dating_reference and no_dating_reference:
        raise click.UsageError("--dating-reference and --no-dating-reference exclude each other")
    store = Store(db or default_path())
    reference = _dating_reference(dating_reference) if dating_reference else (
        None if no_dating_reference else _store_reference(store, quiet))
    with _progress(quiet) as progress:
        task = progress.add_task("ingesting", total=None)
        report = run_ingest(
            paths, store, fields=fields, workers=workers, force=force,
            on_reject=_report_reject, on_progress=lambda n: progress.advance(task, n),
            engine=engine, address=address, lake_root=lake_root, reference=reference,
        )
    if not quiet:
        stderr.print(
            f"[bold]{report.stored}[/] stored, {report.skipped} already in the store, "
            f"{report.rejected} rejected → {store.path}"
        )
        if report.ok:
            stderr.print(
                f"Next: [cyan]veille stats --db {store.path}[/] · "
                f"[cyan]veille show ID --db {store.path}[/] · "
                f"[cyan]veille export --format parquet OUT --db {store.path}[/]"
            )
    sys.exit(0 if report.ok else 1)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True)
@click.option("--workers", "-w", default=1, show_default=True, type=click.IntRange(1, 64))
@click.option("--with", "extras", multiple=True, type=click.Choice(["tokens"]), help="Add an optional extractor's output (tokens).")
@dating_reference_option
@field_options
def analyze(paths, fmt, workers, extras, dating_reference, **kwargs):
    """Analyse articles without storing them; print one JSON object per document."""
    from veille.jobs import analyze_paths

    fields = _fields(kwargs)
    reference = _dating_reference(dating_reference)
    produced = 0
    out = sys.stdout
    if fmt == "json":
        out.write("[")
    for item in analyze_paths(paths, fields=fields, workers=workers, include=frozenset(extras), reference=reference):
        if isinstance(item, Reject):
            _report_reject(item)
            continue
        if fmt == "json" and produced:
            out.write(",\n")
        out.write(json.dumps(item, ensure_ascii=False))
        if fmt == "jsonl":
            out.write("\n")
        produced += 1
    if fmt == "json":
        out.write("]\n")
    out.flush()
    sys.exit(0 if produced else 1)


def _store_or_exit(db) -> Store:
    return Store(db or default_path())


@cli.command()
@click.argument("doc_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the stored document as JSON.")
def show(doc_id, db, as_json):
    """Show one stored article with its extractions highlighted (ID or a unique prefix).

    Documents analysed with --engine ray are read from the Parquet lake registered in the store.
    """
    from veille.query.documents import get_document
    from veille.render import show_document

    doc = get_document(_store_or_exit(db), doc_id)
    if as_json:
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        show_document(Console(), doc)


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--top", default=15, show_default=True, type=click.IntRange(1, 1000))
def stats(db, as_json, top):
    """Documents per month, top entities, rejects."""
    from veille.query.documents import stats as store_stats
    from veille.render import show_stats

    result = store_stats(_store_or_exit(db), top=top)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        show_stats(Console(), result)


@cli.command()
@db_option
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1))
def rejects(db, limit):
    """List rejected inputs with their reasons, as JSON lines."""
    from veille.query.documents import list_rejects

    for row in list_rejects(_store_or_exit(db), limit=limit):
        row["first_seen"] = row["first_seen"].isoformat()
        click.echo(json.dumps(row, ensure_ascii=False))


@cli.command()
@click.argument("out_dir")
@db_option
@click.option("--format", "fmt", type=click.Choice(["parquet", "jsonl", "csv"]), default="parquet", show_default=True)
def export(out_dir, db, fmt):
    """Export every table of the store to OUT_DIR."""
    from veille.query.export import export as run_export

    for path in run_export(_store_or_exit(db), out_dir, fmt):
        click.echo(path)


# Commands of later stages: one module each under veille/commands/, one line each here.
from veille.commands.watch import alerts as _alerts, watch as _watch  # noqa: E402
cli.add_command(_watch)
cli.add_command(_alerts)
from veille.commands.serve import search as _search, serve as _serve  # noqa: E402
cli.add_command(_serve)
cli.add_command(_search)

from veille.commands.actors import actor as _actor, actors as _actors  # noqa: E402
cli.add_command(_actors)
cli.add_command(_actor)
from veille.commands.quotes import quotes as _quotes  # noqa: E402
cli.add_command(_quotes)
from veille.commands.events import dyad as _dyad, events as _events  # noqa: E402
cli.add_command(_events)
cli.add_command(_dyad)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
