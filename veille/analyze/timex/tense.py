"""Which way a bare weekday or date points, read from the tense of the verb that governs it.

"a assuré lundi" (passé composé) points back, "se réunira jeudi" (futur) and "va se réunir
jeudi" (aller + infinitive) point forward; present tense and verbless phrases say nothing (0),
and the nearest day is taken. Uses the morphology spaCy's French model already computed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Verbs whose infinitive complement lies ahead: "doit se réunir jeudi", "prévoit de voter mardi".
FUTURE_GOVERNORS = {"aller", "devoir", "prévoir", "compter", "envisager", "espérer", "vouloir", "pouvoir"}


def _tenses(token: Token) -> set[str]:
    return set(token.morph.get("Tense"))


def verb_direction(verb: Token) -> int:
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    if "Fut" in _tenses(verb) or any("Fut" in _tenses(a) for a in auxiliaries):
        return 1
    if verb.lemma_ == "aller" and any(c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm") for c in verb.children):
        return 1  # "va se rendre mardi"
    if "Inf" in verb.morph.get("VerbForm"):
        if any(a.lemma_ == "aller" for a in auxiliaries):
            return 1
        governor = verb.head
        if governor is not verb and governor.lemma_ in FUTURE_GOVERNORS:
            return -1 if _tenses(governor) & {"Past", "Imp"} else 1
        return 0
    if "Part" in verb.morph.get("VerbForm"):
        if any(a.dep_ == "aux:tense" for a in auxiliaries):
            return -1  # passé composé, plus-que-parfait: "a assuré lundi", "est arrivé lundi"
        passive = [a for a in auxiliaries if a.dep_ == "aux:pass"]
        if passive and _tenses(passive[0]) & {"Past", "Imp"}:
            return -1  # "était prévu"
        return 0  # present passive or bare participle: "est prévu le 3 août", "prévue le 15"
    if _tenses(verb) & {"Past", "Imp"}:
        return -1
    return 0


def direction(doc: Doc, start: int, end: int) -> int:
    """-1 past, +1 future, 0 unknown, for the time expression at doc.text[start:end]."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0
    head = span.root
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or head.head is head:
            break
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return 0
    return verb_direction(head)
