"""Reading events and figures back from the store: per document, filtered lists, dyads."""

from __future__ import annotations

import datetime as dt
import json
import re

from veille.ingest.records import date_bounds
from veille.store import Store

# What happened, as opposed to what was denied, alleged, intended, feared or planned.
HAPPENED = "e.modality = 'actual' AND e.polarity = 'asserted'"


def stored(con, doc_id: str, tables=None, where: str = "doc_id = ?", params: list | None = None) -> dict:
    """`events` and `figures` of one stored document, in their contract shape. `tables` maps a
    table name to the relation to read (the lake's `lake_events`, for a document of the lake),
    `where` and `params` select the document's rows there (by default: `doc_id = ?`)."""
    out = {}
    for key in ("events", "figures"):
        relation = tables(key) if tables else key
        rows = con.execute(f"SELECT data FROM {relation} WHERE {where} ORDER BY idx", params or [doc_id]).fetchall()
        out[key] = [json.loads(data) for (data,) in rows]
    return out


# -- the event listing ---------------------------------------------------------------------------
# One query, one set of filter semantics, for `veille events` and for /api/events (and the
# dashboard's events page and actor pages, which read the API's queries).


def actor_side(role: str) -> str:
    """SQL: the event `e` has a `role` ('source' or 'target') actor matching the bound value,
    case aside, by its country code ("RUS", "NATO"), its actor id ("gov:RUS") or its canonical
    name ("Government of Russia"). Binds the value three times. `role` is a fixed word, never
    request text."""
    assert role in ("source", "target")
    return (
        "EXISTS (SELECT 1 FROM event_actors a WHERE a.doc_id = e.doc_id AND a.event_idx = e.idx "
        f"AND a.role = '{role}' AND (upper(a.country) = upper(?) OR lower(a.actor_id) = lower(?) "
        "OR lower(a.actor_name) = lower(?)))"
    )


def _first_day(column: str) -> str:
    # the first day an ISO date string of any precision stands for: 2021 → 2021-01-01,
    # 2021-12 → 2021-12-01, 2021-12-07 or 2021-12-07T18:00 → 2021-12-07; NULL when not a date
    return (f"CASE WHEN length({column}) = 4 THEN try_cast({column} || '-01-01' AS DATE) "
            f"WHEN length({column}) = 7 THEN try_cast({column} || '-01' AS DATE) "
            f"ELSE try_cast(substr({column}, 1, 10) AS DATE) END")


def _last_day(column: str) -> str:
    return (f"CASE WHEN length({column}) = 4 THEN try_cast({column} || '-12-31' AS DATE) "
            f"WHEN length({column}) = 7 THEN last_day(try_cast({column} || '-01' AS DATE)) "
            f"ELSE try_cast(substr({column}, 1, 10) AS DATE) END")


# The days an event may have happened on, as DATEs: its date's `earliest` / `latest` (a day, or
# a datetime's day), else the interval of its `value` (a month-precision "2021-12" is the whole
# month), else the interval of its document's date. Needs `e` (events) and `d` (documents).
EVENT_DAY_EARLIEST = f"coalesce({_first_day('e.date_earliest')}, {_first_day('e.date_value')}, d.date_earliest)"
EVENT_DAY_LATEST = f"coalesce({_last_day('e.date_latest')}, {_last_day('e.date_value')}, d.date_latest)"
SENTENCE = "substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)"

_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$")


def day_bounds(value) -> tuple[dt.date, dt.date]:
    """The days a since/until value covers: a date is itself; "2021" is the whole year,
    "2021-12" the whole month, "2021-12-07" (or a datetime string) that day."""
    if isinstance(value, dt.datetime):
        return value.date(), value.date()
    if isinstance(value, dt.date):
        return value, value
    match = _DAY.match(str(value).strip())
    try:
        if not match:
            raise ValueError
        year, month, day = match.groups()
        precision = "day" if day else "month" if month else "year"
        first, last = date_bounds("-".join(p for p in (year, month, day) if p), precision)
    except ValueError:
        raise ValueError(f"not a date: {value!r} (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return first, last


def find_events(con, source=None, target=None, type_=None, modality=None, since=None, until=None,
                happened_only: bool = False, limit: int = 20, offset: int = 0, count: bool = True) -> dict:
    """Events matching every filter given, newest first (by the first day they may have happened
    on, then document id and event index): `{"total", "items"}`, `total` None unless `count`.

    Filters:
    - `source`, `target`: the event has such an actor on that side, matched case aside by country
      code ("RUS", "NATO"), actor id or canonical name (see `actor_side`);
    - `type_`: the PLOVER category, case aside; `modality`: exactly that modality;
      `happened_only`: modality actual and polarity asserted;
    - `since`, `until`: a date, or "YYYY", "YYYY-MM", "YYYY-MM-DD"; a year or a month covers all
      its days ("--until 2021-12" takes in December 31st). An event matches when the days it may
      have happened on (EVENT_DAY_EARLIEST .. EVENT_DAY_LATEST) meet [since, until]: an event
      dated only "2021-12" (an article dated to the month) matches a since or until anywhere in
      December. An event with no date of its own takes its document's; with neither, it matches
      no date filter.

    Each item: `doc_id`, `idx`, `event` (the record as `veille analyze` prints it), `doc_title`,
    `doc_date`, `doc_date_precision`, `sentence_text` (the text of its sentence).
    """
    where, params = ["true"], []
    for role, value in (("source", source), ("target", target)):
        if value:
            where.append(actor_side(role))
            params += [value] * 3
    if type_:
        where.append("upper(e.type) = upper(?)")
        params.append(type_)
    if modality:
        where.append("e.modality = ?")
        params.append(modality)
    if happened_only:
        where.append(HAPPENED)
    if since:
        where.append(f"{EVENT_DAY_LATEST} >= ?")
        params.append(day_bounds(since)[0])
    if until:
        where.append(f"{EVENT_DAY_EARLIEST} <= ?")
        params.append(day_bounds(until)[1])
    base = f"FROM events e JOIN documents d ON d.id = e.doc_id WHERE {' AND '.join(where)}"
    total = con.execute(f"SELECT count(*) {base}", params).fetchone()[0] if count else None
    # pick the page first on narrow columns, then read texts and JSON for those rows only
    rows = con.execute(
        f"WITH page AS (SELECT e.doc_id, e.idx, {EVENT_DAY_EARLIEST} AS day {base} "
        "ORDER BY day DESC NULLS LAST, e.doc_id, e.idx LIMIT ? OFFSET ?) "
        f"SELECT e.doc_id, e.idx, e.data, d.title, d.date, d.date_precision, {SENTENCE} FROM page "
        "JOIN events e ON e.doc_id = page.doc_id AND e.idx = page.idx JOIN documents d ON d.id = e.doc_id "
        "ORDER BY page.day DESC NULLS LAST, e.doc_id, e.idx", [*params, limit, offset]).fetchall()
    items = [
        {"doc_id": doc_id, "idx": idx, "event": json.loads(data), "doc_title": title, "doc_date": date,
         "doc_date_precision": precision, "sentence_text": sentence}
        for doc_id, idx, data, title, date, precision, sentence in rows
    ]
    return {"total": total, "items": items}


def list_events(store: Store, source: str | None = None, target: str | None = None, type_: str | None = None,
                since: str | None = None, until: str | None = None, happened_only: bool = False,
                limit: int = 100) -> list[dict]:
    """`veille events`: the events `find_events` selects, each record with its `doc_id`, its
    index as `event` and its document's `title`."""
    with store.reading() as con:
        found = find_events(con, source=source, target=target, type_=type_, since=since, until=until,
                            happened_only=happened_only, limit=limit, count=False)
    return [{"doc_id": i["doc_id"], "event": i["idx"], "title": i["doc_title"], **i["event"]} for i in found["items"]]


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
