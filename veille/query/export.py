"""`veille export`: every table of the store to Parquet, JSON Lines or CSV files."""

from __future__ import annotations

import os

from veille.store import Store

FORMATS = {"parquet": "(FORMAT parquet)", "jsonl": "(FORMAT json)", "csv": "(FORMAT csv, HEADER)"}
TABLES = ("documents", "sentences", "entities", "extractions", "rejects", "runs")


def export(store: Store, out_dir: str, fmt: str) -> list[str]:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    os.makedirs(out_dir, exist_ok=True)
    written = []
    with store.reading() as con:
        present = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        for table in TABLES:
            if table not in present:
                continue
            path = os.path.join(out_dir, f"{table}.{fmt}")
            # COPY takes no parameter for its target: quote the path as an SQL literal.
            literal = "'" + path.replace("'", "''") + "'"
            con.execute(f"COPY (SELECT * FROM {table}) TO {literal} {FORMATS[fmt]}")
            written.append(path)
    return written
