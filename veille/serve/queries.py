"""The read queries behind the API and the dashboard: one function per resource, plain dicts out.

Every function takes an open read-only DuckDB connection and binds every request value as a
parameter (never pasted into SQL). Quotes and events come from their typed tables (migrations
0004, 0005); actors from the actors extractor's records in `extractions` (docs/output.md), read
through DuckDB's JSON functions, or, in a store analysed without it, from the named entities.
"""

from __future__ import annotations

import datetime as dt
import json

from veille.query.events import EVENT_DAY_EARLIEST, SENTENCE, actor_side, find_events
from veille.search import ActorProfile, keyword
from veille.serve.records import KINDS, actor_of, has_table, records

PAGE_MAX = 200

def _rows(cursor) -> list[dict]:
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _iso(value):
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def has_kind(con, kind: str) -> bool:
    return con.execute("SELECT count(*) FROM (SELECT 1 FROM extractions WHERE kind = ? LIMIT 1)", [kind]).fetchone()[0] > 0


# -- documents ----------------------------------------------------------------------------------


def list_documents(con, since=None, until=None, ids: list[str] | None = None, limit=20, offset=0) -> dict:
    where, params = ["true"], []
    if since:
        where.append("date_latest >= ?")
        params.append(since)
    if until:
        where.append("date_earliest <= ?")
        params.append(until)
    if ids is not None:
        where.append("id IN (SELECT unnest(?))")
        params.append(ids)
    clause = " AND ".join(where)
    total = con.execute(f"SELECT count(*) FROM documents WHERE {clause}", params).fetchone()[0]
    items = _rows(con.execute(
        f"WITH page AS (SELECT id, date_latest FROM documents WHERE {clause} ORDER BY date_latest DESC NULLS LAST, id LIMIT ? OFFSET ?) "
        "SELECT d.id, d.title, d.date, d.date_precision, d.source, d.url, length(d.text) AS chars FROM page "
        "JOIN documents d ON d.id = page.id ORDER BY page.date_latest DESC NULLS LAST, d.id", [*params, limit, offset]))
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def document_titles(con, ids: list[str]) -> dict[str, dict]:
    rows = con.execute("SELECT id, title, date, date_precision FROM documents WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
    return {r[0]: {"title": r[1], "date": r[2], "date_precision": r[3]} for r in rows}


# -- actors -------------------------------------------------------------------------------------
# With the actors extractor's records (`actors` kind), an actor is what it resolved; before
# that, a named entity (PER, ORG, LOC) stands for itself, keyed by its text.


def list_actors(con, country=None, kind=None, q=None, limit=50, offset=0) -> dict:
    if has_kind(con, "actors"):
        where, params = ["kind = 'actors'"], []
        if country:
            where.append("upper(a.country) = upper(?)")
            params.append(country)
        if kind:
            where.append("a.kind = ?")
            params.append(kind)
        if q:
            where.append("(a.name ILIKE '%' || ? || '%' OR a.id ILIKE '%' || ? || '%')")
            params += [q, q]
        sql = (
            "WITH x AS (SELECT doc_id, coalesce(json_extract(data, '$.actor'), data) AS j, "
            "coalesce(try_cast(json_extract(data, '$.mentions') AS INTEGER), 1) AS mentions FROM extractions WHERE kind = 'actors'), "
            "a AS (SELECT doc_id, mentions, j->>'$.id' AS id, j->>'$.name' AS name, j->>'$.country' AS country, "
            "j->>'$.kind' AS kind FROM x) "
            f"SELECT id, any_value(name) AS name, any_value(country) AS country, any_value(a.kind) AS kind, "
            f"sum(mentions)::BIGINT AS mentions, count(DISTINCT doc_id) AS documents FROM a WHERE {' AND '.join(where[1:]) or 'true'} "
            "GROUP BY id ORDER BY documents DESC, mentions DESC, id"
        )
    else:
        where, params = ["label IN ('PER', 'ORG', 'LOC')"], []
        if kind:
            where.append("label = ?")
            params.append(kind)
        if q:
            where.append("text ILIKE '%' || ? || '%'")
            params.append(q)
        sql = (
            "SELECT text AS id, text AS name, NULL AS country, any_value(label) AS kind, count(*) AS mentions, "
            f"count(DISTINCT doc_id) AS documents FROM entities WHERE {' AND '.join(where)} "
            "GROUP BY text ORDER BY documents DESC, mentions DESC, id"
        )
        if country:  # entities alone know no countries
            return {"total": 0, "limit": limit, "offset": offset, "items": [], "resolved": False}
    total = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
    items = _rows(con.execute(f"{sql} LIMIT ? OFFSET ?", [*params, limit, offset]))
    return {"total": total, "limit": limit, "offset": offset, "items": items, "resolved": has_kind(con, "actors")}


def get_actor(con, actor_id: str, profile: ActorProfile) -> dict | None:
    """One actor: aliases, documents and mentions per month, quotes by them, events as source
    and as target.

    `profile` (from the search index) says which articles name the actor and how many per
    month; aliases and mention counts are read from the most recent of those articles only
    (`mentions_exact` tells when that was all of them), so the page costs the same on a large
    store as on a small one.
    """
    if not profile.documents:
        return None
    recent, wanted = profile.recent, keyword(actor_id)
    matches = lambda a: a and wanted in (keyword(str(a.get("id") or "")), keyword(str(a.get("name") or "")))  # noqa: E731
    records = [json.loads(data) for (data,) in con.execute(
        "SELECT data FROM extractions WHERE kind = 'actors' AND doc_id IN (SELECT unnest(?))", [recent]).fetchall()]
    linked = [r for r in records if matches(actor_of(r))]
    if linked:  # an actor the actors extractor resolved
        actor = actor_of(linked[0])
        rows = [
            (text, month) for text, month, actor_key in con.execute(
                "SELECT e.text, CASE WHEN d.date_precision IN ('day', 'month') THEN strftime(d.date_earliest, '%Y-%m') END, "
                "e.data->>'$.actor.id' FROM extractions e JOIN documents d ON d.id = e.doc_id "
                "WHERE e.kind = 'actor_mentions' AND e.doc_id IN (SELECT unnest(?)) AND contains(e.data, ?)",
                [recent, _json_needle(actor.get("id") or "")]).fetchall()
            if actor_key == actor.get("id")
        ]
        aliases = {text for text, _ in rows if text} | {a for r in linked for a in _aliases(r)}
    else:  # a named entity standing for itself
        rows, labels = [], []
        for text, label, month in con.execute(
            "SELECT e.text, e.label, CASE WHEN d.date_precision IN ('day', 'month') THEN strftime(d.date_earliest, '%Y-%m') END "
            "FROM entities e JOIN documents d ON d.id = e.doc_id WHERE e.doc_id IN (SELECT unnest(?))", [recent]).fetchall():
            if keyword(text) == wanted:
                rows.append((text, month))
                labels.append(label)
        if not rows:
            return None
        name = max({t for t, _ in rows}, key=[t for t, _ in rows].count)
        actor = {"id": name, "name": name, "country": None, "kind": max(set(labels), key=labels.count), "role": None}
        aliases = {text for text, _ in rows}
    mentions: dict[str, int] = {}
    for _, month in rows:
        if month:
            mentions[month] = mentions.get(month, 0) + 1
    key = actor.get("id") or actor_id
    return {
        "actor": actor, "resolved": bool(linked), "aliases": sorted(aliases), "documents_total": profile.documents,
        "per_month": [{**m, "mentions": mentions.get(m["month"], 0)} for m in profile.per_month],
        "mentions_exact": profile.documents <= len(recent), "mentions_from": len(recent),
        "documents": list_documents(con, ids=recent[:20], limit=20)["items"],
        "quotes": list_quotes(con, speaker=key, limit=20)["items"],
        "events_as_source": list_events(con, source=key, limit=20)["items"],
        "events_as_target": list_events(con, target=key, limit=20)["items"],
    }


def _json_needle(value: str) -> str:
    """How a string value appears inside the stored JSON text (quotes included)."""
    return json.dumps(value, ensure_ascii=False)


def _aliases(record: dict) -> list[str]:
    out = []
    for key in ("text", "aliases", "mentions_text", "names"):
        value = record.get(key)
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            out += [v for v in value if isinstance(v, str)]
    first = record.get("first") if isinstance(record.get("first"), dict) else {}
    if isinstance(first.get("text"), str):
        out.append(first["text"])
    return out


# -- quotes -------------------------------------------------------------------------------------
# The quotes table (migration 0004) flattens speaker, actor and country into columns.


def list_quotes(con, speaker=None, country=None, since=None, until=None, contains=None, kind=None, limit=20, offset=0) -> dict:
    where, params = ["true"], []
    if speaker:
        where.append("(lower(q.speaker_text) = lower(?) OR lower(q.actor_id) = lower(?) OR lower(q.actor_name) = lower(?))")
        params += [speaker] * 3
    if country:
        where.append("upper(q.actor_country) = upper(?)")
        params.append(country)
    if contains:
        where.append("q.text ILIKE '%' || ? || '%'")
        params.append(contains)
    if kind:
        where.append("q.kind = ?")
        params.append(kind)
    if since:
        where.append("d.date_latest >= ?")
        params.append(since)
    if until:
        where.append("d.date_earliest <= ?")
        params.append(until)
    base = f"FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE {' AND '.join(where)}"
    total = con.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    rows = con.execute(
        f"WITH page AS (SELECT q.doc_id, q.idx, d.date_latest AS day {base} "
        "ORDER BY day DESC NULLS LAST, q.doc_id, q.idx LIMIT ? OFFSET ?) "
        "SELECT q.doc_id, q.data, d.title, d.date, d.date_precision FROM page "
        "JOIN quotes q ON q.doc_id = page.doc_id AND q.idx = page.idx JOIN documents d ON d.id = q.doc_id "
        "ORDER BY page.day DESC NULLS LAST, q.doc_id, q.idx", [*params, limit, offset]).fetchall()
    items = [
        {**json.loads(data), "doc_id": doc_id, "doc_title": title, "doc_date": date, "doc_date_precision": precision}
        for doc_id, data, title, date, precision in rows
    ]
    return {"total": total, "limit": limit, "offset": offset, "items": items}


# -- events -------------------------------------------------------------------------------------
# The events table (migration 0005) with one event_actors row per source or target actor.


# The listing itself lives in veille.query.events, shared with `veille events`: one query, one
# set of filter semantics (see `find_events`).
_event_side = actor_side


def list_events(con, source=None, target=None, type_=None, modality=None, since=None, until=None, limit=20, offset=0) -> dict:
    found = find_events(con, source=source, target=target, type_=type_, modality=modality, since=since, until=until,
                        limit=limit, offset=offset)
    items = [
        {**i["event"], "doc_id": i["doc_id"], "idx": i["idx"], "doc_title": i["doc_title"], "doc_date": i["doc_date"],
         "doc_date_precision": i["doc_date_precision"], "sentence_text": i["sentence_text"]}
        for i in found["items"]
    ]
    return {"total": found["total"], "limit": limit, "offset": offset, "items": items}


REFS_PER_POINT = 50  # events listed under one point of the dyad timeline


def dyad(con, a: str, b: str, by: str = "month") -> dict:
    """Events between two actors in both directions, per period: count, mean intensity, and the
    events themselves with their sentences (the first REFS_PER_POINT of each period).

    Only what happened is counted (asserted, actual): a denied, alleged or planned attack is
    no conflict. Intensity follows the Goldstein convention of the events contract: negative is
    conflict, positive cooperation.
    """
    fmt = {"month": "%Y-%m", "year": "%Y", "day": "%Y-%m-%d"}[by]
    rows = con.execute(
        f"WITH y AS (SELECT e.doc_id, e.idx, e.type, e.intensity, e.modality, e.text, e.start_char, {SENTENCE} AS sentence, "
        f"strftime({EVENT_DAY_EARLIEST}, '{fmt}') AS period, COALESCE(st.story_id, e.doc_id) AS story, "
        f"CASE WHEN {_event_side('source')} AND {_event_side('target')} THEN 'a_to_b' ELSE 'b_to_a' END AS direction "
        "FROM events e JOIN documents d ON d.id = e.doc_id LEFT JOIN stories st ON st.doc_id = e.doc_id "
        f"WHERE e.modality = 'actual' AND e.polarity = 'asserted' AND "
        f"(({_event_side('source')} AND {_event_side('target')}) OR ({_event_side('source')} AND {_event_side('target')}))), "
        # A republished wire story is one story: of its copies' events, one document's count.
        "x AS (SELECT * FROM y QUALIFY doc_id = min(doc_id) OVER (PARTITION BY story, type, direction, period)) "
        "SELECT period, direction, count(*) AS events, round(avg(intensity), 2) AS mean_intensity, "
        f"list({{'doc_id': doc_id, 'idx': idx, 'type': type, 'intensity': intensity, 'modality': modality, 'text': text, "
        f"'start': start_char, 'sentence': sentence}} ORDER BY doc_id, idx)[1:{REFS_PER_POINT}] AS refs "
        "FROM x WHERE period IS NOT NULL GROUP BY ALL ORDER BY period, direction",
        [*[a] * 3, *[b] * 3, *[a] * 3, *[b] * 3, *[b] * 3, *[a] * 3],
    ).fetchall()
    series = [
        {"period": period, "direction": direction, "events": n, "mean_intensity": mean, "refs": refs}
        for period, direction, n, mean, refs in rows
    ]
    return {"a": a, "b": b, "by": by, "series": series}


# -- stats --------------------------------------------------------------------------------------


def stats(con, top: int = 10) -> dict:
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    kinds = dict(con.execute("SELECT kind, count(*) FROM extractions GROUP BY 1").fetchall())
    for table in ("times", "quotes", "events", "figures"):
        if has_table(con, table):  # a fixed name, never request text
            kinds[table] = one(f"SELECT count(*) FROM {table}")
    latest_events = list_events(con, limit=8)["items"] if kinds.get("events") else []
    return {
        "documents": one("SELECT count(*) FROM documents"),
        "entities": one("SELECT count(*) FROM entities"),
        "extractions": kinds,
        "date_precision": dict(con.execute("SELECT date_precision, count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC").fetchall()),
        "per_month": _rows(con.execute(
            "SELECT strftime(date_earliest, '%Y-%m') AS month, count(*) AS documents FROM documents "
            "WHERE date_precision IN ('day', 'month') GROUP BY 1 ORDER BY 1")),
        "top_actors": list_actors(con, limit=top)["items"],
        "latest_events": latest_events,
    }


def missing_records(con, doc: dict) -> dict[str, list[dict]]:
    """Extractor records of one document that `get_document` did not put back (a typed table it
    does not read yet), whichever table holds them."""
    out: dict[str, list[dict]] = {}
    for kind in KINDS:
        if kind not in doc:
            found = [record for _, record in records(con, kind, [doc["id"]])]
            if found:
                out[kind] = found
    return out
