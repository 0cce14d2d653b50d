"""Reading events and figures back from the store: per document, filtered lists, dyads."""

from __future__ import annotations

import json

from veille.store import Store

# What happened, as opposed to what was denied, alleged, intended, feared or planned.
HAPPENED = "e.modality = 'actual' AND e.polarity = 'asserted'"


def stored(con, doc_id: str) -> dict:
    """`events` and `figures` of one stored document, in their contract shape."""
    out = {}
    for key in ("events", "figures"):
        rows = con.execute(f"SELECT data FROM {key} WHERE doc_id = ? ORDER BY idx", [doc_id]).fetchall()
        out[key] = [json.loads(data) for (data,) in rows]
    return out


def _actor_filter(role: str, country: str) -> tuple[str, list]:
    return (
        f"EXISTS (SELECT 1 FROM event_actors a WHERE a.doc_id = e.doc_id AND a.event_idx = e.idx "
        f"AND a.role = '{role}' AND upper(a.country) = upper(?))",
        [country],
    )


def list_events(store: Store, source: str | None = None, target: str | None = None, type_: str | None = None,
                since: str | None = None, until: str | None = None, happened_only: bool = False,
                limit: int = 100) -> list[dict]:
    """Events matching the filters, newest first, each with its document id and index."""
    where, params = [], []
    if source:
        clause, p = _actor_filter("source", source)
        where.append(clause)
        params += p
    if target:
        clause, p = _actor_filter("target", target)
        where.append(clause)
        params += p
    if type_:
        where.append("upper(e.type) = upper(?)")
        params.append(type_)
    if since:
        where.append("COALESCE(e.date_latest, e.date_value) >= ?")
        params.append(since)
    if until:
        where.append("COALESCE(e.date_earliest, e.date_value) <= ?")
        params.append(until + "\uffff")  # an ISO prefix: "2021-12" covers the whole month
    if happened_only:
        where.append(HAPPENED)
    sql = (
        "SELECT e.doc_id, e.idx, e.data, d.title FROM events e JOIN documents d ON d.id = e.doc_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY e.date_earliest DESC NULLS LAST, e.doc_id, e.idx LIMIT ?"
    )
    with store.reading() as con:
        rows = con.execute(sql, [*params, limit]).fetchall()
    return [{"doc_id": doc_id, "event": idx, "title": title, **json.loads(data)} for doc_id, idx, data, title in rows]


PERIODS = {"day": 10, "month": 7, "year": 4}


# A wire story republished by several outlets is one story (`stories`, near-duplicate
# detection): of the copies' identical events, only one document's count.
ONCE_PER_STORY = "each (story, type, direction, period) counts the events of one document only"


def dyad(store: Store, a: str, b: str, by: str = "month", happened_only: bool = True) -> list[dict]:
    """Events between two countries, both directions: count and mean intensity per period, direction
    and type, with the (doc_id, event index) of every event counted so each row can be traced."""
    width = PERIODS[by]
    sql = f"""
        WITH pairs AS (
            SELECT DISTINCT e.doc_id, e.idx, e.type, e.intensity,
                   substr(COALESCE(e.date_earliest, e.date_value), 1, {width}) AS period,
                   upper(s.country) AS source, upper(t.country) AS target,
                   COALESCE(st.story_id, e.doc_id) AS story
            FROM events e
            JOIN event_actors s ON s.doc_id = e.doc_id AND s.event_idx = e.idx AND s.role = 'source'
            JOIN event_actors t ON t.doc_id = e.doc_id AND t.event_idx = e.idx AND t.role = 'target'
            LEFT JOIN stories st ON st.doc_id = e.doc_id
            WHERE ((upper(s.country) = upper(?) AND upper(t.country) = upper(?))
                OR (upper(s.country) = upper(?) AND upper(t.country) = upper(?)))
              {"AND " + HAPPENED if happened_only else ""}
        ),
        -- once per story: see ONCE_PER_STORY
        counted AS (
            SELECT * FROM pairs
            QUALIFY doc_id = min(doc_id) OVER (PARTITION BY story, type, source, target, period)
        )
        SELECT period, source, target, type, count(*), avg(intensity),
               list(doc_id || '#' || CAST(idx AS VARCHAR) ORDER BY doc_id, idx)
        FROM counted GROUP BY ALL ORDER BY period NULLS LAST, source, type
    """
    with store.reading() as con:
        rows = con.execute(sql, [a, b, b, a]).fetchall()
    return [
        {"period": period, "source": source, "target": target, "type": type_, "events": n,
         "mean_intensity": round(mean, 2) if mean is not None else None, "refs": sorted(refs)}
        for period, source, target, type_, n, mean, refs in rows
    ]
