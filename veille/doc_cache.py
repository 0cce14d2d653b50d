"""What spaCy rebuilds on every access, computed once per document: its text and its sentences.

`Doc.text` joins every token again, `Doc.sents` and `Token.sent` walk the whole document; the
extractors ask for them thousands of times per article. The values are kept in `doc.user_data`
as plain strings and integers, so a document still serialises. Lives outside `veille.analyze`
so that the actor linker, which the analysis imports, can use it too.
"""

from __future__ import annotations

import bisect

from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span, Token

_BOUNDS = "veille_sentence_bounds"
_TEXT = "veille_text"
_STARTS = "veille_token_starts"
_LOWERS = "veille_token_lowers"
_POS = "veille_token_pos"


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per document: spaCy rebuilds the string from every token on each
    access, and every extractor needs it."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


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


def first_token_at(doc: Doc, offset: int) -> int | None:
    """Index of the first token starting at or after character `offset`, or None past the end."""
    i = bisect.bisect_left(token_starts(doc), offset)
    return i if i < len(doc) else None


def token_starts(doc: Doc) -> list[int]:
    """Each token's first character offset, in order: the first token at or after an offset is
    `doc[bisect.bisect_left(token_starts(doc), offset)]`."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        starts = doc.user_data[_STARTS] = [t.idx for t in doc]
    return starts


def token_lowers(doc: Doc) -> list[str]:
    """Each token's `lower_`, read as one array: rules that test every token's form against a
    word list need a Token object only for the few that are on it."""
    lowers = doc.user_data.get(_LOWERS)
    if lowers is None:
        strings = doc.vocab.strings
        lowers = doc.user_data[_LOWERS] = [strings[h] for h in doc.to_array(LOWER).tolist()] if len(doc) else []
    return lowers


def token_pos(doc: Doc) -> list[str]:
    """Each token's `pos_`, read as one array: a loop over the tokens of one part of speech makes
    a Token only for those."""
    pos = doc.user_data.get(_POS)
    if pos is None:
        pos = doc.user_data[_POS] = [POS_NAMES.get(p, "") for p in doc.to_array(POS).tolist()] if len(doc) else []
    return pos
