"""Events and figures stored, listed by `veille events`, counted by `veille dyad`, shown back."""

from __future__ import annotations

import json

from click.testing import CliRunner

from veille.cli import cli

ARTICLES = [
    {"id": "a1", "date": "2021-12-07", "title": "Ukraine : tensions à la frontière",
     "text": "Washington, l'OTAN et Kiev accusent Moscou de masser des troupes à la frontière. "
             "Le Kremlin dément tout projet d'invasion."},
    {"id": "a2", "date": "2022-01-10", "title": "Diplomatie",
     "text": "Les États-Unis ont condamné la Russie. Au moins 13 personnes ont été tuées."},
]


def test_store_list_dyad_and_show(tmp_path):
    source = tmp_path / "news.jsonl"
    source.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES) + "\n", encoding="utf-8")
    db = str(tmp_path / "v.duckdb")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(source), "--db", db, "--quiet"]).exit_code == 0

    listed = runner.invoke(cli, ["events", "--db", db, "--source", "RUS", "--json"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert {(r["type"], r["text"], r["modality"]) for r in rows} == {("MOBILIZE", "masser", "alleged"), ("REJECT", "dément", "actual")}

    accusations = runner.invoke(cli, ["events", "--db", db, "--type", "accuse", "--target", "rus", "--until", "2021-12", "--json"])
    [accuse] = [json.loads(line) for line in accusations.output.splitlines()]
    assert accuse["text"] == "accusent" and accuse["event"] == 0

    dyad = runner.invoke(cli, ["dyad", "USA", "RUS", "--db", db, "--json"])
    assert dyad.exit_code == 0, dyad.output
    periods = [json.loads(line) for line in dyad.output.splitlines()]
    assert [(p["period"], p["source"], p["target"], p["type"], p["events"]) for p in periods] == [
        ("2021-12", "USA", "RUS", "ACCUSE", 1), ("2022-01", "USA", "RUS", "ACCUSE", 1)]
    assert periods[0]["mean_intensity"] == -3.5  # ACCUSE/allege
    doc_id, index = periods[0]["refs"][0].split("#")

    shown = json.loads(runner.invoke(cli, ["show", doc_id, "--db", db, "--json"]).output)
    assert shown["events"][int(index)]["text"] == "accusent"
    second = json.loads(runner.invoke(cli, ["show", periods[1]["refs"][0].split("#")[0], "--db", db, "--json"]).output)
    assert [(f["text"], f["category"]) for f in second["figures"]] == [("Au moins 13", "killed")]


def test_a_republished_story_counts_once_in_the_dyad(tmp_path):
    original = ARTICLES[0]
    # The same dispatch taken up by another outlet with a line of its own: one story, two documents.
    copy = {**original, "id": "a1-copy", "text": original["text"] + " (Avec agences.)"}
    source = tmp_path / "news.jsonl"
    source.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in (original, copy)) + "\n", encoding="utf-8")
    db = str(tmp_path / "v.duckdb")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(source), "--db", db, "--quiet"]).exit_code == 0
    listed = [json.loads(line) for line in runner.invoke(cli, ["events", "--db", db, "--type", "ACCUSE", "--json"]).output.splitlines()]
    assert len(listed) == 2  # both documents keep their events...
    dyad = [json.loads(line) for line in runner.invoke(cli, ["dyad", "USA", "RUS", "--db", db, "--json"]).output.splitlines()]
    assert [(p["period"], p["type"], p["events"]) for p in dyad] == [("2021-12", "ACCUSE", 1)]  # ...counted once

    from veille.serve import queries
    from veille.store import Store

    with Store(db).reading() as con:
        series = queries.dyad(con, "USA", "RUS")["series"]
    assert [(p["period"], p["direction"], p["events"]) for p in series] == [("2021-12", "a_to_b", 1)]


# An article dated to the month only: its events take the article's date, the whole of December.
SUMMIT = {"id": "m1", "date": "2021-12", "title": "Sommet",
          "text": "Joe Biden et Vladimir Poutine tiendront un sommet à Genève. La Russie a accusé l'Ukraine de provocations."}


def test_the_cli_and_the_api_list_the_same_events(tmp_path):
    from fastapi.testclient import TestClient

    from veille.serve.app import create_app

    source = tmp_path / "news.jsonl"
    source.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in [*ARTICLES, SUMMIT]) + "\n", encoding="utf-8")
    db = str(tmp_path / "v.duckdb")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(source), "--db", db, "--quiet"]).exit_code == 0

    def from_cli(*args):
        result = runner.invoke(cli, ["events", "--db", db, "--json", *args])
        assert result.exit_code == 0, result.output
        return [(r["doc_id"], r["event"], r["type"], r["text"]) for r in map(json.loads, result.output.splitlines())]

    # the same filters, the API's dates as days: --until 2021-12 is the whole month
    cases = [
        (["--source", "RUS"], {"source": "RUS"}),
        (["--source", "vladimir putin"], {"source": "vladimir putin"}),  # a canonical name, case aside
        (["--target", "person:joe-biden"], {"target": "person:joe-biden"}),  # an actor id
        (["--type", "accuse", "--target", "rus", "--until", "2021-12"], {"type": "accuse", "target": "rus", "until": "2021-12-31"}),
        (["--since", "2021-12-15", "--until", "2021-12-20"], {"since": "2021-12-15", "until": "2021-12-20"}),
        (["--since", "2022"], {"since": "2022-01-01"}),
        (["--type", "CONSULT"], {"type": "CONSULT"}),
    ]
    with TestClient(create_app(db)) as client:
        listed = []
        for args, params in cases:
            body = client.get("/api/events", params={**params, "limit": 200}).json()
            api = [(e["doc_id"], e["idx"], e["type"], e["text"]) for e in body["items"]]
            assert from_cli(*args) == api and body["total"] == len(api), args
            listed.append(body["items"])
    kinds = [{(e["type"], e["text"]) for e in items} for items in listed]
    direction = lambda e: (e["source"][0]["country"], e["target"][0]["country"])  # noqa: E731
    _, by_putin, at_biden, _, mid_december, _, consult = listed
    assert kinds[0] == {("MOBILIZE", "masser"), ("REJECT", "dément"), ("CONSULT", "sommet"), ("ACCUSE", "accusé")}
    # the summit is coded once per direction; Putin's side is the one by name, Biden's by id
    assert sorted(direction(e) for e in consult) == [("RUS", "USA"), ("USA", "RUS")]
    assert [direction(e) for e in by_putin] == [direction(e) for e in at_biden] == [("RUS", "USA")]
    assert by_putin[0]["sentence_text"] == "Joe Biden et Vladimir Poutine tiendront un sommet à Genève."
    assert kinds[3] == {("ACCUSE", "accusent")}  # the ACCUSE of the summit article targets Ukraine
    # the month-dated article's events meet any days of December; the day-dated ones only their day
    assert len(mid_december) == 3 and {e["doc_date"] for e in mid_december} == {"2021-12"}
    assert kinds[5] == {("ACCUSE", "condamné"), ("ASSAULT", "tuées")}

    bad = runner.invoke(cli, ["events", "--db", db, "--since", "2021-13"])
    assert bad.exit_code == 2 and "not a date" in bad.output
