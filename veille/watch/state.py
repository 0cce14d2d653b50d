"""A watcher's memory, kept in the store: per-source validators and health, per-item progress.

Every change is its own short transaction, so `kill -9` at any point leaves a state the next
run resumes from: an item is `pending` until its article is stored, `stored` until its alerts
are recorded, then `done`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from veille.store import Store

MAX_ITEM_ATTEMPTS = 3  # an article page failing this many passes in a row is given up


def utcnow() -> dt.datetime:
    """Naive UTC, as the store's TIMESTAMP columns hold it."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class Item:
    """One feed entry or folder file, as a source lists it."""

    source: str
    key: str
    url: str | None = None
    title: str | None = None
    published_at: dt.datetime | None = None  # naive UTC
    signature: str | None = None


@dataclass(frozen=True)
class Pending:
    item: Item
    status: str  # pending | stored
    doc_ids: tuple[str, ...]
    first_seen_at: dt.datetime


def validators(store: Store, source: str) -> tuple[str | None, str | None]:
    """The ETag and Last-Modified of the last successful fetch, for a conditional GET."""
    with store.writing() as con:
        row = con.execute("SELECT etag, last_modified FROM watch_sources WHERE source = ?", [source]).fetchone()
    return (row[0], row[1]) if row else (None, None)


def record_poll(store: Store, source: str, kind: str, error: str | None = None,
                etag: str | None = None, last_modified: str | None = None) -> None:
    now = utcnow()
    with store.writing() as con:
        con.execute(
            "INSERT INTO watch_sources (source, kind) VALUES (?, ?) ON CONFLICT (source) DO NOTHING", [source, kind]
        )
        if error is None:
            con.execute(
                "UPDATE watch_sources SET last_polled_at = ?, last_success_at = ?, last_error = NULL, polls = polls + 1, "
                "etag = coalesce(?, etag), last_modified = coalesce(?, last_modified) WHERE source = ?",
                [now, now, etag, last_modified, source],
            )
        else:
            con.execute(
                "UPDATE watch_sources SET last_polled_at = ?, last_error = ?, last_error_at = ?, polls = polls + 1, "
                "failures = failures + 1 WHERE source = ?",
                [now, error, now, source],
            )


def register(store: Store, items: list[Item]) -> int:
    """Remember newly listed items as pending; a folder file whose signature changed is pending
    again. Returns how many items were new or changed."""
    if not items:
        return 0
    now = utcnow()
    changed = 0
    with store.writing() as con:
        for item in items:
            changed += len(con.execute(
                "INSERT INTO watch_items (source, item, signature, url, title, published_at, first_seen_at, status) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending') "
                "ON CONFLICT (source, item) DO UPDATE SET status = 'pending', signature = excluded.signature, published_at = excluded.published_at, "
                "attempts = 0, last_error = NULL "
                "WHERE watch_items.signature IS DISTINCT FROM excluded.signature RETURNING item",
                [item.source, item.key, item.signature, item.url, item.title, item.published_at, now],
            ).fetchall())
    return changed


def unfinished(store: Store, source: str) -> list[Pending]:
    """Items of a source still to fetch or to alert on, oldest first."""
    with store.writing() as con:
        rows = con.execute(
            "SELECT item, url, title, published_at, signature, status, doc_ids, first_seen_at FROM watch_items "
            "WHERE source = ? AND status IN ('pending', 'stored') ORDER BY published_at NULLS LAST, first_seen_at, item",
            [source],
        ).fetchall()
    return [
        Pending(Item(source, key, url, title, published, signature), status, tuple(doc_ids or ()), seen)
        for key, url, title, published, signature, status, doc_ids, seen in rows
    ]


def mark_stored(store: Store, stored: list[tuple[Item, list[str]]]) -> None:
    """Items whose documents are now in the store, with their ids."""
    if not stored:
        return
    now = utcnow()
    with store.writing() as con:
        for item, doc_ids in stored:
            con.execute(
                "UPDATE watch_items SET status = 'stored', doc_ids = ?, stored_at = ?, last_error = NULL "
                "WHERE source = ? AND item = ?",
                [doc_ids, now, item.source, item.key],
            )


def mark_done(con, item: Item) -> None:
    """Called inside the transaction that records the item's alerts, so both land together."""
    con.execute("UPDATE watch_items SET status = 'done' WHERE source = ? AND item = ?", [item.source, item.key])


def mark_rejected(store: Store, item: Item, reason: str) -> None:
    with store.writing() as con:
        con.execute(
            "UPDATE watch_items SET status = 'rejected', last_error = ? WHERE source = ? AND item = ?",
            [reason, item.source, item.key],
        )


def mark_failed_attempt(store: Store, item: Item, error: str) -> bool:
    """A transient failure: retried next pass, given up after MAX_ITEM_ATTEMPTS (returns True then)."""
    with store.writing() as con:
        row = con.execute(
            "UPDATE watch_items SET attempts = attempts + 1, last_error = ?, "
            "status = CASE WHEN attempts + 1 >= ? THEN 'failed' ELSE status END "
            "WHERE source = ? AND item = ? RETURNING status",
            [error, MAX_ITEM_ATTEMPTS, item.source, item.key],
        ).fetchone()
    return bool(row) and row[0] == "failed"


def status(store: Store) -> list[dict]:
    with store.reading() as con:
        return status_rows(con)


def status_rows(con) -> list[dict]:
    """Per source: health, counts and lag (publication to storage of its latest stored item)."""
    now = utcnow()
    cursor = con.execute(
        """
        SELECT s.source, s.kind, s.last_polled_at, s.last_success_at, s.last_error, s.last_error_at,
               s.polls, s.failures,
               count(i.item) AS items_seen,
               count(i.item) FILTER (WHERE i.status IN ('stored', 'done')) AS items_stored,
               count(i.item) FILTER (WHERE i.status = 'pending') AS items_pending,
               count(i.item) FILTER (WHERE i.status IN ('rejected', 'failed')) AS items_failed,
               arg_max(epoch(i.stored_at) - epoch(coalesce(i.published_at, i.first_seen_at)), i.stored_at)
                   AS lag_seconds,
               max(i.stored_at) AS last_stored_at
        FROM watch_sources s LEFT JOIN watch_items i USING (source)
        GROUP BY ALL ORDER BY s.source
        """
    )
    names = [c[0] for c in cursor.description]
    rows = [dict(zip(names, row)) for row in cursor.fetchall()]
    for row in rows:
        if row["lag_seconds"] is not None:
            row["lag_seconds"] = max(0.0, float(row["lag_seconds"]))
        success = row["last_success_at"]
        row["since_success_seconds"] = (now - success).total_seconds() if success else None
        for key, value in row.items():
            if isinstance(value, dt.datetime):
                row[key] = value.isoformat(timespec="seconds") + "Z"
    return rows
