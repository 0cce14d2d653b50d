"""veille's spaCy speed-ups change no annotation: same lemmas (and everything else) as stock."""

from __future__ import annotations

import spacy

from veille.analyze import nlp as nlp_module

from conftest import corpus_articles


def annotations(doc):
    return [(t.text, t.lemma_, t.pos_, t.tag_, t.morph.key, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


def test_lemma_index_as_sets_gives_stock_annotations():
    texts = [a["text"] for a in corpus_articles("dev", limit=25)]
    stock = spacy.load(nlp_module.MODEL)
    fast = nlp_module.load()
    index = fast.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(index[key], frozenset) for key in index)
    assert isinstance(stock.get_pipe("lemmatizer").lookups.get_table("lemma_index")[list(index)[0]], list)
    for ours, theirs in zip(fast.pipe(texts), stock.pipe(texts)):
        assert annotations(ours) == annotations(theirs)
    # a lemma decided by the index and the rules: plural noun and conjugated verb
    doc = fast("Les députés ont adopté les amendements.")
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in stock("Les députés ont adopté les amendements.")]
    assert doc[1].lemma_ == "député" and doc[3].lemma_ == "adopter"


def test_table_attribute_ruler_and_memoised_lemmas_give_stock_annotations():
    stock = spacy.load(nlp_module.MODEL)
    fast = nlp_module.load()
    assert type(fast.get_pipe("attribute_ruler")).__name__ == "TableAttributeRuler"
    assert type(fast.get_pipe("lemmatizer")).__name__ == "MemoFrenchLemmatizer"
    # whitespace tokens are what the ruler's later patterns rewrite (TAG, POS, MORPH, DEP)
    texts = [a["text"] for a in corpus_articles("dev", limit=60)][25:] + [
        "Le Kremlin a démenti :\n\n  « Aucune invasion ».\n\t Fin.  ", "   ", "\n\nMoscou\n",
    ]
    for _ in range(2):  # the second pass reads the memo tables the first one filled
        for ours, theirs in zip(fast.pipe(texts), stock.pipe(texts)):
            assert annotations(ours) == annotations(theirs)
    doc = fast("Le Kremlin a démenti :\n\n« Aucune invasion ».")
    space = next(t for t in doc if t.is_space)
    assert (space.pos_, space.tag_) == ("SPACE", "SPACE")
    assert [t.tag_ for t in doc[:4]] == [t.pos_ for t in doc[:4]] == ["DET", "PROPN", "AUX", "VERB"]
    assert doc[3].lemma_ == "démentir"
