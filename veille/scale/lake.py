"""The Parquet lake: the store's tables as Parquet files partitioned by month, in a folder or URI.

    <root>/<table>/month=2012-05/part-<key>.parquet      (month=2012 for a year-only date,
                                                          month=undated for none)

Every table of the store (documents and its child tables) has the same columns as in DuckDB:
a writer fills an in-memory DuckDB with the store's own migrations and insert code, then copies
each table out, so the lake and the store cannot drift apart. Hive-style `month=` folders let
DuckDB, Spark and Trino prune by month. A root is a local path or any URI pyarrow opens
(`s3://bucket/prefix`, `gs://...`); nothing below assumes a local disk.

Commit protocol, so a killed writer leaves nothing half-visible: the rows of one batch and month
share a file name, content-addressed by their document ids; child tables are written first and
`documents` last, so a document exists when its `documents` file does, and child files without
one are orphans of a killed run that the next run deletes (`remove_orphans`). One writer run per
root at a time, as with the DuckDB store.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import uuid
from collections import OrderedDict, defaultdict
from typing import Iterable

import duckdb
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from veille.store import migrations, writers
from veille.store.db import Store, insert_documents

DOCUMENTS = "documents"
UNDATED = "undated"


def child_tables() -> list[str]:
    return list(writers.CHILD_TABLES)


def month_of(date: str | None, precision: str) -> str:
    """The partition a document falls in: YYYY-MM, YYYY for a year-only date, or `undated`."""
    if not date or precision == "none":
        return UNDATED
    return date[:4] if precision == "year" else date[:7]


def default_root(store: Store) -> str:
    """The lake beside a store file: veille.duckdb → veille.lake/."""
    base, _ = os.path.splitext(store.path)
    return base + ".lake"


def is_uri(root: str) -> bool:
    return "://" in root


def normalise_root(root: str) -> str:
    return root.rstrip("/") if is_uri(root) else os.path.abspath(root)


def filesystem(root: str) -> tuple[pafs.FileSystem, str]:
    """The filesystem holding `root` and the path of root within it."""
    if is_uri(root):
        return pafs.FileSystem.from_uri(root)
    return pafs.LocalFileSystem(), normalise_root(root)


class LakeWriter:
    """Writes analysed documents (the `veille analyze` objects) to the lake; one per process."""

    def __init__(self, root: str):
        self.root = normalise_root(root)
        self.fs, self.base = filesystem(root)
        self.local = isinstance(self.fs, pafs.LocalFileSystem)
        self.con = duckdb.connect()  # in memory: the store's schema, used as a typed row builder
        migrations.migrate(self.con)

    def write(self, documents: list[dict], analyser_version: str, now: dt.datetime) -> None:
        by_month: dict[str, list[dict]] = defaultdict(list)
        for doc in documents:
            by_month[month_of(doc.get("date"), doc.get("date_precision", "none"))].append(doc)
        for month, docs in by_month.items():
            key = hashlib.sha256("\n".join(sorted(d["id"] for d in docs)).encode()).hexdigest()[:20]
            insert_documents(self.con, docs, analyser_version, now)
            try:
                for table in [*child_tables(), DOCUMENTS]:  # documents last: it commits the batch
                    rows = self.con.sql(f"SELECT * FROM {table}").to_arrow_table()
                    if rows.num_rows:
                        self._put(rows, f"{self.base}/{table}/month={month}/part-{key}.parquet")
            finally:
                for table in [*child_tables(), DOCUMENTS]:
                    self.con.execute(f"DELETE FROM {table}")

    def _put(self, rows, path: str) -> None:
        parent = path.rsplit("/", 1)[0]
        self.fs.create_dir(parent, recursive=True)
        if not self.local:  # an object store PUT is atomic already
            pq.write_table(rows, path, filesystem=self.fs)
            return
        # A dot-file is ignored by DuckDB's *.parquet globs, Spark and Trino until the rename.
        tmp = f"{parent}/.{uuid.uuid4().hex}.tmp"
        pq.write_table(rows, tmp, filesystem=self.fs)
        self.fs.move(tmp, path)


def _files(fs: pafs.FileSystem, folder: str) -> list[str]:
    info = fs.get_file_info(pafs.FileSelector(folder, recursive=True, allow_not_found=True))
    return [f.path for f in info if f.type == pafs.FileType.File and f.base_name.endswith(".parquet")
            and not f.base_name.startswith((".", "_"))]


def remove_orphans(root: str) -> int:
    """Delete child-table files whose batch never wrote its `documents` file (a killed run)."""
    fs, base = filesystem(root)
    committed = {path[len(f"{base}/{DOCUMENTS}/"):] for path in _files(fs, f"{base}/{DOCUMENTS}")}
    removed = 0
    for table in child_tables():
        prefix = f"{base}/{table}/"
        for path in _files(fs, prefix):
            if path[len(prefix):] not in committed:
                fs.delete_file(path)
                removed += 1
    return removed


class LakeIds:
    """Which documents the lake already holds: what a re-run skips.

    A record can only be in its own month's partition, so ids are read one month at a time and
    the most recent `months` partitions kept: memory stays bounded however large the lake grows
    (news input comes roughly in date order, so the cache hits).
    """

    def __init__(self, root: str, months: int = 24):
        self.fs, self.base = filesystem(root)
        self.months = months
        self.cache: OrderedDict[str, set[str]] = OrderedDict()

    def month(self, month: str) -> set[str]:
        if month in self.cache:
            self.cache.move_to_end(month)
            return self.cache[month]
        files = _files(self.fs, f"{self.base}/{DOCUMENTS}/month={month}")
        ids = set()
        if files:
            table = ds.dataset(files, filesystem=self.fs, format="parquet").to_table(columns=["id"])
            ids = set(table.column("id").to_pylist())
        self.cache[month] = ids
        if len(self.cache) > self.months:
            self.cache.popitem(last=False)
        return ids

    def known(self, records: Iterable) -> set[str]:
        return {r.id for r in records if r.id in self.month(month_of(r.date, r.date_precision))}


def glob(root: str, table: str) -> str:
    return f"{normalise_root(root)}/{table}/*/*.parquet"


def register(store: Store, root: str) -> None:
    """Record `root` in the store and (re)create the views lake_<table> over every registered root.

    A table with no file yet gets an empty view with the store table's columns, so queries over
    lake_* never fail for lack of data.
    """
    root = normalise_root(root)
    with store.writing() as con:
        con.execute("INSERT OR IGNORE INTO lake_datasets VALUES (?, ?)", [root, dt.datetime.now()])
        roots = [r[0] for r in con.execute("SELECT root FROM lake_datasets ORDER BY root").fetchall()]
        for table in [DOCUMENTS, *child_tables()]:
            globs = [glob(r, table) for r in roots if _has_files(r, table)]
            if globs:
                source = (f"read_parquet({_sql_list(globs)}, hive_partitioning = true, "
                          "hive_types = {'month': VARCHAR}, union_by_name = true)")
                con.execute(f"CREATE OR REPLACE VIEW lake_{table} AS SELECT * FROM {source}")
            else:
                con.execute(f"CREATE OR REPLACE VIEW lake_{table} AS SELECT *, NULL::VARCHAR AS month FROM {table} WHERE false")


def _has_files(root: str, table: str) -> bool:
    fs, base = filesystem(root)
    return bool(_files(fs, f"{base}/{table}"))


def _sql_list(items: Iterable[str]) -> str:
    return "[" + ", ".join("'" + item.replace("'", "''") + "'" for item in items) + "]"
