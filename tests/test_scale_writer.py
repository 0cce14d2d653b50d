"""The local ingest's writer path: worker processes analyse and sign, one writer thread stores
each batch (documents and story links in one transaction) and feeds the search index."""

from __future__ import annotations

import json
import threading
import time

import duckdb
import pytest

from veille import jobs
from veille.jobs import ingest
from veille.search import SearchIndex
from veille.store import Store

from conftest import corpus_articles


def contents(store: Store) -> dict:
    con = duckdb.connect(store.path, read_only=True)
    try:
        return {
            "documents": con.execute("SELECT id, source_id, text FROM documents ORDER BY id").fetchall(),
            "entities": con.execute("SELECT doc_id, idx, start_char, end_char, label FROM entities ORDER BY 1, 2").fetchall(),
            "quotes": con.execute("SELECT doc_id, idx, start_char, end_char FROM quotes ORDER BY 1, 2").fetchall(),
            "stories": con.execute("SELECT doc_id, story_id, similarity FROM stories ORDER BY doc_id").fetchall(),
        }
    finally:
        con.close()


@pytest.fixture
def inputs(tmp_path):
    articles = corpus_articles("dev", limit=14)
    copy = {**articles[-1], "id": "republished", "text": "PARIS (AFP) - " + articles[-1]["text"]}  # within the 14-day window
    rows = articles + [articles[5], copy]  # an exact repeat (one document) and a near-duplicate (one story)
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path, articles


def test_two_workers_store_every_document_once_as_one_worker_does(inputs, tmp_path, monkeypatch):
    path, articles = inputs
    # small batches, so both workers get tasks and the writer thread sees several batches in flight
    monkeypatch.setattr(jobs, "ANALYSIS_BATCH", 3)
    monkeypatch.setattr(jobs, "WRITE_BATCH", 4)
    monkeypatch.setattr(jobs, "INDEX_BATCH", 5)
    one, two = Store(str(tmp_path / "one.duckdb")), Store(str(tmp_path / "two.duckdb"))
    report_one = ingest([str(path)], one, workers=1)
    report_two = ingest([str(path)], two, workers=2)
    assert (report_two.stored, report_two.skipped, report_two.rejected) == (15, 1, 0)
    assert (report_one.stored, report_one.skipped, report_one.rejected) == (15, 1, 0)
    a, b = contents(one), contents(two)
    assert a == b
    ids = [row[0] for row in b["documents"]]
    assert len(ids) == len(set(ids)) == 15
    assert len(b["entities"]) > 100 and len(b["quotes"]) > 0
    stories = {doc_id: story for doc_id, story, _ in b["stories"]}
    assert sorted(stories) == ids  # every document linked, once
    by_source = {source: doc_id for doc_id, source, _ in b["documents"]}
    assert stories[by_source["republished"]] == stories[by_source[articles[-1]["id"]]] != by_source["republished"]
    index = SearchIndex(two)
    assert index._article_count() == 15 and not index.stale()


def test_a_failed_write_stops_the_ingest_with_its_error(inputs, tmp_path, monkeypatch):
    path, _ = inputs
    store = Store(str(tmp_path / "s.duckdb"))
    monkeypatch.setattr(jobs, "WRITE_BATCH", 4)
    calls = []

    def failing_write(self, documents, *args, **kwargs):
        calls.append(len(documents))
        if len(calls) == 2:
            raise OSError("disk full")
        return original(self, documents, *args, **kwargs)

    original = Store.write
    monkeypatch.setattr(Store, "write", failing_write)
    with pytest.raises(OSError, match="disk full"):
        ingest([str(path)], store)
    assert len(calls) <= 2 + jobs.WRITES_IN_FLIGHT  # the writer stopped; nothing written after the failure
    con = duckdb.connect(store.path, read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 4
        assert con.execute("SELECT count(*) FROM stories").fetchone()[0] == 4  # committed with their documents
    finally:
        con.close()


def test_every_store_connection_caps_duckdb_memory(tmp_path, monkeypatch):
    store = Store(str(tmp_path / "s.duckdb"))
    with store.writing() as con:
        assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == "953.6 MiB"  # 1 GB
    monkeypatch.setenv("VEILLE_DB_MEMORY", "256MB")
    with store.reading() as con:
        assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == "244.1 MiB"


def test_a_read_while_another_thread_writes_waits_instead_of_failing(tmp_path):
    # the ingest's id lookups (main thread) meet the writer thread's transactions: DuckDB refuses
    # a read-only connection beside a read-write one in the same process, so the store serialises them
    store = Store(str(tmp_path / "s.duckdb"))
    with store.writing():
        pass
    inside = threading.Event()
    order = []

    def write():
        with store.writing() as con:
            inside.set()
            time.sleep(0.3)
            con.execute("INSERT INTO rejects VALUES ('a', '', 'r', '', now())")
            order.append("written")

    writer = threading.Thread(target=write)
    writer.start()
    inside.wait()
    with store.reading() as con:
        order.append(con.execute("SELECT count(*) FROM rejects").fetchone()[0])
    writer.join()
    assert order == ["written", 1]
