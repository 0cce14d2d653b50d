"""The embedded store: one DuckDB file, opened briefly for each read or write.

DuckDB lets one process write a file, and no other process open it meanwhile. So veille never
holds the file: an ingest opens it for one batch (a single transaction), closes it, and a reader
(`veille show`, the server) does the same per request. Whoever finds it busy waits and retries
(`LOCK_TIMEOUT`). See docs/architecture.md.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import threading
import time
from collections import defaultdict
import contextlib
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

import duckdb
import pyarrow as pa

from veille.ingest.records import Reject
from veille.store import migrations, writers

DEFAULT_DB = "veille.duckdb"
LOCK_TIMEOUT = 60.0  # seconds a writer or reader waits for the other to finish its batch
# DuckDB's own cap on the memory a connection's database may use (buffer cache, index nodes,
# query state; beyond it, it evicts or spills to `<db>.tmp`). Its default is 80% of RAM, which
# let an ingest's RSS grow with the store; `$VEILLE_DB_MEMORY` overrides (DuckDB syntax, "4GB").
MEMORY_LIMIT = "1GB"

DOCUMENT_KEYS = writers.DOCUMENT_KEYS


class StoreError(RuntimeError):
    """A store problem the user can act on (missing file, lock held too long, old schema)."""


def default_path() -> str:
    return os.environ.get("VEILLE_DB") or DEFAULT_DB


def memory_limit() -> str:
    return os.environ.get("VEILLE_DB_MEMORY") or MEMORY_LIMIT


def _is_lock_error(err: Exception) -> bool:
    return "lock" in str(err).lower()


class Store:
    def __init__(self, path: str | None = None, lock_timeout: float = LOCK_TIMEOUT):
        self.path = path or default_path()
        self.lock_timeout = lock_timeout
        self._migrated = False
        # One connection at a time per store within this process: DuckDB refuses a read-only
        # connection while a read-write one to the same file is open in the same process (and
        # the reverse), which the ingest's writer thread and its id lookups would otherwise race into.
        self._lock = threading.RLock()

    # -- connections -------------------------------------------------------------------------

    @property
    def write_wanted_path(self) -> str:
        """Exists while a writer waits for the lock: a long-lived reader (the server) seeing it
        lets go of the file so that the writer gets in (see veille/serve/context.py)."""
        return str(self.path) + ".write-wanted"

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.01
        waiting = False
        try:
            while True:
                try:
                    con = duckdb.connect(self.path, read_only=read_only)
                    # SET, not connect(config=): a connection opened elsewhere in this process
                    # without config (the server's anchor) must still be compatible with ours
                    con.execute(f"SET memory_limit = '{memory_limit()}'")
                    return con
                except duckdb.IOException as err:
                    if not _is_lock_error(err) or time.monotonic() > deadline:
                        if _is_lock_error(err):
                            raise StoreError(f"{self.path} stayed locked by another process for {self.lock_timeout:.0f}s") from err
                        raise
                if not read_only and not waiting:
                    with open(self.write_wanted_path, "w"):
                        waiting = True
                time.sleep(delay * (1 + random.random()))
                delay = min(delay * 2, 0.25)
        finally:
            if waiting:
                with contextlib.suppress(FileNotFoundError):
                    os.remove(self.write_wanted_path)

    @contextmanager
    def reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if not os.path.exists(self.path):
            raise StoreError(f"no store at {self.path}: run `veille ingest PATH --db {self.path}` first")
        with self._lock:
            con = self._connect(read_only=True)
            if not self._migrated and migrations.pending(con):
                # A store written by an older veille: bring its schema up to date once, then read.
                con.close()
                with self.writing():
                    pass
                con = self._connect(read_only=True)
            try:
                yield con
            finally:
                con.close()

    @contextmanager
    def writing(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction: everything inside commits together or not at all."""
        with self._lock:
            con = self._connect(read_only=False)
            try:
                if not self._migrated:
                    migrations.migrate(con)
                    self._migrated = True
                con.execute("BEGIN TRANSACTION")
                try:
                    yield con
                except BaseException:
                    con.execute("ROLLBACK")
                    raise
                con.execute("COMMIT")
            finally:
                con.close()

    # -- ingest side -------------------------------------------------------------------------

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids or not os.path.exists(self.path):
            return set()
        # the first lookup writes (creating and migrating a new store); later ones only read, and
        # closing a read-only connection costs no checkpoint
        with (self.reading() if self._migrated else self.writing()) as con:
            rows = con.execute("SELECT id FROM documents WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def write(
        self, documents: list[dict], rejects: list[Reject], analyser_version: str, replace: bool = False,
        also: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
        child_rows: dict[str, writers.Rows] | None = None,
    ) -> int:
        """Store a batch of analysed documents and rejects in one transaction.

        Returns how many documents were new. Documents already stored are left alone unless
        `replace` (`--force`), which swaps their extractions for the new ones. `also` writes
        more in the same transaction (the batch's story links: one connection, one commit).
        `child_rows`: the documents' `writers.child_rows`, by id, when built elsewhere.
        """
        now = dt.datetime.now()
        with self.writing() as con:
            ids = [d["id"] for d in documents]
            if ids and replace:
                for table in writers.document_tables():
                    key = "id" if table == "documents" else "doc_id"
                    con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?))", [ids])
            present = set()
            if ids:
                present = {r[0] for r in con.execute("SELECT id FROM documents WHERE id IN (SELECT unnest(?))", [ids]).fetchall()}
            seen = set(present)
            fresh = []
            for doc in documents:
                if doc["id"] not in seen:
                    seen.add(doc["id"])
                    fresh.append(doc)
            if fresh:
                insert_documents(con, fresh, analyser_version, now, child_rows)
            for reject in rejects:
                con.execute(
                    "INSERT OR IGNORE INTO rejects VALUES (?, ?, ?, ?, ?)",
                    [reject.source, reject.locator or "", reject.reason, reject.excerpt, now],
                )
            if also is not None:
                also(con)
        return len(fresh)

    def start_run(self, command: str) -> int:
        with self.writing() as con:
            return con.execute("INSERT INTO runs (command, started_at) VALUES (?, ?) RETURNING id", [command, dt.datetime.now()]).fetchone()[0]

    def finish_run(self, run_id: int, stored: int, skipped: int, rejected: int) -> None:
        with self.writing() as con:
            con.execute(
                "UPDATE runs SET finished_at = ?, stored = ?, skipped = ?, rejected = ? WHERE id = ?",
                [dt.datetime.now(), stored, skipped, rejected, run_id],
            )


def insert_documents(
    con: duckdb.DuckDBPyConnection, docs: list[dict], analyser_version: str, now: dt.datetime,
    child_rows: dict[str, writers.Rows] | None = None,
) -> None:
    """Insert analysed documents as rows of every table; shared with the Parquet lake writer
    (veille.scale.lake), which fills an in-memory DuckDB with the same schema."""
    rows: dict[str, list[dict]] = defaultdict(list)
    for doc in docs:
        rows["documents"].append(writers.document_row(doc, analyser_version, now))
        prepared = child_rows.get(doc["id"]) if child_rows else None
        for table, table_rows in (prepared if prepared is not None else writers.child_rows(doc)).items():
            rows[table].extend(table_rows)
    for table, table_rows in rows.items():
        if not table_rows:
            continue
        columns = [c[0] for c in con.execute(f"DESCRIBE {table}").fetchall()]
        batch = pa.Table.from_pylist(table_rows)
        con.register("_batch", batch)
        try:
            names = ", ".join(c for c in columns if c in batch.column_names)
            con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _batch")
        finally:
            con.unregister("_batch")
