"""`veille ingest --engine ray`: the same analysis, on a Ray cluster, into the Parquet lake.

    driver: read ─▶ skip known ids ─▶ tasks of TASK_DOCS records ─┬▶ actor 1: analyze_batch ─▶ lake files
                                                                   └▶ actor N: (model loaded once each)
    driver ◀── per document: id, MinHash signature, date (and rejects) ──┘ ─▶ stories, rejects: store

Each actor is a long-lived Ray worker holding one spaCy model; it runs
`veille.analyze.pipeline.analyze_batch`, the very function of the local engine, and writes its
documents to the lake itself (veille.scale.lake), so no single process funnels the results. The
driver keeps at most two tasks per actor in flight, so memory stays bounded on any input size, and
receives only small summaries: ids for the near-duplicate index, rejects for the store.

`address=None` starts a private local cluster on 127.0.0.1 (and stops it afterwards); `"auto"` or
`"HOST:PORT"` joins a running one (`ray start --head`), whose nodes must have veille installed.
"""

from __future__ import annotations

import datetime as dt
import resource
from collections import deque
from typing import Callable, Iterable, Iterator

import ray

from veille.analyze import analyser_version
from veille.analyze import nlp as nlp_module
from veille.analyze import dating_reference
from veille.analyze.pipeline import BATCH_SIZE, analyze_batch, batched
from veille.ingest.records import Record, Reject
from veille.scale import lake
from veille.scale.stories import StoryLinker, signed
from veille.store import Store

TASK_DOCS = 256  # records per actor call: one set of lake files per call and month
LOCAL_OBJECT_STORE = 256 * 1024**2  # bytes: tasks carry text only, a private cluster needs little


class AnalysisWorker:
    """One Ray actor: one model, analysing batches and writing them to the lake."""

    def __init__(self, lake_root: str, analyser_version: str, reference=None):
        dating_reference.use(reference)  # dated articles that undated ones are dated by, if any
        nlp_module.load()
        self.writer = lake.LakeWriter(lake_root)
        self.version = analyser_version

    def run(self, records: list[Record | Reject]) -> list[Reject | tuple]:
        analysed: list = []
        for batch in batched(records, BATCH_SIZE):
            analysed.extend(analyze_batch(batch))
        self.writer.write([d for d in analysed if isinstance(d, dict)], self.version, dt.datetime.now())
        return [item if isinstance(item, Reject) else signed(item) for item in analysed]

    def peak_rss_mb(self) -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def connect(address: str | None, workers: int) -> bool:
    """Join or start a cluster; True when this call started it (and so must stop it)."""
    if ray.is_initialized():
        return False
    if address:
        ray.init(address=address, log_to_driver=False)
        return True
    ray.init(
        address="local", num_cpus=workers, include_dashboard=False, _node_ip_address="127.0.0.1",
        object_store_memory=LOCAL_OBJECT_STORE, log_to_driver=False, configure_logging=False,
    )
    return True


def start_workers(lake_root: str, analyser_version: str, workers: int, reference=None) -> list:
    actor = ray.remote(num_cpus=1)(AnalysisWorker)
    shared = ray.put(reference)  # one copy in the object store, whatever the number of actors
    return [actor.remote(lake_root, analyser_version, shared) for _ in range(workers)]


def run_ordered(actors: list, tasks: Iterable[list]) -> Iterator[tuple[list, list]]:
    """(task, results) in task order, round-robin over the actors, two tasks per actor in flight."""
    window: deque = deque()
    for i, task in enumerate(tasks):
        window.append((task, actors[i % len(actors)].run.remote(task)))
        if len(window) >= 2 * len(actors):
            task, ref = window.popleft()
            yield task, ray.get(ref)
    while window:
        task, ref = window.popleft()
        yield task, ray.get(ref)


def analyse_into_lake(
    records: Iterable[Record | Reject],
    lake_root: str,
    analyser_version: str,
    workers: int,
    address: str | None = None,
    task_docs: int = TASK_DOCS,
    reference=None,
) -> Iterator[Reject | tuple]:
    """Analyse records on Ray into the lake; yield, in input order, a Reject or (id, signature, date)."""
    started = connect(address, workers)
    try:
        lake.remove_orphans(lake_root)
        actors = start_workers(lake_root, analyser_version, workers, reference)
        for _task, results in run_ordered(actors, batched(records, task_docs)):
            yield from results
    finally:
        if started:
            ray.shutdown()


def store_records_ray(
    items: Iterable[Record | Reject],
    store: Store,
    lake_root: str | None = None,
    workers: int = 1,
    address: str | None = None,
    on_reject: Callable[[Reject], None] = lambda r: None,
    on_progress: Callable[[int], None] = lambda n: None,
    reference=None,
):
    """The Ray counterpart of `veille.jobs.store_records`: documents to the lake (default: the
    folder beside the store), stories and rejects to the store, the lake registered as the
    store's lake_* views. A document already in the store or the lake is skipped."""
    from veille.jobs import IngestReport, skip_known

    lake_root = lake_root or lake.default_root(store)
    report = IngestReport()
    version = analyser_version()
    in_lake = lake.LakeIds(lake_root)
    lake.remove_orphans(lake_root)
    lake.register(store, lake_root)  # now, so a run killed before its end left its lake visible
    linker = StoryLinker(store)
    linker.catch_up()  # documents a killed run wrote to the lake but did not link

    def known(records: list[Record]) -> set[str]:
        return in_lake.known(records) | store.existing_ids(r.id for r in records)

    signed, rejects = [], []
    for item in analyse_into_lake(skip_known(items, known, report, on_progress), lake_root, version, workers, address,
                                  reference=reference):
        if isinstance(item, Reject):
            on_reject(item)
            rejects.append(item)
            report.rejected += 1
        else:
            signed.append(item)
            report.stored += 1
        on_progress(1)
        if len(signed) + len(rejects) >= TASK_DOCS:
            _flush(store, linker, signed, rejects, version)
    _flush(store, linker, signed, rejects, version)
    lake.register(store, lake_root)
    return report


def _flush(store, linker: StoryLinker, signed: list, rejects: list, analyser_version: str) -> None:
    linker.link(signed)
    if rejects:
        store.write([], rejects, analyser_version)
    signed.clear()
    rejects.clear()
