"""The document's own country, which unknown names, unqualified roles and home institutions
default to: the title's "Country :" prefix (or a region, a city, a capital closing it), else the
country the text names most.

Mixed into `DocumentLinker` (`veille.actors.linker`), whose state it reads: `doc`, `text`,
`title`, `registry`, `entities`, `mentions`.
"""

from __future__ import annotations

import re
from collections import Counter

from veille.actors.normalize import fold, key
from veille.actors.repair import _MEDIA
from veille.doc_cache import token_pos


# Institutions and procedures of French local news, which say France in a text that names no country.
_FRENCH_INSTITUTIONS = re.compile(r"\b(?:gendarmerie|gendarmes?|préfète|préfet|préfecture|sous-préfecture|mise?s? en examen|"
                                  r"procureure? de la République|garde à vue|conseil départemental|conseil municipal|"
                                  r"maire adjoint|communauté de communes)\b", re.IGNORECASE)


class DocumentCountry:
    """The document-country decisions of `DocumentLinker`."""

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
        if "/" in prefix:  # "France/Suisse : …": the first of the countries named
            prefix = prefix.split("/")[0].strip()
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
        # No country, government or army named yet: the country the text names most, by its places too
        return counts.most_common(1)[0][0] if counts else self.dominant_country()

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
            for i, pos in enumerate(token_pos(self.doc)):
                if pos != "ADJ":
                    continue
                tok = self.doc[i]
                code = self.registry.adjective(tok.text)
                if code in self.registry.countries:
                    counts[code] += 1
                    first[code] = min(first.get(code, tok.idx), tok.idx)
            known: Counter = Counter()
            for e in self.entities:
                code = next((a.country for a in self.registry.lookup(e["text"])
                             if a.kind in ("party", "government", "person", "media")), None)
                if code in self.registry.countries:
                    known[code] += 1
                    first[code] = min(first.get(code, e["start"]), e["start"])
            if not counts:
                # No country named: the one of the parties, governments and persons the registry
                # knows ("Florian Philippot … Front national"), and of the outlets the lexicon knows
                # ("I-Télé", "Le Point", "Les Inrockuptibles" in a story about the French press).
                counts = known
                for e in self.entities:
                    outlet = _MEDIA.get(key(e["text"]))
                    if outlet is not None and outlet.country in self.registry.countries:
                        counts[outlet.country] += 1
                        first[outlet.country] = min(first.get(outlet.country, e["start"]), e["start"])
            if not counts and "FRA" in self.registry.countries and _FRENCH_INSTITUTIONS.search(self.text):
                # Nothing names a country, but the institutions of French local news do: "la gendarmerie",
                # "le préfet", "mis en examen", "le procureur de la République" (the Maëlys affair, whose
                # towns the gazetteer lacks)
                counts["FRA"], first["FRA"] = 1, 0
            ranked = sorted(counts, key=lambda code: (-counts[code], first[code]))
            # Once is enough when no other country is named ("Jo Cox … le maintien du Royaume-Uni").
            self._dominant = ranked[0] if ranked and (counts[ranked[0]] >= 2 or len(ranked) == 1) else ""
            if not self._dominant and ranked and counts[ranked[0]] == 1:
                # Several countries named once each ("Monaco", "Andorre" in a French crime story):
                # the only country whose institutions, parties or persons the registry knows there
                # ("Banque de France"), when there is exactly one.
                self._dominant = next(iter(known)) if len(known) == 1 else ""  # `known` holds registry countries only
        return self._dominant or None
