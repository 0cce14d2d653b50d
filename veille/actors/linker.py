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

The NER repair is in `repair`, the document's country in `home`, role mentions in `roles`, the
capital-or-government decision in `metonymy`.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from veille.actors import lexicon
from veille.actors.home import DocumentCountry
from veille.actors.mentions import LinkResult, Mention
from veille.actors.metonymy import acts
from veille.actors.normalize import fold, key, slug
from veille.actors.registry import Actor, Registry
from veille.actors.repair import _MEDIA, NerRepair
from veille.actors.roles import _PERSON_NOUNS, RoleMentions
from veille.doc_cache import doc_text
from veille.doc_cache import sentences as sentence_spans

# Head nouns that say what the name after them is, most specific first ("chaîne" of television
# before "chaîne" of shops).
_INTRODUCERS = [("media", lexicon.MEDIA_HEADS), ("party", lexicon.PARTY_HEADS), ("ngo", lexicon.NGO_HEADS),
                ("company", lexicon.COMPANY_HEADS)]
# Words before a name that make it a place: "la ville de Hilla", "à l'est de Shirqat".
_PLACE_BEFORE = re.compile(r"\b(?:ville|village|localité|commune|municipalité|prison|quartier|région|province|district|"
                           r"gouvernorat|camp|nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest|près|environs|banlieue)"
                           r"\s+(?:de|d'|d’|du)\s*$")
_MEDIA_AFTER = re.compile(r"\s*[(,]\s*(?:une?|la|le|l['’])\s*(?:agence|quotidien|journal|hebdomadaire|cha[iî]ne|radio|"
                          r"t[ée]l[ée]vision|magazine|site d['’]information)\b", re.IGNORECASE)
# ", l'association regroupant …", ", une ONG française" after a name: an NGO (the adjective its country).
_NGO_AFTER = re.compile(r"\s*,\s*(?:une?|la|le|l['’])\s*(?:association|ONG|organisation non gouvernementale|fondation|fédération|"
                        r"syndicat)\b(?:\s+([a-zàâçéèêëîïôûùüÿœ-]+))?")
# ", la filiale exploitant le véhicule", ", l'entreprise chargée de …" after a name: a company.
_COMPANY_AFTER = re.compile(r"\s*,\s*(?:une?|la|le|l['’])\s*(?:filiale|entreprise|société|compagnie|transporteur|constructeur|"
                            r"opérateur|start-up|multinationale)\b(?:\s+([a-zàâçéèêëîïôûùüÿœ-]+))?")
# Words inside an unknown organisation's name that make it a news outlet ("SOS Médias Burundi").
# Outlets named by a word that, with an article, is that word again: the paper is "Libération",
# "la Libération" is the one of 1944; the weekly is "Marianne", "la Marianne" the Republic's bust.
_OUTLETS_WITHOUT_ARTICLE = {"liberation", "marianne"}
_ARTICLE_BEFORE = re.compile(r"\b(?:la|le|l['’])\s*$", re.IGNORECASE)
_MEDIA_NAME_WORDS = {"medias", "media", "news", "tv", "television", "radio", "presse", "press", "journal", "info", "infos", "actu"}
# Adjectives inside an unknown organisation's name that make it a public body, not an association.
_PUBLIC_ADJECTIVES = {"departemental", "departementale", "departementaux", "prefectoral", "prefectorale", "interministeriel",
                      "interministerielle"}
# A noun in apposition after a name: ", journaliste burundais", ", l'ancien ministre".
_APPOSED_NOUN = re.compile(r"\s*,\s*(?:(?:un|une|le|la|l['’])\s*)?(?:(?:ancien|ancienne|ex|jeune|célèbre)\s*-?\s*)?([\w-]+)")
# Words of MISC names that make no person: events, laws, works.
_NOT_PERSON_WORDS = {"loi", "coupe", "prix", "festival", "jeux", "championnat", "tour", "operation", "plan", "accord", "traite",
                     "sommet", "conference", "forum", "journee", "journees", "salon", "grand", "open", "trophee", "guerre"}
# The lower-case links of a French commune's compound name: "-sur-", "-lès-", "-de-", "-d’".
_COMMUNE_NAME = re.compile(r"\w-(?:sur|sous|lès|lez|en|de|des|du|la|le|les|aux|et)-\w|\w-d['’]\w")
# Bare names of the State's offices and services the gazetteer holds as towns: of the article's country.
_STATE_SERVICES = {"prefecture", "sous-prefecture", "tresor", "departement du tresor", "tresor public"}
# Words that introduce a company rather than a place of business (not "hôtel", "usine", "magasin").
_COMPANY_BEFORE = re.compile(r"\b(?:groupe|société|entreprise|constructeur|compagnie|firme|opérateur|fabricant|assureur|éditeur|"
                             r"transporteur|multinationale|filiale|fonds|sondage)\b[^.,;:()]{0,40}$", re.IGNORECASE)
# The Red Cross or Red Crescent named alone, and what makes it the international movement's.
_RED_CROSS = {key("Croix-Rouge"), key("Croissant-Rouge"), key("Croix Rouge"), key("Croissant Rouge")}
_RED_CROSS_INTERNATIONAL = re.compile(r"\b(?:CICR|FICR|[Cc]omité international|[Ff]édération internationale|"
                                      r"(?:Croix|Croissant)-Rouge internationale?|Mouvement international)")
# Nouns whose complement after "à" is a person they are addressed to: "une lettre à Martin".
_ADDRESS_NOUNS = {"lettre", "message", "hommage", "appel", "reponse", "question", "adieu", "merci", "cadeau", "don",
                  "soutien", "courrier", "mail", "telegramme", "ultimatum", "demande", "succession", "cote", "grace",
                  "main", "droit", "interview", "entretien", "confiance", "parole", "mot", "allusion", "reference"}
# "villes néerlandaises (La Haye, Nimègue, " before a place: the adjective gives its country.
_PLACE_LIST = re.compile(r"\b(?:villes?|localités?|régions?|provinces?|communes?|villages?)\s+([\w-]+)\s*\((?:[^()]{0,60},\s*)?$")
# ", une région rurale" after a name the model took for a person: "à Momand Dara, une région rurale".
_PLACE_AFTER = re.compile(r"\s*,\s*(?:une?|la|le|l['’])\s*(?:petite\s+|grande\s+)?(?:ville|village|localité|commune|région|province|"
                          r"district|bourgade|cité|île|quartier)\b")
# A see or an education office named after its town: "diocèse de Hearst", "académie de Grenoble".
_SEE = re.compile(r"(?:diocèse|archidiocèse|académie|rectorat) (?:de |d['’])(?=[A-ZÀ-Ý])")
# Bodies of communes: "Communauté d'agglomération du Grand Avignon", "Communauté de communes du …".
_INTERCOMMUNAL = re.compile(r"Communauté (?:d['’]agglomération|de communes|urbaine|de l['’]agglomération)\b")
# A sports club named "Stade" and its town's people's adjective: "Stade aurillacois", "Stade rennais".
_CLUB = re.compile(r"Stade [a-zéèêàâîôûç-]+(?:ais|ois|ain|ien|in|on)\b")
# A ministry's portfolio named after "ministre", "ministère" (and a country adjective): "des Transports".
_PORTFOLIO_BEFORE = re.compile(r"\bminist(?:re|ère|res|ères)(?:\s+([\w-]+))?\s+(?:de\s+la|de\s+l['’]|des|du|de)\s*$", re.IGNORECASE)
# A region or country that a place is said to be in: ", dans la province de Nangarhâr", ", dans le
# nord-ouest de la Syrie", ", près de Mossoul".
_PLACE_WITHIN = re.compile(r"\s*,\s*(?:dans|près de|non loin de|au (?:nord|sud)(?:-(?:est|ouest))? de|à l['’](?:est|ouest) de)\s+"
                           r"(?:(?:la|le|l['’])\s*)?(?:(?:province|région|ville|district|gouvernorat|État|état|département|"
                           r"(?:nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest))\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]))?"
                           r"([A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*)?)")
# An age after a name: ", 40 ans", " (29 ans)".
_COUNTRY_IN_BRACKETS = re.compile(r"\s*\(\s*(?:(?:extrême-)?(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?\s+"
                                  r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|d['’]))?([A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,3})\s*\)")
# "X, le PDG de la compagnie Flydubai", "X, fondateur du groupe Y": the organisation a person heads.
# ", professeur de … à l'université [britannique] de Sheffield [(Royaume-Uni)]": a person's university.
_UNIVERSITY_AFTER = re.compile(r"\s*,[^.;:()«»,]{0,90}?\b(?:à|de) l['’]\s*[Uu]niversité\s+(?:([a-zé][\w-]*)\s+)?(?:de |d['’]\s*)"
                               r"([A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*)?)(?:\s*\(([^()]{2,30})\))?")
# Arabic words that open place names: "Dayr Hafir", "Qal'at Ja'bar", "Tall Abyad", "Kafr Nabl", "Jabal Druze".
_ARABIC_PLACE_HEAD = re.compile(r"(?:Qal['’]?at|Qalaat|Dayr|Deir|Tall|Kafr|Bir|Jabal|Jebel|Djebel|Wadi|Ouadi|Ras|Aïn|Ain|Beit|Beït|Maarat|Tal) [A-ZÀ-Ý]")
_AMERICAN = re.compile(r"\bÉtats-Unis\b|\baméricaine?s?\b|\bMaison Blanche\b")
_HEAD_OF = re.compile(r"\s*,\s*(?:le |la |l['’]|son |sa )?(?:ancien |ancienne |nouveau |nouvelle |actuel |actuelle )?"
                      r"(?:PDG|P\.-D\.G\.|président-directeur général|présidente?|directeur général|directrice générale|"
                      r"directeur|directrice|patron|patronne|fondateur|fondatrice|dirigeant|dirigeante)"
                      r"(?: et [\w -]{2,30}?)?\s+(?:de la |de l['’]|du |des |de |d['’])\s*"
                      r"(?:(?:compagnie|société|entreprise|groupe|chaîne|banque|firme|marque|enseigne)(?: aérienne| de [a-zé]+)?\s+)?"
                      r"([A-ZÀ-Ý][\w&'’.-]*(?: [A-ZÀ-Ý][\w&'’.-]*){0,3})")
# Words before a leader's name that make it their government: "l'administration Obama".
_LED_HEADS = ("administration", "gouvernement", "regime", "cabinet")
# Names of a country's armed forces or of one of their branches ("Force aérienne royale
# thaïlandaise", "Forces de Défense irlandaises", "Armée de l'air"), folded: the military of the
# country the name states, else of the article's. Not "Forces démocratiques …" nor "Forces
# nationales de libération", movements the registry lists under their own names.
_MILITARY_NAME = re.compile(r"(?:(?:la|les|l') ?)?(?:forces? (?:aeriennes?|navales?|armees?|terrestres?|de defense)"
                            r"|armee (?:de l' ?air|de terre|nationale|populaire)|marine (?:nationale|royale))\b")
_BUILDINGS = {"basilique", "eglise", "cathedrale", "mosquee", "synagogue", "temple", "chapelle", "abbaye", "musee",
              "palais", "chateau", "gare", "aeroport", "stade", "hopital", "prison", "place", "pont"}
# A country right after a place: "à Chambésy en Suisse", "Mocoa, en Colombie".
_COUNTRY_AFTER = re.compile(r"\s*,?\s*(?:en|au|aux)\s+([A-ZÀ-Ý][\w'’-]*(?: (?:du |de la |des )?[A-ZÀ-Ý][\w'’-]*)?)")
_GROUP_AFTER = re.compile(r"\s*,\s*(?:le|la|l['’]|un|une)\s*(?:(?:branche|faction|aile|milice)\s+(?:armée?\s+|djihadiste\s+|"
                          r"islamiste\s+|rebelle\s+|terroriste\s+)?(?:de|du|d['’])|groupe\s+(?:armé|djihadiste|islamiste|rebelle|terroriste))")
_VENUE_BEFORE = re.compile(r"\b(?:stade|aéroport|gare|hôpital|musée|théâtre)(?:\s+(?:de\s+football|de\s+rugby|olympique|municipal|international))?\s+$",
                           re.IGNORECASE)
_STREET_NAME = re.compile(r"(?:[Pp]lace|[Rr]ue|[Aa]venue|[Bb]oulevard|[Qq]uai|[Ii]mpasse|[Aa]llée|[Pp]orte)\s+(?:des|du|de\s+la|de\s+l['’]|d['’]|de)\s*[A-ZÀ-Ý]")
# A school named after a person: "le lycée Jean-Pierre Timbaud" (venues named after one are places, see
# _VENUE_BEFORE).
_SCHOOL_BEFORE = re.compile(r"\b(?:lycée|collège|école|université|institut)\s+$")
# A country's division named by its head: "État de Roraima", "province du Sichuan".
_DIVISION_HEAD = re.compile(r"(?:^|\s|['’])(?:[ÉEé]tat|[Pp]rovince|[Rr]égion|[Cc]omté|[Cc]anton|[Gg]ouvernorat)$")
# The place a body's name ends with, after "de", "du", "des", "d'", "de la", "de l'".
_PLACE_TAIL = re.compile(r"\s(?:de(?:\s+la|\s+l['’])?|du|des|d['’])\s*([A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*)$")
_STREET_BEFORE = re.compile(r"\b(?:(?:rue|avenue|boulevard|quai|impasse|allée)\s+(?:des|du|de\s+la|de\s+l['’]|de)|place)\s*$")
# Places and words of the country Georgia, which keep "Géorgie" a country in an American article.
_CAUCASUS = re.compile(r"\b(?:Tbilissi|Caucase|Abkhazie|Ossétie|Saakachvili|Batoumi|Koutaïssi)")
_SAINT = re.compile(r"Saint(?:e)? [A-ZÀ-Ý][\w'’]+(?: [A-ZÀ-Ý][\w'’-]+)+")
_AGE_AFTER = re.compile(r"\s*(?:,|\()\s*\d{1,3}\s*ans\b")
_PALACE = re.compile(r"palais\s+(?:de\s+l['’]|du\s+|de\s+la\s+|de\s+)", re.IGNORECASE)
_FUNCTION_WORDS = {"de", "du", "des", "d'", "la", "le", "les", "l'", "et", "pour", "a", "au", "aux", "en", "sur"}
_CIVILITIES = {"m", "mm", "mme", "mmes", "mlle", "me", "mgr", "dr", "pr"}  # as keys: "M." is "m"


def article_day(date: str | None) -> dt.date | None:
    """The day a role is resolved on; the middle of the month (year) when only that is known."""
    try:
        parts = [int(p) for p in (date or "").split("-")]
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 15)
    except ValueError:
        return None


# Verbs whose "il" is impersonal ("il faut", "il y a"): the parser's expl:subj of any other verb is
# often a personal pronoun it misread ("S'il va rencontrer le Président").
IMPERSONAL_VERBS = {"falloir", "avoir", "sembler", "paraître", "agir", "pleuvoir", "être", "rester", "exister", "arriver", "suffire", "manquer", "valoir"}

class DocumentLinker(NerRepair, DocumentCountry, RoleMentions):
    def __init__(self, doc: Doc, entities: list[dict], registry: Registry, date: str | None = None, title: str | None = None):
        self.doc = doc
        self.text = doc_text(doc)
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
        """The tokens over [start, end), built once per offsets: each step of an entity's linking
        asks for its span again (36 times an article), and spaCy aligns the offsets each time."""
        spans = self.__dict__.setdefault("_spans", {})
        if (start, end) not in spans:
            spans[(start, end)] = self.doc.char_span(start, end, alignment_mode="expand")
        return spans[(start, end)]

    def best(self, candidates: list[Actor], kind: str | None = None) -> Actor | None:
        if kind:
            candidates = [a for a in candidates if a.kind == kind]
        for actor in candidates:
            if actor.id in self.in_office:
                return actor
        return candidates[0] if candidates else None

    # -- entities -------------------------------------------------------------------------------

    def link_entities(self) -> None:
        for index, e in enumerate(self.entities):
            found = self.link_entity(e)
            if found:
                actor, via = found
                m = Mention(e["start"], e["end"], e["text"], via, actor, index)
                self.mentions.append(m)
                self.by_entity[index] = m
                inside = []
                if via == "role" or actor.kind in ("government", "military") and actor.id.startswith("org:") or _SEE.match(e["text"]):
                    # "Chambre des représentants des États-Unis": the country is a mention of its own
                    inside = self._inside(e, actor)
                if not inside and actor.kind not in ("location", "country", "person") and e["label"] != "PER":
                    inside = [m for m in [self._place_inside(e, actor)] if m is not None]
                self.mentions += inside
        self.definitions()

    def _place_inside(self, e: dict, actor: Actor) -> Mention | None:
        """The town or region a body's name ends with: "Washington" in "État de Washington",
        "Montréal" in "Conseil de Ville de Montréal", "Nice" in "Opéra de Nice": a place, a
        mention of its own, as where the text names it alone."""
        tail = _PLACE_TAIL.search(e["text"])
        if tail is None:
            return None
        name = tail.group(1)
        known = self.registry.lookup(name)
        if known and not any(a.kind == "location" for a in known):
            return None  # a country ("Banque de France") is the body's own business, not a place of it
        place = self.registry.place(name)
        if _DIVISION_HEAD.search(e["text"][:tail.start()]) and actor.country in self.registry.countries and not known:
            # "État de Roraima", "l'État de Washington" (not the capital): the state of that country
            place = Actor(f"place:{slug(name)}-{actor.country.lower()}", name, actor.country, "location")
        if place is None:
            return None
        start = e["start"] + tail.start(1)
        return Mention(start, start + len(name), name, "name", place)

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
        after = self.doc[span.end] if span.end < len(self.doc) else None
        if code is None and after is not None and after.text.islower() and after.pos_ == "ADJ":
            # "le ministre des Finances françaises", the adjective left outside the name: its country
            code = self.registry.adjective(after.text)
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
        see = _SEE.match(e["text"])
        if see and actor.kind in ("other", "government"):
            # "Sault-Sainte-Marie" in "diocèse de Sault-Sainte-Marie", "Grenoble" in "académie de
            # Grenoble": the town the see or the education office is named after, a place of its own
            place = self.registry.place(e["text"][see.end():])
            name = e["text"][see.end():]
            return [Mention(e["start"] + see.end(), e["end"], name, "name",
                            place or Actor(f"place:{slug(name)}", name, actor.country, "location"))]
        if actor.kind == "government" and fold(span[0].text) in _LED_HEADS \
                and (leader := self._leader(span[1:].text)) is not None:
            # "Obama" in "administration Obama": the leader, a mention of their own
            return [Mention(span[1].idx, span.end_char, span[1:].text, "name", leader)]
        if portfolio is not None:
            place = self.registry.place(portfolio.text)
            if place is not None:  # "première ministre de l'Angleterre": a place, no ministry
                return [Mention(portfolio.start_char, portfolio.end_char, portfolio.text, "name", place)]
            if self.best(self.registry.lookup(portfolio.text), "country") is None:
                for t in portfolio[1:]:
                    # "ministre de la Défense de la Corée du Nord": the ministry, and the country it names
                    if fold(t.nbor(-1).text) not in ("de", "du", "d'", "la", "l'") or not t.text[:1].isupper():
                        continue
                    rest = self.doc[t.i:portfolio.end]
                    country = self.best(self.registry.lookup(rest.text), "country")
                    if country is not None:  # both a mention: the gold sets span either
                        return [Mention(portfolio.start_char, portfolio.end_char, portfolio.text, "role",
                                        self.registry.government(country.country)),
                                Mention(rest.start_char, rest.end_char, rest.text, "name", country)]
                return [Mention(portfolio.start_char, portfolio.end_char, portfolio.text, "role", self.registry.government(actor.country))]
            # "ministre de la république du Zaïre": the country's full name, found below
        for i in range(1, len(span)):
            for j in range(len(span), i, -1):
                part = span[i:j]
                if not part.text[:1].isupper() and not fold(part.text).startswith("republique "):
                    continue  # "république populaire de Chine" is a country's name in lower case too
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
            if full.actor.kind == "person" or short.actor.kind == "person":
                continue
            if all(known):
                if full.actor.id != short.actor.id and full.actor.kind == short.actor.kind == "party":
                    # "le Parti socialiste (PASOK)" of a Greek article: a name many countries' parties
                    # bear, made one party by its acronym
                    for m in self.mentions:
                        if key(m.text) == key(full.text):
                            m.actor = short.actor
                continue
            if short.actor.kind in ("country", "location") and (self.registry.place(short.text) is not None or any(
                    a.kind == "country" for a in self.registry.lookup(short.text))):
                continue  # "au Parlement de Londres (Royaume-Uni)": a known place in brackets says where, it is no acronym
            source, target = (short, full) if known[1] else (full, short)
            actor = source.actor
            introducer = fold(self.text[max(0, target.start - 20):target.start])
            if not any(known) and actor.kind == "other" and target.actor.kind in ("company", "media", "ngo", "party") and actor.id.startswith("org:") \
                    and "groupe" not in introducer:  # "du groupe local FDN (Familia do Norte)": a gang, no company
                # "l'entreprise RTE (Réseau de Transport d'Électricité)": the kind its introducer gave
                actor = Actor(actor.id, actor.name, actor.country, target.actor.kind)
            for m in self.mentions:  # by text: the target's actor may be shared ("gov:TUR")
                if key(m.text) == key(target.text) or actor is not source.actor and m.actor.id == actor.id:
                    m.actor = actor
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
        if known_media is not None and not (key(text) in _OUTLETS_WITHOUT_ARTICLE
                                            and _ARTICLE_BEFORE.search(self.text[max(0, e["start"] - 4):e["start"]])):
            return known_media, "name"
        street = _STREET_BEFORE.search(self.text[max(0, e["start"] - 30):e["start"]])
        if street and label != "PER":
            # "le pôle financier de la rue des Italiens": a street, not Italy
            e["start"] -= len(street.group())
            e["text"] = text = self.text[e["start"]:e["end"]]
            e["label"] = "LOC"
            return Actor(f"place:{slug(text)}", text, self.place_country(e) or self.home(), "location"), "name"
        school = _SCHOOL_BEFORE.search(self.text[max(0, e["start"] - 12):e["start"]]) if label == "PER" else None
        if school:
            # "des lycéens du lycée Jean-Pierre Timbaud": the school, not the man it is named after
            e["start"] -= len(school.group())
            e["text"] = text = self.text[e["start"]:e["end"]]
            e["label"] = "ORG"
            return Actor(f"org:{slug(text)}", text, self.home(), "other"), "name"
        if label != "PER" and text[:1].isupper():
            # "Bolsonaro" after "Jair Bolsonaro", "Hollande" after "François Hollande", whatever the model's label
            earlier = self.earlier_person(e)
            if earlier is not None:
                e["label"] = "PER"
                return earlier, "coreference"
        if key(text) == "guyane" and label != "PER" and re.search(r"\bGuyane\s+française", self.text) \
                and not re.match(r"\s+française", self.text[e["end"]:]) and "GUY" in self.registry.countries:
            # "la Guyane, le Suriname et la Guyane française": beside the French department, Guyana
            e["label"] = "LOC"
            return self.registry.country("GUY"), "name"
        if key(text) == "amerique" and label != "PER":
            # "l'engagement fermé de l'Amérique" in a quotation: the United States, in the words of its
            # own officials, and so in an article about the United States; elsewhere ("en Afrique … et en
            # Amérique"), the continent, of no country
            e["label"] = "LOC"
            if (self._quoted(e["start"]) or self.home() == "USA") and "USA" in self.registry.countries:
                return self.registry.country("USA"), "name"
            return Actor("place:america", text, None, "location"), "name"
        street = _STREET_NAME.match(text) if label != "PER" and self.registry.seat(text) is None else None
        if street and self._country_named(text[street.end() - 1:]) and self.home() in self.registry.countries:
            # "vers la Place d’Italie, dans le XIIIe arrondissement de Paris": a square or street named
            # after a country is a place of the article's country, not that country
            e["label"] = "LOC"
            return Actor(f"place:{slug(text)}", text, self.home(), "location"), "name"
        if label != "PER" and text == "Démocrates" and (self.home() == "USA" or _AMERICAN.search(self.text)):
            # "des serveurs appartenant aux Démocrates" where the text speaks of the United States:
            # the American party ("Républicains" stays the French party's name)
            party = next((a for a in self.registry.lookup("Parti démocrate américain") if a.kind == "party"), None)
            if party is not None:
                e["label"] = "ORG"
                return party, "name"
        if label != "PER" and key(text) in ("mairie", "ville") and text.split()[-1][:1].isupper():
            # "La Mairie précise que …", "des agents de la Ville de Paris": the town's council, a
            # government of the town's country (of the article's, where no town follows)
            town = re.match(r"\s+(?:de |d['’]\s*)([A-ZÀ-Ý][\w'’-]*)", self.text[e["end"]:e["end"] + 40])
            place = self.registry.place(town.group(1)) if town and key(text) == "ville" else None
            code = place.country if place is not None else self.home()
            if code in self.registry.countries:
                e["label"] = "ORG"
                return self.registry.government(code), "role"
        if label != "PER" and _INTERCOMMUNAL.match(text) and self.home() in self.registry.countries:
            # "la Communauté d'agglomération du Grand Avignon" tagged as a place: a body of communes, a
            # local government of the article's country
            e["label"] = "ORG"
            return self.registry.government(self.home()), "role"
        if label != "PER" and _CLUB.match(text):
            # "le Stade aurillacois Cantal Auvergne", "le Stade toulousain" tagged as a place: the
            # club named after its town's people (not "le Stade de France", a venue)
            e["label"] = "ORG"
            return Actor(f"org:{slug(text)}", text, self.registry.adjective(text.split()[1]) or self.home(), "other"), "name"
        if label != "PER" and re.match(r"(?:académie|rectorat) (?:de |d['’])[A-ZÀ-Ý]", text):
            # "l'académie de Grenoble" tagged as a place: the State's education office of the town's country
            e["label"] = "ORG"
            place = self.registry.place(re.sub(r"^\S+ (?:de |d['’])", "", text))
            code = place.country if place is not None else self.home()
            if code in self.registry.countries:
                return self.registry.government(code), "role"
        if label != "PER" and fold(text.split()[0]) in ("universite", "diocese", "archidiocese") and len(text.split()) > 1:
            # "l'université de Manchester", "le diocèse de Moosonee" tagged as a place: the university,
            # the see, of its town's country
            e["label"] = label = "ORG"
            return self.organisation(e)
        if label in ("LOC", "PER") and self._relative_of_person(e):
            # "Vicente, un garçon de 5,5 ans, … par son père Jason Lopez", then "Vicente Lopez": a
            # first name and the surname of a person the text names, not the Argentine town
            e["label"] = "PER"
            return Actor(f"local:{slug(text)}", text, self.nationality(e) or self.home(), "person"), "name"
        country = self.best(candidates, "country")
        if country and country.country == "GEO" and self._american_georgia(e):
            e["label"] = "LOC"  # "à Atlanta, en Géorgie, dans le sud des États-Unis": the state
            return Actor("place:georgia-us-state", text, "USA", "location"), "name"
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
        if label == "PER" and not candidates and " " not in text and fold(text) in lexicon.ORGANISATION_NAME_HEADS:
            e["label"] = label = "ORG"  # "le site internet du Sénat" tagged as a person: the institution
        if label == "PER" and not candidates and (" " in text or "-" in text) and (named := self.registry.place(text)) is not None:
            e["label"] = "LOC"  # "Khan Cheikhoun", "Tall Afar" tagged as persons: a known place of two words is no one's name
            return named, "name"
        if label in ("LOC", "ORG") and not candidates and " " not in text and self._known_surname(e):
            # "l'ancien protégé de Hollande", "le mandat de Hollande" tagged as a place: the person the
            # registry knows by that surname, when no article makes a place of it ("la Hollande")
            e["label"] = label = "PER"
        if label == "PER" and not candidates and " " in text and _ARABIC_PLACE_HEAD.match(text):
            # "Dayr Hafir", "Qal'at Ja'bar" tagged as persons: a name opening on the Arabic word for a
            # monastery, a citadel, a hill, a village, a well is a place
            e["label"] = label = "LOC"
            return self.earlier_place(e) or (Actor(f"place:{slug(text)}", text, self.place_country(e) or self.home(), "location"), "name")
        if label == "PER" and not candidates and _COMMUNE_NAME.search(text):
            # "du village Saint-Féliu-d’Avall", "Sainte-Flaive-des-Loups": the lower-case links of a
            # commune's compound name make no person's name
            e["label"] = label = "LOC"
            return self.earlier_place(e) or (Actor(f"place:{slug(text)}", text, self.place_country(e) or self.home(), "location"), "name")
        if label == "PER" and not candidates and self._place_after_noun(e):
            # "immobilisé sur les rails à Amirabad": one unknown word after a noun and "à" is a place
            e["label"] = label = "LOC"
            return self.earlier_place(e) or (Actor(f"place:{slug(text)}", text, self.place_country(e) or self.home(), "location"), "name")
        if label in ("LOC", "ORG") and not candidates and _SAINT.fullmatch(text) and self.registry.place(text) is None:
            # "la cellule du Saint Maximilien Kolbe": a saint's first name and surname, unhyphenated, are a
            # person (places named after a saint are hyphenated: "Saint-Denis")
            e["label"] = label = "PER"
        if label == "PER" or (candidates and candidates[0].kind == "person"):
            person = self.person(e, candidates)
            if person:
                return person
        seat = self.registry.seat(text) or self._palace(text)
        if seat:
            # "le Congrès" in an article about Brazil: its own, not the United States' seat of that name
            chamber = self._home_chamber(seat.actor, text) if seat.place is None else None
            return (chamber, "name") if chamber else self._department(e, text) or self.metonymy(e, seat)
        actor = self.best([a for a in candidates if a.kind != "person"]) or self.known_with_adjective(text)
        if actor and actor.country is None and key(text) in _RED_CROSS and self.home() and not _RED_CROSS_INTERNATIONAL.search(self.text):
            # "le directeur du Croissant-Rouge" in an article about Iran, the international committee
            # and federation not named: the national society
            return Actor(actor.id, actor.name, self.home(), actor.kind), "name"
        if actor:
            return self._home_chamber(actor, text) or actor, "name"
        if fold(text) in _STATE_SERVICES and self.home():
            # "selon un premier bilan de la Préfecture", "le secrétaire du Trésor", "département du Trésor":
            # the State's office or service, not a town of that name
            e["label"] = "ORG"
            return self.registry.government(self.home()), "role"
        place = self.registry.place(text)
        if place and label != "PER":
            self._town_of_region(e, place)
            return self.introduced_media(e) or (place, "name")
        if (label == "ORG" or label == "MISC") and not candidates and _VENUE_BEFORE.search(self.text[max(0, e["start"] - 30):e["start"]]):
            # "près du stade de football Vodafone Arena": a place, whatever company it is named after
            e["label"] = "LOC"
            return Actor(f"place:{slug(text)}", text, self.place_country(e) or self.home(), "location"), "name"
        if label == "MISC" and not candidates and self._person_in_apposition(e):
            # "Esdras Ndikumana, journaliste burundais en exil": a name of a person the model called MISC
            e["label"] = "PER"
            return self.person(e, candidates)
        if label == "ORG" or label == "MISC":
            return self.organisation(e)
        span = self.span(e["start"], e["end"])
        institution = self.institution(list(span), inside_entity=True) if span is not None else None
        if institution:
            e["label"] = "ORG"  # "le ministère russe de la Défense", tagged as a place by the model
            return institution, "role"
        if label == "LOC" and _AGE_AFTER.match(self.text, e["end"]) and not candidates:
            e["label"] = "PER"  # "le nom Farid, 40 ans, ressortissant algérien": an age makes it a person
            return self.person(e, candidates)
        if label == "LOC" and _GROUP_AFTER.match(self.text, e["end"]):
            # "Ansar Beït al-Maqdess, la branche de l'organisation État islamique": a group, not a place
            e["label"] = "ORG"
            return Actor(f"org:{slug(text)}", text, self.home(), "other"), "name"
        if label == "LOC" and _COMPANY_BEFORE.search(self.text[max(0, e["start"] - 60):e["start"]]):
            # "la compagnie ferroviaire Ferrotramviaria", "la société X" tagged as a place: a company
            introduced = self.media(e)
            if introduced and introduced[0].kind == "company":
                e["label"] = "ORG"
                return introduced
        if label == "LOC":
            return self.introduced_media(e, ("media", "ngo")) or self.earlier_place(e) \
                or (Actor(f"place:{slug(text)}", text, self.place_country(e) or self.home(), "location"), "name")
        return None

    def _quoted(self, start: int) -> bool:
        """Whether `start` is inside a quotation (« … » or “ … ”) of its paragraph."""
        paragraph = self.text.rfind("\n", 0, start) + 1
        before = self.text[paragraph:start]
        return before.rfind("«") > before.rfind("»") or before.rfind("“") > before.rfind("”")

    def _person_in_apposition(self, e: dict) -> bool:
        """A name of two or three capitalised words followed by a person's noun or age in apposition:
        "Esdras Ndikumana, journaliste burundais", "X, 40 ans"."""
        words = e["text"].split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].replace("-", "").isalpha() and not w.isupper() for w in words):
            return False
        if any(fold(w) in lexicon.ORGANISATION_NAME_HEADS or fold(w) in _NOT_PERSON_WORDS for w in words):
            return False
        after = _APPOSED_NOUN.match(self.text, e["end"])
        noun = fold(after.group(1)) if after else ""
        return noun in lexicon.PERSON_ROLES or noun in _PERSON_NOUNS or noun in lexicon.HEAD_OF_STATE \
            or bool(_AGE_AFTER.match(self.text, e["end"]))

    def _place_after_noun(self, e: dict) -> bool:
        """One capitalised word the model took for a person, after "à" that follows a noun ("les rails
        à Amirabad", "un attentat à Kaboul"), not a verb ("a déclaré à Martin"), nor a noun of address
        ("une lettre à Martin"), and no surname of a person the text names."""
        span = self.span(e["start"], e["end"])
        if span is None or len(span) != 1 or not span[0].text[1:].islower() or span.start < 2:
            return False
        text = e["text"]
        at, noun = self.doc[span.start - 1], self.doc[span.start - 2]
        if at.text != "à" or noun.pos_ != "NOUN" or fold(noun.lemma_) in _ADDRESS_NOUNS:
            return False
        return not any(m.actor.kind == "person" and key(text) in key(m.text).split() for m in self.mentions) \
            and not any(o is not e and o["label"] == "PER" and text in o["text"].split() and o["text"] != text for o in self.entities)

    def _relative_of_person(self, e: dict) -> bool:
        """A place-labelled name of two words, the second the surname of another person of the text and
        the first a name the text gives alone ("Vicente" … "Jason Lopez" … "Vicente Lopez")."""
        words = e["text"].split()
        if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
            return False
        if self.registry.lookup(words[0]) or self.registry.place(words[0]) is not None \
                or any(a.kind != "location" for a in self.registry.lookup(e["text"])):
            return False  # "Raúl Castro" beside "Fidel Castro": a person the registry knows keeps its entry
        if e["label"] == "PER" and self.registry.place(e["text"]) is None and not self.registry.lookup(e["text"]):
            return False  # a person's name the registry does not hold is a person already
        relatives = [p for p in self.entities if p["label"] == "PER" and p["text"] != e["text"]
                     and len(p["text"].split()) >= 2 and p["text"].split()[-1] == words[1]]
        return bool(relatives) and re.search(rf"\b{re.escape(words[0])}\b(?!\s+{re.escape(words[1])})", self.text) is not None

    def _american_georgia(self, e: dict) -> bool:
        """"Géorgie" is the American state in an article about the United States or right after an
        American place ("Atlanta, en Géorgie"), unless the text names the Caucasus country's own places."""
        if _CAUCASUS.search(self.text):
            return False
        before = next((m for m in reversed(self.mentions) if m.end <= e["start"]), None)
        after_place = before is not None and before.actor.country == "USA" and before.actor.kind == "location" \
            and re.fullmatch(r"\s*,?\s*(?:en|dans l['’]État de)\s*", self.text[before.end:e["start"]]) is not None
        return after_place or self.title_country() == "USA"

    def earlier_place(self, e: dict) -> tuple[Actor, str] | None:
        """An unknown place named again is the place met first ("à Chambésy en Suisse", then "la
        réunion de Chambésy"): the country its first context gave."""
        same = next((m.actor for m in self.mentions if m.start < e["start"] and key(m.text) == key(e["text"])
                     and m.actor.kind == "location" and m.actor.id.startswith("place:")), None)
        return (same, "coreference") if same is not None else None

    def _town_before_bracket(self, e: dict):
        """The place mention right before the brackets that hold `e` alone ("Châtellerault (Vienne)"),
        or None."""
        if self.text[max(0, e["start"] - 2):e["start"]].strip() != "(" or not self.text.startswith(")", e["end"]):
            return None
        return next((m for m in reversed(self.mentions) if m.actor.kind == "location" and m.start < e["start"]
                     and self.text[m.end:e["start"]].strip() == "("), None)

    def _department(self, e: dict, text: str) -> tuple[Actor, str] | None:
        """A region in brackets after a town of another country: "Châtellerault (Vienne)" is the
        French department, not Austria's capital."""
        town = self._town_before_bracket(e)
        if town is None or town.actor.country not in self.registry.countries:
            return None
        return Actor(f"place:{slug(text)}-{town.actor.country.lower()}", text, town.actor.country, "location"), "name"

    def _town_of_region(self, e: dict, region: Actor) -> None:
        """A known region in brackets after a town the registry gives another country: the town is
        of the region's country ("St. Petersburg (Floride)" is no Russian city)."""
        if region.country not in self.registry.countries or self.registry.seat(e["text"]) is not None:
            return
        town = self._town_before_bracket(e)
        if town is not None and town.actor.country != region.country:
            town.actor = Actor(f"place:{slug(town.text)}-{region.country.lower()}", town.text, region.country, "location")

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
        # "la ville de Tobrouk (est de la Libye)", "Tobrouk (Libye)": the country in brackets after it
        bracketed = _COUNTRY_IN_BRACKETS.match(self.text, e["end"])
        if bracketed:
            code = next((a.country for a in self.registry.lookup(bracketed.group(1)) if a.kind == "country"), None)
            if code in self.registry.countries:
                return code
        # "à Achin, dans la province de Nangarhâr", "à X, dans le nord-ouest de la Syrie"
        after = _PLACE_WITHIN.match(self.text, e["end"])
        if after:
            code = self._country_named(after.group(1))
            if code is not None:
                return code
        return self._country_after(e["end"]) or self._named_after_place(e["text"]) or self._sentence_country(e["start"])

    def _country_after(self, end: int) -> str | None:
        """"à Chambésy en Suisse", "Mocoa, en Colombie": the country named right after a place."""
        after = _COUNTRY_AFTER.match(self.text, end)
        if after is None:
            return None
        words = after.group(1).split()
        for n in range(len(words), 0, -1):  # "en Afrique du Sud" before "en Afrique"
            code = self._country_named(" ".join(words[:n]))  # "Fort Lauderdale en Floride": a place's
            if code is not None:
                return code
        return None

    def _country_named(self, name: str) -> str | None:
        """The country a name names, else the country of the known place it names ("Floride",
        "Kerala"), or None."""
        code = next((a.country for a in self.registry.lookup(name) if a.kind == "country"), None)
        place = self.registry.place(name) if code is None else None
        code = code or (place.country if place is not None else None)
        return code if code in self.registry.countries else None

    def _named_after_place(self, text: str) -> str | None:
        """"basilique Sainte-Anne de Jérusalem", "cathédrale de Chartres": a building named after the
        known town it stands in is of the town's country."""
        tail = re.search(r"\s(?:de|du|d['’])\s*([A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*)?)$", text)
        if tail is None or fold(text.split()[0]) not in _BUILDINGS:  # "l'île d'Orléans" is no building of Orléans
            return None
        place = self.registry.place(tail.group(1))
        code = place.country if place is not None else next(
            (a.country for a in self.registry.lookup(tail.group(1)) if a.kind == "country"), None)
        return code if code in self.registry.countries else None

    def _sentence_country(self, start: int) -> str | None:
        """The country a sentence opens on, "En Syrie voisine, les forces rebelles … reprendre
        al-Bab": the country of the unknown places it names."""
        window = self.text[max(0, start - 300):start]
        opening = max(window.rfind(". "), window.rfind("\n"), window.rfind("! "), window.rfind("? "))
        if opening < 0 and start > 300:
            return None
        offset = max(0, start - 300) + opening + 1
        lead = re.match(r"\s*(?:[–—-]\s*)?(?:En|Au|Aux|À)\s+", self.text[offset:offset + 14])  # after the dateline's dash too
        if lead is None:
            return None
        # "En Syrie, …"; "Au Palais de justice de Bruxelles, … dans la rue du Dries à Forest": a known place too
        country = next((m for m in self.mentions if m.start == offset + lead.end() and m.actor.kind in ("country", "location")), None)
        return country.actor.country if country is not None and country.actor.country in self.registry.countries else None

    def introduced_media(self, e: dict, kinds: tuple[str, ...] = ("media",)) -> tuple[Actor, str] | None:
        """A news outlet introduced as one, whatever place shares its name: "le quotidien Granma",
        "Anatolie (une agence pro-gouvernementale)"; for a name the model took for a place, an NGO
        too ("l'organisation burundaise anti-corruption Olucome")."""
        introduced = self.media(e)
        if introduced and introduced[0].kind in kinds:
            if introduced[0].kind != "media":
                e["label"] = "ORG"
            return introduced
        return None

    def _palace(self, text: str):
        """"le palais de l'Élysée", "palais du Kremlin": the building's seat of power."""
        palace = _PALACE.match(text)
        seat = self.registry.seat(text[palace.end():]) if palace else None
        return seat if seat is not None and seat.place is None else None

    def _known_surname(self, e: dict) -> bool:
        """Is this one word, unknown as a place or seat, the surname of one person the registry knows,
        with no article or place preposition right before it?"""
        text = e["text"]
        if not text[:1].isupper() or text.isupper() or self.registry.place(text) is not None or self.registry.seat(text) is not None:
            return False
        if len({a.id for a in self.registry.surnames.get(key(text), [])}) != 1:
            return False
        before = re.search(r"(\w+['’]?)\s*$", self.text[max(0, e["start"] - 12):e["start"]])
        return not before or fold(before.group(1)) not in ("la", "le", "les", "l'", "l’", "en", "au", "aux", "a", "vers", "dans")

    def _home_chamber(self, actor: Actor, text: str) -> Actor | None:
        """A chamber's bare name ("Chambre des représentants", which the registry gives the
        United States) is the article's own when it is about another country: Japan's lower house."""
        words = key(text).split()
        if actor.kind != "government" or len(words) > 3 or not words or words[0] not in lexicon.DOMESTIC_ORG_HEADS | {"congres"}:
            return None
        if any(self.registry.adjective(w) for w in text.split()[1:]):
            return None  # "le Sénat américain" names its country
        home = self.main_country()
        if home is None or home == actor.country or home not in self.registry.countries:
            return None
        if any(m.actor.country == actor.country and m.actor.kind == "country" for m in self.mentions):
            return None
        return Actor(f"org:{slug(text)}", text, home, "government")

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
            if m.actor.kind != "person" or m.via == "role" or m.start >= e["start"] or len(earlier) < len(tail) or earlier[-len(tail):] != tail \
                    or len(earlier) == len(tail) < 2:  # the same full name again counts, not one word
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
        if fold(e["text"].split()[0]) in _BUILDINGS and " " in e["text"]:
            e["label"] = "LOC"  # "Au Palais de justice de Bruxelles" tagged as a person: the building
            return Actor(f"place:{slug(e['text'])}", e["text"], self.place_country(e) or self.home(), "location"), "name"
        if _PLACE_BEFORE.search(self.text[max(0, e["start"] - 40):e["start"]]) or _PLACE_AFTER.match(self.text, e["end"]):
            e["label"] = "LOC"  # "la ville de Hilla", "la prison de Fleury-Mérogis": a place the model took for a name
            return Actor(f"place:{slug(e['text'])}", e["text"], self.home(), "location"), "name"
        local_id = f"local:{slug(e['text'])}"
        seen = next((m.actor for m in self.mentions if m.actor.id == local_id), None)
        if seen is not None:
            return seen, "coreference"
        return Actor(local_id, e["text"], self.nationality(e) or self.home(), "person"), "name"

    def _bracketed_country(self, end: int) -> str | None:
        """The country closing the brackets right after a name: "(Italie)", "(PPE, Italie)"."""
        after = re.match(r"\s*\((?:[^(),]{1,30},\s*)?([^(),]{2,30})\)", self.text[end:end + 65])
        if after is None:
            return None
        code = next((a.country for a in self.registry.lookup(after.group(1).strip()) if a.kind == "country"), None)
        return code if code in self.registry.countries else None

    def _party_in_brackets(self, e: dict) -> str | None:
        """An acronym opening "(X, <country>)" right after a person's name is their party or group, of
        that country: "Helga Stevens (ERC, Belgique)". Its country code, or None."""
        opening = self.text.rfind("(", 0, e["start"])
        if opening < 0 or self.text[opening + 1:e["start"]].strip() or not re.fullmatch(r"[A-ZÀ-Ý]{2,}[\w/-]*", e["text"]):
            return None
        code = self._bracketed_country(opening) if re.match(r"\s*,", self.text[e["end"]:]) else None
        if code is None or not any(m.actor.kind == "person" and not self.text[m.end:opening].strip() for m in self.mentions):
            return None
        return code

    def nationality(self, e: dict) -> str | None:
        """"l'Algérien Fatsah Ouguergouz", "la ministre française X", "Reina Gansu (Bénin)"."""
        before = self.text[max(0, e["start"] - 40):e["start"]]
        match = re.search(r"(\w[\w-]*)\s*,?\s*$", before)
        if match:
            # "l'Algérien X"; "l'ingénieur genevois X": a region's or city's adjective says its country
            code = self.registry.adjective(match.group(1)) or lexicon.REGIONAL_ADJECTIVES.get(fold(match.group(1)))
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
        # "X, le pilote néo-zélandais", "X, une militante syrienne": a nationality in the apposition;
        # "X, un Américain d'origine afghane": the people it names first, not the origin
        apposition = re.match(r"\s*,\s*(?:le|la|l'|l’|un|une)\s*([^,.;:()«»]{2,60})", self.text[e["end"]:e["end"] + 70])
        if apposition:
            words = re.split(r"[\s'’]+", apposition.group(1))
            if key(words[0]) in self.registry.gentiles:
                code = self.registry.adjective(words[0])
                if code in self.registry.countries:
                    return code
            for word in words[1:7]:
                code = self.registry.adjective(word)
                if code in self.registry.countries:
                    return code
        code = self._role_of_country(e["end"]) or self._origin(e["end"]) or self._head_of_organisation(e["end"]) \
            or self._university(e["end"])
        if code:
            return code
        # "X, 39 ans, français d'origine tunisienne", "X, d'origine chinoise", "X, 40 ans, ressortissant
        # algérien": a bare nationality
        bare = re.match(r"\s*(?:,\s*\d+\s*ans\s*(?:\([^()]{0,40}\))?)?\s*,\s*(?:(?:un |une )?(?:ressortissante?|citoyenne?)\s+)?"
                        r"(?:(\w[\w-]*)\b|d['’]origine\s+(\w[\w-]*))",
                        self.text[e["end"]:e["end"] + 90])
        code = self.registry.adjective(bare.group(1) or bare.group(2)) if bare else None
        return code if code in self.registry.countries else None

    def _head_of_organisation(self, end: int) -> str | None:
        """"Ghaith al Ghaith, le PDG de la compagnie Flydubai": the country of the company, party,
        outlet or association the registry knows that the apposition says the person heads."""
        window = _HEAD_OF.match(self.text[end:end + 120])
        if window is None:
            return None
        code = next((a.country for a in self.registry.lookup(window.group(1))
                     if a.kind in ("company", "media", "party", "ngo")), None)
        return code if code in self.registry.countries else None

    def _university(self, end: int) -> str | None:
        """"Neil Hyatt, professeur … à l'université britannique de Sheffield", "Barry Marsden,
        professeur … à l'université de Manchester (Royaume-Uni)": the country of the university the
        apposition places the person at, by its bracketed country, its adjective or its town."""
        window = _UNIVERSITY_AFTER.match(self.text[end:end + 160])
        if window is None:
            return None
        bracket, adjective, town = window.group(3), window.group(1), window.group(2)
        code = (self._country_named(bracket) if bracket else None) or (self.registry.adjective(adjective) if adjective else None)
        if code in self.registry.countries:
            return code
        return self._country_named(town)

    def _origin(self, end: int) -> str | None:
        """"X, un homme de 26 ans en provenance d'Alaska", "X, originaire du Kerala": the country of the
        place or country a person is said to come from, in the apposition after the name."""
        window = re.match(r"\s*,[^.;:()«»]{0,60}?\b(?:originaire|natif|native|en provenance)\s+d(?:e\s+|u\s+|es\s+|['’]\s*)"
                          r"(?:la\s+|l['’]\s*)?([A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*)?)", self.text[end:end + 110])
        if window is None:
            return None
        return self._country_named(window.group(1))

    def _role_of_country(self, end: int) -> str | None:
        """"X, ministre de l'environnement du Burundi", "X, sénateur du Vermont": an office of the
        country (or of a place of the country) the apposition names after "de"; none where an organisation comes first
        ("envoyé spécial de l'ONU au Burundi") or the country is only where the office is held."""
        apposition = re.match(r"\s*,\s*(?:le |la |l'|l’)?([a-zé][\w-]*)\b([^,.;:()«»]{0,60})", self.text[end:end + 80])
        if apposition is None or fold(apposition.group(1)) not in (lexicon.PERSON_ROLES.keys() | lexicon.HEAD_OF_STATE | lexicon.HEAD_OF_GOVERNMENT):
            return None
        for place in re.finditer(r"\b(de la |de l['’]|du |des |d['’]|au |aux |en |à )?([A-ZÀ-Ý][\w-]*(?: (?:du |de la |des )?[A-ZÀ-Ý][\w-]*)?)", apposition.group(2)):
            actors = self.registry.lookup(place.group(2))
            if any(a.kind == "igo" or a.kind != "country" and a.kind != "location" for a in actors):
                return None  # an organisation's office: its code, not a country's
            code = next((a.country for a in actors if a.kind == "country"), None)
            if code is None:  # "sénateur du Vermont", "maire de Montréal": the place's country
                where = self.registry.place(place.group(2))
                code = where.country if where is not None else None
            if code in self.registry.countries:
                return code if place.group(1) and place.group(1).strip() in ("de la", "du", "des", "d'", "d’", "de l'", "de l’") else None
        return None

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
        if re.search(r"\bville\s+(?:de\s+|d['’]\s*)$", self.text[max(0, e["start"] - 12):e["start"]]):
            return seat.place, "name"  # "la ville de Rome a retiré sa candidature": the city, not the state
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
        # "l'opérateur de téléphonie mobile Sprint …, Sprint a déclaré": the unknown organisation met
        # earlier under the same name, with the kind its introducer gave it there
        same = next((m.actor for m in reversed(self.mentions) if m.start < e["start"] and key(m.text) == key(text)
                     and m.actor.id.startswith(("org:", "media:")) and m.actor.kind != "other"), None)
        if same is not None:
            return same, "coreference"
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
        led = self.led_by(span)
        if led:
            return led, "role"
        parent = self.parent_organisation(text) or self.known_inside(text)
        if parent:
            return Actor(f"org:{slug(text)}", text, parent.country, parent.kind), "name"
        first = fold(span[0].text)
        if first in ("parti", "partido", "party") or "parti" in key(text).split()[:2]:
            return Actor(f"org:{slug(text)}", text, self.country_in_name(span) or self.home(), "party"), "name"
        if _MILITARY_NAME.match(fold(text)):
            code = self.country_in_name(span) or self.home()
            return (self.registry.military(code) if code in self.registry.countries
                    else Actor(f"org:{slug(text)}", text, code, "military")), "name"
        if e["label"] == "MISC":
            return self.party_of_person(e)
        bracketed = self._party_in_brackets(e)
        if bracketed:
            return Actor(f"org:{slug(text)}", text, bracketed, "party"), "name"
        if first == "aviation" and "civile" in key(text).split():
            kind = "government"  # "l'Aviation civile", a public service ("Aviation russe" is military)
        else:
            kind = (lexicon.ORGANISATION_NAME_HEADS.get(first)
                    # "SOS Médias Burundi"; "« Le Média »", a name that is that word alone
                    or ("media" if any(fold(t.text) in _MEDIA_NAME_WORDS for t in (span if len(span) == 1 else span[1:])) else None)
                    or lexicon.ORGANISATION_NAME_TAILS.get(fold(span[-1].text), "other"))
            if kind in ("ngo", "other") and any(fold(t.text) in _PUBLIC_ADJECTIVES for t in span[1:]):
                kind = "government"  # "le Centre opérationnel départemental", "Comité interministériel …"
            elif kind == "other" and any(t.text in ("Association", "Foundation") for t in span[1:]):
                kind = "ngo"  # "Dutch Caribbean Association of Professionals in HIV-care": an English name

        # "l'Association internationale des maires francophones": a body of many countries, of none
        international = len(span) > 1 and fold(span[1].text) in ("international", "internationale", "mondial", "mondiale")
        return Actor(f"org:{slug(text)}", text, self.country_in_name(span) or (None if international else self.home()), kind), "name"

    def led_by(self, span: Span) -> Actor | None:
        """"l'administration Obama", "le gouvernement Netanyahou" tagged as one name: the government of
        the leader's country."""
        if fold(span[0].text) not in _LED_HEADS or len(span) < 2:
            return None
        leader = self._leader(span[1:].text)
        code = leader.country if leader is not None else None
        return self.registry.government(code) if code in self.registry.countries else None

    def _leader(self, text: str) -> Actor | None:
        """The known person a name or surname is ("Obama"), as who they act for on the article's date."""
        leader = self.best(self.registry.lookup(text), "person") or self.best(self.registry.surnames.get(key(text), []))
        return self.registry.acting_for(leader, self.day) if leader is not None else None

    def party_of_person(self, e: dict) -> tuple[Actor, str] | None:
        """An unknown name alone in brackets right after a politician's name is their party, of their
        country: "Le premier ministre slovaque Robert Fico (Smer-DS)". Only a name written like a
        party's acronym (capitals, or a hyphen), not a common word."""
        text = e["text"]
        earlier = next((m.actor for m in self.mentions if m.actor.kind == "party" and key(m.text) == key(text)), None)
        if earlier is not None:
            e["label"] = "ORG"
            return earlier, "coreference"  # the same party named again, after a name the role took in
        if not re.fullmatch(r"[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)+|[A-ZÀ-Ý]{2,}[\w'’-]*", text) or self.registry.adjective(text):
            return None
        if not re.match(r"\s*\)", self.text[e["end"]:e["end"] + 3]):
            return None
        person = next((m for m in self.mentions if m.actor.kind == "person"
                       and re.fullmatch(r"\s*\(\s*", self.text[m.end:e["start"]])), None)
        if person is None or person.actor.country not in self.registry.countries:
            return None
        e["label"] = "ORG"
        return Actor(f"org:{slug(text)}", text, person.actor.country, "party"), "name"

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
            if after is None and (ngo := _NGO_AFTER.match(self.text, e["end"])) and e["label"] != "PER":
                # "l'Entsoe, l'association regroupant les gestionnaires de réseaux": an NGO
                code = self.registry.adjective(ngo.group(1)) if ngo.group(1) else None
                return Actor(f"org:{slug(span.text)}", span.text, code if code in self.registry.countries else self.home(), "ngo"), "name"
            if after is None and (company := _COMPANY_AFTER.match(self.text, e["end"])):
                # "un porte-parole de Linden Cars, la filiale exploitant le véhicule": a company
                code = self.registry.adjective(company.group(1)) if company.group(1) else None
                return Actor(f"org:{slug(span.text)}", span.text, code if code in self.registry.countries else self.home(), "company"), "name"
            return (Actor(f"media:{slug(span.text)}", span.text, self.home(), "media"), "name") if after else None
        head, kind = heads[-1]
        if fold(head.text) == "organisation" and not self._ngo_modifiers(self.doc[head.i + 1:span.start]):
            return None  # "l'organisation Airwars" is an NGO; "l'organisation terroriste X" is not
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

    def _ngo_modifiers(self, tokens) -> bool:
        """What may stand between "l'organisation" and an NGO's name: a country's adjective and a
        cause ("l'organisation burundaise anti-corruption Olucome"), nothing else ("terroriste")."""
        return all(self.registry.adjective(t.text) in self.registry.countries or fold(t.text).startswith("anti")
                   or fold(t.text) in ("non", "gouvernementale", "humanitaire", "-") for t in tokens)

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
        # "Le porte-parole de l'armée de l'air, Pongsak Semachai, a déclaré": a name of several words
        # the model took for a place, in apposition to a function word no role mention took in, is a person.
        for place in unknown_places:
            span = self.span(place.start, place.end)
            if span is None or span.start < 2 or self.doc[span.start - 1].text != "," or span.end >= len(self.doc):
                continue
            if self.doc[span.end].text != "," and self.doc[span.end].pos_ not in ("VERB", "AUX"):
                continue
            window = self.doc[max(span.sent.start, span.start - 8):span.start - 1]
            nouns = [t for t in window if t.pos_ == "NOUN" and self._is_role_word(t)]
            if nouns and not any(t.pos_ in ("VERB", "AUX") or t.text in ",;:" for t in self.doc[nouns[-1].i:span.start - 1]):
                role = lexicon.PERSON_ROLES.get(fold(nouns[-1].text), fold(nouns[-1].text))
                place.actor = Actor(f"local:{slug(place.text)}", place.text, self.main_country(), "person", role)
                self.entities[place.entity]["label"] = "PER"
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

    def introduced_names(self) -> None:
        """One word introduced once as a company, an outlet, an NGO or a party ("la boutique Arnys", "le
        quotidien X") is that organisation wherever else the text names it alone, where the model took
        it for a person, a place or an organisation of no kind ("les deux costumes Arnys")."""
        introduced: dict[str, Actor] = {}
        for m in self.mentions:
            if m.via == "name" and " " not in m.text and m.actor.kind in ("company", "media", "ngo", "party") \
                    and m.actor.id.startswith(("org:", "media:")) and not self.registry.lookup(m.text):
                introduced.setdefault(key(m.text), m.actor)
        if not introduced:
            return
        for m in self.mentions:
            actor = introduced.get(key(m.text))
            if actor is None or (m.actor.id, m.actor.kind) == (actor.id, actor.kind) or self.registry.lookup(m.text):
                continue
            unknown = m.actor.id.startswith("local:") and m.actor.kind == "person" and m.actor.role is None \
                or m.actor.id.startswith("org:") and m.actor.kind == "other" \
                or m.actor.id.startswith("place:") and self.registry.place(m.text) is None
            if unknown and m.via in ("name", "coreference"):
                m.actor, m.via = actor, "coreference"
                if m.entity is not None:
                    self.entities[m.entity]["label"] = "ORG"

    def _replace(self, old: Actor, new: Actor) -> None:
        for m in self.mentions:
            if m.actor.id == old.id:
                m.actor = new

    # -- lists of persons -----------------------------------------------------------------------

    def persons_in_lists(self) -> None:
        """Unknown persons listed among persons the registry knows take the country of their known
        neighbours when these agree: "condamné par François Fillon, François Hollande, Marine Le Pen,
        Benoît Hamon, Jean-Marc Ayrault, Manuel Valls, Donald Trump" in an article about Egypt. Only
        in a list of three names or more; the nearest known name on each side (the two nearest on
        its one side, at an end of the list) must be of the same country; only the unknown names
        that kept the document's default country change (a nationality read beside a name stays)."""
        persons = sorted((m for m in self.mentions if m.actor.kind == "person" and m.via in ("name", "coreference")),
                         key=lambda m: m.start)
        chains: list[list[Mention]] = []
        for m in persons:
            if chains and re.fullmatch(r"\s*(?:,|,?\s+(?:et|ou))\s*", self.text[chains[-1][-1].end:m.start]):
                chains[-1].append(m)
            else:
                chains.append([m])
        home = self.home()
        for chain in chains:
            if len(chain) < 3:
                continue
            for i, m in enumerate(chain):
                if not m.actor.id.startswith("local:") or m.actor.country != home:
                    continue
                left = [n.actor.country for n in reversed(chain[:i]) if not n.actor.id.startswith("local:")]
                right = [n.actor.country for n in chain[i + 1:] if not n.actor.id.startswith("local:")]
                sides = [left[0], right[0]] if left and right else (left or right)[:2]
                if len(sides) == 2 and sides[0] == sides[1] and sides[0] in self.registry.countries and sides[0] != home:
                    self._replace(m.actor, Actor(m.actor.id, m.actor.name, sides[0], "person", m.actor.role))

    def anti_prefixed(self) -> None:
        """A name inside "anti-X" is that actor, which the model does not tag: "la coalition
        internationale anti-EI", "Manifestations anti-Trump" after "Donald Trump"."""
        for match in re.finditer(r"\b[Aa]nti-([A-ZÀ-Ý][\w'’]*(?:-[A-ZÀ-Ý][\w'’]*)*)", self.text):
            start, end = match.span(1)
            if any(m.start < end and start < m.end for m in self.mentions):
                continue
            name = key(match.group(1))
            actor = next((m.actor for m in self.mentions if m.actor.kind != "location" and (
                key(m.text) == name or m.actor.kind == "person" and m.via == "name" and key(m.text).split()[-1:] == [name])), None)
            if actor is None:
                actor = self.best([a for a in self.registry.lookup(match.group(1)) if a.kind not in ("person", "location")])
            if actor is not None:
                self.mentions.append(Mention(start, end, match.group(1), "coreference", actor))

    # -- pronouns -------------------------------------------------------------------------------

    def pronouns(self) -> None:
        """A subject "il"/"elle" opening a sentence is the person who was the previous sentence's subject.

        Deliberately narrow: only a pronoun among the first words of its sentence, only when the
        sentence before has a person as its grammatical subject, and nothing else is guessed.
        """
        persons = [m for m in self.mentions if m.actor.kind == "person"]
        if not persons:
            return
        sentences = sentence_spans(self.doc)
        for previous, sent in zip(sentences, sentences[1:]):
            pronoun = next((t for t in sent[:4] if fold(t.text) in ("il", "elle") and (
                t.dep_ in ("nsubj", "nsubj:pass") or t.dep_ == "expl:subj" and t.head.lemma_ not in IMPERSONAL_VERBS)), None)
            if pronoun is None:
                continue
            subjects = [m for m in persons if previous.start_char <= m.start < previous.end_char and self._is_subject(m)]
            if len(subjects) > 1:
                # "lorsque Pierre Nkurunziza envisageait ..., Benjamin Mkapa avait tenté": the main
                # clause's subject, not a subordinate one's
                subjects = [m for m in subjects if self._is_main_subject(m)]
            if len(subjects) == 1:
                self.mentions.append(Mention(pronoun.idx, pronoun.idx + len(pronoun.text), pronoun.text, "coreference", subjects[0].actor))

    def _is_subject(self, m: Mention) -> bool:
        span = self.span(m.start, m.end)
        return span is not None and span.root.dep_ in ("nsubj", "nsubj:pass")

    def _is_main_subject(self, m: Mention) -> bool:
        span = self.span(m.start, m.end)
        return span is not None and span.root.head.dep_ == "ROOT"

    # -- all together ---------------------------------------------------------------------------

    def run(self) -> LinkResult:
        self.repair()
        self.link_entities()
        self.introduced_names()
        self.role_mentions()
        self.appositions()
        self.persons_in_lists()
        self.anti_prefixed()
        self.pronouns()
        for index, e in enumerate(self.entities):
            m = self.by_entity.get(index)
            e["actor"] = m.actor.to_dict() if m else None
        self.mentions.sort(key=lambda m: (m.start, m.end))
        return LinkResult(self.entities, self.mentions)


def link(doc: Doc, entities: list[dict], registry: Registry, date: str | None = None, title: str | None = None) -> LinkResult:
    return DocumentLinker(doc, entities, registry, date, title).run()
