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
) -> IngestReport:
    report = IngestReport()
    version = analyser_version()
    run_id = store.start_run("ingest " + " ".join(paths))

    def new_records(items: Iterator[Record | Reject]) -> Iterator[Record | Reject]:
        for chunk in batched(items, LOOKUP_BATCH):
            existing = set() if force else store.existing_ids(r.id for r in chunk if isinstance(r, Record))
            for item in chunk:
                if isinstance(item, Record) and item.id in existing:
                    report.skipped += 1
                    on_progress(1)
                else:
                    yield item

    analysed = analyze(new_records(read_sources(paths, fields)), workers=workers)
    for batch in batched(analysed, WRITE_BATCH):
        documents = [item for item in batch if isinstance(item, dict)]
        rejects = [item for item in batch if isinstance(item, Reject)]
        for reject in rejects:
            on_reject(reject)
        stored = store.write(documents, rejects, version, replace=force)
        report.stored += stored
        report.skipped += len(documents) - stored
        report.rejected += len(rejects)
        on_progress(len(batch))
    store.finish_run(run_id, report.stored, report.skipped, report.rejected)
    return report


def analyze_paths(
    paths: Iterable[str], fields: Fields = Fields(), workers: int = 1
) -> Iterator[dict | Reject]:
    """Analyse without storing: the `veille analyze` stream."""
    return analyze(read_sources(paths, fields), workers=workers)
