"""Quotes stored in their own table and read back by `veille quotes` with its filters."""

from __future__ import annotations

import json

import duckdb
import pytest
from click.testing import CliRunner

from veille.cli import cli

ARTICLES = [
    {"id": "a1", "date": "2022-02-21", "title": "Russie : réunion du Conseil de sécurité",
     "text": "Le Kremlin a réuni le Conseil de sécurité. Cette vidéoconférence \"durera autant de temps "
             "qu'il le faudra\", a prévenu Dmitri Peskov, le porte-parole du Kremlin, cité par l'agence TASS."},
    {"id": "a2", "date": "2022-03-02", "title": "Ukraine : le président s'adresse à la nation",
     "text": "Le président ukrainien Volodymyr Zelensky s'est adressé à la nation. "
             "« Nous ne reculerons pas, a-t-il déclaré mardi, car notre pays résistera. »"},
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("quotes")
    source = folder / "articles.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    db = str(folder / "store.duckdb")
    result = CliRunner().invoke(cli, ["ingest", str(source), "--db", db])
    assert result.exit_code == 0, result.output
    return db


def run(db: str, *args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["quotes", "--db", db, "--json", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_typed_rows_keep_speaker_actor_verb_and_relay(store):
    con = duckdb.connect(store, read_only=True)
    try:
        rows = con.execute(
            "SELECT kind, speaker_text, actor_country, verb_lemma, via_text, date_value FROM quotes ORDER BY speaker_text"
        ).fetchall()
    finally:
        con.close()
    assert rows == [
        ("mixed", "Dmitri Peskov", "RUS", "prévenir", "l'agence TASS", None),
        ("direct", "Volodymyr Zelensky", "UKR", "déclarer", None, "2022-03-01"),
    ]


def test_filters_by_speaker_without_case_or_accents(store):
    assert [q["speaker"] for q in run(store, "--speaker", "peskov")] == ["Dmitri Peskov"]
    assert [q["speaker"] for q in run(store, "--speaker", "zelenskyy")] == ["Volodymyr Zelensky"]  # the actor's name


def test_filters_by_country_text_and_kind(store):
    assert [q["speaker"] for q in run(store, "--country", "rus")] == ["Dmitri Peskov"]
    assert [q["kind"] for q in run(store, "--contains", "RECULERONS")] == ["direct"]
    assert run(store, "--kind", "indirect") == []


def test_filters_by_the_speech_date(store):
    # the second quote was made on Tuesday 1 March ("mardi"), the day before its article
    assert [q["speaker"] for q in run(store, "--since", "2022-03-01")] == ["Volodymyr Zelensky"]
    assert [q["speaker"] for q in run(store, "--until", "2022-02-28")] == ["Dmitri Peskov"]
    assert run(store, "--since", "2022-03-02", "--until", "2022-03-05") == []
