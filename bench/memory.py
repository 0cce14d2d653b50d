"""Does a long ingest stream in bounded memory? RSS of the ingest process at checkpoints.

    .venv/bin/python bench/memory.py [--docs 100000] [--checkpoints 10000,50000,100000]
                                     [--templates 64] [--per-day 2000]
                                     [--write-batch 64] [--index-batch 256]

What streams through what, honestly: analysing 100,000 articles would take hours on two cores,
so the spaCy analysis runs for real only on `--templates` dev-split articles (in two worker
processes, so the model's memory stays out of the measured process). Every one of the `--docs`
documents then goes through the real local ingest path, `veille.jobs.store_records` — read as
a stream of records, existing-id lookup, batching, the writer thread, the DuckDB store (every
table), story linking (MinHash index) and the search index (tantivy) — with the analysis step
replaced by a replay of a template's analysis (`Replay`), given the record's own id, source, date
and text (the template's text plus a numbered line, so the stored offsets stay valid).

Synthetic documents: fresh ids, one day of dates per `--per-day` documents (so the stories
window slides and months accumulate), a random MinHash signature each (a new story) except every
tenth, which repeats the signature of the document five before it (a republication: linked).

Printed at each checkpoint: documents done, this process's RSS now (in all, anonymous, mapped
files) and at its peak (the kernel's, then sampled anonymous and file-mapped peaks; MB), the store's and the search index's size on disk, and the rate since
the previous checkpoint. The near-duplicate index grows until it holds the stories window
(14 days, i.e. 28,000 documents at the default 2,000 a day, ~100 MB) and must be flat after;
the store and the search index grow on disk, as they must.

`--write-batch` and `--index-batch` raise the documents per transaction and per search-index
commit (defaults: the ingest's own, `jobs.WRITE_BATCH` and `jobs.INDEX_BATCH`). A store
connection and commit cost ~4 ms a document at 64 a transaction, which caps this replay near
100 documents a second; a million-document run uses 1,024 and 4,096 (~200 a second). Larger
batches hold more in memory at once, so a flat heap with them bounds the default's too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from veille import jobs  # noqa: E402
from veille.ingest.records import Record, date_bounds  # noqa: E402
from veille.scale.stories import NUM_PERM  # noqa: E402
from veille.store import Store, writers  # noqa: E402

START = dt.date(2020, 1, 1)


def rss_mb(field: str = "VmRSS") -> float:
    """Resident memory now: VmRSS in all, RssAnon the process's own heap (what must stay flat),
    RssFile mapped files (the search index's segments, libraries: page cache the kernel can drop)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


class PeakSampler(threading.Thread):
    """The highest RssAnon and RssFile seen, sampled every 50 ms: the kernel's peak (ru_maxrss)
    counts mapped files too, so it cannot tell a heap that grows from index segments read by a
    merge (page cache)."""

    def __init__(self):
        super().__init__(daemon=True)
        self.anon = self.file = 0.0

    def run(self) -> None:
        while True:
            self.anon = max(self.anon, rss_mb("RssAnon"))
            self.file = max(self.file, rss_mb("RssFile"))
            time.sleep(0.05)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def disk_mb(path: str) -> float:
    p = Path(path)
    files = [p] if p.is_file() else list(p.rglob("*")) if p.exists() else []
    return sum(f.stat().st_size for f in files if f.is_file()) / 1024**2


def analyse_templates(n: int) -> list[dict]:
    """The real analysis of n dev articles, in worker processes (the model never loads here)."""
    from throughput import write_input

    from veille.jobs import analyze_paths

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "templates.jsonl"
        write_input(n, path)
        return [d for d in analyze_paths([str(path)], workers=2) if isinstance(d, dict)]


def synthetic_records(n: int, templates: list[dict], per_day: int):
    for i in range(n):
        t = templates[i % len(templates)]
        day = START + dt.timedelta(days=i // per_day)
        yield Record(
            source="synthetic.jsonl#%d" % (i + 1), text=t["text"] + f"\n\n(Dépêche {i}.)", date=day.isoformat(),
            date_precision="day", title=t.get("title"), source_id=f"syn-{i}", record=i + 1,
        )


def synthetic_signature(i: int) -> np.ndarray:
    seed = i - 5 if i % 10 == 0 and i >= 5 else i  # every tenth: a republication of an earlier one
    return np.random.default_rng(seed).integers(0, 2**32, NUM_PERM, dtype=np.uint64).astype(np.uint32)


class Replay:
    """Stands in for `jobs.analyze_for_store`: a template's analysis under the record's identity.
    Its child rows are built once per template and given the record's id: the real ingest builds
    them in the worker processes, so they are no part of the parent's share measured here."""

    def __init__(self, templates: list[dict]):
        self.templates = templates
        self.rows = [writers.child_rows(t) for t in templates]

    def __call__(self, batch: list[Record], include=frozenset()) -> list:
        out = []
        for record in batch:
            i = record.record - 1
            doc = {**self.templates[i % len(self.templates)], **record.to_document()}
            date = date_bounds(record.date, record.date_precision)[0]
            rows = {table: [{**row, "doc_id": doc["id"]} for row in table_rows]
                    for table, table_rows in self.rows[i % len(self.rows)].items()}
            out.append(jobs.Prepared(doc, (doc["id"], synthetic_signature(i), date), rows))
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--checkpoints", default="", help="document counts to report at (default: 10 even steps)")
    parser.add_argument("--templates", type=int, default=64, help="dev articles analysed for real, then replayed")
    parser.add_argument("--per-day", type=int, default=2000, help="documents per day of synthetic dates")
    parser.add_argument("--db", help="store path (default: a temporary one, removed afterwards)")
    parser.add_argument("--write-batch", type=int, default=jobs.WRITE_BATCH, help="documents per store transaction")
    parser.add_argument("--index-batch", type=int, default=jobs.INDEX_BATCH, help="documents per search-index commit")
    args = parser.parse_args()
    jobs.WRITE_BATCH, jobs.INDEX_BATCH = args.write_batch, args.index_batch
    jobs.LOOKUP_BATCH = max(jobs.LOOKUP_BATCH, args.write_batch)  # one id lookup per transaction at most
    checkpoints = sorted({int(c) for c in args.checkpoints.split(",") if c} or
                         {args.docs * k // 10 for k in range(1, 11)})

    templates = analyse_templates(args.templates)
    print(f"{len(templates)} templates analysed; RSS {rss_mb():.0f} MB before the ingest; {args.write_batch} documents "
          f"a transaction, {args.index_batch} a search-index commit", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(args.db or os.path.join(tmp, "memory.duckdb"))
        sampler = PeakSampler()
        sampler.start()
        print(f"{'docs':>9}{'RSS MB':>9}{'anon MB':>9}{'file MB':>9}{'peak MB':>9}{'peak anon':>10}{'peak file':>10}"
              f"{'store MB':>10}{'index MB':>10}{'docs/s':>9}", flush=True)
        state = {"done": 0, "next": 0, "t": time.perf_counter(), "last": 0}

        def progress(n: int) -> None:
            state["done"] += n
            while state["next"] < len(checkpoints) and state["done"] >= checkpoints[state["next"]]:
                now = time.perf_counter()
                rate = (state["done"] - state["last"]) / (now - state["t"])
                print(f"{state['done']:>9}{rss_mb():>9.0f}{rss_mb('RssAnon'):>9.0f}{rss_mb('RssFile'):>9.0f}"
                      f"{peak_mb():>9.0f}{sampler.anon:>10.0f}{sampler.file:>10.0f}{disk_mb(store.path):>10.0f}"
                      f"{disk_mb(store.path + '.search'):>10.0f}{rate:>9.0f}", flush=True)
                state.update(next=state["next"] + 1, t=now, last=state["done"])

        report = jobs.store_records(synthetic_records(args.docs, templates, args.per_day), store,
                                    on_progress=progress, task=Replay(templates))
        assert report.stored == args.docs, report
        with store.reading() as con:
            counts = con.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM stories), "
                                 "(SELECT count(DISTINCT story_id) FROM stories), (SELECT count(*) FROM entities)").fetchone()
        print(f"stored {counts[0]} documents, {counts[1]} story links in {counts[2]} stories, {counts[3]} entity rows")


if __name__ == "__main__":
    main()
