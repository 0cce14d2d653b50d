"""The Parquet lake without Ray: month partitions, the store's own columns, the commit protocol
(orphans of a killed batch removed), month-bounded id lookups, views registered in the store,
and a URI root handled like a path."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from veille.ingest.records import Record
from veille.scale import lake
from veille.store import Store

TEXT = "Le ministre a rencontré Angela Merkel à Berlin. Il rentre à Paris mardi."


def analysed(doc_id: str, date: str | None, precision: str) -> dict:
    """A document as the analysis returns it: base fields plus the extractors' keys."""
    return {
        "id": doc_id, "source": "t.jsonl#1", "date": date, "date_precision": precision, "title": "Visite",
        "url": None, "source_id": None, "record": 1, "text": TEXT,
        "sentences": [{"start": 0, "end": 48, "text": TEXT[:48], "tokens": 9}, {"start": 49, "end": 73, "text": TEXT[49:], "tokens": 6}],
        "entities": [{"start": 24, "end": 37, "text": "Angela Merkel", "label": "PER"}, {"start": 40, "end": 46, "text": "Berlin", "label": "LOC"}],
        "mood": {"value": "neutre"},  # a key without a typed table: stored in extractions
    }


def test_month_of_each_precision():
    assert lake.month_of("2012-05-22", "day") == "2012-05"
    assert lake.month_of("2012-05", "month") == "2012-05"
    assert lake.month_of("2012", "year") == "2012"
    assert lake.month_of(None, "none") == "undated"


@pytest.mark.parametrize("as_uri", [False, True])
def test_write_partitions_by_month_with_store_columns(tmp_path, as_uri):
    root = ("file://" if as_uri else "") + str(tmp_path / "lake")
    writer = lake.LakeWriter(root)
    now = dt.datetime(2026, 1, 1)
    writer.write([analysed("a", "2012-05-22", "day"), analysed("b", "2012-06-01", "day"), analysed("c", None, "none")], "v1", now)
    folders = sorted(p.name for p in (tmp_path / "lake" / "documents").iterdir())
    assert folders == ["month=2012-05", "month=2012-06", "month=undated"]
    con = duckdb.connect()
    rows = con.execute(
        f"SELECT id, month, date_earliest, analyser_version FROM read_parquet('{lake.glob(root, 'documents')}', "
        "hive_partitioning = true, hive_types = {'month': VARCHAR}) ORDER BY id").fetchall()
    assert rows == [("a", "2012-05", dt.date(2012, 5, 22), "v1"), ("b", "2012-06", dt.date(2012, 6, 1), "v1"), ("c", "undated", None, "v1")]
    entities = con.execute(f"SELECT doc_id, start_char, end_char, text, label FROM read_parquet('{lake.glob(root, 'entities')}') ORDER BY ALL").fetchall()
    assert [e for e in entities if e[0] == "a"] == [("a", 24, 37, "Angela Merkel", "PER"), ("a", 40, 46, "Berlin", "LOC")]
    assert TEXT[24:37] == "Angela Merkel"
    kinds = con.execute(f"SELECT DISTINCT kind, data->>'value' FROM read_parquet('{lake.glob(root, 'extractions')}')").fetchall()
    assert kinds == [("mood", "neutre")]

    store = Store(str(tmp_path / "s.duckdb"))
    lake.register(store, root)
    with store.reading() as s:
        assert s.execute("SELECT count(*) FROM lake_documents WHERE month = '2012-05'").fetchone()[0] == 1
        assert s.execute("SELECT count(*) FROM lake_sentences").fetchone()[0] == 6
        assert s.execute("SELECT root FROM lake_datasets").fetchall() == [(lake.normalise_root(root),)]


def test_orphans_of_a_killed_batch_are_removed_and_ids_read_per_month(tmp_path):
    root = str(tmp_path / "lake")
    lake.LakeWriter(root).write([analysed("a", "2012-05-22", "day")], "v1", dt.datetime(2026, 1, 1))
    # a batch killed after its child files, before its documents file
    killed = tmp_path / "lake" / "entities" / "month=2012-05" / "part-0000killed.parquet"
    duckdb.connect().execute(f"COPY (SELECT 'z' AS doc_id) TO '{killed}' (FORMAT parquet)")
    assert lake.remove_orphans(root) == 1
    assert not killed.exists()
    assert len(list((tmp_path / "lake" / "entities" / "month=2012-05").iterdir())) == 1

    ids = lake.LakeIds(root, months=1)
    a = Record(source="x", text=TEXT, date="2012-05-22", date_precision="day")
    records = [a, Record(source="x", text=TEXT + " Fin.", date="2012-05-02", date_precision="day")]
    # the lake holds document "a" under a hand-made id, so no record of these matches it ...
    assert ids.known(records) == set()
    lake.LakeWriter(root).write([{**analysed(a.id, a.date, "day")}], "v1", dt.datetime(2026, 1, 1))
    # ... the cached month is stale by design within one run (a run never writes what it skips)
    assert lake.LakeIds(root, months=1).known(records) == {a.id}
    ids.known([Record(source="x", text=TEXT, date="2013-01-01", date_precision="day")])
    assert list(ids.cache) == ["2013-01"]  # one month kept: bounded memory


def test_register_gives_empty_typed_views_before_any_file(tmp_path):
    store = Store(str(tmp_path / "s.duckdb"))
    lake.register(store, str(tmp_path / "empty"))
    with store.reading() as con:
        assert con.execute("SELECT count(*) FROM lake_entities").fetchone()[0] == 0
        assert "label" in [c[0] for c in con.execute("DESCRIBE lake_entities").fetchall()]


def test_default_root_sits_beside_the_store(tmp_path):
    assert lake.default_root(Store(str(tmp_path / "veille.duckdb"))) == str(tmp_path / "veille.lake")


def test_cli_rejects_ray_options_without_the_ray_engine(tmp_path):
    from click.testing import CliRunner

    from veille.cli import cli

    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "Le ministre est arrivé à Berlin."}\n', encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    for args, message in [
        (["--lake", str(tmp_path / "lake")], "--address and --lake apply to --engine ray"),
        (["--address", "auto"], "--address and --lake apply to --engine ray"),
        (["--engine", "ray", "--force"], "re-analyse into a new --lake"),
    ]:
        result = CliRunner().invoke(cli, ["ingest", str(path), "--db", db, *args])
        assert result.exit_code == 2 and message in result.output, result.output


def test_stats_count_the_registered_lake_with_the_store(tmp_path):
    from veille.query.documents import stats

    root = str(tmp_path / "lake")
    lake.LakeWriter(root).write([analysed("a", "2012-05-22", "day"), analysed("b", "2012-06-01", "day")], "v1", dt.datetime(2026, 1, 1))
    store = Store(str(tmp_path / "s.duckdb"))
    store.write([analysed("c", "2012-05-03", "day")], [], "v1")  # one document in the store itself
    assert stats(store)["documents"] == 1  # no lake registered yet: the store alone
    lake.register(store, root)
    result = stats(store)
    assert (result["documents"], result["sentences"], result["entities"]) == (3, 6, 6)
    assert result["per_month"] == [{"month": "2012-05", "documents": 2}, {"month": "2012-06", "documents": 1}]
    assert {"text": "Angela Merkel", "label": "PER", "mentions": 3, "documents": 3} in result["top_entities"]


def test_show_reads_a_document_of_the_lake(tmp_path):
    """`veille show` finds a document analysed with --engine ray (in the lake, not the store) and
    prints exactly what it prints for the same document stored locally."""
    import json

    from click.testing import CliRunner

    from veille.cli import cli
    from veille.jobs import analyze_paths

    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({
        "id": "k1", "date": "2021-12-07", "title": "Le Kremlin dément",
        "text": "Le Kremlin a démenti mardi tout projet d'invasion de l'Ukraine. « Nous ne menacerons personne », "
                "a déclaré Dmitri Peskov. Au moins 13 personnes ont été tuées à Donetsk."}, ensure_ascii=False) + "\n", encoding="utf-8")
    [doc] = [d for d in analyze_paths([str(source)]) if isinstance(d, dict)]
    assert doc["events"] and doc["quotes"] and doc["figures"] and doc["times"]
    now = dt.datetime(2026, 1, 1)
    root = str(tmp_path / "lake")
    lake.LakeWriter(root).write([doc], "v1", now)
    in_lake = Store(str(tmp_path / "lake.duckdb"))
    in_lake.write([analysed("store-only", "2012-05-03", "day")], [], "v1")  # the store holds another document
    lake.register(in_lake, root)
    local = Store(str(tmp_path / "local.duckdb"))
    local.write([doc], [], "v1")

    runner = CliRunner()
    shown = {}
    for name, store in (("lake", in_lake), ("local", local)):
        result = runner.invoke(cli, ["show", doc["id"][:6], "--db", store.path, "--json"])
        assert result.exit_code == 0, result.output
        shown[name] = json.loads(result.output)
    assert shown["lake"]["ingested_at"] == now.isoformat()
    assert shown["lake"]["text"] == doc["text"] and shown["lake"]["events"] == doc["events"]
    assert {k: v for k, v in shown["lake"].items() if k != "ingested_at"} == {k: v for k, v in shown["local"].items() if k != "ingested_at"}

    text = runner.invoke(cli, ["show", doc["id"], "--db", in_lake.path])
    assert text.exit_code == 0 and "Le Kremlin dément" in text.output and "Entities" in text.output
    assert json.loads(runner.invoke(cli, ["show", "store", "--db", in_lake.path, "--json"]).output)["id"] == "store-only"
    missing = runner.invoke(cli, ["show", "ffffffffffffffff", "--db", in_lake.path])
    assert missing.exit_code == 1 and "no document with id" in missing.output
