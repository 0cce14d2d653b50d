"""The jobs the CLI runs: ingest (read → analyse → store) and analyse-only (read → analyse).

Kill-safe by construction: each batch of documents is written in one transaction, and
documents already in the store are skipped before analysis, so re-running an interrupted
ingest analyses only what is missing and stores every document exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from veille.analyze import analyser_version, analyze
from veille.analyze.pipeline import batched
from veille.ingest import Fields, Record, Reject, read_sources
from veille.scale.stories import StoryLinker
from veille.search import sync_quietly
from veille.store import Store

WRITE_BATCH = 64  # documents per transaction: what a kill -9 can lose, and redo on restart
LOOKUP_BATCH = 256


@dataclass
class IngestReport:
    stored: int = 0  # new documents written
    skipped: int = 0  # already in the store
    rejected: int = 0

    @property
    def ok(self) -> bool:
        return self.stored + self.skipped > 0


def ingest(
    paths: Iterable[str],
    store: Store,
    fields: Fields = Fields(),
    workers: int = 1,
    force: bool = False,
    on_reject: Callable[[Reject], None] = lambda r: None,
    on_progress: Callable[[int], None] = lambda n: None,
    engine: str = "local",
    address: str | None = None,
    lake_root: str | None = None,
) -> IngestReport:
    run_id = store.start_run("ingest " + " ".join(paths))
    if engine == "ray":  # veille.scale: analysis on a Ray cluster, documents to a Parquet lake
        from veille.scale.ray_engine import store_records_ray

        report = store_records_ray(
            read_sources(paths, fields), store, lake_root, workers=workers, address=address,
            on_reject=on_reject, on_progress=on_progress,
        )
    else:
        report = store_records(
            read_sources(paths, fields), store, workers=workers, force=force,
            on_reject=on_reject, on_progress=on_progress,
        )
    store.finish_run(run_id, report.stored, report.skipped, report.rejected)
    return report


def store_records(
    items: Iterable[Record | Reject],
    store: Store,
    workers: int = 1,
    force: bool = False,
    on_reject: Callable[[Reject], None] = lambda r: None,
    on_progress: Callable[[int], None] = lambda n: None,
) -> IngestReport:
    """Analyse and store records, skipping those already stored: the path every writer shares
    (`veille ingest`, `veille watch`), so a document has one identity whichever way it came."""
    report = IngestReport()
    version = analyser_version()
    stories = StoryLinker(store)  # near-duplicates: every stored document gets its story_id
    stories.catch_up()
    known = (lambda records: set()) if force else (lambda records: store.existing_ids(r.id for r in records))
    analysed = analyze(skip_known(items, known, report, on_progress), workers=workers)
    for batch in batched(analysed, WRITE_BATCH):
        documents = [item for item in batch if isinstance(item, dict)]
        rejects = [item for item in batch if isinstance(item, Reject)]
        for reject in rejects:
            on_reject(reject)
        stored = store.write(documents, rejects, version, replace=force)
        sync_quietly(store, [d["id"] for d in documents])  # after the commit: a kill here is caught up later
        stories.link_documents(documents)  # likewise caught up by the next run if killed here
        report.stored += stored
        report.skipped += len(documents) - stored
        report.rejected += len(rejects)
        on_progress(len(batch))
    return report


def skip_known(
    items: Iterable[Record | Reject],
    known: Callable[[list[Record]], set[str]],
    report: IngestReport,
    on_progress: Callable[[int], None],
) -> Iterator[Record | Reject]:
    """The records whose id is not among the ids `known` returns, counting the others as skipped."""
    for chunk in batched(items, LOOKUP_BATCH):
        existing = known([r for r in chunk if isinstance(r, Record)])
        for item in chunk:
            if isinstance(item, Record) and item.id in existing:
                report.skipped += 1
                on_progress(1)
            else:
                yield item


def analyze_paths(
    paths: Iterable[str], fields: Fields = Fields(), workers: int = 1, include: frozenset[str] = frozenset()
) -> Iterator[dict | Reject]:
    """Analyse without storing: the `veille analyze` stream."""
    return analyze(read_sources(paths, fields), workers=workers, include=include)
