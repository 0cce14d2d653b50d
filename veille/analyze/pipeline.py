"""The orchestrator: records in, analysed documents out, in input order.

    records ──batch──▶ nlp.pipe (parse) ──▶ extractors, in registry order ──▶ document objects

With `workers > 1` each batch is parsed and extracted in a worker process holding its own
model; at most two batches per worker are in flight, so memory stays bounded whatever the
input size. Rejects pass through untouched so callers see every input exactly once.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator

from veille import __version__
from veille.analyze import dating_reference
from veille.analyze import nlp as nlp_module
from veille.analyze import registry
from veille.analyze.context import Context
from veille.ingest.records import Record, Reject, excerpt

log = logging.getLogger(__name__)

BATCH_SIZE = 32


def analyser_version() -> str:
    return f"veille-{__version__}+{nlp_module.model_version()}"


def analyze_record(doc, record: Record, include: frozenset[str] = frozenset()) -> dict:
    """One parsed document through every extractor: the `veille analyze` object."""
    ctx = Context(date=record.date, date_precision=record.date_precision, title=record.title,
                  reference=dating_reference.current())
    output = record.to_document()
    output.update(registry.run_all(doc, ctx, include))
    return output


def analyze_batch(batch: list[Record | Reject], include: frozenset[str] = frozenset()) -> list[dict | Reject]:
    nlp = nlp_module.load()
    out: list[dict | Reject | None] = list(batch)
    todo = []
    for i, item in enumerate(batch):
        if isinstance(item, Reject):
            continue
        if len(item.text) > nlp_module.MAX_CHARS:
            out[i] = Reject(item.source, item.locator, f"text too long ({len(item.text)} characters, limit {nlp_module.MAX_CHARS})", excerpt(item.text))
        else:
            todo.append(i)
    docs = nlp.pipe((batch[i].text for i in todo), batch_size=max(1, len(todo)))
    for i, doc in zip(todo, docs):
        record = batch[i]
        try:
            out[i] = analyze_record(doc, record, include)
        except Exception as err:  # one bad document must not stop the batch
            log.exception("analysis failed for %s", record.source)
            out[i] = Reject(record.source, record.locator, f"analysis failed: {type(err).__name__}: {err}", excerpt(record.text))
    return out


def _warm_worker(reference: dating_reference.DatedReference | None = None) -> None:
    dating_reference.use(reference)
    nlp_module.load()


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def analyze(
    records: Iterable[Record | Reject], workers: int = 1, batch_size: int = BATCH_SIZE,
    include: frozenset[str] = frozenset(), task: Callable[..., list] = analyze_batch,
    reference: dating_reference.DatedReference | None = None,
) -> Iterator[dict | Reject]:
    """Analyse every record; yield documents (dicts) and rejects in input order.

    `include` names optional extractors to run beside the default ones (e.g. "tokens").
    `task` replaces `analyze_batch` (a module-level function, for the workers to import) to do
    more per batch where the analysis runs; what it returns per item is yielded instead.
    `reference`: dated articles that undated ones are dated by (`dating_reference`), handed to
    each worker once.
    """
    batches = batched(records, batch_size)
    if workers <= 1:
        before = dating_reference.current()
        dating_reference.use(reference if reference is not None else before)
        try:
            for batch in batches:
                yield from task(batch, include)
        finally:
            dating_reference.use(before)
        return
    # spawn, not fork: the parent may hold threads (progress bars) and open files.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm_worker,
                             initargs=(reference,)) as pool:
        window: deque = deque()
        for batch in batches:
            window.append(pool.submit(task, batch, include))
            if len(window) >= 2 * workers:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
