"""Speed-ups to the stock spaCy pipeline that leave every annotation unchanged.

The French rule lemmatizer of spaCy 3.8 keeps its per-POS lemma index as Python lists of up to
66,000 forms and tests `form in index` once or more per token it has not seen before: a linear
scan of ~1 ms. On fresh text that made the lemmatizer the costliest stage of the whole analysis
(a quarter of it, bench/profile_pipeline.py). The index is only ever used for membership, so the
same forms as sets give the same lemmas in constant time.
"""

from __future__ import annotations

from spacy.language import Language


def index_lemmas_as_sets(nlp: Language) -> None:
    """Turn the rule lemmatizer's list-valued lemma index into sets (membership tests only)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or "lemma_index" not in lemmatizer.lookups:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key in list(table.keys()):
        if isinstance(table[key], list):
            table[key] = frozenset(table[key])
    lemmatizer.cache.clear()
