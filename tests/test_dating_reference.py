"""Dating an undated article by its nearest dated neighbours (`veille.analyze.dating_reference`)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from click.testing import CliRunner

from veille.analyze import dating, registry
from veille.analyze.context import Context
from veille.analyze.dating_reference import DatedReference, Neighbour
from veille.cli import cli

from conftest import CORPUS, corpus_articles

DATELINE = re.compile(r"^\s*(?:1er|\d{1,2})\s+\w+\s+\d{4}[^.\n]{0,80}?\.\s*[-–—]\s*")
# A stage of the 2016 Tour de France (dev split): its text names the stage, not the day.
TOUR_STAGE = "wn-fr-2016-07-12-001"


@pytest.fixture(scope="module")
def dev_reference():
    """The corpus `dev` articles but the Tour stage, as a reference, and the stage's record."""
    if not (CORPUS / "fr_news.jsonl").exists():
        pytest.skip("shared corpus not found")
    dev = corpus_articles("dev")
    stage = next(r for r in dev if r["id"] == TOUR_STAGE)
    others = [r for r in dev if r["id"] != TOUR_STAGE]
    return DatedReference([r["text"] for r in others], [dt.date.fromisoformat(r["date"]) for r in others]), stage, others


def undated(record: dict) -> str:
    return DATELINE.sub("", record["text"], count=1)


def estimated(text: str, *dated: tuple[float, dt.date], direction: int = -1) -> dict:
    """`dating.estimate` of a text told in the past (`direction`), among neighbours given as
    (similarity, date), nearest first."""
    candidates = dating.grammar.find(text)
    neighbours = [Neighbour(similarity, date, i) for i, (similarity, date) in enumerate(dated)]
    return dating.estimate(text, candidates, [direction] * len(candidates), neighbours=neighbours)


def test_nearest_neighbours_of_a_tour_stage_are_the_other_stages(dev_reference):
    reference, stage, others = dev_reference
    found = reference.neighbours(undated(stage), k=3)
    assert len(found) == 3 and found[0].similarity > found[1].similarity >= found[2].similarity > 0.5
    assert all("Tour" in others[n.index]["text"] for n in found)
    assert all(n.date.isoformat().startswith("2016-07") for n in found)


def test_neighbours_date_an_article_its_text_does_not(dev_reference, nlp):
    reference, stage, _ = dev_reference
    doc = nlp(undated(stage))
    alone = registry.run_all(doc, Context(date=None, date_precision="none"))["date_estimate"]
    assert alone["value"] is None  # "cette étape", "hier": nothing in the text says the year
    estimate = registry.run_all(doc, Context(date=None, date_precision="none", reference=reference))["date_estimate"]
    assert (estimate["value"], estimate["basis"]) == ("2016-07", "neighbours")
    assert (estimate["earliest"], estimate["latest"]) == ("2016-07-01", "2016-07-31")
    assert estimate["earliest"] <= stage["date"] <= estimate["latest"]


def test_a_date_the_text_gives_outweighs_the_neighbours(nlp):
    text = "Le Parlement a adopté le 14 mars 2017 la loi sur le renseignement."
    estimate = estimated(text, (0.9, dt.date(2016, 7, 13)), (0.8, dt.date(2016, 7, 15)))
    assert (estimate["value"], estimate["basis"]) == ("2017-03-14", "day")


def test_neighbour_years_are_shares_of_squared_similarity():
    votes = dating.neighbour_years([Neighbour(0.6, dt.date(2016, 7, 1), 0), Neighbour(0.3, dt.date(2017, 1, 1), 1),
                                    Neighbour(0.3, dt.date(2017, 2, 1), 2)])
    assert votes == pytest.approx({2016: 0.36 / 0.54, 2017: 0.18 / 0.54})


def test_distant_neighbours_guess_the_month_but_keep_the_year_as_interval(nlp):
    text = "Le comité se réunit dans la capitale."
    estimate = estimated(text, (0.12, dt.date(2018, 5, 3)), (0.1, dt.date(2018, 5, 20)), direction=0)
    assert (estimate["value"], estimate["basis"], estimate["earliest"], estimate["latest"]) == (
        "2018-05", "distant_neighbours", "2018-01-01", "2018-12-31")


def test_cli_dates_by_a_reference_of_dated_records(dev_reference, tmp_path):
    _, stage, others = dev_reference
    reference = tmp_path / "dated.jsonl"
    reference.write_text("".join(json.dumps({"date": r["date"], "text": r["text"]}, ensure_ascii=False) + "\n"
                                 for r in others), encoding="utf-8")
    article = tmp_path / "stage.txt"
    article.write_text(undated(stage), encoding="utf-8")
    out = {}
    for workers in ("1", "2"):  # the reference reaches the worker processes too
        result = CliRunner().invoke(cli, ["analyze", str(article), "--dating-reference", str(reference), "-w", workers],
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
        out[workers] = json.loads(result.output)["date_estimate"]
    assert out["1"] == out["2"]
    assert out["1"]["basis"] == "neighbours" and out["1"]["value"] == "2016-07"

    db = str(tmp_path / "store.duckdb")
    result = CliRunner().invoke(cli, ["ingest", str(article), "--db", db, "-q", "--dating-reference", str(reference)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    from veille.query.documents import get_document
    from veille.store import Store

    store = Store(db)
    with store.reading() as con:
        doc_id = con.execute("SELECT id FROM documents").fetchone()[0]
    assert get_document(store, doc_id)["date_estimate"] == out["1"]


def test_cli_refuses_a_reference_without_dated_articles(tmp_path):
    empty = tmp_path / "undated.jsonl"
    empty.write_text(json.dumps({"text": "Un texte sans date."}) + "\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Le ministre est arrivé mardi.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", str(article), "--dating-reference", str(empty)])
    assert result.exit_code == 2 and "no article there carries a day or month date" in result.output


def test_neighbours_may_place_a_weekday_date_decades_after_the_history_it_names():
    # An obituary (dev split): its only year is 1986, and "samedi 2 juillet" fits 1988 as well as
    # 2016; the neighbours' year is a candidate even so far after the years the text names.
    text = ("Elie Wiesel, écrivain et philosophe, rescapé de la Shoah, prix Nobel de la paix en 1986, "
            "est décédé ce samedi 2 juillet à New York, à l'âge de 87 ans.")
    assert estimated(text)["value"] == "1988-07-02"
    estimate = estimated(text, (0.17, dt.date(2016, 7, 9)), (0.15, dt.date(2016, 6, 26)), (0.1, dt.date(2017, 6, 4)))
    assert (estimate["value"], estimate["basis"]) == ("2016-07-02", "day")
    assert text[estimate["evidence"][0]["start"]:estimate["evidence"][0]["end"]] == "ce samedi 2 juillet"


def test_ingest_dates_undated_articles_against_the_store_by_default(dev_reference, tmp_path, monkeypatch):
    from veille.analyze import dating_reference
    from veille.query.documents import get_document
    from veille.store import Store

    reference, stage, others = dev_reference
    # The stage's five nearest dev articles (other stages) and some fifty others: a small store,
    # so the minimum is lowered to its size.
    near = {n.index for n in reference.neighbours(undated(stage), k=5)}
    dated = [others[i] for i in sorted(near)] + [r for i, r in enumerate(others) if i not in near][::20]
    records = tmp_path / "dated.jsonl"
    records.write_text("".join(json.dumps({"date": r["date"], "text": r["text"]}, ensure_ascii=False) + "\n"
                               for r in dated), encoding="utf-8")
    article = tmp_path / "stage.txt"
    article.write_text(undated(stage), encoding="utf-8")
    db = str(tmp_path / "store.duckdb")
    assert CliRunner().invoke(cli, ["ingest", str(records), "--db", db, "-q"]).exit_code == 0

    def estimate_of(*flags: str) -> tuple[dict, str]:
        result = CliRunner().invoke(cli, ["ingest", str(article), "--db", db, *flags], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        store = Store(db)
        with store.reading() as con:
            doc_id = con.execute("SELECT id FROM documents WHERE date_precision = 'none'").fetchone()[0]
        return get_document(store, doc_id)["date_estimate"], result.output

    monkeypatch.setattr(dating_reference, "STORE_MINIMUM", len(dated) + 1)  # one dated article short
    assert estimate_of("-q")[0]["value"] is None
    monkeypatch.setattr(dating_reference, "STORE_MINIMUM", len(dated))
    assert estimate_of("-q", "--force", "--no-dating-reference")[0]["value"] is None
    estimate, output = estimate_of("--force")
    assert (estimate["value"], estimate["basis"]) == ("2016-07", "neighbours")
    assert f"dated against the store's {len(dated)} newest dated ones" in output

    # The estimate names the dated articles it rests on, nearest first: the stage's neighbours.
    store = Store(db)
    with store.reading() as con:
        stored = dict(con.execute("SELECT id, CAST(date_earliest AS VARCHAR) FROM documents WHERE date_precision = 'day'").fetchall())
    named = estimate["neighbours"]
    assert 1 <= len(named) <= dating.NAMED_NEIGHBOURS
    assert all(stored[n["id"]] == n["date"] and n["date"].startswith("2016-07") for n in named)
    assert [n["similarity"] for n in named] == sorted((n["similarity"] for n in named), reverse=True)
    with store.reading() as con:
        doc_id = con.execute("SELECT id FROM documents WHERE date_precision = 'none'").fetchone()[0]
    from veille.render import describe_date  # what `veille show` prints as the date

    assert f"nearest dated articles: {named[0]['id']} ({named[0]['date']})" in describe_date(get_document(store, doc_id))
    from fastapi.testclient import TestClient

    from veille.serve.app import create_app

    page = TestClient(create_app(db)).get(f"/articles/{doc_id}").text
    assert f'<a href="/articles/{named[0]["id"]}">{named[0]["date"]}</a>' in page


def test_a_month_named_is_placed_by_the_neighbours_written_in_the_months_after_it():
    # A dev article of January 2016: "depuis octobre" is last October, told in the new year.
    text = ("Les dernières données en provenance du Brésil montrent une augmentation du nombre de bébés qui "
            "naissent avec des têtes anormalement petites. 3 893 cas de microcéphalie ont été recensés depuis octobre.")
    estimate = estimated(text, (0.25, dt.date(2016, 1, 10)), (0.2, dt.date(2016, 1, 18)), (0.12, dt.date(2016, 7, 25)))
    assert (estimate["value"], estimate["basis"]) == ("2016-01", "month")
    assert (estimate["earliest"], estimate["latest"]) == ("2015-10-01", "2016-02-28")
    assert text[estimate["evidence"][0]["start"]:estimate["evidence"][0]["end"]].endswith("octobre")
    # Neighbours of the year but none in the months after October: October itself.
    estimate = estimated(text, (0.25, dt.date(2016, 7, 10)), (0.2, dt.date(2016, 5, 18)))
    assert (estimate["value"], estimate["earliest"]) == ("2016-10", "2016-10-01")


def test_the_ten_nearest_vote_the_year_and_the_thirty_nearest_the_month():
    # Ten near neighbours of 2017, then twenty further ones: those of 2018 are outvoted on the
    # year, but among the 2017 articles the month many further ones share (March) beats the
    # month of the few nearest (May).
    dated = [(0.3, dt.date(2017, 5, 2))] * 3 + [(0.25, dt.date(2017, 1 + i, 10)) for i in range(7)]
    dated += [(0.15, dt.date(2018, 3, 1))] * 5 + [(0.15, dt.date(2017, 3, 5 + i)) for i in range(15)]
    estimate = estimated("Le comité se réunit dans la capitale.", *dated, direction=0)
    assert estimate["value"] == "2017-03"
    assert estimate["basis"] == "neighbours"
    assert dating.neighbour_years([Neighbour(s, d, i) for i, (s, d) in enumerate(dated)]) == {2017: 1.0}
