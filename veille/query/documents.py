"""Read documents back in the shape `veille analyze` prints them."""

from __future__ import annotations

import json

from veille.store import Store, StoreError
from veille.query.events import stored as stored_events


def _lake_registered(con, table: str = "documents") -> bool:
    return con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [f"lake_{table}"]).fetchone()[0] > 0


def resolve_id(con, prefix: str) -> str:
    return _locate(con, prefix)[0]


def _locate(con, prefix: str) -> tuple[str, str | None]:
    """The document an id or unique id prefix names, and where it lives: `(id, None)` in the store,
    `(id, month)` in the store's registered Parquet lake (`--engine ray`), `month` its partition."""
    lake = _lake_registered(con)
    if len(prefix) == 16:  # a whole id: one index look-up, no prefix scan
        if con.execute("SELECT 1 FROM documents WHERE id = ?", [prefix]).fetchone():
            return prefix, None
        if lake:
            row = con.execute("SELECT month FROM lake_documents WHERE id = ? LIMIT 1", [prefix]).fetchone()
            if row:
                return prefix, row[0]
    found = {doc_id: None for (doc_id,) in con.execute(
        "SELECT id FROM documents WHERE id LIKE ? || '%' ORDER BY id LIMIT 2", [prefix]).fetchall()}
    if lake:
        for doc_id, month in con.execute(
                "SELECT id, month FROM lake_documents WHERE id LIKE ? || '%' ORDER BY id LIMIT 2", [prefix]).fetchall():
            found.setdefault(doc_id, month)  # a document in both: the store's copy
    if not found:
        raise StoreError(f"no document with id {prefix!r}")
    if len(found) > 1:
        raise StoreError(f"id prefix {prefix!r} is ambiguous; give more characters")
    return next(iter(found.items()))


def get_document(store: Store, doc_id: str) -> dict:
    """One document with every extraction, keyed as in the analyze contract, whether it is in the
    store or in the Parquet lake registered in it (documents analysed with `--engine ray`)."""
    with store.reading() as con:
        doc_id, month = _locate(con, doc_id)
        if month is None:
            table, where, params = (lambda name: name), "doc_id = ?", [doc_id]
        else:  # the lake's views, pruned to the document's month partition
            table, where, params = (lambda name: f"lake_{name}"), "doc_id = ? AND month = ?", [doc_id, month]
        cursor = con.execute(
            "SELECT id, source, date, date_precision, title, url, source_id, record, text, ingested_at, analyser_version "
            f"FROM {table('documents')} WHERE id = ?" + (" AND month = ?" if month is not None else ""), params,
        )
        names = [c[0] for c in cursor.description]
        doc = dict(zip(names, cursor.fetchone()))
        doc["ingested_at"] = doc["ingested_at"].isoformat()
        doc["sentences"] = [
            {"start": s, "end": e, "tokens": t}
            for s, e, t in con.execute(f"SELECT start_char, end_char, tokens FROM {table('sentences')} WHERE {where} ORDER BY idx", params).fetchall()
        ]
        doc["entities"] = [
            {"start": s, "end": e, "text": t, "label": label, "actor": json.loads(actor) if actor else None}
            for s, e, t, label, actor in con.execute(
                f"SELECT start_char, end_char, text, label, actor FROM {table('entities')} WHERE {where} ORDER BY idx", params).fetchall()
        ]
        for kind, data in con.execute(f"SELECT kind, data FROM {table('extractions')} WHERE {where} ORDER BY kind, idx", params).fetchall():
            doc.setdefault(kind, []).append(json.loads(data))
        doc.update(_times(con, table, where, params))
        doc.update(stored_events(con, doc_id, tables=table, where=where, params=params))
        # `quotes` (issue 4's typed table) keeps each record whole in `data`.
        doc["quotes"] = [json.loads(data) for (data,) in con.execute(
            f"SELECT data FROM {table('quotes')} WHERE {where} ORDER BY idx", params).fetchall()]
    return doc


def _times(con, table, where: str, params: list) -> dict:
    """`times` and `date_estimate` (issue 5's typed tables) back in their contract shape."""
    keys = ("start", "end", "text", "type", "value", "earliest", "latest", "anchor", "mod")
    times = []
    for row in con.execute(f"SELECT start_char, end_char, text, type, value, earliest, latest, anchor, mod FROM {table('times')} WHERE {where} ORDER BY idx", params).fetchall():
        record = dict(zip(keys, row))
        if record["mod"] is None:
            del record["mod"]
        times.append(record)
    row = con.execute(f"SELECT earliest, latest, value, confidence, basis, evidence FROM {table('date_estimates')} WHERE {where}", params).fetchone()
    estimate = None
    if row:
        earliest, latest, value, confidence, basis, evidence = row
        evidence = json.loads(evidence)  # see writers.estimate_evidence
        spans, neighbours = (evidence["spans"], evidence["neighbours"]) if isinstance(evidence, dict) else (evidence, [])
        estimate = {"earliest": earliest.isoformat() if earliest else None, "latest": latest.isoformat() if latest else None,
                    "value": value, "confidence": confidence, "basis": basis, "evidence": spans, "neighbours": neighbours}
    return {"times": times, "date_estimate": estimate}


def with_lake(con, table: str) -> str:
    """`table`, or the store's table with its Parquet lake's rows (`--engine ray` writes
    documents there; `veille.scale.lake` registers the lake_* views) when a lake is registered."""
    if not _lake_registered(con, table):
        return table
    return f"(SELECT * FROM {table} UNION ALL BY NAME SELECT * EXCLUDE (month) FROM lake_{table})"


def stats(store: Store, top: int = 15) -> dict:
    with store.reading() as con:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        documents, sentences, entities = (with_lake(con, t) for t in ("documents", "sentences", "entities"))
        return {
            "documents": one(f"SELECT count(*) FROM {documents}"),
            "sentences": one(f"SELECT count(*) FROM {sentences}"),
            "entities": one(f"SELECT count(*) FROM {entities}"),
            "rejects": one("SELECT count(*) FROM rejects"),
            "date_precision": dict(con.execute(f"SELECT date_precision, count(*) FROM {documents} GROUP BY 1 ORDER BY 2 DESC").fetchall()),
            "per_month": [
                {"month": m, "documents": n}
                for m, n in con.execute(
                    f"SELECT strftime(date_earliest, '%Y-%m') AS month, count(*) FROM {documents} "
                    "WHERE date_precision IN ('day', 'month') GROUP BY 1 ORDER BY 1"
                ).fetchall()
            ],
            "top_entities": [
                {"text": t, "label": label, "mentions": n, "documents": d}
                for t, label, n, d in con.execute(
                    f"SELECT text, label, count(*) AS n, count(DISTINCT doc_id) AS d FROM {entities} "
                    "GROUP BY 1, 2 ORDER BY n DESC, text LIMIT ?", [top]
                ).fetchall()
            ],
        }


def list_rejects(store: Store, limit: int = 100) -> list[dict]:
    with store.reading() as con:
        cursor = con.execute("SELECT source, locator, reason, excerpt, first_seen FROM rejects ORDER BY first_seen, source, locator LIMIT ?", [limit])
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]
