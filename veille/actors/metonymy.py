"""When a capital acts: "Moscou reproche à Washington…" (governments) vs. "à Genève" (a place)."""

from __future__ import annotations

from spacy.tokens import Token

from veille.actors import lexicon
from veille.actors.normalize import fold


def _verb(tok: Token) -> str:
    """The infinitive; the model sometimes lemmatises "reproche" to itself."""
    lemma = fold(tok.lemma_)
    return lemma if lemma.endswith(("er", "ir", "re")) else lemma + "r"


def _journey(verb: Token) -> bool:
    """"se rendre à Islamabad", "faire escale à Bichkek": a journey to the place, no act addressed to it."""
    if _verb(verb) == "rendre":
        return any(c.dep_.startswith("expl") or c.lower_ in ("se", "s'", "s’") for c in verb.children)
    if _verb(verb) == "faire":
        return any(c.dep_ == "obj" and fold(c.text) in lexicon.JOURNEY_OBJECTS for c in verb.children)
    return False


def acts(tok: Token) -> bool:
    """Does this capital act (a government) rather than stand for a place?"""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    dep = tok.dep_
    cases = {fold(c.text) for c in tok.children if c.dep_ in ("case", "fixed")}
    head = tok.head
    if dep in ("nsubj", "nsubj:pass", "obl:agent"):
        return True
    if cases & lexicon.PARTY_CASES:
        return True
    if dep == "nmod" and cases & {"de", "du", "d'"} and fold(head.lemma_) in lexicon.GOVERNMENT_HEADS:
        return True
    if "a" in cases and head.pos_ == "VERB" and _verb(head) in lexicon.RECIPIENT_VERBS and not _journey(head):
        return True
    if dep in ("obj", "iobj") and not cases and head.pos_ == "VERB" and _verb(head) in lexicon.RECIPIENT_VERBS | {"accuser", "appeler", "exhorter", "sanctionner", "soutenir", "critiquer", "condamner", "menacer", "inviter", "convaincre", "presser"}:
        return True
    return False
