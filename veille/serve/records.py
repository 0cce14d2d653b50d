"""Read extractor records of one kind ("quotes", "events", "times", "actors") as contract dicts.

An extractor's records live in the generic `extractions` table (kind, span, JSON data) until it
earns a typed table of its own. Explore reads both, so its pages and endpoints show an
extractor's output the day it lands and keep showing it after its migration: a typed table
with a `data` JSON column is read through that column, any other typed table column by column
(`start_char`/`end_char` back to `start`/`end`, JSON-looking text decoded).
"""

from __future__ import annotations

import json
from typing import Iterable

KINDS = ("actors", "times", "quotes", "events", "figures")


def table_columns(con, table: str) -> list[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position", [table]
    ).fetchall()
    return [r[0] for r in rows]


def has_table(con, table: str) -> bool:
    return bool(table_columns(con, table))


def _decode(value):
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _typed_row(columns: list[str], row: tuple) -> dict:
    if "data" in columns:
        record = _decode(row[columns.index("data")])
        if isinstance(record, dict):
            return record
    out = {}
    for name, value in zip(columns, row):
        if name in ("doc_id", "idx"):
            continue
        out[{"start_char": "start", "end_char": "end"}.get(name, name)] = _decode(value)
    return out


def records(con, kind: str, doc_ids: Iterable[str] | None = None) -> list[tuple[str, dict]]:
    """(doc_id, record) pairs of one kind, for some documents or all, in document order."""
    if kind not in KINDS:
        raise ValueError(f"unknown record kind {kind!r}")
    ids = None if doc_ids is None else list(doc_ids)
    where, params = ("", []) if ids is None else (" AND doc_id IN (SELECT unnest(?))", [ids])
    found: list[tuple[str, dict]] = []
    columns = table_columns(con, kind)
    if "doc_id" in columns:  # the typed table; `kind` is one of KINDS, never request text
        order = "doc_id, idx" if "idx" in columns else "doc_id"
        sql = f"SELECT {', '.join(columns)} FROM {kind} WHERE true{where} ORDER BY {order}"
        found += [(row[columns.index("doc_id")], _typed_row(columns, row)) for row in con.execute(sql, params).fetchall()]
    rows = con.execute(f"SELECT doc_id, data FROM extractions WHERE kind = ?{where} ORDER BY doc_id, idx", [kind, *params]).fetchall()
    found += [(doc_id, json.loads(data)) for doc_id, data in rows]
    return found


def actor_of(record: dict) -> dict | None:
    """The actor object a per-document `actors` record or an entity carries, if any."""
    actor = record.get("actor") if isinstance(record.get("actor"), dict) else None
    if actor is None and "id" in record and "name" in record:
        actor = record
    return actor
