"""The ingest job end to end: store contents, idempotence, --force, kill-and-resume, exit codes,
the analyze output contract, show/stats/export/rejects."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from veille.cli import cli
from veille.jobs import ingest
from veille.store import Store

from conftest import corpus_articles

CONTRACT_KEYS = {"id", "source", "date", "date_precision", "title", "text", "entities"}


def run(args, **kwargs):
    return CliRunner().invoke(cli, args, catch_exceptions=False, **kwargs)


def count(db, sql):
    con = duckdb.connect(db, read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_analyze_jsonl_contract_and_exact_spans(seed_dir):
    result = run(["analyze", str(seed_dir / "001.txt"), str(seed_dir / "013.txt"), "--format", "jsonl"])
    assert result.exit_code == 0
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(docs) == 2
    for doc in docs:
        assert CONTRACT_KEYS <= doc.keys()
        assert doc["date_precision"] == "month"
        assert doc["entities"], "real news text has named entities"
        for ent in doc["entities"]:
            assert doc["text"][ent["start"]:ent["end"]] == ent["text"]
            assert ent["label"] in {"PER", "LOC", "ORG", "MISC"}
        for sent in doc["sentences"]:
            assert doc["text"][sent["start"]:sent["end"]].strip() == doc["text"][sent["start"]:sent["end"]]
    first = docs[0]
    assert first["source"].endswith("001.txt") and first["date"] == "2012-06"
    mentions = {(e["text"], e["label"]) for e in first["entities"]}
    assert ("Égypte", "LOC") in mentions and ("Hosni Moubarak", "PER") in mentions


def test_analyze_jsonl_records_get_hash_sources(tmp_path):
    articles = corpus_articles("dev", limit=2)
    path = tmp_path / "two.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    result = run(["analyze", str(path)])
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["source"] for d in docs] == [f"{path}#1", f"{path}#2"]
    assert [d["title"] for d in docs] == [a["title"] for a in articles]
    assert docs[0]["text"] == articles[0]["text"]


def test_ingest_stores_everything_once_and_force_reanalyses(seed_dir, db):
    store = Store(db)
    first = ingest([str(seed_dir)], store)
    assert (first.stored, first.skipped, first.rejected) == (20, 0, 0)
    again = ingest([str(seed_dir)], store)
    assert (again.stored, again.skipped) == (0, 20)
    assert count(db, "SELECT count(*) FROM documents") == 20
    entities = count(db, "SELECT count(*) FROM entities")
    # Every stored offset points into the stored body.
    bad = count(db, "SELECT count(*) FROM entities e JOIN documents d ON d.id = e.doc_id WHERE substr(d.text, e.start_char + 1, e.end_char - e.start_char) <> e.text")
    assert entities > 100 and bad == 0
    forced = ingest([str(seed_dir / "001.txt")], store, force=True)
    assert forced.stored == 1
    assert count(db, "SELECT count(*) FROM documents") == 20
    assert count(db, "SELECT count(*) FROM entities") == entities


def test_bad_inputs_land_in_rejects_and_exit_codes(tmp_path, db):
    good = tmp_path / "good.txt"
    good.write_text(" date 2016-03 Le président français a rencontré Angela Merkel à Berlin.", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "date": "2021-13"}\nnot json\n', encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run(["ingest", str(good), str(bad), str(empty), "--db", db])
    assert result.exit_code == 0
    assert f"{bad}#2:line 2: not JSON" in result.stderr
    assert f"{empty}: empty file" in result.stderr
    assert count(db, "SELECT count(*) FROM rejects") == 3
    # Re-running adds no duplicate rejects.
    run(["ingest", str(bad), "--db", db])
    assert count(db, "SELECT count(*) FROM rejects") == 3
    only_bad = run(["ingest", str(bad), str(empty), "--db", str(tmp_path / "other.duckdb")])
    assert only_bad.exit_code == 1
    assert run(["ingest", "--workers", "0", str(good), "--db", db]).exit_code == 2
    listed = [json.loads(line) for line in run(["rejects", "--db", db]).stdout.splitlines()]
    assert {r["reason"] for r in listed} >= {"empty file"}


def test_show_stats_export(seed_dir, db, tmp_path):
    ingest([str(seed_dir / "001.txt"), str(seed_dir / "014.txt")], Store(db))
    doc_id = count(db, "SELECT min(id) FROM documents")
    shown = run(["show", doc_id[:8], "--db", db])
    assert shown.exit_code == 0 and "Entities" in shown.stdout
    as_json = json.loads(run(["show", doc_id, "--db", db, "--json"]).stdout)
    assert as_json["id"] == doc_id and all(as_json["text"][e["start"]:e["end"]] == e["text"] for e in as_json["entities"])
    stats = json.loads(run(["stats", "--db", db, "--json"]).stdout)
    assert stats["documents"] == 2 and {m["month"] for m in stats["per_month"]} == {"2012-06", "2017-04"}
    out = tmp_path / "export"
    written = run(["export", str(out), "--format", "parquet", "--db", db]).stdout.split()
    assert str(out / "documents.parquet") in written and str(out / "stories.parquet") in written
    assert duckdb.sql(f"SELECT count(*) FROM '{out / 'documents.parquet'}'").fetchall() == [(2,)]
    missing = run(["stats", "--db", str(tmp_path / "nope.duckdb")])
    assert missing.exit_code == 1


def test_two_workers_match_one(tmp_path):
    articles = corpus_articles("dev", limit=12)
    path = tmp_path / "twelve.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    one = run(["analyze", str(path)]).stdout.splitlines()
    two = run(["analyze", str(path), "--workers", "2"]).stdout.splitlines()
    assert len(one) == 12 and one == two


@pytest.mark.slow
def test_kill_and_resume_stores_every_document_once(tmp_path):
    articles = corpus_articles("dev", limit=400)
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    db = str(tmp_path / "kill.duckdb")
    command = [sys.executable, "-m", "veille", "ingest", str(path), "--db", db, "--quiet"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    store = Store(db)
    deadline = time.monotonic() + 240
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.5)
        if os.path.exists(db):
            try:
                with store.reading() as con:
                    stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
            except Exception:
                continue
            if stored >= 64:
                break
    assert proc.poll() is None, "the ingest finished before it could be killed; give it more work"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < stored < len(articles)
    resumed = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    assert count(db, "SELECT count(*) FROM documents") == len(articles)
    assert count(db, "SELECT count(DISTINCT id) FROM documents") == len(articles)
    assert count(db, "SELECT count(*) FROM (SELECT doc_id, idx FROM entities GROUP BY 1, 2 HAVING count(*) > 1)") == 0


def test_tokens_only_when_asked(seed_dir):
    path = str(seed_dir / "002.txt")
    plain = json.loads(run(["analyze", path]).stdout.splitlines()[0])
    assert "tokens" not in plain
    doc = json.loads(run(["analyze", path, "--with", "tokens"]).stdout.splitlines()[0])
    assert all(doc["text"][t["start"]:t["end"]] == t["text"] for t in doc["tokens"])
    first = doc["tokens"][0]
    assert (first["text"], first["lemma"], first["pos"]) == ("Le", "le", "DET")


def test_reading_an_older_store_migrates_it_first(seed_dir, db):
    ingest([str(seed_dir / "001.txt")], Store(db))
    con = duckdb.connect(db)
    con.execute("DELETE FROM schema_version WHERE version = (SELECT max(version) FROM schema_version)")
    con.close()
    stats = json.loads(run(["stats", "--db", db, "--json"]).stdout)
    assert stats["documents"] == 1
    from veille.store import migrations

    con = duckdb.connect(db, read_only=True)
    assert migrations.pending(con) == []
    con.close()


def test_actor_kinds_of_the_cli_are_the_registry_kinds(db):
    from veille.actors.registry import KINDS
    from veille.commands.actors import actors

    [kind] = [p for p in actors.params if p.name == "kind"]
    assert tuple(kind.type.choices) == KINDS and "igo" in KINDS
    result = CliRunner().invoke(cli, ["actors", "--kind", "planet", "--db", db])
    assert result.exit_code == 2 and "'igo'" in result.output
