"""Tokens with their lemma, part of speech and morphology, as character spans.

Off by default (`veille analyze --with tokens`): a token list is ten times the size of the rest
of the document object and most users want the extractions, not the parse.
"""

from __future__ import annotations

from spacy.tokens import Doc

from veille.analyze.context import Context


def extract_tokens(doc: Doc, ctx: Context) -> dict:
    return {"tokens": [
        {"start": t.idx, "end": t.idx + len(t.text), "text": t.text, "lemma": t.lemma_, "pos": t.pos_,
         "morph": str(t.morph), "dep": t.dep_, "head": t.head.i, "i": t.i}
        for t in doc if not t.is_space
    ]}
