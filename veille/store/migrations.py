"""Versioned schema: numbered SQL files in `migrations/`, applied in order, each once."""

from __future__ import annotations

import re
from importlib import resources

import duckdb

_NAME = re.compile(r"^(\d{4})_.*\.sql$")


def available() -> list[tuple[int, str, str]]:
    folder = resources.files("veille.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def latest_version() -> int:
    return max(version for version, _, _ in available())


def applied_versions(con: duckdb.DuckDBPyConnection) -> set[int]:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()[0]
    if not exists:
        return set()
    return {row[0] for row in con.execute("SELECT version FROM schema_version").fetchall()}


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    return max(applied_versions(con), default=0)


def pending(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the migrations this store lacks (by number, not by the highest applied, so a
    migration merged with a lower number than one already applied still runs)."""
    done = applied_versions(con)
    return [name for version, name, _ in available() if version not in done]


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply every migration newer than the store; return the names applied."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)")
    done = applied_versions(con)
    applied = []
    for version, name, sql in available():
        if version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [version, name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied
