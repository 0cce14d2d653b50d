"""NER repair: the model's entities as the registry knows them: trimmed ("M.", "l'État" go, "la
France" loses its article), stretched over the rest of a known name ("Le Canard" + "enchaîné"),
relabelled when every actor of the name has one label, and completed with what the model missed
(registry names, a person's surname repeated, an acronym defined in brackets).

Mixed into `DocumentLinker` (`veille.actors.linker`), whose state it reads: `doc`, `text`,
`registry`, `entities`.
"""

from __future__ import annotations

import itertools
import re

from spacy.attrs import IS_PUNCT, IS_SPACE, LENGTH
from spacy.tokens import Span, Token

from veille.actors import key_prefixes, lexicon
from veille.actors.normalize import fold, key, key_of_folded, slug, word_occurrences
from veille.actors.registry import Actor
from veille.doc_cache import token_pos, token_starts

_LABEL_OF_KIND = {"person": "PER", "country": "LOC", "location": "LOC", "government": "ORG", "military": "ORG",
                  "igo": "ORG", "media": "ORG", "party": "ORG", "ngo": "ORG", "company": "ORG", "other": "ORG"}
_TRAILING_DAY = re.compile(r"\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui)$")
_BRACKETED_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Z0-9-]{1,9})\s*\)")
_LEADING_ARTICLE = re.compile(r"(?:la|le|les|l'|l’)\s*(?=[A-ZÀ-Ý])")
_LEADING_ARTICLE_ANY_CASE = re.compile(r"(?:la |le |les |l'|l’)", re.IGNORECASE)
# A name does not end on a preposition or an elided article.
_DANGLING_PREPOSITION = re.compile(r"\s(?:de|du|des|de la|de l|d|l)['’]?$")
_NOT_NAMES = {"m", "mm", "mme", "mmes", "mlle", "dr", "etat", "president", "professeur"}
# Titles the model sometimes takes into a person's name: "Premier ministre Nawaz Sharif".
_TITLES = (lexicon.HEAD_OF_STATE | lexicon.HEAD_OF_GOVERNMENT | set(lexicon.PERSON_ROLES)) - {"leader", "responsable", "officiel"}
_MEDIA = {key(name): Actor(f"media:{slug(name)}", name, country, "media") for name, country in lexicon.MEDIA.items()}
# Outlets whose name opens with an article ("Le Point", "L'Obs"): after an article, the word alone is
# still the outlet ("les ventes de l'Obs, du Point"), where "la Libération" is not the daily
_MEDIA_WITH_ARTICLE = {key(name) for name in lexicon.MEDIA if _LEADING_ARTICLE_ANY_CASE.match(name)}
# What a first name alone looks like: "Marine", "Jean-Marie".
_FIRST_NAME_SHAPE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?")
# Words before a name that make it a place or a title, not a first name: "Saint Jean", "Mont Blanc".
_NOT_FIRST_NAMES = {"saint", "sainte", "san", "santa", "mont", "port", "cap", "lac", "fort", "monsieur", "madame", "general",
                    "president", "docteur", "maitre", "colonel", "capitaine", "commandant", "sergent", "lieutenant", "roi", "reine"}
# Keys of a run's first token after which the key drops it: "l'", "le", "la", "les", "the".
_ARTICLE_KEYS = {"l", "l'", "le", "la", "les", "the", ""}
# Capitalised first words of MISC entities that make no name with the place after them: "Noël de
# Berlin" (of "le marché de Noël de Berlin"), "G20 de Pékin", "Constitution de la république … de Chine".
_NO_NAME_HEADS = {"Noël", "G20", "G7", "G8", "Constitution", "Sommet"}
# Things named after people: "le télescope spatial James Webb", "le porte-avions Charles de Gaulle".
_THING_NOUNS = {"telescope", "spatial", "porte-avions", "navire", "sonde", "satellite", "film", "serie", "roman", "livre",
                "album", "chanson", "emission", "operation", "prix", "rue", "avenue", "boulevard", "place", "lycee",
                "college", "ecole", "hopital", "stade", "aeroport", "pont", "quai", "station", "gare"}
# Determiners of one person: "la Japonaise Juri Ide", "l'Australienne Ashleigh Gentle".
_SINGULAR_DETERMINERS = {"le", "la", "l'", "l’", "un", "une"}
# Lower-case words inside a person's name: "Annemiek van Vleuten", "Pablo de Greiff".
_NAME_PARTICLES = {"van", "von", "de", "da", "di", "del", "der", "den", "du", "dos", "ben", "bin", "ter", "ten", "al", "el"}
# Storms are named like people: "la tempête Kurt", "le cyclone Ivan".
_STORM_NOUNS = {"tempete", "cyclone", "ouragan", "typhon", "depression"}
# Heads of a country's institutions, which a MISC name of the country keeps whole: "Congrès des États-Unis".
_CHAMBER_HEADS = {"congres", "parlement", "senat", "chambre", "assemblee", "gouvernement", "ministere", "cour", "conseil"}
_OF_WHOM = re.compile(r"\S+\s+(?:de la |de l['’]|du |des |de |d['’])(.+)$")
# Words before a name inside a longer one: "championnat de France", "Kurdes d'Irak", "guerre en Irak".
_INNER_NAME_LEADS = {"de", "du", "des", "d'", "d’", "en", "la", "le", "l'", "l’", "à", "au", "aux"}
# A place noun the model took into a name: "la ville de Rome", "la province de Kandahar".
# Not "île": "l'île d'Orléans" is a name of its own.
_PLACE_NOUN_LEAD = re.compile(r"(?:ville|village|commune|capitale|localité|municipalité|région|province)\s+"
                              r"(?:de\s+|d['’]\s*)(?=[A-ZÀ-Ý])")

# Lower-case words after which a name the model ran on has ended: "Gilets jaunes sur les ronds".
_CLAUSE_WORDS = {"sur", "dans", "à", "au", "aux", "en", "contre", "avec", "qui", "que", "ont", "a", "est", "sont", "se",
                 "sous", "chez", "vers", "depuis", "lors", "ne", "n'", "y"}


# The State's local offices before a department's or city's name: "la préfecture du Var".
# Titles that close on "de la République": "le président de la République", "le procureur de la République".
_REPUBLIC_TITLE = re.compile(r"\b(?:président|présidente|procureur|procureure)\s+de\s+la\s+$", re.IGNORECASE)
# A surname opening on a lower-case Arabic article: "al-Joulani", "el-Assad".
_ARABIC_PARTICLE = re.compile(r"(?:al|el|ad|ag)-[A-ZÀ-Ý][\w’'-]{2,}$")
_LOCAL_PLACE = re.compile(r"\b(?i:préfecture|sous-préfecture|préfète|préfet|conseil départemental|conseil général|département)"
                          r"\s+(?:du|des|de la|de l['’]|de|d['’])\s*([A-ZÀ-Ý][\w’'-]*\w)")

class NerRepair:
    """The NER repair steps of `DocumentLinker`."""

    def _tokens(self) -> tuple[list, list[bool], list[int], list[int]]:
        """(tokens, whether each is punctuation or space, start and end offsets), read once: the
        repair steps try thousands of token runs per document, and spaCy builds a Python object
        on every token access."""
        if getattr(self, "_token_arrays", None) is None:
            columns = self.doc.to_array([IS_SPACE, IS_PUNCT, LENGTH]).tolist() if len(self.doc) else []
            starts = token_starts(self.doc)
            self._token_arrays = (list(self.doc), [bool(space or punct) for space, punct, _ in columns],
                                  starts, [start + length for start, (_, _, length) in zip(starts, columns)])
        return self._token_arrays

    def repair(self) -> None:
        """Entities as the registry knows them: trimmed, relabelled, completed."""
        self.entities = [trimmed for e in self.entities if (trimmed := self._trim(e)) is not None
                         and not (e["text"] == "Sceaux" and fold(self.text[max(0, e["start"] - 10):e["start"]]) == "garde des ")]
        self.entities = [part for e in self.entities for part in self._coordinated(e)]
        self.entities = [part for e in self.entities for part in self._firm_of_country(e)]
        self.entities = [part for e in self.entities for part in self._organisation_then_person(e)]
        self._extend()
        self.entities = [self._place_in_misc(e) if e["label"] == "MISC" else e for e in self.entities]
        self.entities = [part for e in self.entities for part in (self._names_in_misc(e) if e["label"] == "MISC" else [e])]
        for e in self.entities:
            self._relabel(e)
        self._first_names_of_persons()
        self._named_after_nationality()
        added = self._missed()
        added += self._full_names(added)
        added += self._repeated_names(added)
        added += self._defined_acronyms(added)
        added += self._local_places(added)
        added += self._repeated_places(added)
        if added:
            self.entities = sorted(self.entities + added, key=lambda e: (e["start"], e["end"]))

    def _relabel(self, e: dict) -> None:
        """The label the registry is sure of: one kind for every actor that name can be."""
        if key(e["text"]) in self.registry.gentiles:
            return  # "les Espagnols": a people, whatever the model calls it
        labels = {_LABEL_OF_KIND[a.kind] for a in self.registry.lookup(e["text"])}
        seat = self.registry.seat(e["text"])
        if seat and (seat.place is not None or e["label"] == "PER" and "PER" not in labels):
            labels.add("LOC")  # a seat of power is a place the model may call a person ("rencontrer Edouard Philippe à Matignon")
        if key(e["text"]) in _MEDIA:
            labels = {"ORG"}
        first = re.split(r"[-\s]", fold(e["text"]), maxsplit=1)[0]
        if not labels and first in _NOT_FIRST_NAMES and self.registry.place(e["text"]) is not None:
            labels = {"LOC"}  # "Saint-Martin", "Mont-Saint-Michel": a known place, never a first name
        if len(labels) == 1:
            e["label"] = labels.pop()
        elif not labels and e["label"] == "MISC" and (self._lone_first_name(e) or self._full_name(e)):
            e["label"] = "PER"

    def _first_names_of_persons(self) -> None:
        """A person of the article named again by the first name the model took for something else:
        "Marine est née dans un milieu bourgeois" after "Marine Le Pen" (the navy is "la Marine
        nationale"); stretched over the full name where it follows untagged ("Marine" + "Le Pen")."""
        full = {}
        for e in self.entities:
            words = e["text"].split()
            if e["label"] == "PER" and len(words) >= 2:
                full.setdefault(words[0], e["text"])
        for e in self.entities:
            name = full.get(e["text"])
            if e["label"] == "PER" or name is None or not _FIRST_NAME_SHAPE.fullmatch(e["text"]):
                continue
            if self.registry.lookup(e["text"]) or self.registry.place(e["text"]) is not None or self.registry.seat(e["text"]):
                continue
            e["label"] = "PER"
            end = e["start"] + len(name)
            if self.text.startswith(name, e["start"]) and not any(
                    o is not e and o["start"] < end and o["end"] > e["end"] for o in self.entities):
                e["end"], e["text"] = end, name

    def _full_name(self, e: dict) -> bool:
        """A person's full name that the model called MISC: "Sarah True", "Maxime Nicolle": two or
        three capitalised words, the first a known first name, not the name of a thing ("le
        télescope spatial James Webb")."""
        span = self.span(e["start"], e["end"])
        if span is None or not 2 <= len(span) <= 3 or span[0].text not in self.registry.first_names:
            return False
        if fold(span[0].text) in _NOT_FIRST_NAMES or fold(span[0].text) in _ARTICLE_KEYS or self.registry.lookup(e["text"]):
            return False
        if not all(t.text[:1].isupper() and t.text[1:2].islower() and t.is_alpha for t in span):
            return False
        return span.start == 0 or fold(self.doc[span.start - 1].text) not in _THING_NOUNS

    def _lone_first_name(self, e: dict) -> bool:
        """A person named by a first name alone that the model called MISC: "nommée Sarah",
        "le fils, Sébastien, en conflit avec son père"; not a storm ("la tempête Kurt") nor the
        first word of a sentence."""
        span = self.span(e["start"], e["end"])
        if span is None or len(span) != 1 or span[0].is_sent_start or e["text"] not in self.registry.first_names:
            return False
        if self.registry.place(e["text"]) is not None or key(e["text"]) in self.registry.gentiles:
            return False
        return span.start == 0 or fold(self.doc[span.start - 1].text) not in _STORM_NOUNS

    def _extend(self) -> None:
        """Stretch an entity over the rest of a name the registry knows: "Le Canard" + "enchaîné",
        "France" + "insoumise", "Boko" + "Haram"; entities swallowed by the longer one go."""
        extended = []
        _, edge, starts, ends = self._tokens()
        text = self.text
        for e in self.entities:
            span = self.span(e["start"], e["end"])
            stretches = [(0, n) for n in (3, 2, 1)] + [(n, 0) for n in (2, 1)] if span is not None else []
            for left, right in stretches:
                lo, hi = max(0, span.start - left), min(len(starts), span.end + right)  # the longer run
                if hi - lo == len(span) or edge[lo] or edge[hi - 1] or not text[starts[lo]].isupper():
                    continue
                longer = text[starts[lo]:ends[hi - 1]]
                k = key(longer)
                if k == key(e["text"]):
                    continue  # only an article more: "Le Congrès américain"
                if k in _MEDIA or any(a.kind not in ("person", "location") for a in self.registry.names.get(k, [])):
                    e = {**e, "start": starts[lo], "end": ends[hi - 1], "text": longer, "label": "ORG"}
                    break
            while extended and e["start"] < extended[-1]["end"] and extended[-1]["start"] >= e["start"]:
                extended.pop()  # swallowed by this entity stretched to the left
            if extended and e["start"] < extended[-1]["end"]:
                if e["end"] <= extended[-1]["end"]:
                    continue  # inside the stretched entity before it
                extended.pop()
            extended.append(e)
        self.entities = extended

    def _full_names(self, added: list[dict]) -> list[dict]:
        """A surname the model took for a place or an organisation, which the text also gives with a
        first name it missed: "Chérif Chekatt, l'auteur présumé…" then "retrouver Chekatt" (LOC).
        The full name becomes a person, and so does every entity of the surname alone."""
        surnames = {e["text"] for e in self.entities if e["label"] in ("LOC", "ORG", "MISC") and len(e["text"]) >= 3
                    and e["text"].isalpha() and e["text"][:1].isupper() and e["text"][1:].islower()}
        surnames = {s for s in surnames if not self.registry.lookup(s) and self.registry.place(s) is None
                    and self.registry.seat(s) is None and key(s) not in self.registry.gentiles and key(s) not in _MEDIA}
        if not surnames:
            return []
        covered = [False] * (len(self.text) + 1)
        for e in self.entities + added:
            covered[e["start"]:e["end"]] = [True] * (e["end"] - e["start"])
        tokens, edge, starts, ends = self._tokens()
        found = []
        for i in range(1, len(tokens)):
            if tokens[i].text not in surnames or covered[starts[i]]:
                continue
            first = tokens[i - 1]
            if (edge[i - 1] or covered[starts[i - 1]] or first.pos_ != "PROPN" or not first.text[:1].isupper()
                    or not first.text[1:].islower() or key(first.text) in _NOT_FIRST_NAMES or self.registry.lookup(first.text)
                    or self.registry.place(first.text) is not None):
                continue
            found.append({"start": starts[i - 1], "end": ends[i], "text": self.text[starts[i - 1]:ends[i]], "label": "PER"})
            covered[starts[i - 1]:ends[i]] = [True] * (ends[i] - starts[i - 1])
        named = {f["text"].split()[-1] for f in found}
        for e in self.entities:
            if e["text"] in named:
                e["label"] = "PER"
        return found

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
            elif len(words) >= 2 and _ARABIC_PARTICLE.match(words[-1]):
                # "al-Joulani" after "Abou Mohammed al-Joulani", and "Al-Joulani" opening a sentence
                forms.update((words[-1], words[-1][:1].upper() + words[-1][1:]))
        covered = [False] * (len(self.text) + 1)
        for e in self.entities + added:
            covered[e["start"]:e["end"]] = [True] * (e["end"] - e["start"])
        found = []
        for form in sorted(forms, key=len, reverse=True):
            if key(form) in self.registry.gentiles or self.registry.lookup(form) and not any(a.kind == "person" for a in self.registry.lookup(form)):
                continue  # a surname that is also a country or an organisation's name
            for start, end in word_occurrences(self.text, form):
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
            for start, end in word_occurrences(self.text, acronym, e["end"]):
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
        # covered characters before each offset: a span is free when none is
        covered_before = list(itertools.accumulate(covered, initial=0))
        names, seats, lower_case = self.registry.names, self.registry.seats, self.registry.lower_case
        curated_places = self.registry.curated_places
        tokens, edge, starts, ends = self._tokens()  # no candidate starts or ends on an edge token
        # each token with its trailing space is the text up to the next token
        folded = [fold(text[a:b]) for a, b in zip(starts, [*starts[1:], len(text)])]
        pos = token_pos(doc)
        every, igo = key_prefixes.of(self.registry)
        added, i = [], 0
        while i < len(tokens):
            if edge[i]:
                i += 1
                continue
            upper = text[starts[i]].isupper()
            if not upper and pos[i] == "DET":
                i += 1  # no run in lower case opens with an article (see below)
                continue
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
                    k = key_of_folded("".join(folded[i:last + 1]))
                    if k not in lower_case and (n < 3 or not any(a.kind == "igo" for a in names.get(k, ()))):
                        continue
                k = k or key_of_folded("".join(folded[i:last + 1]))
                if covered_before[ends[last]] - covered_before[starts[i]]:
                    continue
                if k not in names and k not in seats and k not in _MEDIA and k not in curated_places:
                    continue  # what _addable would find nothing for
                label = self._addable(doc[i:last + 1])
                if label:
                    added.append({"start": starts[i], "end": ends[last], "text": text[starts[i]:ends[last]], "label": label})
                    i += n - 1
                    break
            i += 1
        return added

    def _repeated_places(self, added: list[dict]) -> list[dict]:
        """Later mentions of a town the model tagged once and missed again: "à Biloxi, dans le
        Mississippi", then "le chef de police de Biloxi" (no country or seat of power: those the
        registry finds itself)."""
        forms = {e["text"] for e in self.entities if e["label"] == "LOC" and e["text"][:1].isupper() and len(e["text"]) >= 4
                 and key(e["text"]) not in self.registry.gentiles and not self.registry.lookup(e["text"])
                 and self.registry.seat(e["text"]) is None}
        covered = [False] * (len(self.text) + 1)
        for e in self.entities + added:
            covered[e["start"]:e["end"]] = [True] * (e["end"] - e["start"])
        found = []
        for form in sorted(forms, key=len, reverse=True):
            for start, end in word_occurrences(self.text, form):
                # not the first word of another name: "Paris Match", "Nice-Matin"
                if any(covered[start:end]) or re.match(r"\s+[A-ZÀ-Ý]", self.text[end:end + 2]):
                    continue
                found.append({"start": start, "end": end, "text": form, "label": "LOC"})
                covered[start:end] = [True] * (end - start)
        return found

    def _named_after_nationality(self) -> None:
        """A person named after a nationality, which the model left untagged, called MISC, or took
        in with the nationality: "la Japonaise Juri Ide", "l'Australienne Ashleigh Gentle", "le
        Croate Andrej Vistica", "la Néerlandaise Annemiek van Vleuten". The name becomes a person (the
        linker gives it the nationality's country); what overlapped it goes, unless the registry
        knows it. A lower-case nationality ("l'italien Pioneer") names a person only with two words."""
        tokens, edge, starts, ends = self._tokens()
        persons = {(e["start"], e["end"]) for e in self.entities if e["label"] == "PER"}
        found = []
        for i in range(1, len(tokens) - 1):
            if fold(tokens[i - 1].text) not in _SINGULAR_DETERMINERS or key(tokens[i].text) not in self.registry.gentiles:
                continue
            code = self.registry.adjective(tokens[i].text)
            if code not in self.registry.countries or not self.registry.countries[code]["independent"]:
                continue  # "l'American Theatre Wing": a territory's demonym that is an English word
            last = self._name_run(i + 1)
            if last is None or tokens[i].text.islower() and last == i + 1:
                continue
            start, end = starts[i + 1], ends[last]
            name = self.text[start:end]
            if (start, end) in persons or self.registry.lookup(name) or self.registry.place(name) is not None:
                continue
            found.append({"start": start, "end": end, "text": name, "label": "PER"})
        if found:
            taken = [(f["start"], f["end"]) for f in found]
            self.entities = [e for e in self.entities if not any(e["start"] < b and a < e["end"] for a, b in taken)
                             or self.registry.lookup(e["text"])]
            self.entities = sorted(self.entities + found, key=lambda e: (e["start"], e["end"]))

    def _name_run(self, first: int) -> int | None:
        """The last token of a person's name opening at `first`: capitalised words one space apart,
        joined by hyphens ("Ferrand-Prévot", "Jong-oh") or particles ("van Vleuten", "de Greiff");
        up to six tokens. None if no name opens there."""
        tokens, edge, starts, ends = self._tokens()

        def capitalised(k: int) -> bool:
            t = tokens[k].text
            return not edge[k] and tokens[k].is_alpha and t[:1].isupper() and t[1:2].islower()

        if first >= len(tokens) or not capitalised(first):
            return None
        last, k = first, first + 1
        while k < len(tokens) and k - first < 6:
            spaced = starts[k] == ends[k - 1] + 1
            if tokens[k].text == "-" and starts[k] == ends[k - 1] and k + 1 < len(tokens) and starts[k + 1] == ends[k] \
                    and tokens[k + 1].is_alpha:
                last, k = k + 1, k + 2
            elif spaced and capitalised(k):
                last, k = k, k + 1
            elif spaced and tokens[k].text in _NAME_PARTICLES and k + 1 < len(tokens) and starts[k + 1] == ends[k] + 1 \
                    and capitalised(k + 1):
                last, k = k + 1, k + 2
            else:
                break
        return last

    def _local_places(self, added: list[dict]) -> list[dict]:
        """A department or city the curated places know, named after the State's local offices and the
        model left untagged: "la préfecture du Var", "le conseil départemental des Landes"."""
        spans = [(e["start"], e["end"]) for e in self.entities + added]
        found = []
        for match in _LOCAL_PLACE.finditer(self.text):
            start, end = match.span(1)
            place = self.registry.places.get(key(match.group(1)))
            if place is None or any(s < end and start < e for s, e in spans):
                continue
            found.append({"start": start, "end": end, "text": match.group(1), "label": "LOC"})
            spans.append((start, end))
        return found

    def _igo_name(self, text: str) -> bool:
        return any(a.kind == "igo" for a in self.registry.lookup(text))

    def _named_in_full(self, acronym_key: str) -> bool:
        """Is the organisation an acronym stands for named in full in the document ("Union africaine")?"""
        ids = {a.id for a in self.registry.names.get(acronym_key, []) if a.kind not in ("person", "location", "country")}
        return any(" " in e["text"] and ids & {a.id for a in self.registry.lookup(e["text"])} for e in self.entities)

    def _trim(self, e: dict) -> dict | None:
        """Drop what is no name ("M.", "l'État"); cut a lower-case article ("la France")."""
        text = e["text"]
        quote = re.search(r"\s*[»«“”]", text)
        if quote and quote.start() > 1:
            # "En Marche » souhaite": a name stops at a quotation mark
            e = {**e, "end": e["start"] + quote.start(), "text": text[:quote.start()]}
            text = e["text"]
        if len(text) <= 1 or key(text) in _NOT_NAMES:
            return None
        if text.startswith("République") and _REPUBLIC_TITLE.search(self.text[max(0, e["start"] - 30):e["start"]]):
            # "un président de la République trop arrogant", "le procureur de la République de
            # Clermont-Ferrand": the title's République is no place; the city after it is one
            city = re.match(r"République\s+(?:de\s+|d['’]\s*)(?=[A-ZÀ-Ý])", text)
            if not city:
                return None if text == "République" else e
            e = {**e, "start": e["start"] + city.end(), "text": text[city.end():], "label": "LOC"}
            text = e["text"]
        if text[:1].islower() and _DANGLING_PREPOSITION.search(text):
            return None  # "ministre de l’" before "Éducation Najat Vallaud-Belkacem": a role cut short, no name
        article = _LEADING_ARTICLE.match(text)
        # Any label for "l'" ("l'Ocha" tagged as a person), but not "Le" of "Le Pen"
        if article and (e["label"] in ("LOC", "ORG") or article.group().startswith(("l'", "l’"))) and len(text) > article.end():
            e = {**e, "start": e["start"] + article.end(), "text": text[article.end():]}
        of = re.match(r"(?:de|du|des|d'|d’)\s*(?=[A-ZÀ-Ý])", text) if e["label"] in ("LOC", "ORG") else None
        if of and len(text) > of.end() + 1 and self.registry.lookup(text[of.end():]):
            # "de Belgique" in "le consul de Belgique": the preposition is no part of the name
            e = {**e, "start": e["start"] + of.end(), "text": text[of.end():]}
        e = self._place_noun_trimmed(e)
        lower = re.match(r"(?:la|le|les|l'|l’)\s*", e["text"]) if article is None else None
        if lower and self._igo_name(e["text"][lower.end():]):  # "la cour pénale internationale"
            e = {**e, "start": e["start"] + lower.end(), "text": e["text"][lower.end():], "label": "ORG"}
        if e["label"] in ("PER", "MISC"):
            e = self._untitled(e)
        day = _TRAILING_DAY.search(e["text"])
        if day and day.start() > 0:  # "Union africaine lundi": the day is no part of the name
            e = {**e, "end": e["start"] + day.start(), "text": e["text"][:day.start()]}
        if e["label"] in ("ORG", "MISC") and e["text"].count(" ") >= 2:
            e = self._known_prefix(e)
        return self._before_participle(e) if e["label"] == "ORG" and e["text"].count(" ") >= 2 else e

    def _known_prefix(self, e: dict) -> dict:
        """The model runs on past a known name into the clause: "Gilets jaunes sur les ronds(-points)":
        the name the registry knows, when a lower-case function word follows it."""
        if self.registry.lookup(e["text"]):
            return e
        words = list(re.finditer(r"\S+", e["text"]))
        for n in range(len(words) - 1, 0, -1):
            if words[n].group() not in _CLAUSE_WORDS:
                continue
            head = e["text"][:words[n - 1].end()]
            if key(head) in _MEDIA or any(a.kind != "person" for a in self.registry.lookup(head)):
                return {**e, "end": e["start"] + len(head), "text": head}
        return e

    def _known_label(self, text: str) -> str | None:
        """The label of a name the registry (or the outlets' lexicon) knows, for one kind of actor only."""
        if key(text) in _MEDIA:
            return "ORG"
        labels = {_LABEL_OF_KIND[a.kind] for a in self.registry.lookup(text)}
        if not labels and self.registry.place(text) is not None:
            labels = {"LOC"}
        return labels.pop() if len(labels) == 1 else None

    def _coordinated(self, e: dict) -> list[dict]:
        """Two names the model ran together over "et": "la Dares et Pôle emploi", each known on its
        own and the whole unknown, are two entities."""
        if e["label"] == "PER" or " et " not in e["text"] or self.registry.lookup(e["text"]):
            return [e]
        left, right = e["text"].split(" et ", 1)
        # "les ventes du Point et de l'Express": the second name keeps its article, not the preposition
        preposition = re.match(r"(?:de |du |d['’])(?=(?:l['’]|la |le )?[A-ZÀ-Ý])", right)
        skip = preposition.end() if preposition else 0
        right = right[skip:]
        named = right[_LEADING_ARTICLE_ANY_CASE.match(right).end():] if _LEADING_ARTICLE_ANY_CASE.match(right) and skip else right
        labels = (self._known_label(left), self._known_label(right)) if left[:1].isupper() and named[:1].isupper() else (None, None)
        if None in labels:
            return [e]
        end_left, start_right = e["start"] + len(left), e["start"] + len(left) + len(" et ") + skip
        return [{**e, "end": end_left, "text": left, "label": labels[0]},
                {**e, "start": start_right, "text": right, "label": labels[1]}]

    def _firm_of_country(self, e: dict) -> list[dict]:
        """A firm or outlet the registry knows and its country, run together by the model: "l'avionneur
        Comac de la République populaire de Chine" (one MISC) is the company, then the country."""
        m = re.match(r"(.+?)\s+(?:de\s+la|du|des|de|d['’])\s*(?=[A-ZÀ-Ý])(.+)$", e["text"])
        if m is None or e["label"] == "PER" or self.registry.lookup(e["text"]):
            return [e]
        head, country = m.group(1), m.group(2)
        firm = self.registry.lookup(head)
        if not firm or any(a.kind not in ("company", "media") for a in firm) or \
                not any(a.kind == "country" for a in self.registry.lookup(country)):
            return [e]
        start = e["start"] + m.start(2)
        return [{**e, "end": e["start"] + len(head), "text": head, "label": "ORG"},
                {**e, "start": start, "text": self.text[start:e["end"]], "label": "LOC"}]

    def _organisation_then_person(self, e: dict) -> list[dict]:
        """An organisation and the person heading it, run together by the model with no word between:
        "le fondateur de WikiLeaks Julian Assange" (one name) is the outlet, then the person, when
        the registry knows both, the person by full name."""
        if e["label"] == "PER" or self.registry.lookup(e["text"]):
            return [e]
        words = list(re.finditer(r"\S+", e["text"]))
        for n in range(1, len(words) - 1):
            head, rest = e["text"][:words[n - 1].end()], e["text"][words[n].start():]
            person = [a for a in self.registry.lookup(rest) if a.kind == "person" and a.id in self.registry.curated]
            organisation = key(head) in _MEDIA or any(a.kind not in ("person", "location", "country") for a in self.registry.lookup(head))
            if person and organisation:
                start = e["start"] + words[n].start()
                return [{**e, "end": e["start"] + len(head), "text": head, "label": "ORG"},
                        {**e, "start": start, "text": rest, "label": "PER"}]
        return [e]

    def _place_noun_trimmed(self, e: dict) -> dict:
        """"ville de Rome" tagged as one name: the known place alone (its country is the place's,
        not the article's, and the gold spans name the place)."""
        lead = _PLACE_NOUN_LEAD.match(e["text"])
        if lead is None or e["label"] == "PER":
            return e
        rest = e["text"][lead.end():]
        if self.registry.place(rest) is None and not any(a.kind == "country" for a in self.registry.lookup(rest)):
            return e
        return {**e, "start": e["start"] + lead.end(), "text": rest, "label": "LOC"}

    def _place_in_misc(self, e: dict) -> dict:
        """A known country or place closing what the model took for one MISC name that is no name,
        one in lower case ("attentat de Strasbourg", "victimes de Strasbourg") or one run across
        a full stop ("H. La Corée du Sud"): the place alone, as LOC."""
        text = e["text"]
        if text[:1].isupper() and ". " not in text and text.split()[0] not in _NO_NAME_HEADS:
            return e  # "Tour de France", "Jeux olympiques de Rio": a name of its own
        for tail in re.finditer(r"(?:\b(?:de|du|des|d['’]|la|le|l['’]|à|au|aux|en)\s*|\.\s+)([A-ZÀ-Ý][^.]*)$", text):
            place = tail.group(1)
            known = any(a.kind == "country" for a in self.registry.lookup(place)) or self.registry.place(place) is not None
            if known:
                article = _LEADING_ARTICLE_ANY_CASE.match(place)  # "La Corée du Sud": the name without its article
                start = e["start"] + tail.start(1) + (article.end() if article else 0)
                return {**e, "start": start, "text": self.text[start:e["end"]], "label": "LOC"}
        return e

    def _names_in_misc(self, e: dict) -> list[dict]:
        """Known names inside a MISC name that is no actor: the country of "championnat de France",
        "Open d'Australie", "Kurdes d'Irak", the city of "Jeux olympiques de Rio", the maker of
        "Boeing 737". The inner names replace the MISC entity, as WiNER-fr marks them: on the dev
        split, a country or registry place after a preposition inside a MISC entity is a gold
        span eight times in ten."""
        span = self.span(e["start"], e["end"])
        if span is None or len(span) < 2:
            return [e]
        of_country = _OF_WHOM.match(e["text"]) if fold(span[0].text) in _CHAMBER_HEADS else None
        if of_country and any(a.kind == "country" for a in self.registry.lookup(of_country.group(1))):
            return [{**e, "label": "ORG"}]  # "Congrès des États-Unis": a country's chamber, an organisation
        found, i = [], span.start
        while i < span.end:
            for n in range(min(6, span.end - i), 0, -1):
                inner = self.doc[i:i + n]
                if (n == len(span) or not inner.text[:1].isupper() or inner.text[-1] in "-–"
                        or not self._inner_name_edges(span, inner)):
                    continue
                if key(inner.text) in self.registry.gentiles:
                    continue  # "massacre des Indiens": a people
                label = self._addable(inner) or ("LOC" if self.registry.place(inner.text) is not None else None)
                kinds = {a.kind for a in self.registry.lookup(inner.text)}
                if label == "PER" or (label == "ORG" and inner.start > span.start and not kinds & {"country", "igo"}):
                    label = None  # a person's name is the MISC's own ("Recep Tayyip Erdogan"); "de la FIFA" an igo's
                if inner.start == span.start and label != "ORG":
                    label = None
                if label:
                    found.append({"start": inner.start_char, "end": inner.end_char, "text": inner.text, "label": label})
                    i += n - 1
                    break
            i += 1
        return found or [e]

    @staticmethod
    def _inner_name_edges(span: Span, inner: Span) -> bool:
        """Where a name can sit inside a longer one: after a preposition or article of it ("de
        France", "d'Irak", "en Irak"), or, for a maker, first before a model number ("Boeing 737",
        "Airbus A320"); never part of a compound ("Australie-Méridionale")."""
        doc = span.doc
        if inner.end < span.end and doc[inner.end].text in ("-", "–"):
            return False
        if inner.start > span.start:
            return doc[inner.start - 1].lower_ in _INNER_NAME_LEADS and not doc[inner.start - 1].text[:1].isupper()
        rest = doc[inner.end:span.end]
        return len(rest) > 0 and all(any(c.isdigit() for c in t.text) for t in rest)

    def _before_participle(self, e: dict) -> dict:
        """The model runs on into the clause: "Nations unies visant douze personnalités": a name
        stops before a lower-case present participle."""
        span = self.span(e["start"], e["end"])
        if span is None:
            return e
        for t in span[1:]:
            if t.pos_ == "VERB" and t.text.islower() and t.text.endswith("ant") and t.i > span.start + 1:
                end = self.doc[t.i - 1].idx + len(self.doc[t.i - 1])
                return {**e, "end": end, "text": self.text[e["start"]:end]}
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
        if k in _MEDIA and (len(span) > 1 or self._lone_outlet(span[0])):
            return "ORG"  # a news outlet the model missed ("en continu I-Télé")
        if k in self.registry.curated_places and self._lone_place(span):
            return "LOC"  # "le réseau de bus de Toulouse", "au Finistère, Côtes-d'Armor et Morbihan"
        return None

    @staticmethod
    def _lone_place(span: Span) -> bool:
        """A curated place the model missed, where nothing else can be meant: a proper noun mid-
        sentence, after a preposition, an article, "et" or a comma, and not the head of a longer
        name ("Toulouse Football Club"); one short word ("Var", "Lot") is too often something else."""
        doc = span.doc
        before = doc[span.start - 1] if span.start else None
        after = doc[span.end] if span.end < len(doc) else None
        return (span[0].pos_ == "PROPN" and not span[0].is_sent_start and len(span.text) > 4
                and before is not None and before.pos_ in ("ADP", "DET", "CCONJ", "PUNCT") and before.text not in ("«", '"', "(")
                and not (after is not None and after.text[:1].isupper()))

    @staticmethod
    def _lone_outlet(token: Token) -> bool:
        """One word names an outlet only as a proper noun mid-sentence with no article before it:
        "selon Libération", but not "à la Libération" (of Paris) nor a sentence's "Marianne"; or
        after the article its name opens with ("les ventes de l'Obs, du Point")."""
        before = token.doc[token.i - 1] if token.i else None
        if before is not None and key(token.text) in _MEDIA_WITH_ARTICLE and fold(before.text).replace("’", "'") in ("l'", "le", "du", "au"):
            return not token.is_sent_start and token.text[:1].isupper()
        return token.pos_ == "PROPN" and not token.is_sent_start and not (before is not None and before.pos_ == "DET")
