"""Dated articles to place an undated one by: what its nearest dated neighbours say of its year.

An undated article often names nothing that gives its year ("mardi", "le 17 juin"), yet it
talks of the same people, places and affairs as the articles written around it. Given a
reference of dated articles (a veille store, or dated records), `DatedReference.neighbours`
returns the most similar ones, by TF-IDF cosine over the words of four letters or more; the
dating step (`dating.estimate`) lets their years vote beside what the text itself dates, and
uses their months only when the text names no day or month.

Measured on the corpus `dev` split, each article left out of its own reference (1,022
articles): the year most of its ten nearest neighbours share, by squared similarity, is the
article's in 62 % of cases (a capitalised-words-only vocabulary: 53 %; the most common year of
the split: 44 %); the nearest neighbour's month is the article's in 25 %.

Plain words, not spaCy lemmas: the reference is built from stored texts without parsing them
again, and the score only ranks neighbours.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

import numpy as np

WORD = re.compile(r"\b\w[\w-]{3,}")
# Words in more than this share of the reference say nothing of when ("gouvernement", "selon").
MAX_DF = 0.1
NEIGHBOURS = 10
# The newest dated articles of a store kept as its reference: enough to hold the stories of
# the recent years, small enough to build in seconds (~1 ms an article).
STORE_LIMIT = 50_000
# Fewer dated articles than this in a store and it is not a default reference: on the corpus
# `dev` split a reference of 102 of its articles (each left out of its own) still places 63 % of
# them in the right year and 34 % in the right month, against 42 % and 26 % without one; far
# fewer say more of the store's own few stories than of the year.
STORE_MINIMUM = 100


@dataclass(frozen=True)
class Neighbour:
    similarity: float
    date: dt.date
    index: int  # in the reference
    id: str | None = None  # the dated article's id (a store's document, a record), when known


def _counts(text: str) -> Counter:
    return Counter(w.lower() for w in WORD.findall(text))


class DatedReference:
    """TF-IDF rows of dated articles; `neighbours(text)` ranks them by cosine to a text."""

    def __init__(self, texts: Iterable[str], dates: Iterable[dt.date], ids: Iterable[str] | None = None):
        counts = [_counts(t) for t in texts]
        self.dates = list(dates)
        self.ids = list(ids) if ids is not None else [None] * len(self.dates)
        if not len(self.dates) == len(self.ids) == len(counts):
            raise ValueError("one date (and id) per text")
        n = len(counts)
        df = Counter()
        for c in counts:
            df.update(c.keys())
        kept = sorted(w for w, k in df.items() if 2 <= k <= max(2, MAX_DF * n))
        self.vocabulary = {w: i for i, w in enumerate(kept)}
        self.idf = np.array([math.log(n / df[w]) for w in kept]) if kept else np.zeros(0)
        self.matrix = self._rows(counts)

    def __len__(self) -> int:
        return len(self.dates)

    def _rows(self, counts: list[Counter]):
        import scipy.sparse as sp  # here, not at import: only a dating reference needs it

        rows, cols, vals = [], [], []
        for i, c in enumerate(counts):
            for w, k in c.items():
                j = self.vocabulary.get(w)
                if j is not None:
                    rows.append(i)
                    cols.append(j)
                    vals.append((1 + math.log(k)) * self.idf[j])
        m = sp.csr_matrix((vals, (rows, cols)), shape=(len(counts), len(self.vocabulary)))
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sp.csr_matrix(sp.diags(1 / norms) @ m)

    def neighbours(self, text: str, k: int = NEIGHBOURS, skip: frozenset[int] = frozenset()) -> list[Neighbour]:
        """The k most similar dated articles (similarity > 0), best first; `skip`: indices to
        leave out (an article's own copy, when the reference holds it)."""
        if not len(self) or not self.vocabulary:
            return []
        scores = (self.matrix @ self._rows([_counts(text)]).T).toarray().ravel()
        for i in skip:
            scores[i] = 0.0
        top = np.argsort(-scores, kind="stable")[:k]
        return [Neighbour(float(scores[i]), self.dates[i], int(i), self.ids[i]) for i in top if scores[i] > 0]

    # -- building one ----------------------------------------------------------------------

    @classmethod
    def from_store(cls, store, limit: int = STORE_LIMIT) -> "DatedReference":
        """The newest `limit` articles of a veille store that carry a day or month date."""
        with store.reading() as con:
            rows = con.execute(
                "SELECT id, text, date_earliest FROM documents WHERE date_earliest IS NOT NULL "
                "AND date_precision IN ('day', 'month') ORDER BY date_earliest DESC, id LIMIT ?", [limit]).fetchall()
        return cls([r[1] for r in rows], [r[2] for r in rows], [r[0] for r in rows])

    @classmethod
    def of_store(cls, store, minimum: int | None = None) -> "DatedReference | None":
        """The store's dated articles as the reference of what is ingested into it: None when
        there is no store yet, or it holds fewer than `minimum` dated articles (reading so few
        costs nothing, so they are read rather than counted first)."""
        if not os.path.exists(store.path):
            return None
        reference = cls.from_store(store)
        return reference if len(reference) >= (STORE_MINIMUM if minimum is None else minimum) else None

    @classmethod
    def from_paths(cls, paths: list[str]) -> "DatedReference":
        """A store file (`.duckdb`), or records files and folders: their dated records."""
        if len(paths) == 1 and paths[0].endswith(".duckdb"):
            from veille.store import Store

            return cls.from_store(Store(paths[0]))
        from veille.ingest.records import Record, date_bounds
        from veille.ingest.sources import read_sources

        texts, dates, ids = [], [], []
        for item in read_sources(paths):
            if isinstance(item, Record) and item.date_precision in ("day", "month"):
                texts.append(item.text)
                dates.append(date_bounds(item.date, item.date_precision)[0])
                ids.append(item.id)
        return cls(texts, dates, ids)


# The reference of this process's analyses (`use`), read by the pipeline into each Context.
_current: DatedReference | None = None


def use(reference: DatedReference | None) -> None:
    global _current
    _current = reference


def current() -> DatedReference | None:
    return _current
