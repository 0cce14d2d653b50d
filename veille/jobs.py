"""The jobs the CLI runs: ingest (read → analyse → store) and analyse-only (read → analyse).

Kill-safe by construction: each batch of documents is written in one transaction, and
documents already in the store are skipped before analysis, so re-running an interrupted
ingest analyses only what is missing and stores every document exactly once.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, NamedTuple

from veille.analyze import analyser_version, analyze
from veille.analyze.pipeline import BATCH_SIZE, analyze_batch, batched
from veille.ingest import Fields, Record, Reject, read_sources
from veille.scale.stories import StoryLinker, signed
from veille.search import sync_quietly
from veille.store import Store, writers

if TYPE_CHECKING:
    from veille.analyze.dating_reference import DatedReference

WRITE_BATCH = 64  # documents per transaction: what a kill -9 can lose, and redo on restart
ANALYSIS_BATCH = BATCH_SIZE  # documents per worker task: 2 per write, so 2 workers finish one write's worth together
LOOKUP_BATCH = 256
INDEX_BATCH = 256  # documents per search-index commit (a tantivy commit costs ~60 ms: not one per 64)
WRITES_IN_FLIGHT = 2  # analysed batches waiting for the writer thread: bounds memory, absorbs a slow commit


@dataclass
class IngestReport:
    stored: int = 0  # new documents written
    skipped: int = 0  # already in the store
    rejected: int = 0

    def add(self, other: "IngestReport") -> None:
        self.stored += other.stored
        self.skipped += other.skipped
        self.rejected += other.rejected

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
    reference: DatedReference | None = None,
) -> IngestReport:
    run_id = store.start_run("ingest " + " ".join(paths))
    if engine == "ray":  # veille.scale: analysis on a Ray cluster, documents to a Parquet lake
        from veille.scale.ray_engine import store_records_ray

        report = store_records_ray(
            read_sources(paths, fields), store, lake_root, workers=workers, address=address,
            on_reject=on_reject, on_progress=on_progress, reference=reference,
        )
    else:
        report = store_records(
            read_sources(paths, fields), store, workers=workers, force=force,
            on_reject=on_reject, on_progress=on_progress, reference=reference,
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
    task: Callable[..., list] | None = None,
    reference: DatedReference | None = None,
) -> IngestReport:
    """Analyse and store records, skipping those already stored: the path every writer shares
    (`veille ingest`, `veille watch`), so a document has one identity whichever way it came.

    The main thread feeds the analysis and hands each batch of results to one writer thread
    (store, stories, search index), at most `WRITES_IN_FLIGHT` batches behind: the analysis
    never waits for a commit, and batches are still written one at a time, in input order.
    `task` stands in for `analyze_for_store` (bench/memory.py replays stored analyses with it).
    `reference`: dated articles that undated ones are dated by (`dating_reference`).
    """
    report = IngestReport()
    known = (lambda records: set()) if force else (lambda records: store.existing_ids(r.id for r in records))
    analysed = analyze(skip_known(items, known, report, on_progress), workers=workers, batch_size=ANALYSIS_BATCH,
                       task=task or analyze_for_store, reference=reference)
    with BatchWriter(store, replace=force, on_reject=on_reject, on_progress=on_progress) as writer:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="veille-writer") as thread:
            in_flight: deque[Future] = deque()
            for batch in batched(analysed, WRITE_BATCH):
                in_flight.append(thread.submit(writer.write, batch))
                if len(in_flight) > WRITES_IN_FLIGHT:
                    report.add(in_flight.popleft().result())  # re-raises a failed write here
            while in_flight:
                report.add(in_flight.popleft().result())
    return report


class Prepared(NamedTuple):
    """An analysis result as the writer takes it: a document or a reject, and for a document its
    story-linking input (id, signature, date) and its child-table rows (`writers.child_rows`)."""

    item: dict | Reject
    link: tuple | None = None
    rows: dict | None = None


def analyze_for_store(batch: list[Record | Reject], include: frozenset[str] = frozenset()) -> list[Prepared]:
    """The analysis task, run where the analysis runs (a worker process): each document comes
    back with its MinHash signature (as from the Ray actors) and its table rows, so the parent's
    per-document work is little more than the insert."""
    return [Prepared(item) if isinstance(item, Reject) else Prepared(item, signed(item), writers.child_rows(item))
            for item in analyze_batch(batch, include)]


class BatchWriter:
    """The parent's share of a local ingest, one batch at a time: the documents and their story
    links in one transaction, then the search index every `INDEX_BATCH` documents (after the
    commit: a kill in between is caught up by the next sync)."""

    def __init__(self, store: Store, replace: bool = False, on_reject: Callable[[Reject], None] = lambda r: None,
                 on_progress: Callable[[int], None] = lambda n: None):
        self.store, self.replace = store, replace
        self.on_reject, self.on_progress = on_reject, on_progress
        self.version = analyser_version()
        self.stories = StoryLinker(store)  # near-duplicates: every stored document gets its story_id
        self.stories.catch_up()
        self.unindexed: list[str] = []
        self.failed = False

    def write(self, batch: list[Prepared]) -> IngestReport:
        if self.failed:  # batches queued behind a failed one are not written: the run stops there
            raise RuntimeError("an earlier batch failed to be written")
        try:
            return self._write(batch)
        except BaseException:
            self.failed = True
            raise

    def _write(self, batch: list[Prepared]) -> IngestReport:
        documents = [p.item for p in batch if isinstance(p.item, dict)]
        rejects = [p.item for p in batch if isinstance(p.item, Reject)]
        for reject in rejects:
            self.on_reject(reject)
        links = [p.link for p in batch if p.link is not None]
        rows = {p.item["id"]: p.rows for p in batch if p.rows is not None}
        stored = self.store.write(documents, rejects, self.version, replace=self.replace,
                                  also=lambda con: self.stories.link(links, con), child_rows=rows)
        self.unindexed.extend(d["id"] for d in documents)
        if len(self.unindexed) >= INDEX_BATCH:
            self.flush_index()
        self.on_progress(len(batch))
        return IngestReport(stored=stored, skipped=len(documents) - stored, rejected=len(rejects))

    def flush_index(self) -> None:
        if self.unindexed:
            sync_quietly(self.store, self.unindexed)
            self.unindexed = []

    def __enter__(self) -> "BatchWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.flush_index()  # also after a failure: what was committed becomes searchable


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
            # `existing` first: Record.id hashes the text, and a fresh chunk needs no second look
            if existing and isinstance(item, Record) and item.id in existing:
                report.skipped += 1
                on_progress(1)
            else:
                yield item


def analyze_paths(
    paths: Iterable[str], fields: Fields = Fields(), workers: int = 1, include: frozenset[str] = frozenset(),
    reference: DatedReference | None = None,
) -> Iterator[dict | Reject]:
    """Analyse without storing: the `veille analyze` stream."""
    return analyze(read_sources(paths, fields), workers=workers, include=include, reference=reference)
