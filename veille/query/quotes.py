"""Read quotes back from the store, filtered by speaker, country, date and text.

The typed `quotes` table (migration 0004) holds one row per quote with its speaker and actor
flattened, joined to `documents` for the date and title. Names and text match without regard to
case or accents ("poutine" finds "Poutine").
"""

from __future__ import annotations

import datetime as dt
import json

from veille.store import Store


def list_quotes(store: Store, speaker: str | None = None, country: str | None = None,
                since: dt.date | None = None, until: dt.date | None = None,
                contains: str | None = None, kind: str | None = None, limit: int = 100) -> list[dict]:
    """Quotes matching every filter given, newest first.

    A quote's date is the date the text gives for the speech ("a déclaré lundi") when there is
    one, else its document's date interval: `since`/`until` keep a quote whose date can fall on
    or after `since` and on or before `until`.
    """
    sql = """
        WITH q AS (
            SELECT q.*, d.title, d.date AS doc_date,
                   coalesce(try_cast(left(q.date_value, 10) AS DATE), d.date_earliest) AS earliest,
                   coalesce(try_cast(left(q.date_value, 10) AS DATE), d.date_latest) AS latest
            FROM quotes q JOIN documents d ON d.id = q.doc_id
        )
        SELECT doc_id, doc_date, title, kind, text, start_char, end_char, speaker_text, actor_id,
               actor_name, actor_country, verb_lemma, via_text, date_value
        FROM q
        WHERE (?::VARCHAR IS NULL OR strip_accents(lower(coalesce(speaker_text, '') || ' ' || coalesce(actor_name, '') || ' ' || coalesce(actor_id, '')))
                                      LIKE '%' || strip_accents(lower(?::VARCHAR)) || '%')
          AND (?::VARCHAR IS NULL OR upper(actor_country) = upper(?::VARCHAR))
          AND (?::DATE IS NULL OR latest >= ?::DATE)
          AND (?::DATE IS NULL OR earliest <= ?::DATE)
          AND (?::VARCHAR IS NULL OR strip_accents(lower(text)) LIKE '%' || strip_accents(lower(?::VARCHAR)) || '%')
          AND (?::VARCHAR IS NULL OR kind = ?::VARCHAR)
        ORDER BY latest DESC NULLS LAST, doc_id, start_char
        LIMIT ?
    """
    params = [speaker, speaker, country, country, since, since, until, until, contains, contains, kind, kind, limit]
    with store.reading() as con:
        cursor = con.execute(sql, params)
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]


def quote_record(row: dict) -> str:
    """One JSON line for a quote row."""
    return json.dumps({
        "doc_id": row["doc_id"], "date": row["doc_date"], "title": row["title"], "kind": row["kind"],
        "start": row["start_char"], "end": row["end_char"], "text": row["text"],
        "speaker": row["speaker_text"], "actor": row["actor_id"], "actor_name": row["actor_name"],
        "country": row["actor_country"], "verb": row["verb_lemma"], "via": row["via_text"],
        "speech_date": row["date_value"],
    }, ensure_ascii=False)
