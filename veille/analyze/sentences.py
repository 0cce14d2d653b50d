"""Sentences and their token counts, as character spans into the body."""

from __future__ import annotations

from spacy.tokens import Doc

from veille.analyze.context import Context
from veille.doc_cache import doc_text, sentence_start_chars, sentences, token_sentence  # noqa: F401 (re-exported)


def extract_sentences(doc: Doc, ctx: Context) -> dict:
    found = []
    for sent in sentences(doc):
        # The parser may open a sentence on whitespace (paragraph breaks): trim to the words.
        tokens = [t for t in sent if not t.is_space]
        if not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        found.append({"start": start, "end": end, "tokens": len(tokens)})
    return {"sentences": found}
