"""`--engine ray` on a real local Ray cluster: the same rows as the local engine, in a Parquet lake
partitioned by month and registered in the store; re-runs skip; memory-bounded streaming."""

from __future__ import annotations

import datetime as dt
import json

import duckdb
import pytest

ray = pytest.importorskip("ray")

from veille.analyze.dating_reference import DatedReference  # noqa: E402
from veille.jobs import ingest  # noqa: E402
from veille.scale import lake, ray_engine  # noqa: E402
from veille.store import Store, writers  # noqa: E402

from conftest import corpus_articles  # noqa: E402

TOUR_STAGE = "wn-fr-2016-07-12-001"


@pytest.fixture(scope="module")
def cluster():
    """One private cluster for the module (the engine reuses a running one and leaves it up)."""
    ray.init(address="local", num_cpus=2, include_dashboard=False, _node_ip_address="127.0.0.1",
             object_store_memory=ray_engine.LOCAL_OBJECT_STORE, log_to_driver=False)
    yield
    ray.shutdown()
    assert not ray.is_initialized()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """Five dev articles, one undated, a republished copy, and a reject."""
    rows = corpus_articles("dev", limit=5)
    # undated: a Tour de France stage, its dateline cut (only dated neighbours give its month)
    stage = next(r for r in corpus_articles("dev") if r["id"] == TOUR_STAGE)
    rows[4] = {**stage, "date": None, "text": stage["text"].split("– ", 1)[1]}
    copy = {**rows[1], "id": "copy", "text": "LAGOS (AFP) - " + rows[1]["text"].replace("147 passagers", "146 passagers") + "\n\n(Avec AFP)"}
    path = tmp_path_factory.mktemp("in") / "articles.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in [*rows, copy]] + ['{"id": "empty", "text": ""}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path), rows


def fetch(path: str, sql: str) -> list:
    con = duckdb.connect(path, read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def table_rows(con, source: str, table: str, columns: list[str]):
    return con.execute(f"SELECT {', '.join(columns)} FROM {source} ORDER BY ALL").fetchall()


def test_ray_output_identical_to_local(cluster, inputs, tmp_path):
    path, rows = inputs
    local, distributed = Store(str(tmp_path / "local.duckdb")), Store(str(tmp_path / "ray.duckdb"))
    root = str(tmp_path / "lake")
    # the undated article is dated by dated neighbours on both engines
    dated = [r for r in corpus_articles("dev") if r["id"] not in {TOUR_STAGE, *(r["id"] for r in rows)}]
    reference = DatedReference([r["text"] for r in dated], [dt.date.fromisoformat(r["date"]) for r in dated])
    local_report = ingest([path], local, reference=reference)
    ray_report = ingest([path], distributed, workers=2, engine="ray", lake_root=root, reference=reference)
    assert (ray_report.stored, ray_report.rejected) == (local_report.stored, local_report.rejected)
    assert ray_report.stored + ray_report.rejected == 7

    a, b = duckdb.connect(local.path, read_only=True), duckdb.connect(distributed.path, read_only=True)
    for table in ["documents", *writers.CHILD_TABLES]:
        columns = [c[0] for c in a.execute(f"DESCRIBE {table}").fetchall() if c[0] != "ingested_at"]
        expected = table_rows(a, table, table, columns)
        assert table_rows(b, f"lake_{table}", table, columns) == expected, table
        # the distributed store holds documents only in its lake
        assert b.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert a.execute("SELECT count(*) FROM sentences").fetchone()[0] > 0
    assert a.execute("SELECT count(*) FROM date_estimates WHERE basis LIKE '%neighbours'").fetchone()[0] == 1
    stories = "SELECT doc_id, story_id, similarity, date, minhash FROM stories ORDER BY doc_id"
    assert b.execute(stories).fetchall() == a.execute(stories).fetchall()
    linked = b.execute("SELECT count(*), count(DISTINCT story_id) FROM stories s JOIN lake_documents d ON d.id = s.doc_id "
                       "WHERE d.source_id IN (?, 'copy')", [rows[1]["id"]]).fetchone()
    assert linked == (2, 1)  # the republished copy is the original's story
    assert b.execute("SELECT reason FROM rejects").fetchall() == a.execute("SELECT reason FROM rejects").fetchall()

    # partitioned by month, hive style, readable from the folder alone
    months = {rows[0]["date"][:7], rows[1]["date"][:7], "undated"}
    assert {p.name for p in (tmp_path / "lake" / "documents").iterdir()} == {f"month={m}" for m in months}
    plain = duckdb.connect()
    counted = plain.execute(
        f"SELECT month, count(*) FROM read_parquet('{lake.glob(root, 'documents')}', hive_partitioning = true) "
        "WHERE month = 'undated' GROUP BY month").fetchall()
    assert counted == [("undated", 1)]
    a.close(), b.close()

    # a re-run analyses nothing; an orphan child file of a killed batch is removed first, and
    # documents a killed run wrote to the lake without linking them get their stories
    linked_before = fetch(distributed.path, stories)
    with distributed.writing() as con:
        con.execute("DELETE FROM stories")
    orphan = tmp_path / "lake" / "entities" / "month=undated" / "part-killed.parquet"
    (tmp_path / "lake" / "entities" / "month=undated").mkdir(exist_ok=True)
    plain.execute(f"COPY (SELECT 'x' AS doc_id) TO '{orphan}' (FORMAT parquet)")
    again = ingest([path], distributed, workers=2, engine="ray", lake_root=root)
    assert (again.stored, again.skipped) == (0, ray_report.stored)
    assert not orphan.exists()
    assert fetch(distributed.path, stories) == linked_before


def test_ray_streaming_keeps_a_bounded_window(cluster, tmp_path):
    """The driver pulls at most two tasks per actor ahead of the results it has handed on."""
    rows = corpus_articles("dev", limit=12)
    pulled = 0

    def records():
        nonlocal pulled
        from veille.ingest.records import Record

        for row in rows:
            pulled += 1
            yield Record(source="stream", text=row["text"], date=row["date"], date_precision="day")

    results = ray_engine.analyse_into_lake(records(), str(tmp_path / "lake"), "test", workers=2, task_docs=1)
    first = next(results)
    assert first[0] and len(first[1]) == 128
    assert pulled <= 2 * 2 + 1  # window of 2 per actor, plus the task that filled it
    assert len([first, *results]) == 12
    assert ray.is_initialized()  # the engine did not stop a cluster it did not start
