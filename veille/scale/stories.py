"""Near-duplicate documents grouped into stories: a wire dispatch republished with small edits
(a byline, a trimmed paragraph, a corrected figure) is one story, counted once.

datasketch MinHash signatures over word 3-shingles, in an LSH band index (banding chosen by
datasketch's MinHashLSH); a candidate joins a story only if its estimated Jaccard similarity
reaches `THRESHOLD`. The story id is the id of the story's first document. Every stored
document gets a row in `stories` (doc_id → story_id), whichever engine analysed it, so counts of
events, dyads or mentions count stories with `COUNT(DISTINCT story_id)`.

Memory stays bounded on any input size: republications come within days, so the index keeps only
the documents dated within `WINDOW_DAYS` of the newest date seen (undated documents count as
dated on the newest date), evicting the older ones, and never more than `MAX_MEMBERS` (~3.5 KB
each, measured), evicting the oldest first.
"""

from __future__ import annotations

import datetime as dt
import functools
import heapq
import itertools
import re
from typing import Iterable

import numpy as np
import pyarrow as pa
from datasketch import MinHash, MinHashLSH

from veille.ingest.records import date_bounds
from veille.store import Store

NUM_PERM = 128
SHINGLE = 3  # words per shingle (dev sweep, bench/dedup.py: 3 keeps edited copies above the threshold)
THRESHOLD = 0.4  # estimated Jaccard at which two documents are one story (tuned on dev, bench/dedup.py)
WINDOW_DAYS = 14
MAX_MEMBERS = 500_000  # ~1.8 GB of index: the hard bound, whatever the dates say
SEED = 1  # fixed: signatures stored by one run must match the next run's

_WORD = re.compile(r"\w+")
_ROWS = pa.schema([("doc_id", pa.string()), ("story_id", pa.string()), ("similarity", pa.float64()),
                   ("date", pa.date32()), ("minhash", pa.binary())])


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


@functools.cache
def _permutations():
    # MinHash() draws its permutations anew each time it is built, which costs more than hashing
    # a whole article: draw them once per process (the same seed gives the same ones).
    return MinHash(num_perm=NUM_PERM, seed=SEED).permutations


def signature(text: str) -> np.ndarray:
    """The MinHash signature of a body, as uint32 values (datasketch's hash range is 32-bit)."""
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_permutations())
    minhash.update_batch(list(shingles(text)))
    return minhash.hashvalues.astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


class BandIndex:
    """LSH banding: documents sharing all `rows` values of any one of `bands` bands are candidates.

    datasketch's MinHashLSH chooses the banding (the one minimising false positives plus false
    negatives at the threshold); the tables are kept here rather than in MinHashLSH because its
    per-band sets and byte-string keys cost ~12 KB a document, and this layout (one int key per band,
    the id itself until a bucket holds two) ~3 KB, measured: the window's size is bounded by it.
    """

    def __init__(self, threshold: float):
        banding = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.bands, self.rows = banding.b, banding.r
        self.tables: list[dict[int, str | list[str]]] = [{} for _ in range(self.bands)]

    def _keys(self, values: np.ndarray) -> list[int]:
        return [hash(row.tobytes()) for row in values[: self.bands * self.rows].reshape(self.bands, self.rows)]

    def insert(self, doc_id: str, values: np.ndarray) -> None:
        for table, key in zip(self.tables, self._keys(values)):
            bucket = table.get(key)
            if bucket is None:
                table[key] = doc_id
            elif isinstance(bucket, list):
                bucket.append(doc_id)
            else:
                table[key] = [bucket, doc_id]

    def query(self, values: np.ndarray) -> set[str]:
        found: set[str] = set()
        for table, key in zip(self.tables, self._keys(values)):
            bucket = table.get(key)
            if isinstance(bucket, list):
                found.update(bucket)
            elif bucket is not None:
                found.add(bucket)
        return found

    def remove(self, doc_id: str, values: np.ndarray) -> None:
        for table, key in zip(self.tables, self._keys(values)):
            bucket = table.get(key)
            if bucket == doc_id:
                del table[key]
            elif isinstance(bucket, list) and doc_id in bucket:
                bucket.remove(doc_id)
                if len(bucket) == 1:
                    table[key] = bucket[0]


class StoryIndex:
    """Assigns each new document to the story of its nearest earlier near-duplicate, or a new one."""

    def __init__(self, threshold: float = THRESHOLD, window_days: int | None = WINDOW_DAYS, max_members: int = MAX_MEMBERS):
        self.threshold = threshold
        self.max_members = max_members
        self.window = dt.timedelta(days=window_days) if window_days else None
        self.lsh = BandIndex(threshold)
        self.members: dict[str, tuple[str, np.ndarray]] = {}  # doc_id -> (story_id, signature)
        self.by_date: list[tuple[dt.date, int, str]] = []  # heap of (date, arrival, id), for eviction
        self.arrivals = itertools.count()
        self.newest: dt.date | None = None

    def __len__(self) -> int:
        return len(self.members)

    def add(self, doc_id: str, values: np.ndarray, date: dt.date | None, story_id: str | None = None) -> tuple[str, float | None]:
        """Index one document; return (story_id, similarity to the matched document or None).

        `story_id` given: the document is already assigned (reloaded from the store).
        """
        if doc_id in self.members:
            return self.members[doc_id][0], None
        score = None
        if story_id is None:
            story_id = doc_id
            best = None
            for candidate in sorted(self.lsh.query(values)):
                s = similarity(values, self.members[candidate][1])
                if s >= self.threshold and (best is None or s > best[0]):  # ties: the smallest id
                    best = (s, candidate)
            if best is not None:
                score, story_id = best[0], self.members[best[1]][0]
        self.lsh.insert(doc_id, values)
        self.members[doc_id] = (story_id, values)
        self._age(doc_id, date)
        return story_id, score

    def _age(self, doc_id: str, date: dt.date | None) -> None:
        if date is not None and (self.newest is None or date > self.newest):
            self.newest = date
        heapq.heappush(self.by_date, (date or self.newest or dt.date.min, next(self.arrivals), doc_id))
        horizon = self.newest - self.window if self.newest and self.window else None
        while self.by_date and (len(self.members) > self.max_members or (horizon and self.by_date[0][0] < horizon)):
            old = heapq.heappop(self.by_date)[2]
            self.lsh.remove(old, self.members.pop(old)[1])


def signed(document: dict) -> tuple[str, np.ndarray, dt.date | None]:
    """What linking needs of an analysed document: (id, signature, earliest date)."""
    date = date_bounds(document.get("date"), document.get("date_precision", "none"))[0]
    return document["id"], signature(document["text"]), date


def _insert_stories(con, rows: list[tuple]) -> None:
    con.register("_stories", pa.table(list(zip(*rows)), schema=_ROWS))  # one columnar insert, not one per row
    try:
        con.execute("INSERT OR IGNORE INTO stories SELECT * FROM _stories")
    finally:
        con.unregister("_stories")


class StoryLinker:
    """Keeps the store's `stories` table complete: loads the recent index, links new documents."""

    def __init__(self, store: Store, index: StoryIndex | None = None):
        self.store = store
        self.index = index or StoryIndex()
        self._load()

    def _load(self) -> None:
        with self.store.writing() as con:  # writing(): creates and migrates a new store
            newest = con.execute("SELECT max(date) FROM stories").fetchone()[0]
            query = "SELECT doc_id, story_id, date, minhash FROM stories"
            params: list = []
            if newest is not None and self.index.window is not None:
                query += " WHERE date IS NULL OR date >= ?"
                params.append(newest - self.index.window)
            rows = con.execute(query + " ORDER BY date NULLS LAST, doc_id", params).fetchall()
        for doc_id, story_id, date, blob in rows:
            self.index.add(doc_id, np.frombuffer(blob, dtype=np.uint32), date, story_id=story_id)

    def link_documents(self, documents: Iterable[dict]) -> None:
        """Link analysed documents (dicts with id, text, date, date_precision)."""
        self.link(signed(d) for d in documents)

    def link(self, signed: Iterable[tuple[str, np.ndarray, dt.date | None]], con=None) -> None:
        """Link documents given as (id, signature, date) — the workers compute signatures.

        `con`: an open write transaction to insert in (the one storing the documents, so that a
        document and its story commit together); without it, one of its own."""
        rows = []
        for doc_id, values, date in signed:
            if doc_id in self.index.members:
                continue
            story_id, score = self.index.add(doc_id, values, date)
            rows.append((doc_id, story_id, score, date, values.astype(np.uint32).tobytes()))
        if not rows:
            return
        if con is None:
            with self.store.writing() as own:
                _insert_stories(own, rows)
        else:
            _insert_stories(con, rows)

    def catch_up(self) -> int:
        """Link stored documents that have no story yet (stored by a killed run, or before 0008),
        in the store's tables and in its registered Parquet lakes."""
        with self.store.writing() as con:
            sources = ["documents"] + [name for (name,) in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_name = 'lake_documents'").fetchall()]
            union = " UNION ALL ".join(f"SELECT id, text, date, date_precision, ingested_at, record FROM {s}" for s in sources)
            # as near as the store knows to the order they came in, which is the order a run links
            rows = con.execute(
                f"SELECT id, text, date, date_precision FROM ({union}) WHERE id NOT IN (SELECT doc_id FROM stories) "
                "ORDER BY ingested_at, record NULLS LAST, id"
            ).fetchall()
        self.link_documents({"id": r[0], "text": r[1], "date": r[2], "date_precision": r[3]} for r in rows)
        return len(rows)
