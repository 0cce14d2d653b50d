"""Read actors back from the store: who is mentioned, how often, where and when.

Every actor mention is a row of the typed `actor_mentions` table (migration 0009: span, `via`,
the actor's id, name, country, kind and role as columns); the same records also stay in
`extractions` as JSON (kinds "actor_mentions" and "actors") for other readers.
"""

from __future__ import annotations

from veille.actors.registry import KINDS as ACTOR_KINDS  # the kinds an actor can have, defined once with the registry
from veille.store import Store, StoreError

__all__ = ["ACTOR_KINDS", "actor_report", "list_actors"]

_MENTIONS = "SELECT doc_id, idx, text, actor_id AS id, actor_name AS name, country, kind, role FROM actor_mentions"


def list_actors(store: Store, country: str | None = None, kind: str | None = None, limit: int = 50) -> list[dict]:
    """Actors across the store, most mentioned first."""
    sql = f"""
        WITH a AS ({_MENTIONS})
        SELECT id, mode(name) AS name, mode(country) AS country, mode(kind) AS kind, mode(role) AS role,
               count(*) AS mentions, count(DISTINCT doc_id) AS documents
        FROM a WHERE (? IS NULL OR upper(country) = upper(?)) AND (? IS NULL OR kind = ?)
        GROUP BY id ORDER BY mentions DESC, documents DESC, id LIMIT ?
    """
    with store.reading() as con:
        cursor = con.execute(sql, [country, country, kind, kind, limit])
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]


def actor_report(store: Store, name: str, limit: int = 50) -> dict:
    """One actor: its aliases as written, its mentions per month, the documents that name it.

    NAME is matched, accents and case aside, against actor ids, canonical names and the
    mentions' own text ("Poutine" finds Vladimir Putin); failing that, as a part of a name.
    """
    with store.reading() as con:
        con.execute(f"CREATE TEMP VIEW m AS {_MENTIONS}")
        folded = "strip_accents(lower(?))"
        rows = con.execute(
            f"SELECT id, count(*) AS n FROM m WHERE strip_accents(lower(id)) = {folded} OR strip_accents(lower(name)) = {folded} "
            f"OR strip_accents(lower(text)) = {folded} GROUP BY id ORDER BY n DESC", [name, name, name]).fetchall()
        if not rows:
            rows = con.execute(f"SELECT id, count(*) AS n FROM m WHERE strip_accents(lower(name)) LIKE '%' || {folded} || '%' "
                               "GROUP BY id ORDER BY n DESC", [name]).fetchall()
        if not rows:
            raise StoreError(f"no actor named {name!r} in the store")
        actor_id = rows[0][0]
        actor = con.execute("SELECT id, mode(name), mode(country), mode(kind), mode(role) FROM m WHERE id = ? GROUP BY id", [actor_id]).fetchone()
        aliases = con.execute("SELECT text, count(*) AS n FROM m WHERE id = ? GROUP BY text ORDER BY n DESC, text", [actor_id]).fetchall()
        months = con.execute(
            "SELECT strftime(d.date_earliest, '%Y-%m') AS month, count(*) FROM m JOIN documents d ON d.id = m.doc_id "
            "WHERE m.id = ? AND d.date_precision IN ('day', 'month') GROUP BY 1 ORDER BY 1", [actor_id]).fetchall()
        documents = con.execute(
            "SELECT d.id, d.date, d.title, count(*) AS n FROM m JOIN documents d ON d.id = m.doc_id WHERE m.id = ? "
            "GROUP BY d.id, d.date, d.title ORDER BY d.date NULLS LAST, d.id LIMIT ?", [actor_id, limit]).fetchall()
    return {
        "actor": dict(zip(("id", "name", "country", "kind", "role"), actor)),
        "others": [{"id": i, "mentions": n} for i, n in rows[1:]],
        "aliases": [{"text": t, "mentions": n} for t, n in aliases],
        "per_month": [{"month": mo, "mentions": n} for mo, n in months],
        "documents": [{"id": i, "date": d, "title": t, "mentions": n} for i, d, t, n in documents],
    }
