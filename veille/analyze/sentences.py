"""Sentences and their token counts, as character spans into the body."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from veille.analyze.context import Context


_BOUNDS = "veille_sentence_bounds"


def token_sentence(token: Token) -> Span:
    """The sentence holding `token`, like `token.sent`, from bounds indexed once per document.

    spaCy's `Token.sent` walks the document's sentences on every call; extractors that ask it
    for each candidate spent more time there than in their own rules. The bounds are plain
    integers in `doc.user_data`, so a document still serialises.
    """
    doc = token.doc
    bounds = _bounds(doc)
    start, end = bounds[bisect.bisect_right(bounds, (token.i, len(doc))) - 1]
    return doc[start:end]


def sentences(doc: Doc) -> list[Span]:
    """`list(doc.sents)`, from the same bounds: for rules that scan the sentences once per quote."""
    return [doc[start:end] for start, end in _bounds(doc)]


def sentence_start_chars(doc: Doc) -> list[int]:
    """Each sentence's first character offset, in order (for bisecting a character offset)."""
    return [doc[start].idx for start, _ in _bounds(doc)]


def _bounds(doc: Doc) -> list[tuple[int, int]]:
    bounds = doc.user_data.get(_BOUNDS)
    if bounds is None:
        bounds = doc.user_data[_BOUNDS] = [(s.start, s.end) for s in doc.sents]
    return bounds


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
