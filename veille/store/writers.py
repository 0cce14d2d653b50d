"""How each key of an analysed document becomes table rows.

`TABLE_WRITERS` maps an output key ("entities") to a function giving rows per table. A key with
no writer of its own is kept whole in `extractions` (kind, span, JSON data), so a new extractor
is stored, queryable and exported before it earns a typed table; registering a writer here
(with its migration) is the only change that needs.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Callable

from veille.ingest.records import date_bounds

DOCUMENT_KEYS = {"id", "source", "date", "date_precision", "title", "url", "source_id", "record", "text"}

Rows = dict[str, list[dict]]


def document_row(doc: dict, analyser_version: str, now: dt.datetime) -> dict:
    earliest, latest = date_bounds(doc.get("date"), doc.get("date_precision", "none"))
    return {
        "id": doc["id"], "source": doc["source"], "record": doc.get("record"),
        "source_id": doc.get("source_id"), "url": doc.get("url"), "date": doc.get("date"),
        "date_precision": doc.get("date_precision", "none"), "date_earliest": earliest,
        "date_latest": latest, "title": doc.get("title"), "text": doc["text"],
        "ingested_at": now, "analyser_version": analyser_version,
    }


def sentence_rows(doc_id: str, sentences: list[dict]) -> Rows:
    return {"sentences": [
        {"doc_id": doc_id, "idx": i, "start_char": s["start"], "end_char": s["end"], "tokens": s.get("tokens", 0)}
        for i, s in enumerate(sentences)
    ]}


def entity_rows(doc_id: str, entities: list[dict]) -> Rows:
    return {"entities": [
        {"doc_id": doc_id, "idx": i, "start_char": e["start"], "end_char": e["end"], "text": e["text"], "label": e["label"]}
        for i, e in enumerate(entities)
    ]}


def extraction_rows(doc_id: str, kind: str, value) -> Rows:
    items = value if isinstance(value, list) else [value]
    rows = []
    for idx, item in enumerate(items):
        if item is None:
            continue
        data = item if isinstance(item, dict) else {"value": item}
        rows.append({
            "doc_id": doc_id, "kind": kind, "idx": idx,
            "start_char": data.get("start"), "end_char": data.get("end"),
            "text": data["text"] if isinstance(data.get("text"), str) else None,
            "data": json.dumps(data, ensure_ascii=False),
        })
    return {"extractions": rows}


# Output key -> writer. Keys not listed go to `extractions`.
TABLE_WRITERS: dict[str, Callable[[str, object], Rows]] = {
    "sentences": sentence_rows,
    "entities": entity_rows,
}


def rows_for(doc_id: str, key: str, value) -> Rows:
    writer = TABLE_WRITERS.get(key)
    return writer(doc_id, value) if writer else extraction_rows(doc_id, key, value)


# Tables holding per-document rows (keyed by doc_id), cleared when a document is re-analysed.
# A migration adding such a table adds its name here.
CHILD_TABLES = ["sentences", "entities", "extractions"]


def document_tables() -> list[str]:
    return ["documents", *CHILD_TABLES]
