"""The event lexicon (French triggers per PLOVER category) and the PLOVER intensity scores.

Both are shipped data under `veille/data/events/`: `lexicon.tsv` (written from the corpus dev
split) and `plover_scores.json` (derived from the PLOVER manual, CC BY-SA 4.0; see the README
there). Loaded once per process.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher


@dataclass(frozen=True)
class Trigger:
    type: str          # PLOVER category
    mode: str | None   # PLOVER mode when the word itself says it ("bombardement" -> aerial)
    pos: str           # VERB | NOUN | VPHRASE | NPHRASE
    lemma: str
    needs: str | None  # a syntactic condition, see lexicon.tsv's header


@dataclass(frozen=True)
class Lexicon:
    by_lemma: dict[tuple[str, str], Trigger]  # (VERB|NOUN, lemma) -> trigger
    by_form: dict[str, Trigger]  # surface forms listed in the lexicon, matched whatever the tagger says
    phrases: list[Trigger]

    def word(self, pos: str, lemma: str, form: str) -> Trigger | None:
        found = self.by_lemma.get((pos, lemma)) or self.by_lemma.get((pos, form))
        if found is None and pos == "VERB" and lemma == form:
            # The lemmatiser sometimes returns a first-group verb unchanged ("demande"): try its infinitive.
            found = self.by_lemma.get((pos, guess_infinitive(form)))
        return found


_ENDINGS = ("aient", "ait", "ées", "és", "ée", "ent", "es", "é", "e")


def guess_infinitive(form: str) -> str:
    for ending in _ENDINGS:
        if form.endswith(ending) and len(form) > len(ending) + 2:
            return form[: -len(ending)] + "er"
    return form


def _data(name: str) -> str:
    return resources.files("veille").joinpath("data", "events", name).read_text(encoding="utf-8")


@functools.cache
def lexicon() -> Lexicon:
    by_lemma: dict[tuple[str, str], Trigger] = {}
    by_form: dict[str, Trigger] = {}
    phrases: list[Trigger] = []
    for line in _data("lexicon.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 6
        type_, mode, pos, lemma, needs, forms = (c.strip() for c in cols[:6])
        trigger = Trigger(type_, mode or None, pos, lemma, needs or None)
        if pos in ("VERB", "NOUN"):
            by_lemma[(pos, lemma.lower())] = trigger
            for form in filter(None, forms.split(",")):
                by_form[form.lower()] = trigger
        else:
            phrases.append(trigger)
    return Lexicon(by_lemma, by_form, phrases)


@functools.cache
def phrase_matchers(nlp: Language) -> tuple[PhraseMatcher, PhraseMatcher, dict[int, Trigger]]:
    """Matchers for multi-word triggers: verbal ones on lemmas, nominal ones on lower case."""
    by_lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
    by_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    keys: dict[int, Trigger] = {}
    for i, trigger in enumerate(lexicon().phrases):
        name = f"EVENT_PHRASE_{i}"
        keys[nlp.vocab.strings.add(name)] = trigger
        if trigger.pos == "VPHRASE":
            # Lemmatise the pattern the way the documents are lemmatised.
            by_lemma.add(name, [nlp(trigger.lemma)])
        else:
            # the corpus writes both apostrophes: "prise d'otages", "prise d’otages"
            forms = {trigger.lemma.lower(), trigger.lemma.lower().replace("'", "’"), trigger.lemma.lower().replace("’", "'")}
            by_lower.add(name, [nlp.make_doc(form) for form in sorted(forms)])
    return by_lemma, by_lower, keys


@functools.cache
def _scores() -> dict:
    return json.loads(_data("plover_scores.json"))["categories"]


# ACCUSE's category score is printed +3 in the manual although every ACCUSE mode is negative
# (a sign typo, see the ontology README): an ACCUSE without a mode scores as "disapprove".
_DEFAULT_MODE = {"ACCUSE": "disapprove"}


def intensity(type_: str, mode: str | None) -> float | None:
    """Goldstein-style score in [-10, 10]: the mode's score when PLOVER gives one, else the category's."""
    category = _scores().get(type_)
    if category is None:
        return None
    mode = mode or _DEFAULT_MODE.get(type_)
    score = category["modes"].get(mode, {}).get("score") if mode else None
    return score if score is not None else category["score"]


def mode_names(type_: str) -> set[str]:
    return set(_scores().get(type_, {}).get("modes", {}))
