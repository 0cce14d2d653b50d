"""Resolve every actor mention of one parsed document: names, roles, metonymies, coreference.

    entities (spaCy) ──repair──▶ entities ──link──▶ entity actors ─┐
    tokens ──role nouns + country qualifier──▶ role mentions ──────┼─▶ appositions ─▶ actors list
                                                                   ┘
Decisions, in the order they are taken for an entity:
0. a surname met before with its first name is that person, whatever the model's label
   ("Bolsonaro" tagged ORG after "Jair Bolsonaro"); a role the model tagged as a name
   ("Président de la Colombie", "ministre de l'Intérieur") is a role, with the country or the
   ministry it holds as a mention of its own;
1. a person's name known to the registry (preferring whoever is in office on the article's
   date, and as the organisation they act for while in its office: Donald Tusk for the EU),
   else an earlier fuller name of the same document ("Biden" after "Joe Biden"), else a
   curated surname ("Poutine"), else a place when a place noun precedes it ("la ville de
   Hilla"), else a person of this document only (`local:` id);
2. a seat of power: a building ("le Kremlin") always acts; a capital acts when it is the
   subject, agent, object, party ("contre Moscou") or recipient ("reprocher à Washington") of
   an act, or the complement of a government noun ("le régime de Damas"), and is a place
   otherwise ("à Genève", "vers Moscou");
3. a country, an organisation, a city the registry lists;
4. an unknown organisation: the acronym or first word of one named in full before ("CE" after
   "Commission européenne"), a news outlet when introduced as one ("le quotidien Hürriyet"),
   an institution when its head noun says so ("l'armée irakienne", "la Cour suprême" of the
   article's country), a part of a known company or outlet ("Groupe TF1"), else an organisation
   whose kind its first word tells ("Confédération…": ngo) and whose country its name states
   ("… du Pakistan") or else the document's (`home`).
Unknown persons and places default to the document's country too: the title prefix's (a
country, a region or city of one, or a capital closing it: "Attentats de Bruxelles"), else the
one the text names most often, by names, places and adjectives (the first named of two tied).
A name and its acronym in brackets are one actor ("Parti d'action nationaliste (MHP)").

Role mentions are in `roles`, the capital-or-government decision in `metonymy`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from veille.actors import key_prefixes, lexicon
from veille.actors.mentions import LinkResult, Mention
from veille.actors.metonymy import acts
from veille.actors.normalize import fold, key, key_of_folded, slug
from veille.actors.registry import Actor, Registry
from veille.actors.roles import RoleMentions

_LABEL_OF_KIND = {"person": "PER", "country": "LOC", "location": "LOC", "government": "ORG", "military": "ORG",
                  "igo": "ORG", "media": "ORG", "party": "ORG", "ngo": "ORG", "company": "ORG", "other": "ORG"}
# Head nouns that say what the name after them is, most specific first ("chaîne" of television
# before "chaîne" of shops).
_INTRODUCERS = [("media", lexicon.MEDIA_HEADS), ("party", lexicon.PARTY_HEADS), ("ngo", lexicon.NGO_HEADS),
                ("company", lexicon.COMPANY_HEADS)]
# Words before a name that make it a place: "la ville de Hilla", "à l'est de Shirqat".
_PLACE_BEFORE = re.compile(r"\b(?:ville|village|localité|commune|municipalité|prison|quartier|région|province|district|"
                           r"gouvernorat|camp|nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest|près|environs|banlieue)"
                           r"\s+(?:de|d'|d’|du)\s*$")
_TRAILING_DAY = re.compile(r"\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui)$")
_BRACKETED_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Z0-9-]{1,9})\s*\)")
_LEADING_ARTICLE = re.compile(r"(?:la|le|les|l'|l’)\s*(?=[A-ZÀ-Ý])")
_MEDIA_AFTER = re.compile(r"\s*[(,]\s*(?:une?|la|le|l['’])\s*(?:agence|quotidien|journal|hebdomadaire|cha[iî]ne|radio|"
                          r"t[ée]l[ée]vision|magazine|site d['’]information)\b", re.IGNORECASE)
# Words inside an unknown organisation's name that make it a news outlet ("SOS Médias Burundi").
_MEDIA_NAME_WORDS = {"medias", "media", "news", "tv", "television", "radio", "presse", "press", "journal", "info", "infos", "actu"}
# "villes néerlandaises (La Haye, Nimègue, " before a place: the adjective gives its country.
_PLACE_LIST = re.compile(r"\b(?:villes?|localités?|régions?|provinces?|communes?|villages?)\s+([\w-]+)\s*\((?:[^()]{0,60},\s*)?$")
# ", une région rurale" after a name the model took for a person: "à Momand Dara, une région rurale".
_PLACE_AFTER = re.compile(r"\s*,\s*(?:une?|la|le|l['’])\s*(?:petite\s+|grande\s+)?(?:ville|village|localité|commune|région|province|"
                          r"district|bourgade|cité|île|quartier)\b")
# A ministry's portfolio named after "ministre", "ministère" (and a country adjective): "des Transports".
_PORTFOLIO_BEFORE = re.compile(r"\bminist(?:re|ère|res|ères)(?:\s+([\w-]+))?\s+(?:de\s+la|de\s+l['’]|des|du|de)\s*$", re.IGNORECASE)
_PALACE = re.compile(r"palais\s+(?:de\s+l['’]|du\s+|de\s+la\s+|de\s+)", re.IGNORECASE)
_LEADING_ARTICLE_ANY_CASE = re.compile(r"(?:la |le |les |l'|l’)", re.IGNORECASE)
_NOT_NAMES = {"m", "mm", "mme", "mmes", "mlle", "dr", "etat", "president", "professeur"}
_FUNCTION_WORDS = {"de", "du", "des", "d'", "la", "le", "les", "l'", "et", "pour", "a", "au", "aux", "en", "sur"}
# Titles the model sometimes takes into a person's name: "Premier ministre Nawaz Sharif".
_TITLES = (lexicon.HEAD_OF_STATE | lexicon.HEAD_OF_GOVERNMENT | set(lexicon.PERSON_ROLES)) - {"leader", "responsable", "officiel"}
_CIVILITIES = {"m", "mm", "mme", "mmes", "mlle", "me", "mgr", "dr", "pr"}  # as keys: "M." is "m"
_MEDIA = {key(name): Actor(f"media:{slug(name)}", name, country, "media") for name, country in lexicon.MEDIA.items()}


# Keys of a run's first token after which the key drops it: "l'", "le", "la", "les", "the".
_ARTICLE_KEYS = {"l", "l'", "le", "la", "les", "the", ""}
_FOLDED: dict[str, str] = {}  # token text -> folded; token texts repeat across documents


def _fold_token(text: str) -> str:
    folded = _FOLDED.get(text)
    if folded is None:
        if len(_FOLDED) > 200_000:
            _FOLDED.clear()  # bounded: a long ingest meets new words forever
        folded = _FOLDED[text] = fold(text)
    return folded


def article_day(date: str | None) -> dt.date | None:
    """The day a role is resolved on; the middle of the month (year) when only that is known."""
    try:
        parts = [int(p) for p in (date or "").split("-")]
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 15)
    except ValueError:
        return None


class DocumentLinker(RoleMentions):
    def __init__(self, doc: Doc, entities: list[dict], registry: Registry, date: str | None = None, title: str | None = None):
        self.doc = doc
        self.text = doc.text
        self.registry = registry
        self.day = article_day(date)
        self.title = title or ""
        self.entities = [dict(e) for e in entities]
        self.in_office = registry.holders(self.day)
        self.mentions: list[Mention] = []
        self.by_entity: dict[int, Mention] = {}
        self._mentions_eu = None
        self._dominant: str | None = None

    # -- helpers --------------------------------------------------------------------------------

    def span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def mentions_eu(self) -> bool:
        if self._mentions_eu is None:
            folded = fold(self.text)
            self._mentions_eu = bool(re.search(r"\b(ue|union europeenne|commission europeenne|europeen\w*|vingt-sept)\b", folded))
        return self._mentions_eu

    def title_country(self) -> str | None:
        """The country of the title's prefix: "Brésil : …", or a region or city of it ("Québec : …")."""
        prefix = self.title.split(":")[0].strip() if ":" in self.title else ""
        if not prefix:
            return None
        country = next((a.country for a in self.registry.lookup(prefix) if a.kind == "country"), None)
        place = self.registry.place(prefix) if country is None else None
        if country or place:
            return country or place.country
        # Else a country or a capital closing it: "Attentats de Bruxelles", "Élections au Pérou".
        words = prefix.split()
        for name in (" ".join(words[-n:]) for n in (2, 1) if len(words) > n):
            country = next((a.country for a in self.registry.lookup(name) if a.kind == "country"), None)
            seat = self.registry.seat(name) if country is None else None
            if country or (seat and seat.place is not None):
                return country or seat.place.country
        return None

    def main_country(self) -> str | None:
        """The article's own country: its title's "Country :" prefix, else its most named country."""
        titled = self.title_country()
        if titled:
            return titled
        counts = Counter(m.actor.country for m in self.mentions
                         if m.actor.kind in ("country", "government", "military") and m.actor.country in self.registry.countries)
        return counts.most_common(1)[0][0] if counts else None

    def best(self, candidates: list[Actor], kind: str | None = None) -> Actor | None:
        if kind:
            candidates = [a for a in candidates if a.kind == kind]
        for actor in candidates:
            if actor.id in self.in_office:
                return actor
        return candidates[0] if candidates else None

    # -- NER repair -----------------------------------------------------------------------------

    def repair(self) -> None:
        """Entities as the registry knows them: trimmed, relabelled, completed."""
        self.entities = [trimmed for e in self.entities if (trimmed := self._trim(e)) is not None
                         and not (e["text"] == "Sceaux" and fold(self.text[max(0, e["start"] - 10):e["start"]]) == "garde des ")]
        self._extend()
        for e in self.entities:
            self._relabel(e)
        added = self._missed()
        added += self._repeated_names(added)
        added += self._defined_acronyms(added)
        if added:
            self.entities = sorted(self.entities + added, key=lambda e: (e["start"], e["end"]))

    def _relabel(self, e: dict) -> None:
        """The label the registry is sure of: one kind for every actor that name can be."""
        if key(e["text"]) in self.registry.gentiles:
            return  # "les Espagnols": a people, whatever the model calls it
        labels = {_LABEL_OF_KIND[a.kind] for a in self.registry.lookup(e["text"])}
        seat = self.registry.seat(e["text"])
        if seat and seat.place is not None:
            labels.add("LOC")
        if key(e["text"]) in _MEDIA:
            labels = {"ORG"}
        if len(labels) == 1:
            e["label"] = labels.pop()

    def _extend(self) -> None:
        """Stretch an entity over the rest of a name the registry knows: "Le Canard" + "enchaîné",
        "France" + "insoumise", "Boko" + "Haram"; entities swallowed by the longer one go."""
        extended = []
        for e in self.entities:
            span = self.span(e["start"], e["end"])
            stretches = [(0, n) for n in (3, 2, 1)] + [(n, 0) for n in (2, 1)] if span is not None else []
            for left, right in stretches:
                longer = self.doc[max(0, span.start - left):min(len(self.doc), span.end + right)]
                edges = (longer[0], longer[-1])
                if len(longer) == len(span) or any(t.is_punct or t.is_space for t in edges) or not longer.text[:1].isupper():
                    continue
                k = key(longer.text)
                if k == key(e["text"]):
                    continue  # only an article more: "Le Congrès américain"
                if k in _MEDIA or any(a.kind not in ("person", "location") for a in self.registry.names.get(k, [])):
                    e = {**e, "start": longer.start_char, "end": longer.end_char, "text": longer.text, "label": "ORG"}
                    break
            while extended and e["start"] < extended[-1]["end"] and extended[-1]["start"] >= e["start"]:
                extended.pop()  # swallowed by this entity stretched to the left
            if extended and e["start"] < extended[-1]["end"]:
                if e["end"] <= extended[-1]["end"]:
                    continue  # inside the stretched entity before it
                extended.pop()
            extended.append(e)
        self.entities = extended

    def _repeated_names(self, added: list[dict]) -> list[dict]:
        """Later mentions of a person's name that the model missed: "Jammeh" or "Barrow" again after
        "Yahya Jammeh" and "Adama Barrow" (the full name, or its last word alone)."""
        forms = set()
        for e in self.entities:
            if e["label"] != "PER":
                continue
            words = e["text"].split()
            forms.add(e["text"])
            if len(words) >= 2 and len(words[-1]) >= 3 and words[-1][:1].isupper() and not words[-1].endswith("."):
                forms.add(words[-1])
        covered = [False] * (len(self.text) + 1)
        for e in self.entities + added:
            covered[e["start"]:e["end"]] = [True] * (e["end"] - e["start"])
        found = []
        for form in sorted(forms, key=len, reverse=True):
            if key(form) in self.registry.gentiles or self.registry.lookup(form) and not any(a.kind == "person" for a in self.registry.lookup(form)):
                continue  # a surname that is also a country or an organisation's name
            for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", self.text):
                start, end = match.span()
                if not any(covered[start:end]):
                    found.append({"start": start, "end": end, "text": form, "label": "PER"})
                    covered[start:end] = [True] * (end - start)
        return found

    def _defined_acronyms(self, added: list[dict]) -> list[dict]:
        """An acronym defined in brackets after an organisation's name, "Tribunal Supérieur Électoral
        (TSE)", that the model missed there or later."""
        covered = [False] * (len(self.text) + 1)
        for e in self.entities + added:
            covered[e["start"]:e["end"]] = [True] * (e["end"] - e["start"])
        found = []
        for e in self.entities:
            match = _BRACKETED_ACRONYM.match(self.text, e["end"]) if e["label"] == "ORG" and " " in e["text"] else None
            if match is None:
                continue
            acronym = match.group(1)
            for later in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", self.text[e["end"]:]):
                start, end = e["end"] + later.start(), e["end"] + later.end()
                if not any(covered[start:end]):
                    found.append({"start": start, "end": end, "text": acronym, "label": "ORG"})
                    covered[start:end] = [True] * (end - start)
        return found

    def _missed(self) -> list[dict]:
        """Registry names outside every entity, longest first (up to six tokens).

        Every token starts up to six candidate spans, so this is the linker's inner loop: the
        candidates are keyed from per-token folded texts, and a Span is built only for a key the
        registry holds."""
        doc, text = self.doc, self.text
        covered = [0] * (len(text) + 1)
        for e in self.entities:
            covered[e["start"]:e["end"]] = [1] * (e["end"] - e["start"])
        covered_before = [0]  # covered characters before each offset: a span is free when none is
        for c in covered:
            covered_before.append(covered_before[-1] + c)
        names, seats, lower_case = self.registry.names, self.registry.seats, self.registry.lower_case
        tokens = list(doc)
        edge = [t.is_space or t.is_punct for t in tokens]  # no candidate starts or ends on one
        starts = [t.idx for t in tokens]
        ends = [t.idx + len(t) for t in tokens]
        folded = [_fold_token(t.text_with_ws) for t in tokens]
        every, igo = key_prefixes.of(self.registry)
        added, i = [], 0
        while i < len(tokens):
            if edge[i]:
                i += 1
                continue
            upper = text[starts[i]].isupper()
            # The longest run whose key can still begin a registry key (of an organisation, for a
            # run in lower case); no pruning after an article, which the key drops.
            longest = min(6, len(tokens) - i)
            if key_of_folded(folded[i]) not in _ARTICLE_KEYS and folded[i].strip() not in _ARTICLE_KEYS:
                prefixes = every if upper else igo
                for n in range(1, longest + 1):
                    if not prefixes.begins_any(key_of_folded("".join(folded[i:i + n]))):
                        longest = n - 1
                        break
            for n in range(longest, 0, -1):
                last = i + n - 1
                if edge[last]:
                    continue
                k = None
                if not upper:
                    # Lower case only for an organisation's full name ("la cour pénale internationale")
                    # or a name the curated lists write in lower case ("les gilets jaunes", "les talibans").
                    if tokens[i].pos_ == "DET":
                        continue
                    k = key_of_folded("".join(folded[i:last + 1]))
                    if k not in lower_case and (n < 3 or not any(a.kind == "igo" for a in names.get(k, ()))):
                        continue
                k = k or key_of_folded("".join(folded[i:last + 1]))
                if covered_before[ends[last]] - covered_before[starts[i]]:
                    continue
                if k not in names and k not in seats:
                    continue  # what _addable would find nothing for
                label = self._addable(doc[i:last + 1])
                if label:
                    added.append({"start": starts[i], "end": ends[last], "text": text[starts[i]:ends[last]], "label": label})
                    i += n - 1
                    break
            i += 1
        return added

    def _igo_name(self, text: str) -> bool:
        return any(a.kind == "igo" for a in self.registry.lookup(text))

    def _named_in_full(self, acronym_key: str) -> bool:
        """Is the organisation an acronym stands for named in full in the document ("Union africaine")?"""
        ids = {a.id for a in self.registry.names.get(acronym_key, []) if a.kind not in ("person", "location", "country")}
        return any(" " in e["text"] and ids & {a.id for a in self.registry.lookup(e["text"])} for e in self.entities)

    def _trim(self, e: dict) -> dict | None:
        """Drop what is no name ("M.", "l'État"); cut a lower-case article ("la France")."""
        text = e["text"]
        if len(text) <= 1 or key(text) in _NOT_NAMES:
            return None
        article = _LEADING_ARTICLE.match(text)
        # Any label for "l'" ("l'Ocha" tagged as a person), but not "Le" of "Le Pen"
        if article and (e["label"] in ("LOC", "ORG") or article.group().startswith(("l'", "l’"))) and len(text) > article.end():
            e = {**e, "start": e["start"] + article.end(), "text": text[article.end():]}
        lower = re.match(r"(?:la|le|les|l'|l’)\s*", e["text"]) if article is None else None
        if lower and self._igo_name(e["text"][lower.end():]):  # "la cour pénale internationale"
            e = {**e, "start": e["start"] + lower.end(), "text": e["text"][lower.end():], "label": "ORG"}
        if e["label"] in ("PER", "MISC"):
            e = self._untitled(e)
        day = _TRAILING_DAY.search(e["text"])
        if day and day.start() > 0:  # "Union africaine lundi": the day is no part of the name
            e = {**e, "end": e["start"] + day.start(), "text": e["text"][:day.start()]}
        return e

    def _untitled(self, e: dict) -> dict:
        """A person's name without the title the model took in: "Premier ministre Nawaz Sharif"."""
        words = list(re.finditer(r"\S+", e["text"]))
        for n in (2, 1):
            if len(words) < n + 2:  # a name of two words at least must be left
                continue
            rest = words[n]
            if fold(" ".join(w.group() for w in words[:n])) in _TITLES and rest.group()[:1].isupper():
                return {**e, "start": e["start"] + rest.start(), "text": e["text"][rest.start():], "label": "PER"}
        return e

    def _addable(self, span: Span) -> str | None:
        text = span.text
        k = key(text)
        if len(k) < 2:
            return None
        if text.isupper() and len(text) <= 2 and not self._named_in_full(k):
            return None  # two capitals alone ("UE", "EI") are too often something else, unless named in full
        if k in self.registry.gentiles:
            return None  # "les Russes": a people, not a name of the gold sets
        article = _LEADING_ARTICLE_ANY_CASE.match(text)
        if article and text[:1].isupper() and not text[article.end():][:1].isupper():
            return None  # "L'un d'eux" is no "UN": after its article, a name keeps its capital
        for actor in self.registry.names.get(k, []):
            if actor.kind == "person" and (len(k.split()) < 2 or actor.id not in self.registry.curated):
                continue  # only the full names of curated persons (office holders, leaders, the user's)
            if actor.kind == "company" and len(span) < 2 and (span[0].pos_ != "PROPN" or span[0].is_sent_start):
                continue  # one-word company names are too often ordinary words ("Orange", "Total"), unless a proper noun mid-sentence
            if actor.kind in ("igo", "ngo", "other") and not (text.isupper() or len(span) > 1 or k in self.registry.lower_case):
                continue  # a one-word organisation name must be an acronym ("OTAN"), or curated so ("talibans")
            return _LABEL_OF_KIND[actor.kind]
        seat = self.registry.seat(text)
        if seat and seat.place is not None:
            return "LOC"
        return None

    # -- entities -------------------------------------------------------------------------------

    def link_entities(self) -> None:
        for index, e in enumerate(self.entities):
            found = self.link_entity(e)
            if found:
                actor, via = found
                m = Mention(e["start"], e["end"], e["text"], via, actor, index)
                self.mentions.append(m)
                self.by_entity[index] = m
                if via == "role" or actor.kind in ("government", "military") and actor.id.startswith("org:"):
                    # "Chambre des représentants des États-Unis": the country is a mention of its own
                    self.mentions += self._inside(e, actor)
        self.definitions()

    def known_with_adjective(self, text: str) -> Actor | None:
        """A known organisation followed by its own country's adjective: "Front national français"."""
        words = text.split()
        code = self.registry.adjective(words[-1]) if len(words) >= 3 else None
        if code not in self.registry.countries:
            return None
        named = [a for a in self.registry.lookup(" ".join(words[:-1])) if a.kind not in ("person", "location", "country")]
        return next((a for a in named if a.country == code), None)

    def minister(self, span: Span) -> Actor | None:
        """"ministre de l'Intérieur", "ministre camerounais des Communications", tagged as one name: a
        minister of the country its adjective names, else of the document's country."""
        if fold(span[0].text) not in ("ministre", "secretaire") or len(span) < 3:
            return None
        portfolio = self._portfolio(span)
        if portfolio is None:
            return None
        code = next((self.registry.adjective(t.text) for t in span[1:portfolio.start - span.start] if self.registry.adjective(t.text)), None)
        code = code or self.home()
        if code is None:
            return None
        return Actor(f"local:minister-{slug(portfolio.text)}-{code.lower()}", f"minister ({code})", code, "person", "minister")

    @staticmethod
    def _portfolio(span: Span) -> Span | None:
        """The ministry a minister's title names: "Intérieur" in "ministre de l'Intérieur"."""
        first = next((t for t in span[1:] if t.text[:1].isupper() and fold(t.nbor(-1).text) in ("de", "du", "des", "d'", "l'", "la", "les")), None)
        return span[first.i - span.start:] if first is not None else None

    def _inside(self, e: dict, actor: Actor) -> list[Mention]:
        """The country a role or an institution the model tagged as one name holds: "Colombie" in
        "Président de la Colombie", "France" in "ambassade de France"; and a minister's ministry,
        "Intérieur" in "ministre de l'Intérieur": mentions of their own."""
        span = self.span(e["start"], e["end"])
        if span is None:
            return []
        portfolio = self._portfolio(span) if actor.role == "minister" and actor.id.startswith("local:minister-") else None
        if portfolio is not None:
            return [Mention(portfolio.start_char, portfolio.end_char, portfolio.text, "role", self.registry.government(actor.country))]
        for i in range(1, len(span)):
            for j in range(len(span), i, -1):
                part = span[i:j]
                if not part.text[:1].isupper():
                    continue
                # "Colombie" in "Président de la Colombie"; "Nations unies" in "Haut-Commissaire des Nations unies"
                kinds = ("country", "igo") if actor.kind == "person" else ("country",)
                inner = next((a for a in self.registry.lookup(part.text) if a.kind in kinds), None)
                if inner is not None:
                    return [Mention(part.start_char, part.end_char, part.text, "name", inner)]
        return []

    def definitions(self) -> None:
        """A name and its acronym in brackets are one actor: "Parti d'action nationaliste (MHP)",
        "AMISOM (Mission de l'Union africaine en Somalie)". The one the registry knows gives the
        actor; when neither is known, the full name does (its words tell kind and country)."""
        for i in range(len(self.entities) - 1):
            first, second = self.entities[i], self.entities[i + 1]
            if not (re.fullmatch(r"\s*\(\s*", self.text[first["end"]:second["start"]])
                    and re.match(r"\s*\)", self.text[second["end"]:])):
                continue
            pair = [self.by_entity.get(i), self.by_entity.get(i + 1)]
            if pair[0] is not None and pair[1] is None and second["text"].isupper() and pair[0].actor.kind != "person":
                # "Tribunal Supérieur Électoral (TSE)": an acronym the model called MISC is the name's
                second["label"] = "ORG"
                m = Mention(second["start"], second["end"], second["text"], "coreference", pair[0].actor, i + 1)
                self.mentions.append(m)
                self.by_entity[i + 1] = m
                continue
            if None in pair or not any(" " not in m.text for m in pair) or not any(" " in m.text for m in pair):
                continue
            full, short = sorted(pair, key=lambda m: " " not in m.text)
            known = [self._known(m) for m in (full, short)]
            if all(known) or full.actor.kind == "person" or short.actor.kind == "person":
                continue
            source, target = (short, full) if known[1] else (full, short)
            for m in self.mentions:  # by text: the target's actor may be shared ("gov:TUR")
                if key(m.text) == key(target.text):
                    m.actor = source.actor
        self._acronyms_spelled_out()

    def _acronyms_spelled_out(self) -> None:
        """An unknown acronym beside its name in lower case takes the kind its first word says: "le
        SNR (service national de renseignement)", "au conseil national de la communication (CNC)"."""
        for m in self.mentions:
            if m.entity is None or not m.text.isupper() or not m.actor.id.startswith("org:") or m.actor.kind != "other":
                continue
            spelled = (re.match(r"\s*\(\s*([a-zà-ÿ][\w'’-]*)\s", self.text[m.end:m.end + 40])
                       or re.search(r"\b(?:le|la|les|l'|l’|au|du|aux|des)\s*([a-zà-ÿ][\w'’-]*)[^()]{0,60}\(\s*$", self.text[max(0, m.start - 80):m.start]))
            kind = lexicon.ORGANISATION_NAME_HEADS.get(fold(spelled.group(1))) if spelled else None
            if kind:
                m.actor = Actor(m.actor.id, m.actor.name, m.actor.country, kind)

    def _known(self, m: Mention) -> bool:
        return key(m.text) in _MEDIA or any(a.kind != "location" for a in self.registry.lookup(m.text))

    def link_entity(self, e: dict) -> tuple[Actor, str] | None:
        text, label = e["text"], e["label"]
        candidates = self.registry.lookup(text)
        known_media = _MEDIA.get(key(text))
        if known_media is not None:
            return known_media, "name"
        if label != "PER" and text[:1].isupper():
            # "Bolsonaro" after "Jair Bolsonaro", "Hollande" after "François Hollande", whatever the model's label
            earlier = self.earlier_person(e)
            if earlier is not None:
                e["label"] = "PER"
                return earlier, "coreference"
        country = self.best(candidates, "country")
        if country:
            return country, "name"  # "Singapour", "Koweït": the country before its capital
        span = self.span(e["start"], e["end"])
        if span is not None and not candidates:
            # "Président de la Colombie", "Premier ministre", tagged as a name
            role = self.role_at(span[1] if len(span) > 1 and fold(span[0].text) in ("premier", "premiere") else span[0])
            if role and role[1].i < span.end and role[2].kind == "person":
                return role[2], "role"
            minister = self.minister(span)
            if minister:
                return minister, "role"
        if label == "PER" or (candidates and candidates[0].kind == "person"):
            person = self.person(e, candidates)
            if person:
                return person
        seat = self.registry.seat(text) or self._palace(text)
        if seat:
            return self.metonymy(e, seat)
        actor = self.best([a for a in candidates if a.kind != "person"]) or self.known_with_adjective(text)
        if actor:
            return actor, "name"
        place = self.registry.place(text)
        if place and label != "PER":
            return self.introduced_media(e) or (place, "name")
        if label == "ORG" or label == "MISC":
            return self.organisation(e)
        span = self.span(e["start"], e["end"])
        institution = self.institution(list(span), inside_entity=True) if span is not None else None
        if institution:
            e["label"] = "ORG"  # "le ministère russe de la Défense", tagged as a place by the model
            return institution, "role"
        if label == "LOC":
            return self.introduced_media(e) or (Actor(f"place:{slug(text)}", text, self.place_country(e) or self.home(), "location"), "name")
        return None

    def place_country(self, e: dict) -> str | None:
        """The country of an unknown place that its context states: listed after "villes
        néerlandaises (La Haye, Nimègue, …", or in brackets after a known place: "à Bruxelles
        (carrefour Arts-Loi)"."""
        before = self.text[max(0, e["start"] - 80):e["start"]]
        listed = _PLACE_LIST.search(before)
        if listed:
            code = self.registry.adjective(listed.group(1))
            if code in self.registry.countries:
                return code
        bracket = re.search(r"([A-ZÀ-Ý][\w'’-]*(?: [\w'’-]+){0,2})\s*\(\s*$", before)
        if bracket:
            place = self.registry.place(bracket.group(1))
            if place is not None and place.country in self.registry.countries:
                return place.country
        return None

    def introduced_media(self, e: dict) -> tuple[Actor, str] | None:
        """A news outlet introduced as one, whatever place shares its name: "le quotidien Granma",
        "Anatolie (une agence pro-gouvernementale)"."""
        introduced = self.media(e)
        return introduced if introduced and introduced[0].kind == "media" else None

    def _palace(self, text: str):
        """"le palais de l'Élysée", "palais du Kremlin": the building's seat of power."""
        palace = _PALACE.match(text)
        seat = self.registry.seat(text[palace.end():]) if palace else None
        return seat if seat is not None and seat.place is None else None

    def _organisation_in_sight(self, code: str | None) -> bool:
        """Does the text name the organisation ("Parlement européen", "l'ONU")?"""
        if code == "EU":
            return self.mentions_eu()
        return any(m.actor.country == code and m.actor.kind == "igo" for m in self.mentions)

    def earlier_person(self, e: dict) -> Actor | None:
        """A shorter form of a name met earlier in the document: "Biden" or "J. Biden" after "Joe Biden"."""
        words = key(e["text"]).split()
        if len(words) >= 2 and words[0] in _CIVILITIES:
            words = words[1:]  # "M. Moscovici": the span keeps the civility (as NER gold sets differ on it), the link does not
        initial = words[0] if len(words) >= 2 and len(words[0]) == 1 else None
        tail = words[1:] if initial else words
        if any(a.kind == "country" for a in self.registry.lookup(e["text"])):
            return None  # "Colombie" after "vice-présidente de la Colombie"
        for m in reversed(self.mentions):
            earlier = key(m.text).split()
            if m.actor.kind != "person" or m.via == "role" or m.start >= e["start"] or len(earlier) <= len(tail) or earlier[-len(tail):] != tail:
                continue
            if initial is None or earlier[0].startswith(initial):
                return m.actor
        return None

    def person(self, e: dict, candidates: list[Actor]) -> tuple[Actor, str] | None:
        known = self.best(candidates, "person")
        acting = self.registry.acting_for(known, self.day) if known else None
        if acting and acting.country is None and not self._organisation_in_sight(known.country):
            # Out of the office the registry knows them by, in a text that is not about it:
            # Martin Schulz leading the SPD in 2018.
            acting = Actor(known.id, known.name, self.nationality(e) or self.home(), "person", known.role)
        known = known if acting is None or acting.country is None else acting
        if known and len(e["text"].split()) >= 2:
            return known, "name"
        earlier = self.earlier_person(e)
        if earlier is not None:
            return earlier, "coreference"
        if known:
            return known, "name"
        surnamed = self.best(self.registry.surnames.get(key(e["text"]), []))
        if surnamed:
            return self.registry.acting_for(surnamed, self.day), "name"
        if e["label"] != "PER" or " " not in e["text"] and any(a.kind not in ("person", "location") for a in candidates):
            return None  # "Ocha" tagged as a person: the organisation the registry knows
        media = self.media(e)
        if media:
            return media
        if _PLACE_BEFORE.search(self.text[max(0, e["start"] - 40):e["start"]]) or _PLACE_AFTER.match(self.text, e["end"]):
            e["label"] = "LOC"  # "la ville de Hilla", "la prison de Fleury-Mérogis": a place the model took for a name
            return Actor(f"place:{slug(e['text'])}", e["text"], self.home(), "location"), "name"
        local_id = f"local:{slug(e['text'])}"
        seen = next((m.actor for m in self.mentions if m.actor.id == local_id), None)
        if seen is not None:
            return seen, "coreference"
        return Actor(local_id, e["text"], self.nationality(e) or self.home(), "person"), "name"

    def nationality(self, e: dict) -> str | None:
        """"l'Algérien Fatsah Ouguergouz", "la ministre française X", "Reina Gansu (Bénin)"."""
        before = self.text[max(0, e["start"] - 40):e["start"]]
        match = re.search(r"(\w[\w-]*)\s*,?\s*$", before)
        if match:
            code = self.registry.adjective(match.group(1))
            if code in self.registry.countries:
                return code
        after = re.match(r"\s*\(([^()]{2,40})\)", self.text[e["end"]:e["end"] + 45])
        if after:  # "(Bénin)", "(GUE/NGL, Italie)", "Geert Wilders (PVV)": a country, else a party's
            inside = after.group(1).split(",")[-1].strip()
            code = next((a.country for a in self.registry.lookup(inside) if a.kind in ("country", "party")), None)
            return code if code in self.registry.countries else None
        # "X, de nationalité algérienne"; "Didier Queloz, de l'Université de Genève": the country of
        # the institution a person is presented as belonging to
        of = re.match(r"\s*,\s*(?:de\s+nationalité\s+(\w[\w-]*)|(?:de|du|d['’])\s*(?:l['’]|la\s+)?)", self.text[e["end"]:e["end"] + 60])
        if of and of.group(1):
            code = self.registry.adjective(of.group(1))
            if code in self.registry.countries:
                return code
        elif of:
            code = self.affiliation(e["end"] + of.end())
            if code:
                return code
        # "X, le pilote néo-zélandais", "X, une militante syrienne": a nationality in the apposition
        apposition = re.match(r"\s*,\s*(?:le|la|l'|l’|un|une)\s*([^,.;:()«»]{2,60})", self.text[e["end"]:e["end"] + 70])
        if apposition:
            for word in re.split(r"[\s'’]+", apposition.group(1))[1:7]:
                code = self.registry.adjective(word)
                if code in self.registry.countries:
                    return code
        # "X, 39 ans, français d'origine tunisienne", "X, d'origine chinoise": a bare nationality
        bare = re.match(r"\s*(?:,\s*\d+\s*ans\s*(?:\([^()]{0,40}\))?)?\s*,\s*(?:(\w[\w-]*)\b|d['’]origine\s+(\w[\w-]*))",
                        self.text[e["end"]:e["end"] + 90])
        code = self.registry.adjective(bare.group(1) or bare.group(2)) if bare else None
        return code if code in self.registry.countries else None

    def affiliation(self, start: int) -> str | None:
        """The country of the organisation named at `start` ("Université de Genève", "CNRS")."""
        org = next((o for o in self.entities if o["start"] == start and o["label"] == "ORG"), None)
        if org is None:
            return None
        known = next((a.country for a in self.registry.lookup(org["text"]) if a.kind not in ("person", "location")), None)
        span = self.span(org["start"], org["end"])
        code = known or (self.country_in_name(span) if span is not None else None)
        return code if code in self.registry.countries else None

    def metonymy(self, e: dict, seat) -> tuple[Actor, str]:
        if seat.place is None:
            return seat.actor, "metonymy"
        span = self.span(e["start"], e["end"])
        if span is not None and acts(span.root):
            actor = seat.actor
            if actor.id == "org:european-union" and not self.mentions_eu() and seat.place.country in self.registry.countries:
                actor = self.registry.government(seat.place.country)  # "Bruxelles" without the EU in sight: Belgium
            return actor, "metonymy"
        return seat.place, "name"

    def organisation(self, e: dict) -> tuple[Actor, str] | None:
        span = self.span(e["start"], e["end"])
        if span is None:
            return None
        text = e["text"]
        earlier = self.earlier_organisation(text, e["start"])
        if earlier:
            return earlier, "coreference"
        if key(text) == "union" and self.mentions_eu() and "EU" in self.registry.organisations:
            return self.registry.organisations["EU"], "coreference"  # "l'Union", with the EU in sight
        media = self.media(e)
        if media:
            return media
        institution = self.institution(list(span), inside_entity=True)
        if institution:
            return institution, "role"
        portfolio = _PORTFOLIO_BEFORE.search(self.text[max(0, e["start"] - 40):e["start"]])
        if portfolio:
            # "ministre des Transports", "ministère camerounais des Communications": the ministry of
            # the country its adjective names, else of the article's country
            code = self.registry.adjective(portfolio.group(1)) if portfolio.group(1) else None
            code = code if code in self.registry.countries else self.home()
            if code:
                return self.registry.government(code), "role"
        parent = self.parent_organisation(text) or self.known_inside(text)
        if parent:
            return Actor(f"org:{slug(text)}", text, parent.country, parent.kind), "name"
        first = fold(span[0].text)
        if first in ("parti", "partido", "party") or "parti" in key(text).split()[:2]:
            return Actor(f"org:{slug(text)}", text, self.country_in_name(span) or self.home(), "party"), "name"
        if e["label"] == "MISC":
            return None
        kind = (lexicon.ORGANISATION_NAME_HEADS.get(first)
                or ("media" if any(fold(t.text) in _MEDIA_NAME_WORDS for t in span[1:]) else None)  # "SOS Médias Burundi"
                or lexicon.ORGANISATION_NAME_TAILS.get(fold(span[-1].text), "other"))
        return Actor(f"org:{slug(text)}", text, self.country_in_name(span) or self.home(), kind), "name"

    def earlier_organisation(self, text: str, start: int) -> Actor | None:
        """An organisation named in full earlier in the document: its acronym ("CE" after "Commission
        européenne", "PNF" after "Parquet national financier") or its first word ("la Commission")."""
        words = text.split()
        if len(words) != 1:
            return None
        for m in reversed(self.mentions):
            if m.start >= start or m.actor.kind in ("person", "country", "location"):
                continue
            name_words = m.text.split()
            if len(name_words) < 2:
                continue
            initials = "".join(w[0] for w in name_words if fold(w) not in _FUNCTION_WORDS).upper()
            if (text.isupper() and len(text) >= 2 and text == initials) or (text[:1].isupper() and fold(name_words[0]) == fold(text)):
                return m.actor
        return None

    def known_inside(self, text: str) -> Actor | None:
        """A company or outlet named inside a longer name: "Groupe TF1", "TF1 Premium"."""
        words = text.split()
        for n in range(len(words) - 1, 0, -1):
            for i in range(0, len(words) - n + 1):
                part = " ".join(words[i:i + n])
                if not part[:1].isupper():
                    continue  # "libération" in "Forces nationales de libération" is no newspaper
                if key(part) in _MEDIA:
                    return _MEDIA[key(part)]
                for actor in self.registry.lookup(part):
                    if actor.kind in ("company", "media"):
                        return actor
        return None

    def country_in_name(self, span: Span) -> str | None:
        """A country the name itself states: "Ligue musulmane du Pakistan", "Parti socialiste français"."""
        for tok in span[1:]:
            code = self.registry.adjective(tok.text) if tok.pos_ == "ADJ" or tok.text.islower() else None
            if code:
                return code
        words = span.text.split()
        for n in range(len(words) - 1, 0, -1):
            for i in range(1, len(words) - n + 1):
                country = next((a.country for a in self.registry.lookup(" ".join(words[i:i + n])) if a.kind == "country"), None)
                if country:
                    return country
        # Else a city or region it is named after: "Université de Genève"
        for i in range(2, len(words)):
            if fold(words[i - 1]) in ("de", "du", "d'") or words[i - 1].endswith(("d'", "d’")):
                place = self.registry.place(" ".join(words[i:]))
                if place is not None and place.country in self.registry.countries:
                    return place.country
        return None

    def home(self) -> str | None:
        """The country unknown names default to: the article's title prefix ("Brésil : …"), else
        the country the document names most (see `dominant_country`)."""
        return self.title_country() or self.dominant_country()

    def dominant_country(self) -> str | None:
        """The country the text names most often, by its name, its places and its adjectives
        ("italien"); between two named as often, the one named first ("Un Français enlevé au
        Tchad"); the only one named, even once; None when several are named once each. Computed once, from the repaired entities,
        so that it does not depend on the order of linking."""
        if self._dominant is None:
            counts: Counter = Counter()
            first: dict[str, int] = {}
            for e in self.entities:
                code = next((a.country for a in self.registry.lookup(e["text"]) if a.kind == "country"), None)
                place = self.registry.place(e["text"]) if code is None else None
                code = code or (place.country if place else None)
                if code in self.registry.countries:
                    counts[code] += 1
                    first[code] = min(first.get(code, e["start"]), e["start"])
            for tok in self.doc:
                code = self.registry.adjective(tok.text) if tok.pos_ == "ADJ" else None
                if code in self.registry.countries:
                    counts[code] += 1
                    first[code] = min(first.get(code, tok.idx), tok.idx)
            ranked = sorted(counts, key=lambda code: (-counts[code], first[code]))
            # Once is enough when no other country is named ("Jo Cox … le maintien du Royaume-Uni").
            self._dominant = ranked[0] if ranked and (counts[ranked[0]] >= 2 or len(ranked) == 1) else ""
        return self._dominant or None

    def parent_organisation(self, text: str) -> Actor | None:
        """An organisation named after its parent ("Mission des Nations unies …", "MINUSMA")."""
        if text.isupper() and text.startswith(lexicon.UN_MISSION_PREFIXES):
            return self.registry.organisations.get("UN")
        words = text.split()
        for n in range(len(words) - 1, 0, -1):
            for i in range(1, len(words) - n + 1):
                for actor in self.registry.lookup(" ".join(words[i:i + n])):
                    if actor.kind in ("igo", "ngo"):
                        return actor
        return None

    def media(self, e: dict) -> tuple[Actor, str] | None:
        """An unknown name introduced by what it is: "le quotidien britannique X", "l'agence de presse X",
        "le constructeur automobile japonais X", "l'ONG X", "le parti X"."""
        span = self.span(e["start"], e["end"])
        if span is None:
            return None
        window = [t for t in self.doc[max(0, span.start - 7):span.start]]
        for i, t in enumerate(window):  # not across a full stop (the parser's sentences are less sure)
            if t.text in (".", "!", "?", "\n"):
                window = window[i + 1:]
        heads = [(t, kind) for t in window for kind, words in _INTRODUCERS
                 if fold(t.lemma_) in words or fold(t.text) in words]
        if not heads:
            # "cité par Anatolie (une agence pro-gouvernementale)": the apposition after it
            after = _MEDIA_AFTER.match(self.text, e["end"])
            return (Actor(f"media:{slug(span.text)}", span.text, self.home(), "media"), "name") if after else None
        head, kind = heads[-1]
        before = self.doc[head.i - 2:head.i] if head.i >= 2 else []
        if len(before) == 2 and fold(before[1].text) in ("de", "d'") and before[0].pos_ == "NOUN" \
                and not any(fold(before[0].text) in words for _, words in _INTRODUCERS):
            return None  # the complement of another noun: "l'animatrice de télévision Julie Snyder"
        if any(t.pos_ not in ("DET", "ADJ", "NOUN", "ADP") for t in self.doc[head.i:span.start]):
            return None
        if span.start > 0 and self.doc[span.start - 1].pos_ in ("ADP", "DET") and self.doc[span.start - 1].i > head.i:
            return None  # a complement of the noun, not its apposition: "les partis du Parlement népalais"
        country = next((self.registry.adjective(t.text) for t in self.doc[head.i:span.start] if t.pos_ == "ADJ" and self.registry.adjective(t.text)), None)
        prefix = "media" if kind == "media" else "org"
        # An outlet introduced without a nationality ("le quotidien Granma") is the article's country's.
        return Actor(f"{prefix}:{slug(span.text)}", span.text, country or self.home(), kind), "name"

    # -- appositions ----------------------------------------------------------------------------

    def appositions(self) -> None:
        """A role beside a name is that person: "Dmitri Peskov, le porte-parole du Kremlin"."""
        persons = [m for m in self.mentions if m.entity is not None and m.actor.kind == "person"]
        roles = [m for m in self.mentions if m.via == "role" and m.actor.kind == "person"]
        # Names of several words the model took for a place the registry does not know.
        unknown_places = [m for m in self.mentions if m.entity is not None and m.actor.kind == "location" and m.actor.id.startswith("place:")
                          and " " in m.text and all(w[:1].isupper() for w in m.text.split())
                          and self.registry.place(m.text) is None and self.registry.seat(m.text) is None]
        for role in roles:
            # The name right after the role first: in "Moussa Faki, le premier ministre burkinabè Paul
            # Kaba Thiéba", the role is Thiéba's, not an apposition to Faki.
            for person in sorted(persons + unknown_places, key=lambda p: p.start < role.end):
                if person in unknown_places and not self._beside(role, person, comma=True):
                    continue
                if person in unknown_places:
                    # "le gouverneur de la province, Güngör Azim Tuna": a person the model took for a place
                    person.actor = Actor(f"local:{slug(person.text)}", person.text, None, "person")
                    self.entities[person.entity]["label"] = "PER"
                    unknown_places.remove(person)
                    persons.append(person)
                if self._beside(role, person):
                    merged = self._merge(person.actor, role.actor)
                    self._replace(person.actor, merged)
                    role.actor = merged
                    role.via = "apposition"
                    break
        # Unqualified function words beside an unknown person: "la ministre de la justice X".
        home = None
        for person in persons:
            if not person.actor.id.startswith("local:") or person.actor.country:
                continue
            span = self.span(person.start, person.end)
            if span is None:
                continue
            window = self.doc[max(span.sent.start, span.start - 6):span.start]
            after = self.doc[span.end:min(span.sent.end, span.end + 4)]
            nouns = [t for t in window if t.pos_ == "NOUN" and self._is_role_word(t)]
            nouns += [t for t in after if t.pos_ == "NOUN" and self._is_role_word(t) and after[0].text == ","]
            if nouns and not any(t.pos_ == "VERB" for t in self.doc[nouns[-1].i:span.start]):
                home = home or self.main_country()
                if home:
                    self._replace(person.actor, Actor(person.actor.id, person.actor.name, home, "person", lexicon.PERSON_ROLES.get(fold(nouns[-1].text), fold(nouns[-1].text))))

    def _is_role_word(self, t: Token) -> bool:
        w = fold(t.text)
        return w in lexicon.PERSON_ROLES or w in lexicon.HEAD_OF_STATE or w in lexicon.HEAD_OF_GOVERNMENT or w in ("avocat", "avocate", "ministre", "juge", "chef", "porte-parole")

    def _beside(self, role: Mention, person: Mention, comma: bool = False) -> bool:
        """Is the role in apposition to the name (with a comma between them, when `comma`)?"""
        if role.end <= person.start:
            gap = self.text[role.end:person.start]
            if comma:
                return bool(re.fullmatch(r"[ \t]*,[ \t]*", gap))
            # "l'ambassadeur russe à l'ONU, Vitali Tchourkine": a short place complement may come between.
            # Not across a line break: "— Barack Obama, président des États-Unis\n\nBan Ki-moon".
            return bool(re.fullmatch(r"[ \t]*,?[ \t]*|[ \t]+(?:à|au|aux|en|auprès de|auprès du)[ \t]+[^,;.()«»\n]{1,30},[ \t]*", gap))
        if person.end <= role.start:
            gap = self.text[person.end:role.start]
            if comma and "," not in gap:
                return False
            return bool(re.fullmatch(r"\s*,\s*(?:(?:le|la|l'|l’|un|une|les|des|ancien|ancienne|actuel|actuelle)\s*)*", gap, re.IGNORECASE))
        return False

    def _merge(self, person: Actor, role: Actor) -> Actor:
        if role.country and role.country not in self.registry.countries:
            # "le commissaire européen Pierre Moscovici": an official acts for the organisation
            return Actor(person.id, person.name, role.country, "person", person.role or role.role)
        if person.id.startswith("local:"):
            # "David MacNaughton, ambassadeur du Canada": the role's country is read in the text,
            # the person's may only be the document's default.
            return Actor(person.id, person.name, role.country or person.country, "person", person.role or role.role)
        if role.id.startswith("person:") and role.id != person.id:
            return person  # the name wins over a guessed office holder
        return person.with_role(person.role or role.role)

    def _replace(self, old: Actor, new: Actor) -> None:
        for m in self.mentions:
            if m.actor.id == old.id:
                m.actor = new

    # -- pronouns -------------------------------------------------------------------------------

    def pronouns(self) -> None:
        """A subject "il"/"elle" opening a sentence is the person who was the previous sentence's subject.

        Deliberately narrow: only a pronoun among the first words of its sentence, only when the
        sentence before has a person as its grammatical subject, and nothing else is guessed.
        """
        persons = [m for m in self.mentions if m.actor.kind == "person"]
        if not persons:
            return
        sentences = list(self.doc.sents)
        for previous, sent in zip(sentences, sentences[1:]):
            pronoun = next((t for t in sent[:4] if t.dep_ in ("nsubj", "nsubj:pass") and fold(t.text) in ("il", "elle")), None)
            if pronoun is None:
                continue
            subjects = [m for m in persons if previous.start_char <= m.start < previous.end_char and self._is_subject(m)]
            if len(subjects) == 1:
                self.mentions.append(Mention(pronoun.idx, pronoun.idx + len(pronoun.text), pronoun.text, "coreference", subjects[0].actor))

    def _is_subject(self, m: Mention) -> bool:
        span = self.span(m.start, m.end)
        return span is not None and span.root.dep_ in ("nsubj", "nsubj:pass")

    # -- all together ---------------------------------------------------------------------------

    def run(self) -> LinkResult:
        self.repair()
        self.link_entities()
        self.role_mentions()
        self.appositions()
        self.pronouns()
        for index, e in enumerate(self.entities):
            m = self.by_entity.get(index)
            e["actor"] = m.actor.to_dict() if m else None
        self.mentions.sort(key=lambda m: (m.start, m.end))
        return LinkResult(self.entities, self.mentions)


def link(doc: Doc, entities: list[dict], registry: Registry, date: str | None = None, title: str | None = None) -> LinkResult:
    return DocumentLinker(doc, entities, registry, date, title).run()
