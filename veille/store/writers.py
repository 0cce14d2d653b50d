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
        {"doc_id": doc_id, "idx": i, "start_char": e["start"], "end_char": e["end"], "text": e["text"], "label": e["label"],
         "actor": json.dumps(e["actor"], ensure_ascii=False) if e.get("actor") else None}
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


def time_rows(doc_id: str, times: list[dict]) -> Rows:
    return {"times": [
        {"doc_id": doc_id, "idx": i, "start_char": t["start"], "end_char": t["end"], "text": t["text"],
         "type": t["type"], "value": t["value"], "earliest": t.get("earliest"), "latest": t.get("latest"),
         "anchor": t.get("anchor"), "mod": t.get("mod")}
        for i, t in enumerate(times)
    ]}


def date_estimate_rows(doc_id: str, estimate: dict | None) -> Rows:
    if not estimate:
        return {}
    return {"date_estimates": [{
        "doc_id": doc_id, "earliest": estimate.get("earliest"), "latest": estimate.get("latest"),
        "value": estimate.get("value"), "confidence": estimate.get("confidence", 0.0),
        "basis": estimate.get("basis"), "evidence": json.dumps(estimate_evidence(estimate), ensure_ascii=False),
    }]}


def estimate_evidence(estimate: dict):
    """The `evidence` column: the list of spans an estimate rests on, or, when it names dated
    articles (`neighbours`), {"spans", "neighbours"}; stores written before hold lists only, and
    `query.documents` reads both."""
    spans, neighbours = estimate.get("evidence", []), estimate.get("neighbours") or []
    return {"spans": spans, "neighbours": neighbours} if neighbours else spans


def quote_rows(doc_id: str, quotes: list[dict]) -> Rows:
    rows = []
    for i, q in enumerate(quotes):
        speaker, verb, via, date = q.get("speaker") or {}, q.get("verb") or {}, q.get("via") or {}, q.get("date") or {}
        actor = speaker.get("actor") or {}
        rows.append({
            "doc_id": doc_id, "idx": i, "start_char": q["start"], "end_char": q["end"], "text": q["text"], "kind": q["kind"],
            "speaker_start": speaker.get("start"), "speaker_end": speaker.get("end"), "speaker_text": speaker.get("text"),
            "actor_id": actor.get("id"), "actor_name": actor.get("name"), "actor_country": actor.get("country"),
            "verb_lemma": verb.get("lemma"), "via_text": via.get("text"), "date_value": date.get("value"),
            "data": json.dumps(q, ensure_ascii=False),
        })
    return {"quotes": rows}


def event_rows(doc_id: str, events: list[dict]) -> Rows:
    rows, actors = [], []
    for i, e in enumerate(events):
        date, location = e.get("date") or {}, e.get("location") or {}
        rows.append({
            "doc_id": doc_id, "idx": i, "start_char": e["start"], "end_char": e["end"], "text": e["text"],
            "type": e["type"], "mode": e.get("mode"), "sentence_start": e["sentence"][0], "sentence_end": e["sentence"][1],
            "polarity": e["polarity"], "modality": e["modality"], "date_value": date.get("value"),
            "date_earliest": date.get("earliest"), "date_latest": date.get("latest"), "date_source": date.get("source"),
            "location": location.get("text"), "intensity": e.get("intensity"),
            "reported_kind": (e.get("reported_by") or {}).get("kind", "article"),
            "data": json.dumps(e, ensure_ascii=False),
        })
        for role in ("source", "target"):
            for j, a in enumerate(e.get(role) or []):
                mention = a.get("mention") or {}
                actors.append({
                    "doc_id": doc_id, "event_idx": i, "role": role, "idx": j, "actor_id": a.get("id"),
                    "actor_name": a.get("name"), "country": a.get("country"), "kind": a.get("kind"),
                    "start_char": mention.get("start"), "end_char": mention.get("end"), "text": mention.get("text"),
                })
    return {"events": rows, "event_actors": actors}


def figure_rows(doc_id: str, figures: list[dict]) -> Rows:
    return {"figures": [
        {"doc_id": doc_id, "idx": i, "start_char": f["start"], "end_char": f["end"], "text": f["text"],
         "value": f["value"], "qualifier": f["qualifier"], "category": f["category"], "currency": f.get("currency"),
         "event_idx": f.get("event"), "data": json.dumps(f, ensure_ascii=False)}
        for i, f in enumerate(figures)
    ]}


def actor_mention_rows(doc_id: str, mentions: list[dict]) -> Rows:
    """Typed rows for `actor_mentions`, plus the JSON rows in `extractions` that other readers use."""
    typed = [
        {"doc_id": doc_id, "idx": i, "start_char": m["start"], "end_char": m["end"], "text": m["text"], "via": m["via"],
         "entity_idx": m.get("entity"), "actor_id": m["actor"]["id"], "actor_name": m["actor"].get("name"),
         "country": m["actor"].get("country"), "kind": m["actor"].get("kind"), "role": m["actor"].get("role")}
        for i, m in enumerate(mentions)
    ]
    return {"actor_mentions": typed, **extraction_rows(doc_id, "actor_mentions", mentions)}


# Output key -> writer. Keys not listed go to `extractions`.
TABLE_WRITERS: dict[str, Callable[[str, object], Rows]] = {
    "sentences": sentence_rows,
    "entities": entity_rows,
    "times": time_rows,
    "date_estimate": date_estimate_rows,
    "quotes": quote_rows,
    "events": event_rows,
    "figures": figure_rows,
    "actor_mentions": actor_mention_rows,
}


def rows_for(doc_id: str, key: str, value) -> Rows:
    writer = TABLE_WRITERS.get(key)
    return writer(doc_id, value) if writer else extraction_rows(doc_id, key, value)


def child_rows(doc: dict) -> Rows:
    """Every row an analysed document gives beside its `documents` row, by table: built where
    the document was analysed (a worker process), so that the writer only inserts."""
    rows: Rows = {}
    for key, value in doc.items():
        if key in DOCUMENT_KEYS:
            continue
        for table, table_rows in rows_for(doc["id"], key, value).items():
            rows.setdefault(table, []).extend(table_rows)
    return rows


# Tables holding per-document rows (keyed by doc_id), cleared when a document is re-analysed.
# A migration adding such a table adds its name here.
CHILD_TABLES = ["sentences", "entities", "extractions", "times", "date_estimates", "quotes", "events", "event_actors", "figures", "actor_mentions"]


def document_tables() -> list[str]:
    return ["documents", *CHILD_TABLES]
