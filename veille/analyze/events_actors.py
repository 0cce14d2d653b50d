"""Actors named by a span of the parse: the mention a noun phrase holds, its coordinated members,
the domestic institutions and people a common noun names, and the countries a place or an
adjective implies.

Mentions come from the actors extractor's `actor_mentions` (names, role nouns, adjectives such as
"les troupes russes", metonymy, coreference). Without it, named entities stand in, with no
country. `events_arguments` decides which span of the parse is an event's source or target;
this module turns that span into the list of actors it names ("Washington, l'OTAN et Kiev":
three; "la police": the article's state; "35 personnes": people of no known country).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from veille.analyze.context import Context
from veille.analyze.figures import APPROX_NOUNS
from veille.doc_cache import first_token_at

LOCATIVE_CASES = {"à", "en", "dans", "au", "aux", "près"}
# Parts of a noun phrase that name someone else than its head: relative clauses, appositions.
_NOT_THE_ACTOR = {"acl", "acl:relcl", "appos", "parataxis", "advcl", "dislocated", "punct", "cc", "conj"}
NON_ACTOR_KINDS = {"location"}
# Words introducing the members of a group: "des pays comme la France", "des dirigeants dont Macron".
LISTING_CASES = {"comme", "dont", "notamment"}
# How deep in nested complements an actor of a noun phrase may be named.
MAX_NESTING = 2
# Nouns counting or grouping people: the actor is whom they count ("des milliers de manifestants").
COLLECTIVES = {"groupe", "million", "nombre", "partie", "majorité", "poignée", "foule"} | set(APPROX_NOUNS)
# The state's forces named by a common noun ("les forces de sécurité", "les forces spéciales"),
# unless an adjective or a complement makes them someone else's ("les forces rebelles", "les forces
# étrangères", "les forces de la coalition").
STATE_FORCE_COMPLEMENTS = {"sécurité", "ordre", "défense", "police", "intervention", "régime", "gouvernement"}
STATE_FORCE_ADJECTIVES = {"armé", "spécial", "aérien", "naval", "terrestre", "gouvernemental", "loyaliste", "régulier", "militaire", "national", "fédéral"}


def _registry():
    """The actor registry, or None where the actors package is absent (events then degrade)."""
    try:
        from veille.actors.registry import load
    except ImportError:
        return None
    return load()


# Inflections the registry's demonym table may lack, undone to the masculine singular it lists:
# "palestiniennes", "Palestiniens" -> "palestinien", "burkinabés" -> "burkinabé".
_INFLECTIONS = ("nes", "es", "s", "ne", "e")


@functools.lru_cache(maxsize=4096)
def country_of_adjective(word: str) -> str | None:
    """ISO code of a country adjective or demonym ("russe", "les Afghans", "palestiniennes")."""
    registry = _registry()
    if registry is None:
        return None
    code = registry.adjective(word)
    for ending in _INFLECTIONS if code is None and len(word) > 5 else ():
        if word.endswith(ending) and (code := registry.adjective(word[: -len(ending)])):
            break
    return code


def _country_actor(code: str) -> dict:
    registry = _registry()
    if registry is None:
        return {"id": f"country:{code}", "name": code, "country": code, "kind": "country", "role": None}
    return registry.country(code).to_dict()


def country_mention(code: str, via: str) -> "Mention":
    """A country the text implies but does not name at this event (no span)."""
    return Mention(-1, -1, "", {**_country_actor(code), "via": via})


def _title_country(title: str) -> str | None:
    """The country of a title's "Pays :" prefix. A prefix the registry does not place gives way to
    the first place it names ("Attentats de Bruxelles : le second kamikaze a été identifié"), else
    the first place the rest of the title names ("Angleterre : attentats à Londres", "Jeux
    Olympiques de 2012 : ... arrêtés à Londres"); a title without prefix dates nothing."""
    if ":" not in title:
        return None
    prefix, rest = title.split(":", 1)
    code = _country_of_name(prefix.strip())
    if code:
        return code
    words = re.findall(r"[\w'’-]+", prefix) + [":"] + re.findall(r"[\w'’-]+", rest)
    for i, word in enumerate(words):
        if not word[:1].isupper():
            continue
        for n in (3, 2, 1):  # longest first: "Nouvelle-Zélande", "Sri Lanka", "Londres"
            code = _country_of_name(" ".join(words[i:i + n]))
            if code:
                return code
    return None


def _anti_country(token: Token) -> str | None:
    """ISO code of an "anti-" adjective ("anti-américaine", "antifrançais"): the country opposed."""
    word = token.lower_
    if not word.startswith("anti") or len(word) < 8:
        return None
    return country_of_adjective(word[5:] if word[4] in "-‑" else word[4:])


def _country_of_name(text: str) -> str | None:
    """Country of a country or place name ("Turquie", "Kaboul")."""
    registry = _registry()
    if registry is None:
        return None
    for actor in registry.lookup(text):
        if actor.kind == "country":
            return actor.country
    place = registry.place(text)
    return place.country if place is not None else None


# Domestic institutions and groups named by a common noun ("la police", "le gouvernement", "les
# manifestants"): unless the text says otherwise they belong to the article's own country.
INSTITUTIONS = {
    "police": "government", "policier": "government", "gendarme": "government", "gendarmerie": "government",
    "armée": "military", "militaire": "military", "soldat": "military", "gouvernement": "government",
    "parlement": "government", "sénat": "government", "assemblée": "government", "ministre": "government",
    "ministère": "government", "président": "government", "présidente": "government", "justice": "government",
    "juge": "government", "tribunal": "government", "parquet": "government", "procureur": "government",
    "autorité": "government", "préfet": "government", "préfecture": "government", "pouvoir": "government",
    "régime": "government", "administration": "government", "maire": "government", "municipalité": "government",
    "cour": "government", "crs": "government", "dgsi": "government", "député": "government", "sénateur": "government",
    "manifestant": "other",
    "syndicat": "other", "opposition": "party", "collectif": "other", "gréviste": "other",
}


# People named by a common noun ("35 personnes", "des journalistes", "les assaillants"): actors of
# no known country, enough for an event to say who suffered or did it.
PEOPLE = {
    "personne", "civil", "journaliste", "opposant", "militant", "réfugié", "migrant", "enfant", "victime",
    "suspect", "otage", "prisonnier", "habitant", "citoyen", "étudiant", "passant", "fidèle", "assaillant",
    "terroriste", "djihadiste", "rebelle", "insurgé", "combattant", "milicien", "organisateur", "activiste",
    "détenu", "agresseur", "tireur", "kamikaze", "individu", "homme", "femme", "jeune", "mineur",
    "adolescent", "membre", "meurtrier", "assassin", "auteur", "complice", "pirate", "jihadiste", "islamiste",
    "putschiste", "milice", "faction", "tueur", "ravisseur", "kidnappeur", "criminel", "malfaiteur", "extrémiste",
}


# Armed groups named by a common noun: "les rebelles syriens", "des djihadistes somaliens" fight in
# or come from the country their adjective names, but are not its state or people (events code
# armed groups with no country).
ARMED_NOUNS = {"rebelle", "insurgé", "djihadiste", "jihadiste", "milicien", "islamiste", "terroriste", "milice", "rébellion", "faction", "putschiste"}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    actor: dict


def mentions(doc: Doc, ctx: Context) -> list[Mention]:
    """Actor mentions, longest first at equal start, from the actors extractor or the entities."""
    found = []
    if "actor_mentions" in ctx.results:
        for m in ctx.results["actor_mentions"]:
            if m.get("actor"):
                found.append(Mention(m["start"], m["end"], m["text"], m["actor"]))
    else:
        for e in ctx.results.get("entities", []):
            actor = e.get("actor") or {"id": None, "name": e["text"], "country": None, "kind": _KIND.get(e["label"]), "role": None}
            found.append(Mention(e["start"], e["end"], e["text"], actor))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    return found


_KIND = {"PER": "person", "ORG": "other", "LOC": "location", "MISC": "other"}


def _of_origin(token: Token) -> bool:
    """ "l'individu d'origine algérienne": the adjective of an ancestry, not the country the person acts for."""
    # (the parser hangs the adjective on the origin or on the person: check both)
    return token.pos_ == "ADJ" and (token.head.lemma_.lower() == "origine" or token.i > 0 and token.nbor(-1).lemma_.lower() == "origine")


def _ancestry(doc: Doc, mention: "Mention") -> bool:
    i = first_token_at(doc, mention.start)
    return i is not None and _of_origin(doc[i])


def _strip_de(text: str) -> str:
    for prefix in ("de la ", "de l'", "de l’", "du ", "des ", "de ", "d'", "d’"):
        if text.lower().startswith(prefix):
            return text[len(prefix):]
    return text


@functools.cache
def EVENT_NOUNS() -> frozenset[str]:
    """Nouns naming events (the lexicon's plus blasts): never the doer of a verb."""
    from veille.analyze.events_lexicon import lexicon
    return frozenset({lemma for pos, lemma in lexicon().by_lemma if pos == "NOUN"} | {"explosion", "incident", "opération"})


def _is_place(mention: Mention) -> bool:
    return mention.actor.get("kind") in NON_ACTOR_KINDS


# A preposition and its forms contracted with the article, as `_case` returns them ("au pape",
# "aux urnes", "d'un", "du pays").
CONTRACTED = {"à": frozenset({"à", "au", "aux"}), "de": frozenset({"de", "d", "du", "des"})}
TO = CONTRACTED["à"]


def _case(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ in ("case", "mark"):
            return child.lower_.rstrip("'")
    return None


class ActorMentions:
    """The actors named by the spans of one document's parse."""

    def __init__(self, doc: Doc, ctx: Context):
        self.doc = doc
        self.mentions = mentions(doc, ctx)
        # The article's own country: its title's "Pays :" prefix, else its most named country.
        self.dateline = _title_country(ctx.title or "")
        self.home = self.dateline or self._most_named_country()

    def _most_named_country(self) -> str | None:
        counts: dict[str, int] = {}
        for m in self.mentions:
            code = m.actor.get("country")
            if m.actor.get("kind") in ("country", "government", "military") and code and len(code) == 3:
                counts[code] = counts.get(code, 0) + 1
        return max(counts, key=counts.get) if counts else None

    def _institution(self, token: Token, found: Mention | None) -> Mention | None:
        """A domestic institution or group named by a common noun ("l'armée", "les manifestants"):
        an actor even unnamed, of the article's country when the article has one."""
        if (token.pos_ == "NUM" or token.lemma_.lower() in COLLECTIVES) and found is None:
            # "21 de ses membres présumés ont été arrêtés", "un groupe de militaires": the people
            # counted are the actor
            counted = next((c for c in token.children if c.dep_.startswith("nmod") and c.pos_ == "NOUN"), None)
            if counted is None and token.lemma_.lower() == "groupe":  # "des groupes islamistes": a group itself
                return Mention(token.idx, token.idx + len(token), token.text,
                               {"id": None, "name": "groupe", "country": None, "kind": "other", "role": None})
            return self._institution(counted, None) if counted is not None else None
        kind = INSTITUTIONS.get(token.lemma_.lower()) or INSTITUTIONS.get(token.lower_)
        if token.lemma_.lower() == "gardien" and any(c.dep_.startswith("nmod") and c.lemma_.lower() in ("paix", "prison") for c in token.children):
            kind = "government"  # "tué peu après par des gardiens de la paix": the police (not "le gardien de but")
        if token.lower_ == "forces" and all(c.lemma_.lower() in STATE_FORCE_ADJECTIVES for c in token.children if c.dep_ == "amod") and all(
                c.lemma_.lower() in STATE_FORCE_COMPLEMENTS for c in token.children if c.dep_.startswith("nmod")):
            kind = "military"  # "les forces de sécurité", not "la force" used, "les forces rebelles", "de la coalition"
        if token.pos_ == "ADJ":
            return found  # "une frappe militaire", "une attaque terroriste": an adjective names no one
        if kind is not None and found is not None and not (found.start <= token.idx < found.end):
            # "le porte-parole de la Maison blanche", "l'ambassade de France": the institution
            # belongs to the entity of its complement, not to the article's country
            code = found.actor.get("country") or _country_of_name(_strip_de(found.text))
            return Mention(found.start, found.end, found.text, {**found.actor, "country": code}) if code else found
        if kind is None:
            if found is None and token.lemma_.lower() in PEOPLE:
                return Mention(token.idx, token.idx + len(token), token.text,
                               {"id": None, "name": token.lemma_.lower(), "country": None, "kind": "other", "role": None})
            return found
        if found is not None:
            if not self.home or any(c.isupper() for c in found.text[1:]):
                return found  # "le porte-parole de la Maison blanche": a named body, not the article's country
            return Mention(found.start, found.end, found.text, {**found.actor, "country": self.home})
        actor = {"id": None, "name": token.lemma_, "country": self.home, "kind": kind, "role": None}
        if self.home:
            actor["via"] = "article country"
        return Mention(token.idx, token.idx + len(token), token.text, actor)

    def implied_state(self, location: dict | None) -> list[Mention]:
        """The state of the place, as the doer of arrests and bans told without agent ("35
        personnes ont été interpellées" in a French article: by the French authorities). The place
        is the event's, else the article's country (the title's, else the most named)."""
        code = (_country_of_name(location["text"]) if location else None) or self.home
        if code is None or len(code) != 3:
            return []
        registry = _registry()
        actor = registry.government(code).to_dict() if registry else _country_actor(code)
        actor["via"] = "implied state"
        return [Mention(-1, -1, "", actor)]

    def place_target(self, location: dict | None) -> list[Mention]:
        """The country an event happens in (its place, else the article's country: the title's, else
        the most named), as its implied target."""
        code = (_country_of_name(location["text"]) if location else None) or self.home
        if code is None or len(code) != 3:
            return []
        actor = _country_actor(code)
        actor["via"] = "location" if location else "article country"
        if location:
            return [Mention(location["start"], location["end"], location["text"], actor)]
        return [Mention(-1, -1, "", actor)]

    # ---- mentions inside token sets -------------------------------------------------------------
    def _mention_of(self, token: Token) -> Mention | None:
        """The mention covering this token's phrase: the one holding the token, else inside its phrase.

        A mention without a country borrows one from a country adjective of its phrase
        ("le Parlement sud-coréen"); a bare adjective names the country ("l'annexion russe").
        """
        tokens = self._phrase(token)
        found = next((m for m in self.mentions if m.start <= token.idx < m.end), None)
        if found is None and (antecedent := self._antecedent(token)) is not None:
            return antecedent
        if found is None and (country := self._the_country(token)) is not None:
            return country
        if found is None:
            lo, hi = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
            found = next((m for m in self.mentions if lo <= m.start and m.end <= hi
                          and any(m.start <= t.idx < m.end for t in tokens) and not _ancestry(self.doc, m)), None)
        if found is not None and found.actor.get("country"):
            armed = token.lemma_.lower() in ARMED_NOUNS
            # the actors' own "rebelles syriens" (kind other, of Syria) is coded as events code
            # armed groups: with no country
            if not armed or found.start <= token.idx < found.end and found.actor.get("kind") != "other":
                return found
            found = None  # "les rebelles syriens": the adjective's country is not the group's
        if token.lemma_.lower() in ARMED_NOUNS:
            return self._institution(token, found)
        adjective = next(((t, code) for t in tokens if t.pos_ in ("ADJ", "NOUN", "PROPN") and not _of_origin(t)
                          and (code := country_of_adjective(t.text))), None)
        if adjective is None:
            return self._institution(token, found)
        word, code = adjective
        if found is not None:
            return Mention(found.start, found.end, found.text, {**found.actor, "country": code})
        return Mention(word.idx, word.idx + len(word), word.text, _country_actor(code))

    def _the_country(self, token: Token) -> Mention | None:
        """ "L'exécutif européen reproche au pays de ne pas respecter ...", "les attentats qu'a connus
        le pays": "le pays" or "ce pays" with no complement of its own is the country the title
        names ("Italie : ..."); without such a title it is left unknown."""
        if token.lemma_.lower() != "pays" or not self.dateline or len(self.dateline) != 3:
            return None
        if not any(c.dep_ == "det" and c.lemma_.lower() in ("le", "ce") or c.dep_ == "case" and c.lower_ in ("au", "du")
                   for c in token.children):  # "au pays", "du pays": the article fused with its case
            return None
        if any(c.dep_.startswith(("nmod", "amod", "acl")) for c in token.children):
            return None  # "le pays voisin", "le pays des cèdres", "ce pays qui ...": another, or described
        actor = _country_actor(self.dateline)
        actor["via"] = "article country"
        return Mention(token.idx, token.idx + len(token), token.text, actor)

    def _antecedent(self, token: Token) -> Mention | None:
        """ "Ce dernier en appelle au Pape", "Ces derniers ont riposté": the last actor named before,
        a person for the singular; not a place."""
        if token.lemma_.lower() != "dernier" or not any(c.dep_ == "det" and c.lemma_.lower() == "ce" for c in token.children):
            return None
        plural = "Plur" in token.morph.get("Number")
        for m in reversed(self.mentions):
            if m.end > token.idx or _is_place(m):
                continue
            if plural or m.actor.get("kind") == "person":
                return m
        return None

    def _phrase(self, token: Token) -> list[Token]:
        """The token's noun phrase without relative clauses, appositions, conjuncts, places, nor
        complements more than two deep ("à la suite d'une enquête sur une filière vers le
        Pakistan" names no one; "les forces du régime de Bachar al-Assad" does)."""
        out, todo = [], [(token, 0)]
        while todo:
            t, depth = todo.pop()
            out.append(t)
            for child in t.children:
                if child.dep_ in _NOT_THE_ACTOR:
                    continue
                if child.dep_.startswith(("nmod", "obl")) and _case(child) in LOCATIVE_CASES:
                    continue  # "l'ambassadeur russe en Turquie": not Turkey
                nested = child.dep_.startswith(("nmod", "obl"))
                if nested and depth >= MAX_NESTING:
                    continue
                todo.append((child, depth + nested))
        return out

    def actors_of(self, token: Token | None, places: bool = False) -> list[Mention]:
        """One mention per coordinated member: "Washington, l'OTAN et Kiev" -> three."""
        if token is None or token.pos_ in ("VERB", "AUX"):
            return []
        # a conjunct with a case of place of its own is where, not who: "contre l'organisation
        # État islamique en Irak et en Syrie"
        own_case = _case(token)
        members = [token, *(c for c in self._conjuncts(token) if _case(c) not in LOCATIVE_CASES or own_case in LOCATIVE_CASES)]
        found = []
        for member in members:
            for m in self._listed(member) or [self._mention_of(member), *self._coordinated_demonyms(member)]:
                if m and m not in found and (places or not _is_place(m)):
                    found.append(m)
        if found:
            found = self._left_coordination(members, found, places)
            found = self._repeated_de(found, places)
        return found

    def _repeated_de(self, found: list[Mention], places: bool) -> list[Mention]:
        """Repair "les ambassadeurs de l'Allemagne, de la Belgique, de la France et de l'UE": the
        parser hangs the repeated "de" complements anywhere in the clause, but a list that repeats
        the last member's "de" goes on with it."""
        doc = self.doc
        last = max(found, key=lambda m: m.end)
        k = first_token_at(doc, last.end)
        # the last member came with "de" (before it, or inside the mention: "les ambassadeurs de l'Allemagne")
        i = first_token_at(doc, last.start)
        if i is None or k is None or not any(t.lower_.rstrip("'’") in CONTRACTED["de"] for t in doc[max(0, i - 2): k]):
            return found
        while k is not None and k + 2 < len(doc) and doc[k].lower_ in (",", "et", "ou"):
            k += 1
            if doc[k].lower_ in ("et", "ou"):
                k += 1  # ", et de la France"
            if doc[k].lower_.rstrip("'’") not in CONTRACTED["de"] or k + 1 >= len(doc):
                break
            # the next member: a mention opening on the word after "de", or on the one after its article
            after = doc[k + 1: k + 3]
            m = next((m for m in self.mentions if any(m.start == t.idx for t in after)
                      and (m.start == after[0].idx or after[0].pos_ == "DET")), None)
            if m is None or m in found:
                break
            if places or not _is_place(m):
                found.append(m)
            k = first_token_at(doc, m.end)
        return found

    def _listed(self, token: Token) -> list[Mention]:
        """The actors a common noun lists: "diverses personnalités comme François Fillon, ...,
        Donald Trump ou encore l'ONU" are each a source (the parser hangs the list every which way,
        so every mention from "comme" to the end of the phrase counts)."""
        if token.pos_ != "NOUN" or any(m.start <= token.idx < m.end for m in self.mentions):
            return []
        listing = next((c for c in token.children if c.dep_.startswith("nmod") and c.i > token.i
                        and any(g.dep_ == "case" and g.lower_ in LISTING_CASES for g in c.children)), None)
        if listing is None:
            return []
        tail = [c for c in token.children if c.i >= listing.i and c.dep_ not in _NOT_THE_ACTOR - {"conj"}]
        lo = listing.left_edge.idx
        hi = max(c.right_edge.idx + len(c.right_edge) for c in tail)
        return [m for m in self.mentions if lo <= m.start and m.end <= hi]

    def _coordinated_demonyms(self, token: Token) -> list[Mention]:
        """The further countries of coordinated adjectives: "des armées syriennes et russes",
        "ses alliés russes et iraniens" (the first is the phrase's own mention)."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return []
        found = []
        for adjective in (c for c in token.children if c.dep_ == "amod" and country_of_adjective(c.text)):
            for other in self._conjuncts(adjective):
                code = country_of_adjective(other.text) if other.pos_ == "ADJ" else None
                # a mention of the actors extractor over the noun ("les diplomates russes") holds
                # the first adjective's country, not the coordinated one's ("... et américains")
                if code and not any(m.start <= token.idx < m.end and m.start <= other.idx < m.end for m in self.mentions):
                    found.append(Mention(other.idx, other.idx + len(other), other.text, _country_actor(code)))
        return found

    @staticmethod
    def _conjuncts(token: Token) -> list[Token]:
        out, todo = [], list(token.children)
        while todo:
            child = todo.pop(0)
            if child.dep_ == "conj":
                out.append(child)
                todo.extend(child.children)
        return out

    def _left_coordination(self, members: list[Token], found: list[Mention], places: bool) -> list[Mention]:
        """Repair "Washington, l'OTAN et Kiev accusent": the parser often hangs only Kiev on the verb."""
        first = min(m.start for m in found)
        doc = self.doc
        i = first_token_at(doc, first)
        if i is not None and i >= 1 and doc[i - 1].pos_ == "DET":
            i -= 1  # "le Canada et l'Union européenne": the article belongs to the name
        separators = ("et", "ou")  # a list ends with "et": "Washington, l'OTAN et Kiev"; a lone comma is an incise
        if len(members) > 1 and any(c.dep_ == "cc" and c.lower_ in ("et", "ou") for m in members[1:] for c in m.children):
            # the parse already holds the list's end ("..., les Émirats arabes unis, le Yémen et la
            # Libye"): the commas before it go on with it
            separators = (",", "et")
        while i is not None and i >= 2:
            sep = doc[i - 1]
            if sep.lower_ not in separators:
                break
            separators = (",", "et")
            j = i - 2
            if doc[j].pos_ == "DET" and j >= 1:
                j -= 1
            m = next((m for m in self.mentions if m.start <= doc[j].idx < m.end), None)
            if m is None or m in found:  # a coordinated place acts with the others ("Washington, l'OTAN et Kiev")
                break
            if clause_verb(doc[j]).i != clause_verb(members[0]).i and doc[j].head.pos_ in ("VERB", "AUX", "NOUN") and not (
                    separators == (",", "et") and doc[j].dep_ in ("appos", "conj") and len(members) > 1):
                # "Alors que Poutine annonce son soutien à Bachar al-Assad, Barack Obama a réagi":
                # the name before the comma ends another clause
                break
            found.insert(0, m)
            i = first_token_at(doc, m.start)
            if i >= 1 and doc[i - 1].pos_ == "DET":
                i -= 1
        return found


# Events are coded between states (PLOVER's actors are governments and their people): a dependent
# territory the registry lists under its own ISO code is coded as the state that governs it. A
# strike in Guyane or a riot in Nouméa is addressed to Paris, which answers it; coding them GUF or
# NCL would split France's dyads in two. The actor keeps the territory in `territory`.
SOVEREIGN = {
    **dict.fromkeys(("GUF", "GLP", "MTQ", "REU", "MYT", "NCL", "PYF", "SPM", "WLF", "BLM", "MAF", "ATF"), "FRA"),
    **dict.fromkeys(("PRI", "GUM", "VIR", "ASM", "MNP", "UMI"), "USA"),
    **dict.fromkeys(("GIB", "BMU", "CYM", "VGB", "FLK", "MSR", "TCA", "AIA", "SHN", "PCN", "IOT", "SGS", "GGY", "JEY", "IMN"), "GBR"),
    **dict.fromkeys(("GRL", "FRO"), "DNK"), **dict.fromkeys(("ABW", "CUW", "SXM", "BES"), "NLD"),
    **dict.fromkeys(("HKG", "MAC"), "CHN"), **dict.fromkeys(("SJM", "BVT"), "NOR"), "ALA": "FIN",
    **dict.fromkeys(("CXR", "CCK", "NFK", "HMD"), "AUS"), **dict.fromkeys(("COK", "NIU", "TKL"), "NZL"),
}


def as_actor(mention: Mention) -> dict:
    """The actor record an event lists: the actor's fields plus the mention that named it."""
    span = {"start": mention.start, "end": mention.end, "text": mention.text} if mention.start >= 0 else None
    actor = {**mention.actor, "mention": span}
    sovereign = SOVEREIGN.get(actor.get("country"))
    if sovereign:
        actor["territory"], actor["country"] = actor["country"], sovereign
    return actor


def clause_verb(token: Token) -> Token:
    """The verb of the clause a trigger sits in (itself when it is a verb)."""
    t = token
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t
