"""Near-duplicate stories: a republished dispatch joins its original's story, other articles do
not, the index forgets what falls out of the window, and every stored document gets a story."""

from __future__ import annotations

import datetime as dt
import json

import duckdb
import numpy as np

from veille.jobs import ingest
from veille.scale.stories import NUM_PERM, StoryIndex, StoryLinker, shingles, signature, similarity
from veille.store import Store

from conftest import corpus_articles

ARTICLES = corpus_articles("dev", limit=6)


def republished(text: str) -> str:
    """The edits a wire reprint shows: a dateline, a corrected figure, a credit line."""
    return "PARIS (AFP) - " + text.replace("147 passagers", "146 passagers", 1) + "\n\n(Avec AFP)"


def test_shingles_are_lowercased_word_triples():
    assert shingles("Le Président a parlé.") == {b"le pr\xc3\xa9sident a", b"pr\xc3\xa9sident a parl\xc3\xa9"}
    assert shingles("Bonjour") == {b"bonjour"}
    assert shingles("...") == set()


def test_signature_is_deterministic_and_tracks_overlap():
    nigeria, other = ARTICLES[1]["text"], ARTICLES[3]["text"]
    assert "147 passagers" in nigeria
    first = signature(nigeria)
    assert first.dtype == np.uint32 and len(first) == NUM_PERM
    assert np.array_equal(first, signature(nigeria))
    assert similarity(first, signature(republished(nigeria))) > 0.7
    assert similarity(first, signature(other)) < 0.1


def test_index_links_copies_to_the_first_document_only():
    index = StoryIndex(window_days=None)
    original = ARTICLES[1]["text"]
    assert index.add("orig", signature(original), None) == ("orig", None)
    story, score = index.add("copy", signature(republished(original)), None)
    assert story == "orig" and score > 0.7
    # a copy of the copy still belongs to the first document's story
    assert index.add("copy2", signature("Lagos, " + republished(original)), None)[0] == "orig"
    for i, article in enumerate(ARTICLES[2:]):
        assert index.add(f"other{i}", signature(article["text"]), None) == (f"other{i}", None)


def test_window_evicts_documents_older_than_the_newest_by_window_days():
    index = StoryIndex(window_days=14)
    text = ARTICLES[1]["text"]
    index.add("old", signature(text), dt.date(2012, 6, 1))
    index.add("recent", signature(ARTICLES[2]["text"]), dt.date(2012, 6, 10))
    assert len(index) == 2
    index.add("later", signature(ARTICLES[3]["text"]), dt.date(2012, 6, 20))
    assert sorted(index.members) == ["later", "recent"]
    # the republication comes after the window: a new story, not linked to the evicted original
    assert index.add("reprint", signature(republished(text)), dt.date(2012, 6, 21)) == ("reprint", None)


def test_ingest_gives_every_document_a_story_and_counts_copies_once(tmp_path):
    rows = ARTICLES[:3]
    copy = {**rows[1], "id": "copy", "text": republished(rows[1]["text"])}
    first = tmp_path / "first.jsonl"
    first.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps(copy, ensure_ascii=False) + "\n", encoding="utf-8")
    store = Store(str(tmp_path / "s.duckdb"))
    ingest([str(first)], store)
    ingest([str(second)], store)  # a later run links to the stored signatures
    con = duckdb.connect(store.path, read_only=True)
    stories = dict(con.execute(
        "SELECT d.source_id, s.story_id FROM stories s JOIN documents d ON d.id = s.doc_id").fetchall())
    ids = dict(con.execute("SELECT source_id, id FROM documents").fetchall())
    assert stories == {rows[0]["id"]: ids[rows[0]["id"]], rows[1]["id"]: ids[rows[1]["id"]],
                       rows[2]["id"]: ids[rows[2]["id"]], "copy": ids[rows[1]["id"]]}
    assert con.execute("SELECT count(*), count(DISTINCT story_id) FROM stories").fetchone() == (4, 3)
    con.close()


def test_catch_up_links_documents_stored_without_a_story(tmp_path):
    rows = ARTICLES[:2]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    store = Store(str(tmp_path / "s.duckdb"))
    ingest([str(path)], store)
    with store.writing() as con:  # as if killed between the documents' commit and their stories
        con.execute("DELETE FROM stories")
    assert StoryLinker(store).catch_up() == 2
    with store.reading() as con:
        assert con.execute("SELECT count(*) FROM stories WHERE story_id = doc_id").fetchone()[0] == 2


def test_index_never_holds_more_than_its_cap_evicting_the_first_arrived():
    index = StoryIndex(window_days=None, max_members=2)
    for i, article in enumerate(ARTICLES[:4]):
        index.add(f"d{i}", signature(article["text"]), None)  # undated: only the cap bounds them
    assert sorted(index.members) == ["d2", "d3"]
    assert index.lsh.query(signature(ARTICLES[0]["text"])) == set()  # its buckets went with it
    assert index.add("again", signature(republished(ARTICLES[3]["text"])), None)[0] == "d3"
