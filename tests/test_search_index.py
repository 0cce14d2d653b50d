"""Full-text search: French stemming, folded accents, BM25 order, snippets, filters, catch-up."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from explore_support import DYAD_DOC, build_store, doc_id_of
from veille.search import Filters, SearchIndex, keyword
from veille.store import Store


@pytest.fixture(scope="session")
def explore_db(tmp_path_factory) -> str:
    return build_store(tmp_path_factory.getbasetemp() / "explore")


@pytest.fixture(scope="session")
def index(explore_db) -> SearchIndex:
    return SearchIndex(Store(explore_db))


def test_keyword_folds_accents_and_case():
    assert keyword("  Égypte ") == "egypte"
    assert keyword("Vladimir  POUTINE") == "vladimir poutine"


def test_stemming_and_folded_accents_find_inflected_words(index, explore_db):
    dyad = doc_id_of(explore_db, DYAD_DOC["id"])
    # "sanction" (no s) and "etats-unis" (no accent) find "sanctions" and "États-Unis"
    hits = index.search("sanction etats-unis", Filters(kind="article")).hits
    assert [h.doc_id for h in hits] == [dyad]
    snippet = hits[0].snippet
    marked = [snippet[s:e] for s, e in hits[0].highlights]
    assert marked and set(marked) <= {"sanctions", "États", "Unis"}
    alone = index.search("sanction", Filters(kind="article")).hits[0]
    assert [alone.snippet[s:e] for s, e in alone.highlights] == ["sanctions"]


def test_snippet_highlights_are_code_point_ranges(index):
    hits = index.search("élection présidentielle").hits
    assert hits
    for hit in hits:
        for start, end in hit.highlights:
            assert keyword(hit.snippet[start:end])[:5] in {"elect", "presi"}


def test_bm25_ranks_the_article_about_the_words_first(index):
    hits = index.search("Moscou Washington").hits
    assert hits[0].title == DYAD_DOC["title"]
    assert hits == sorted(hits, key=lambda h: -h.score)


def test_quotes_are_searchable_with_their_speaker(index):
    hits = index.search("menacerons", Filters(kind="quote")).hits
    assert len(hits) == 1
    assert hits[0].speaker == "Dmitri Peskov"
    text = DYAD_DOC["text"]
    assert text[hits[0].start : hits[0].end] == "Nous ne menacerons personne"


def test_filters_by_actor_country_and_date(index, explore_db):
    dyad = doc_id_of(explore_db, DYAD_DOC["id"])
    with Store(explore_db).reading() as con:  # every article with a Russian actor, as the store says
        russian = {r[0] for r in con.execute(
            "SELECT DISTINCT doc_id FROM extractions WHERE kind = 'actors' AND data->>'$.actor.country' = 'RUS'").fetchall()}
    assert dyad in russian
    assert {h.doc_id for h in index.search("", Filters(country="rus", kind="article"), limit=50).hits} == russian
    assert {h.doc_id for h in index.search("", Filters(actor="Dmitry Peskov")).hits} == {dyad}
    assert {h.doc_id for h in index.search("", Filters(actor="moscou", kind="article")).hits} == {dyad}
    inside = index.search("Moscou", Filters(since=dt.date(2021, 12, 1), until=dt.date(2021, 12, 31)))
    outside = index.search("Moscou", Filters(until=dt.date(2021, 12, 6)))
    assert dyad in {h.doc_id for h in inside.hits}
    assert dyad not in {h.doc_id for h in outside.hits}


def test_query_syntax_errors_do_not_raise(index):
    assert index.search('"unbalanced AND ( OR').total >= 0


def test_index_catches_up_after_a_kill_between_store_and_index(explore_db, tmp_path):
    """Documents committed to the store but never indexed (a kill in between) are found later."""
    db = tmp_path / "copy.duckdb"
    shutil.copy(explore_db, db)
    shutil.copytree(explore_db + ".search", str(db) + ".search")
    store = Store(str(db))
    article = {"id": "catch-up", "source": "test", "date": "2022-02-24", "date_precision": "day", "title": "Rattrapage",
               "text": "Les chars russes franchissent la frontière ukrainienne au petit matin.", "entities": []}
    store.write([article], [], "test")  # what ingest does, minus the index sync: the kill
    index = SearchIndex(store)
    assert index.search("chars").total == 0
    assert index.stale()
    assert index.sync() >= 1
    assert [h.title for h in index.search("char franchir").hits] == ["Rattrapage"]
    assert not index.stale()
    state = json.loads((index.path / "state.json").read_text())
    assert state["count"] == index.search("", Filters(kind="article")).total == 16
