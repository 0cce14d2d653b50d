"""What every request shares: the store, a small read cache, and the search index kept fresh.

The store is opened per request (short read-only DuckDB connections, `Store.reading()`), so an
ingest in another process can take its write lock between requests. Aggregates that scan the
whole store (home page, actor lists, dyads) are cached, keyed by the store's version: the size
and modification time of the DuckDB file and its WAL, which every committed write changes. A
cached answer is therefore never older than the store.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from typing import Callable, Iterator

import duckdb

from veille.search import SearchIndex, actor_profile, index_path
from veille.serve.queries import get_actor
from veille.store import Store

log = logging.getLogger(__name__)

FRESHNESS_CHECK = 2.0  # seconds between two looks at whether the search index is behind
WRITER_POLL = 0.05  # seconds between two looks for a waiting writer while the store is held
CACHE_SIZE = 2048  # answers kept; each is a page of results or one aggregate


class ExploreContext:
    def __init__(self, db: str, token: str | None = None):
        self.store = Store(db)
        self.token = token or None
        self._cache: OrderedDict = OrderedDict()
        self._cache_lock = threading.Lock()
        self._index: SearchIndex | None = None
        self._index_lock = threading.Lock()
        self._sync_thread: threading.Thread | None = None
        self._checked_at = 0.0
        self._anchor: duckdb.DuckDBPyConnection | None = None
        # (cache key, compute) pairs refreshed in the background after each store change
        self.warm_ups: list[tuple[tuple, Callable]] = []
        self.follow_ups: Callable[[], list[tuple[tuple, Callable]]] = list
        self._anchor_lock = threading.Lock()
        self._watcher: threading.Thread | None = None
        self._stop = threading.Event()

    # -- store ------------------------------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator:
        self.hold_store()
        with self.store.reading() as con:
            yield con

    def _writer_waiting(self) -> bool:
        try:
            age = time.time() - os.stat(self.store.write_wanted_path).st_mtime
        except FileNotFoundError:
            return False
        return age < self.store.lock_timeout + 5  # older: left by a killed writer

    def _watch_writers(self) -> None:
        # An idle server gets no request to notice a waiting writer: look for it here too.
        while not self._stop.wait(WRITER_POLL):
            if self._anchor is not None and self._writer_waiting():
                self.hold_store()

    def hold_store(self) -> None:
        """Keep one read-only connection open between requests, or let go for a waiting writer.

        DuckDB shares one database instance among a process's connections to a file: while the
        anchor is open, each request's connection opens in well under a millisecond and finds
        the pages it read before still cached, instead of re-reading the catalog (tens of ms).
        A writer in another process cannot take the lock meanwhile, so it announces itself
        with `Store.write_wanted_path`; the anchor is then closed, the requests in flight
        finish, the writer gets in, and the next request after it re-opens the anchor.
        """
        with self._anchor_lock:
            if self._writer_waiting():
                if self._anchor is not None:
                    self._anchor.close()
                    self._anchor = None
            elif self._anchor is None and os.path.exists(self.store.path) and not self._stop.is_set():
                try:
                    self._anchor = duckdb.connect(self.store.path, read_only=True)
                except duckdb.IOException:  # a writer holds the file: this request waits in Store.reading()
                    self._anchor = None
                if self._watcher is None:
                    self._watcher = threading.Thread(target=self._watch_writers, name="veille-writer-watch", daemon=True)
                    self._watcher.start()
                    atexit.register(self.close)  # stop the watcher before the interpreter goes

    def close(self) -> None:
        self._stop.set()
        if self._watcher is not None and self._watcher is not threading.current_thread():
            self._watcher.join(timeout=2)
        with self._anchor_lock:
            if self._anchor is not None:
                self._anchor.close()
                self._anchor = None

    def version(self) -> tuple:
        marks = []
        # the store, and the search index's mark (actor pages read the index)
        for path in (self.store.path, str(self.store.path) + ".wal", str(index_path(self.store) / "state.json")):
            try:
                st = os.stat(path)
                marks.append((st.st_size, st.st_mtime_ns))
            except FileNotFoundError:
                marks.append(None)
        return tuple(marks)

    def cached(self, key: tuple, compute: Callable[[object], object]):
        """compute(con) once per store version and key."""
        full_key = (self.version(), key)
        with self._cache_lock:
            if full_key in self._cache:
                self._cache.move_to_end(full_key)
                return self._cache[full_key]
        with self.reading() as con:
            value = compute(con)
        with self._cache_lock:
            self._cache[full_key] = value
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return value

    # -- search index -----------------------------------------------------------------------

    @property
    def index(self) -> SearchIndex:
        with self._index_lock:
            if self._index is None:
                self._index = SearchIndex(self.store)
            return self._index

    def keep_index_fresh(self) -> None:
        """Catch the index (and the warm-ups) up in the background when the store moved; never
        block a request."""
        now = time.monotonic()
        if now - self._checked_at < FRESHNESS_CHECK:
            return
        self._checked_at = now
        if self._sync_thread is not None and self._sync_thread.is_alive():
            return
        # Not a daemon (said explicitly: a thread inherits the flag of the request thread that
        # starts it): the interpreter waits for a catch-up in progress rather than stopping it
        # inside DuckDB or tantivy, which aborts the whole process.
        self._sync_thread = threading.Thread(target=self._sync, name="veille-index-sync", daemon=False)
        self._sync_thread.start()

    def _sync(self) -> None:
        try:
            index = self.index
            if index.stale():
                index.sync()
        except Exception as err:  # noqa: BLE001 - an ingest holding the index writer syncs it itself
            log.info("search index catch-up skipped: %s", err)
        try:
            for key, compute in [*self.warm_ups, *self.follow_ups()]:  # ready before anyone asks
                self.cached(key, compute)
        except Exception as err:  # noqa: BLE001 - a request computes it itself then
            log.info("warm-up skipped: %s", err)

    def actor_compute(self, actor_id: str) -> Callable:
        return lambda con: get_actor(con, actor_id, actor_profile(self.index, actor_id))

    def actor(self, actor_id: str) -> dict | None:
        """One actor's page data, cached like every aggregate."""
        return self.cached(("actor", actor_id), self.actor_compute(actor_id))

    def sync_now(self) -> int:
        return self.index.sync()
