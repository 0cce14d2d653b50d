"""Who did it and to whom: source and target actors of an event trigger from the dependency parse.

Actors come from the actors extractor's `actor_mentions` (names, role nouns, adjectives such as
"les troupes russes", metonymy, coreference). Without it, named entities stand in, with no
country. A verb's source is its subject (the by-agent when passive), its target the object or a
complement introduced by "contre", "avec", "à"...; an infinitive with no subject borrows it from
the verb that controls it ("accusent Moscou de masser": Moscou masses). A noun's source is its
demonym adjective ("l'annexion russe"), its "par" complement, or the subject of the verb it is
the object of ("mènent une offensive"); its target a "de"/"contre" complement.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from veille.analyze.context import Context
from veille.analyze.sentences import token_sentence

# Verbs whose object (or "à" complement) is the doer of the infinitive they govern.
OBJECT_CONTROL = {
    "accuser", "soupçonner", "reprocher", "appeler", "exhorter", "demander", "pousser", "inciter",
    "forcer", "contraindre", "obliger", "autoriser", "inviter", "sommer", "empêcher", "aider",
}
TARGET_CASES = {"contre", "avec", "sur", "envers", "vers", "auprès", "entre"}
# "à" introduces the addressee of verbal acts ("demande à Kiev", "reproche à Washington"), a
# place for material acts ("attaque à Kaboul").
ADDRESSEE_TYPES = {"REQUEST", "ACCUSE", "REJECT", "AID", "SUPPORT", "THREATEN", "SANCTION", "CONCEDE", "AGREE", "COOPERATE"}
LOCATIVE_CASES = {"à", "en", "dans", "au", "aux", "près"}
# Participles on an event noun whose object is what it is aimed at ("un attentat visant la police").
AIMING_VERBS = {"viser", "cibler", "frapper", "toucher"}
AIMED_CASES = {"sur", "contre"}
# Intransitive verbs conjugated with "être", whose subject is their doer.
ETRE_VERBS = {"intervenir", "venir", "revenir", "partir", "arriver", "entrer", "rentrer", "sortir", "retourner", "passer", "tomber", "mourir", "décéder"}
# Adjectives naming the state's forces a move is made of ("des renforts policiers").
FORCE_ADJECTIVES = {"policier": "government", "militaire": "military"}
# Common nouns of places: never the doer of an act.
PLACE_NOUNS = {"ville", "capitale", "localité", "région", "zone", "quartier", "village", "province", "territoire", "bastion", "fief", "pays"}
# Types whose undergoer is the doer's own forces ("le déploiement de troupes russes"): the
# deployed are the source; the target, if any, is named by "contre" or the foreign place.
SELF_MOVED = {"MOBILIZE"}
# Parts of a noun phrase that name someone else than its head: relative clauses, appositions.
_NOT_THE_ACTOR = {"acl", "acl:relcl", "appos", "parataxis", "advcl", "dislocated", "punct", "cc", "conj"}
NON_ACTOR_KINDS = {"location"}
# Words introducing the members of a group: "des pays comme la France", "des dirigeants dont Macron".
LISTING_CASES = {"comme", "dont", "notamment"}
# Verbs whose subject judges, reports or suffers the event noun they take, and did not do it:
# "la Turquie a condamné les attentats", "la télévision syrienne a qualifié les frappes d'agression".
NOT_THE_DOER = {
    "qualifier", "condamner", "dénoncer", "critiquer", "déplorer", "fustiger", "saluer", "féliciter",
    "évoquer", "signaler", "rapporter", "confirmer", "subir", "essuyer", "craindre", "redouter",
    "dénombrer", "recenser", "considérer", "juger", "attribuer", "imputer", "accuser", "pleurer",
}
# How deep in nested complements an actor of a noun phrase may be named.
MAX_NESTING = 2
# Nouns counting or grouping people: the actor is whom they count ("des milliers de manifestants").
COLLECTIVES = {"groupe", "centaine", "dizaine", "vingtaine", "millier", "million", "nombre", "partie", "majorité", "poignée", "foule"}
# Nouns wrapping an event noun whose actors they carry ("une tentative de coup d'État par X",
# "une série d'attaques contre Y").
WRAPPERS = {"tentative", "série", "vague", "projet", "plan", "menace", "campagne", "opération"}
# Verbs that put someone in a state a noun trigger names ("placé en garde à vue", "mis en examen").
PLACING_VERBS = {"placer", "mettre", "maintenir", "remettre"}
# Verbs whose by-agent did the event noun they qualify: "l'attaque, commise par deux Palestiniens".
CLAIM_VERBS = {"revendiquer", "commettre", "perpétrer", "mener", "lancer", "conduire", "orchestrer"}
# Verbs that ascribe an act to whoever their "à" complement names: "plusieurs ONG attribuent
# cette attaque au régime syrien" (alleged, by the cue the verb also is).
ASCRIBING_VERBS = {"attribuer", "imputer"}
# Nouns of responsibility: "être à l'origine de l'attaque", "le groupe est responsable de
# l'attentat", "revendique la responsabilité de l'attentat": the one responsible did it.
RESPONSIBILITY = {"origine", "responsable", "responsabilité"}
CLAIMING_VERBS = {"revendiquer", "assumer", "endosser"}
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
def _country_of_adjective(word: str) -> str | None:
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
    """The country of a title's "Pays :" prefix. A prefix the registry does not place ("Angleterre :
    attentats à Londres", "Jeux Olympiques de 2012 : ... arrêtés à Londres") gives way to the first
    place the rest of the title names; a title without prefix dates nothing."""
    if ":" not in title:
        return None
    prefix, rest = title.split(":", 1)
    code = _country_of_name(prefix.strip())
    if code:
        return code
    words = re.findall(r"[\w'’-]+", rest)
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
    return _country_of_adjective(word[5:] if word[4] in "-‑" else word[4:])


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
    "cour": "government", "crs": "government", "dgsi": "government", "manifestant": "other",
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


def _case(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ in ("case", "mark"):
            return child.lower_.rstrip("'")
    return None


class Arguments:
    """Source and target finding over one document's parse and mentions."""

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
        if found is None:
            lo, hi = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
            found = next((m for m in self.mentions if lo <= m.start and m.end <= hi
                          and any(m.start <= t.idx < m.end for t in tokens)), None)
        if found is not None and found.actor.get("country"):
            if found.start <= token.idx < found.end or token.lemma_.lower() not in ARMED_NOUNS:
                return found
            found = None  # "les rebelles syriens": the adjective's country is not the group's
        if token.lemma_.lower() in ARMED_NOUNS:
            return self._institution(token, found)
        adjective = next(((t, code) for t in tokens if t.pos_ in ("ADJ", "NOUN", "PROPN") and (code := _country_of_adjective(t.text))), None)
        if adjective is None:
            return self._institution(token, found)
        word, code = adjective
        if found is not None:
            return Mention(found.start, found.end, found.text, {**found.actor, "country": code})
        return Mention(word.idx, word.idx + len(word), word.text, _country_actor(code))

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
        if token.pos_ not in ("NOUN", "PROPN") or any(m.start <= token.idx < m.end for m in self.mentions):
            return []
        found = []
        for adjective in (c for c in token.children if c.dep_ == "amod" and _country_of_adjective(c.text)):
            for other in self._conjuncts(adjective):
                code = _country_of_adjective(other.text) if other.pos_ == "ADJ" else None
                if code:
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
        i = next((t.i for t in doc if t.idx >= first), None)
        if i is not None and i >= 1 and doc[i - 1].pos_ == "DET":
            i -= 1  # "le Canada et l'Union européenne": the article belongs to the name
        separators = ("et", "ou")  # a list ends with "et": "Washington, l'OTAN et Kiev"; a lone comma is an incise
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
            if clause_verb(doc[j]).i != clause_verb(members[0]).i and doc[j].head.pos_ in ("VERB", "AUX", "NOUN"):
                # "Alors que Poutine annonce son soutien à Bachar al-Assad, Barack Obama a réagi":
                # the name before the comma ends another clause
                break
            found.insert(0, m)
            i = next(t.i for t in doc if t.idx >= m.start)
            if doc[i - 1].pos_ == "DET" and i >= 1:
                i -= 1
        return found

    # ---- verbs ----------------------------------------------------------------------------------
    @staticmethod
    def is_passive(verb: Token) -> bool:
        # "a été suspendue", "revendiqué par Daech" (a participle with its by-agent); not the verbs
        # conjugated with "être" the parser takes for passives ("les États-Unis sont intervenus")
        if verb.lemma_.lower() in ETRE_VERBS:
            return False
        if any(c.dep_ in ("aux:pass", "obl:agent") for c in verb.children) or "Pass" in verb.morph.get("Voice"):
            return True
        if any(c.dep_ == "nsubj:pass" for c in verb.children) and any(
                c.dep_.startswith("aux") and c.lemma_.lower() == "être" for c in verb.children):
            return True  # a "nsubj:pass" under "avoir" alone is a misparse: "Obama a immédiatement réagi"
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get(
                "Tense") and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children):
            return True  # "l'individu interpellé", "les otages libérés": the noun underwent it
        # "Daech est expulsé du nord": être + participle the parser took for a copula or tense
        return "Part" in verb.morph.get("VerbForm") and any(
            c.dep_ in ("cop", "aux", "aux:tense") and c.lemma_.lower() == "être" for c in verb.children) and not any(
            c.lower_ in ("se", "s'", "s’") for c in verb.children)

    @staticmethod
    def child(token: Token, *deps: str) -> Token | None:
        return next((c for c in token.children if c.dep_ in deps), None)

    def agent_token(self, verb: Token) -> Token | None:
        agent = self.parsed_agent(verb)
        if agent is not None and agent.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "X"):
            return None  # a parse that hangs an adjective as subject ("mortes ... ont ouvert le feu")
        if agent is not None and agent.lemma_.lower() in PLACE_NOUNS:
            return None  # "à Kaboul, la capitale d'Afghanistan, a coûté la vie": a place, mis-parsed as subject
        if agent is not None and agent.pos_ == "NOUN" and agent.lemma_.lower() in EVENT_NOUNS():
            # "l'attentat a tué 25 personnes", "l'explosion a fait deux morts": the event is not its doer
            return None
        return agent

    def parsed_agent(self, verb: Token) -> Token | None:
        if self.is_passive(verb):
            agent = self.child(verb, "obl:agent")
            if agent is None:
                agent = next((c for c in verb.subtree if c.dep_.startswith(("obl", "nmod")) and _case(c) == "par"), None)
            return agent
        # the subject nearest the verb: a signature line merged into the sentence ("— Federica
        # Mogherini, porte-parole ... L'armée syrienne a démenti") is a second, far "subject"
        subjects = sorted((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), key=lambda c: abs(verb.i - c.i))
        subject = subjects[0] if subjects else None
        if subject is not None and subject.lower_ in ("qui", "lequel", "laquelle") and verb.dep_.startswith("acl"):
            return verb.head  # "la police qui a fait feu": the relative pronoun stands for its antecedent
        if subject is not None:
            return subject
        controller = self._controller(verb)
        if controller is not None or verb.dep_ in ("xcomp", "acl", "advcl") or "Inf" in verb.morph.get("VerbForm"):
            return controller
        return self._left_actor(verb)

    def _left_actor(self, verb: Token) -> Token | None:
        """The nearest actor before a finite verb the parser left without subject (often mis-tagged)."""
        sentence = token_sentence(verb)  # indexed once per document; Token.sent walks the sentences
        for left in reversed(list(sentence[: verb.i - sentence.start])):
            if left.pos_ in ("VERB", "SCONJ") or left.lower_ in (";", ":", "que", "qui"):
                return None  # "lorsque plusieurs individus ... ont ouvert le feu": not the country before
            m = next((m for m in self.mentions if m.start <= left.idx < m.end), None)
            if m is not None:
                # the mention's head word, not its last one ("l'Union européenne": Union)
                return next((t for t in sentence if m.start <= t.idx < m.end and t.pos_ in ("NOUN", "PROPN")), left)
        return None

    def _controller(self, verb: Token) -> Token | None:
        """The doer of a subjectless infinitive or participle, from the verb or noun governing it."""
        head = verb.head
        if head.i == verb.i or verb.dep_ not in ("xcomp", "acl", "advcl", "ccomp", "obl:arg", "obl:mod", "conj"):
            return None
        if verb.dep_ == "conj":
            return self.agent_token(head) if head.pos_ in ("VERB", "AUX") else None
        if head.pos_ == "NOUN":  # "l'intention d'attaquer": the intention's holder
            holder = head.head
            return self.agent_token(holder) if holder.i != head.i and holder.pos_ in ("VERB", "AUX") else None
        if head.lemma_.lower() in OBJECT_CONTROL:
            return self.child(head, "obj", "iobj") or next(
                (c for c in head.children if c.dep_.startswith("obl") and _case(c) == "à"), None)
        return self.agent_token(head) if head.pos_ in ("VERB", "AUX") else None

    def verb_arguments(self, verb: Token, type_: str) -> tuple[list[Mention], list[Mention]]:
        source = self.actors_of(self.agent_token(verb))
        if self.is_passive(verb):
            target = self.actors_of(self.child(verb, "nsubj:pass", "nsubj"))
            if not target and verb.dep_.startswith("acl") and verb.head.pos_ in ("NOUN", "PROPN"):
                target = self.actors_of(verb.head)  # "les rebelles soutenus par la Turquie"
            if not target and verb.dep_ == "xcomp" and not self.child(verb, "obl:agent"):
                target = self.actors_of(self._controller(verb))  # "Manuel Valls vient d'être giflé"
            if type_ in SELF_MOVED and not source:
                return target, []  # "17 000 policiers étaient déployés": the forces are their own state's move
        else:
            obj = self.child(verb, "obj")
            # a place is attacked ("ont attaqué Kaboul"), but the place an agreement or a talk is
            # named after is no party to it ("ratifié l'accord de Paris")
            target = self.actors_of(obj, places=obj is None or obj.lemma_.lower() not in EVENT_NOUNS())
            if not target:
                target = self.actors_of(self.child(verb, "iobj"))
        if not target:
            for child in verb.children:
                if child.dep_.startswith("obl") or child.dep_ == "nmod":
                    case = _case(child)
                    if case in TARGET_CASES or case in ("à", "au", "aux") and type_ in ADDRESSEE_TYPES:
                        target = self.actors_of(child)
                        if target:
                            break
        if not target:
            # the parser hangs the counterpart on another complement: "s'est entretenu par téléphone
            # avec la chancelière allemande"
            target = next((found for child in verb.children if child.dep_.startswith("obl") for g in child.children
                           if g.dep_.startswith("nmod") and _case(g) in ("avec", "contre") and (found := self.actors_of(g))), [])
        return source, [m for m in target if m not in source]

    # ---- nouns ----------------------------------------------------------------------------------
    def noun_arguments(self, noun: Token, type_: str) -> tuple[list[Mention], list[Mention]]:
        source: list[Mention] = []
        target: list[Mention] = []
        for child in noun.children:
            if child.dep_ == "amod" and (against := _anti_country(child)):
                # "une manifestation anti-américaine" is aimed at the United States
                target = [Mention(child.idx, child.idx + len(child), child.text, _country_actor(against))]
            elif child.dep_ == "amod" and not source:  # "l'annexion russe", "les frappes américaines"
                source = self.actors_of(child)
        force = next((c for c in noun.children if c.dep_ == "amod" and c.lemma_.lower() in FORCE_ADJECTIVES), None)
        if not source and type_ in SELF_MOVED and force is not None and self.home:
            # "des renforts policiers", "un déploiement militaire": the article's state moves its forces
            source = [Mention(force.idx, force.idx + len(force), force.text, {"id": None, "name": force.lemma_.lower(), "country": self.home,
                                                                               "kind": FORCE_ADJECTIVES[force.lemma_.lower()], "role": None, "via": "article country"})]
        # "les négociations sur le programme nucléaire qui se déroulent entre Washington et Téhéran"
        # (the relative clause often hangs on the noun's complement)
        clauses = [c for n in (noun, *(c for c in noun.children if c.dep_.startswith("nmod"))) for c in n.children if c.dep_ == "acl:relcl"]
        between = [c for clause in clauses for c in clause.children if c.dep_.startswith("obl") and _case(c) == "entre"]
        if between and len(found := self.actors_of(between[0], places=True)) > 1:  # capitals stand for states
            source, target = found[:1], found[1:]
        for child in noun.children:
            if not target and child.dep_.startswith("acl") and child.pos_ == "VERB":
                # "une frappe ciblée sur une base aérienne syrienne", "un attentat visant la police"
                aimed = [self.child(child, "obj")] if child.lemma_.lower() in AIMING_VERBS else []
                aimed += [c for c in child.children if c.dep_.startswith("obl") and _case(c) in AIMED_CASES]
                target = next((found for c in aimed if c is not None and (found := self.actors_of(c, places=True))), [])
        de_complements = []
        for child in noun.children:
            if not child.dep_.startswith("nmod"):
                continue
            case = _case(child)
            if case == "par" and not source:
                source = self.actors_of(child)
            elif case in TARGET_CASES and not target and not (case == "sur" and type_ == "CONSULT"):
                # (talks "sur le programme nucléaire iranien" are about it, not with it)
                target = self.actors_of(child, places=type_ != "CONSULT")
                if case == "entre" and len(target) > 1:  # "un sommet entre Washington et Pyongyang"
                    source, target = target[:1], target[1:]
            elif case in ("de", "du", "des", "d"):
                de_complements.append(child)
        for child in de_complements:
            found = self.actors_of(child, places=True)
            if not found:
                continue
            # "l'arrestation de X", "l'annexion de la Crimée": the complement undergoes the act;
            # "la visite de X", "l'offensive de l'armée": it does it.
            if type_ not in SELF_MOVED and (source or noun.lower_.endswith(("tion", "sion", "ment", "at"))):
                target = target or found
            else:
                source = source or [m for m in found if not _is_place(m)]
        if not source:
            source = self._claimed_by(noun) or self._ascribed_to(noun) or self._responsible_for(noun)
        verb = noun.head
        undergone = verb.lemma_.lower() == "faire" and any(c.dep_ == "obj" and c.lemma_.lower() == "objet" for c in verb.children)
        if undergone and not target:
            # "les autorités ... font l'objet d'une attaque": the subject undergoes it
            target = self.actors_of(self.agent_token(verb))
        elif noun.dep_ == "nsubj:pass" and self.is_passive(verb) and verb.lemma_.lower() not in NOT_THE_DOER and not source:
            # "l'état d'urgence a été instauré par le président Sissi": the by-agent did it
            source = self.actors_of(self.child(verb, "obl:agent"))
        elif noun.dep_ in ("obj", "obl:arg") and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in NOT_THE_DOER:
            # a support verb: "mènent une offensive contre X", "procède à l'arrestation"
            if not source:
                source = self.actors_of(self.agent_token(verb))
            if not target:
                target = next((found for c in verb.children if c.dep_.startswith("obl") and _case(c) in TARGET_CASES
                               and (found := self.actors_of(c))), [])
        if (not source or not target) and noun.dep_.startswith("nmod") and noun.head.lemma_.lower() in WRAPPERS:
            # "une tentative de coup d'État par un groupe de militaires": the wrapper holds the actors
            outer_source, outer_target = self.noun_arguments(noun.head, type_)
            source, target = source or outer_source, target or outer_target
        if not target and noun.dep_.startswith("obl") and noun.head.lemma_.lower() in PLACING_VERBS:
            # "il a été placé en garde à vue", "placer X en détention": the one placed undergoes it
            verb = noun.head
            placed = self.child(verb, "nsubj:pass", "nsubj") if self.is_passive(verb) else self.child(verb, "obj")
            if placed is None and verb.dep_ == "conj":  # "il a été remis à la gendarmerie et placé en garde à vue"
                placed = self.child(verb.head, "nsubj:pass", "nsubj")
            target = self.actors_of(placed)
        return source, [m for m in target if m not in source]

    def _ascribed_to(self, noun: Token) -> list[Mention]:
        """ "attribuent cette attaque au régime syrien et son allié russe": the ones it is ascribed
        to (the parser hangs the "à" complement on the verb or on the noun)."""
        verb = noun.head
        if noun.dep_ != "obj" or verb.lemma_.lower() not in ASCRIBING_VERBS:
            return []
        holder = next((c for c in [*verb.children, *noun.children] if c.dep_.startswith(("obl", "nmod")) and _case(c) in ("à", "au", "aux")), None)
        return self.actors_of(holder)

    def _responsible_for(self, noun: Token) -> list[Mention]:
        """ "le groupe est responsable de l'attentat", "accusé le régime d'être à l'origine de
        l'attaque", "revendique la responsabilité de l'attentat": the one responsible."""
        head = noun.head
        if not noun.dep_.startswith("nmod") or _case(noun) not in ("de", "du", "des", "d") or head.lemma_.lower() not in RESPONSIBILITY:
            return []
        holder = self.child(head, "nsubj", "nsubj:pass")
        verb = head.head
        if holder is None and any(c.dep_ == "cop" for c in head.children) and verb.lemma_.lower() in OBJECT_CONTROL:
            holder = self.child(verb, "obj", "iobj")  # "accusé le régime syrien d'être à l'origine de"
        elif holder is None and head.dep_ == "obj" and verb.lemma_.lower() in CLAIMING_VERBS:
            holder = self.agent_token(verb)
        return self.actors_of(holder)

    def _claimed_by(self, noun: Token) -> list[Mention]:
        """ "l'attentat, revendiqué par Daech" / "l'attaque a été revendiquée par X": X did it."""
        claims = [c for c in noun.children if c.dep_.startswith("acl") and c.lemma_.lower() in CLAIM_VERBS]
        if noun.dep_ == "nsubj:pass" and noun.head.lemma_.lower() in CLAIM_VERBS:
            claims.append(noun.head)
        for claim in claims:
            found = self.actors_of(self.agent_token(claim))
            if found:
                return found
        return []

    # ---- places ---------------------------------------------------------------------------------
    def location(self, trigger: Token, entities: list[dict]) -> dict | None:
        """The place the clause puts the event in: a LOC entity after à/en/dans/près de, or inside
        what it is aimed at ("une frappe sur une base aérienne en Syrie")."""
        anchors = [trigger] + ([trigger.head] if trigger.pos_ == "NOUN" and trigger.head.i != trigger.i else [])
        if trigger.pos_ == "NOUN" and (trigger.dep_.startswith("nsubj") or trigger.dep_.startswith("nmod") and trigger.head.dep_.startswith("nsubj")):
            # the subject's clause places it: "une série d'attaques a eu lieu à Londres"
            anchors.append(clause_verb(trigger))
        anchors += [c for c in trigger.children if c.dep_ == "acl"]  # "une frappe ciblée sur une base en Syrie"
        if trigger.dep_ == "obj":  # the same participle hung on the verb: "ordonné une frappe ciblée sur ..."
            anchors += [c for c in trigger.head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        for anchor in anchors:
            found = _place_after(anchor, entities, LOCATIVE_CASES | AIMED_CASES)
            if found:
                return found
        if trigger.pos_ == "NOUN":  # deeper in the noun phrase: "le déploiement de la mission de l'UA en Somalie"
            for node in self._phrase(trigger):
                found = _place_after(node, entities, LOCATIVE_CASES) if node is not trigger else None
                if found:
                    return found
        return None


def _place_after(anchor: Token, entities: list[dict], cases: set[str]) -> dict | None:
    """A LOC entity in a complement of `anchor` introduced by one of `cases`."""
    for child in anchor.children:
        if not child.dep_.startswith(("obl", "nmod")) or _case(child) not in cases:
            continue
        # the place is the complement or its own complement ("dans le centre de Téhéran"), not a
        # name deeper in it ("à l'occasion de l'anniversaire de la prise de l'ambassade des États-Unis")
        heads = [child, *(g for g in child.children if g.dep_.startswith(("nmod", "flat", "appos")))]
        for e in entities:
            if e["label"] == "LOC" and any(e["start"] <= t.idx < e["end"] for t in heads):
                return {"start": e["start"], "end": e["end"], "text": e["text"]}
    return None


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


def sentence_of(span_start: int, sentences: list[dict], token: Token) -> tuple[int, int]:
    """The sentence (from the sentences extractor, else the parse) holding a trigger."""
    for s in sentences:
        if s["start"] <= span_start < s["end"]:
            return s["start"], s["end"]
    sent: Span = token_sentence(token)
    return sent.start_char, sent.end_char
