"""`veille export`: every table of the store to Parquet, JSON Lines or CSV files."""

from __future__ import annotations

import os

from veille.store import Store

FORMATS = {"parquet": "(FORMAT parquet)", "jsonl": "(FORMAT json)", "csv": "(FORMAT csv, HEADER)"}


def export(store: Store, out_dir: str, fmt: str) -> list[str]:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    os.makedirs(out_dir, exist_ok=True)
    written = []
    with store.reading() as con:
        # Every table the migrations created, so each stage's tables travel without a change here.
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
            "AND table_type = 'BASE TABLE' ORDER BY table_name").fetchall()]
        for table in tables:
            path = os.path.join(out_dir, f"{table}.{fmt}")
            # COPY takes no parameter for its target: quote the path as an SQL literal.
            literal = "'" + path.replace("'", "''") + "'"
            con.execute(f"COPY (SELECT * FROM {table}) TO {literal} {FORMATS[fmt]}")
            written.append(path)
    return written
