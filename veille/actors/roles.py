"""Role and adjectival mentions: "le président américain", "les autorités turques", "l'armée
ukrainienne", "le chef du Kremlin", "le ministère russe de la Défense".

A role noun (`lexicon`) qualified by a country (an adjective, or a "de" complement naming a
country, a seat of power or an organisation) names that country's government, armed forces,
or office holder on the article's date. Mixed into `DocumentLinker`, whose state it reads.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Token

from veille.actors import lexicon
from veille.actors.mentions import Mention
from veille.actors.normalize import fold, key, slug
from veille.actors.registry import Actor
from veille.doc_cache import token_pos, token_starts

# Unions the role rules test every noun against, made once.
_HEADS = lexicon.HEAD_OF_STATE | lexicon.HEAD_OF_GOVERNMENT
_INSTITUTIONS = lexicon.GOVERNMENT_NOUNS | lexicon.MILITARY_NOUNS
_ROLE_SPAN_LIMIT = 8  # tokens between a role noun and its country qualifier
# Government nouns a leader's name may qualify: "le gouvernement Assad", "le régime de Bachar el-Assad".
_LED_GOVERNMENTS = {"gouvernement", "regime", "administration", "executif", "pouvoir"}
# Institutions and offices of a city, whose country they act for: "le parquet d'Evry", "le maire d'Istanbul".
_LOCAL_OFFICES = {"police", "tribunal", "parquet", "cour", "justice", "maire", "procureur", "procureure", "gouverneur",
                  "prefecture", "sous-prefecture", "prefet", "prefete", "sous-prefet", "sous-prefete", "conseil",
                  "rectorat", "academie", "diocese", "archidiocese", "mairie"}
# A church's see named after its town: "le diocèse de Hearst", an organisation of the town's country.
_SEES = {"diocese", "archidiocese"}
# Councils of a region, department or commune: "le conseil départemental des Landes".
_LOCAL_COUNCILS = {"departemental", "regional", "general", "municipal", "territorial", "metropolitain"}
# A country's state outlets named by what they are: "la télévision nationale", "la radio publique
# allemande", "l'agence de presse officielle".
_STATE_MEDIA = re.compile(r"(television|radio|agence de presse) (?:(?:nationale|publique|officielle|d'etat)(?: (\w+))?|(\w+))\b")
# Institutions named in lower case, which no role noun starts: "l'assemblée nationale", "les
# services de renseignement", "le service national de renseignement", "la direction des
# renseignements aériens", "la direction de la sécurité politique" (intelligence services).
_INSTITUTION_PHRASE = re.compile(r"(?:assemblee nationale|services? (?:secrets|(?:(?:national|nationaux|generale?s?) )?(?:de|des) renseignements?"
                                  r"(?: (?:militaires|generaux|aeriens|interieurs|exterieurs))?)|directions? (?:generale )?(?:des renseignements?"
                                  r"(?: (?:militaires|generaux|aeriens|interieurs|exterieurs))?|de la securite (?:politique|interieure|exterieure|generale)))\b")
# Organisations whose officials a role's complement may name ("le président de la SNCF").
_ORGANISATION_KINDS = {"company", "party", "ngo", "media", "other"}
# Nouns that, after "du" or "de la", stand for the article's own country or one of its places:
# "le ministre de la justice du pays", "le maire de la ville", "le gouverneur de la province".
# Lands that a country adjective right after them places: "le désert syrien", "l'île cubaine".
_LAND_NOUNS = {"desert", "ile", "littoral", "sol", "territoire", "plateau", "massif", "steppe", "jungle", "archipel"}
_PERIPHRASE_HEADS = {phrase.split()[0] for phrase in lexicon.PERIPHRASES}
_CHIEF_OF_STAFF = re.compile(r"chef\s+d['’]\s*[ée]tat[- ]major(?:\s+(?:des\s+armées|de\s+l['’]\s*armée(?:\s+de\s+terre|\s+de\s+l['’]air)?|"
                             r"général|particulier))?(?:\s+([a-zéèêàç-]+))?", re.IGNORECASE)
_ANAPHORIC_CITIES = {"ville", "capitale", "municipalite", "commune"}
_ANAPHORIC_PLACES = {"pays", "ville", "province", "region", "commune", "capitale", "municipalite"}
# Divisions named alone the same way ("le préfet du département"), but not when a complement names
# them ("le porte-parole du département d'État", "le département du Trésor").
_ANAPHORIC_DIVISIONS = {"departement", "district", "gouvernorat", "canton", "arrondissement"}
# Institutions that, named alone ("le gouvernement", "l'armée"), are the article's own country's.
_HOME_INSTITUTIONS = {"gouvernement", "armee", "executif", "etat", "parquet", "parlement", "senat", "presidence", "ministere",
                      "brigade", "fisc", "tribunal"}
# Institutions named in lower case inside a person's role ("le chef du gouvernement espagnol").
_ROLE_INSTITUTIONS = {"gouvernement", "chambre", "parlement", "assemblee", "senat", "comite", "conseil", "commission"}
# First words of the institutions a "président" chairs without being the head of state.
_CHAIRED_HEADS = {"assemblee", "senat", "chambre", "parlement", "conseil", "cour", "tribunal", "commission", "reserve", "banque",
                  "congres", "comite", "agence", "autorite", "office", "douma", "bundestag", "knesset", "dail"}
# "l'armée de l'air", "l'armée de terre" (folded): the branch, of no other country.
_ARMY_BRANCH = re.compile(r"de (?:l' ?air|terre)\b")
# Nouns of armed groups that a country adjective right after them places: "les rebelles syriens".
_GROUP_NOUNS = {"rebelles", "insurges", "miliciens", "milices"}
# Peoples and creeds of no one State: "les milices kurdes" of an article about Syria are Syria's.
_STATELESS_QUALIFIERS = {"kurde", "kurdes", "chiite", "chiites", "sunnite", "sunnites", "arabes", "islamistes",
                         "djihadistes", "jihadistes", "tribales"}
# Titles of officers of the article's own country, named without a country.
_HOME_TITLE = re.compile(r"(?:procureure? (?:de la republique|generale?|federale?)|secretaire d'etat)$")
# Offices that, named alone, are the article's own country's: "le vice-président", "le préfet".
_HOME_OFFICERS = {"vice-president", "vice-presidente", "vice president", "prefet", "prefete"}
# Institutions whose complement in lower case is their own name, not a country: "le ministère de
# l'éducation", "la brigade des réseaux ferrés", "la brigade de répression du banditisme".
_NAMED_BY_COMPLEMENT = {"ministere", "brigade"}
# What a police force is named by when no place qualifies it: "la police fédérale", "la police des transports".
_POLICE_FUNCTIONS = {"federale", "nationale", "municipale", "judiciaire", "locale", "regionale", "provinciale", "cantonale",
                     "ferroviaire", "routiere", "des transports", "aux frontieres", "des frontieres"}
# Nouns of one person that a country adjective right after them gives a nationality: "l'islamiste
# irakien", "le militant burundais", "le ressortissant algérien".
_PERSON_NOUNS = {"islamiste", "djihadiste", "jihadiste", "militant", "militante", "opposant", "opposante", "activiste",
                 "ressortissant", "ressortissante", "journaliste", "dissident", "dissidente", "terroriste", "assaillant",
                 "suspect", "suspecte", "touriste", "otage", "humanitaire", "photographe", "reporter", "blogueur", "blogueuse",
                 "randonneur", "randonneuse", "alpiniste", "skieur", "skieuse", "voyageur", "voyageuse", "espion", "espionne",
                 # professions and public figures: "le philanthrope américain", "l'astronaute américain"
                 "philanthrope", "astronaute", "oligarque", "milliardaire", "ecrivain", "ecrivaine", "romancier", "romanciere",
                 "acteur", "actrice", "chanteur", "chanteuse", "realisateur", "realisatrice", "cineaste", "artiste",
                 "chercheur", "chercheuse", "scientifique", "physicien", "physicienne", "avocat", "avocate", "entrepreneur",
                 "entrepreneuse", "navigateur", "navigatrice", "cycliste", "footballeur", "footballeuse", "pilote"}


# The two American parties' members named in lower case ("les républicains de la Chambre"): in an
# article about the United States, the party (never "les républicains" of a French article).
_US_PARTIES = {"republicains": "Parti républicain américain", "democrates": "Parti démocrate américain"}
# Role words the tagger may call something else in an apposition ("Benjamin Griveaux, porte-parole du
# gouvernement": a pronoun)
_ANY_POS_ROLES = {"porte-parole", "porte-paroles"}
_US_PARTY_PEOPLE = {"candidat": "candidate", "candidate": "candidate", "senateur": "senator", "senatrice": "senator",
                    "elu": "elected official", "elue": "elected official", "gouverneur": "governor", "representant": "representative"}
_PARTY_MEMBERS = {"elus", "electeurs", "senateurs", "representants", "parlementaires", "candidats", "dirigeants", "militants"}

# Bodies every State has, named in lower case by their function alone: the article's own country's
# ("la commission électorale" of an article about Egypt). A country adjective after them qualifies them.
_HOME_BODIES = {("commission", "electorale"): "government", ("conseil", "militaire"): "military",
                ("junte", "militaire"): "military", ("autorites", "provinciales"): "government",
                ("autorites", "regionales"): "government", ("autorites", "locales"): "government",
                ("cour", "supreme"): "government", ("cour", "constitutionnelle"): "government",
                ("conseil", "constitutionnel"): "government", ("banque", "centrale"): "government",
                ("agence", "federale"): "government", ("chambre", "basse"): "government", ("chambre", "haute"): "government",
                ("prefecture", "departementale"): "government", ("prefecture", "regionale"): "government",
                ("autorite", "nationale"): "government"}
# Nouns of the press and of firms that a country adjective right after gives a country: "le
# quotidien français", "l'entreprise américaine" ("la société française" is French society).
_PRESS_NOUNS = {"medias", "media", "quotidien", "quotidiens", "hebdomadaire", "hebdomadaires", "journal", "journaux"}
_AGENCY_ADJECTIVES = {"spatiale", "federale", "nationale", "gouvernementale", "nucleaire", "sanitaire", "environnementale"}
_FIRM_NOUNS = {"entreprise", "entreprises", "firme", "firmes", "multinationale", "constructeur", "constructeurs",
               "compagnie", "compagnies", "geant", "operateur", "editeur", "distributeur"}
# What such a noun names, and its kind: "l'opposition syrienne" is no party, "la capitale
# britannique" a place.
_OF_COUNTRY_NOUNS = {**{noun: ("media", "media") for noun in _PRESS_NOUNS}, **{noun: ("company", "company") for noun in _FIRM_NOUNS},
                     "opposition": ("opposition", "other"), "capitale": ("capital", "location")}
# Determiners that make such a body one of many, or another's: "une commission électorale", "leur banque centrale".
_OTHER_DETERMINERS = {"une", "un", "des", "ses", "sa", "son", "leur", "leurs", "chaque", "toute", "tout"}

# Numbered military units: "le 35e régiment d'infanterie", "la 1re division blindée".
_MILITARY_UNITS = {"regiment", "bataillon", "brigade", "escadron", "escadrille", "division", "compagnie", "flottille"}
_ORDINAL = re.compile(r"\d+\s*(?:e|er|re|ère|eme|ème)")
# Participles between "ministre" and its portfolio: "le ministre chargé de la santé".
_MINISTER_CHARGED = {"charge", "chargee", "delegue", "deleguee"}

class RoleMentions:
    def institution(self, tokens: list[Token], inside_entity: bool = False) -> Actor | None:
        """"l'armée irakienne", "le gouvernement ouzbek", "la Cour suprême" (of the article's country)."""
        heads = [t for t in tokens if t.pos_ in ("NOUN", "PROPN")]
        if not heads:
            return None
        head = fold(heads[0].lemma_)
        if head not in _INSTITUTIONS | lexicon.DOMESTIC_ORG_HEADS:
            return None
        country = self.qualifier(heads[0], tokens)
        if country is not None and inside_entity and any(
                t.pos_ == "ADJ" and t.i > heads[0].i and not self.registry.adjective(t.text) for t in tokens):
            return None  # a proper name: "Forces armées révolutionnaires de Colombie"
        if country is None and inside_entity and head in lexicon.DOMESTIC_ORG_HEADS:
            country = self.main_country()
        if country is None:
            return None
        if head in lexicon.MILITARY_NOUNS:
            return self.registry.military(country) if country in self.registry.countries else self.registry.government(country)
        return self.registry.government(country)

    def qualifier(self, noun: Token, allowed: list[Token] | None = None) -> str | None:
        """The country (or organisation) a noun is qualified by: an adjective or a "de" complement."""
        allowed_ids = {t.i for t in allowed} if allowed is not None else None
        frontier = [noun]
        for depth in range(2):
            nxt = []
            for tok in frontier:
                for child in tok.children:
                    if allowed_ids is not None and child.i not in allowed_ids:
                        continue
                    if child.dep_ == "amod" and child.i > noun.i:
                        code = self.registry.adjective(child.text)
                        if code:
                            return code
                    of = {fold(c.text) for c in child.children if c.dep_ == "case"} & {"de", "du", "des", "d'"}
                    if child.dep_ == "conj" and of and tok is not noun and child.i > noun.i:
                        # "les forces de défense et de sécurité burkinabés": the adjective of a coordinated complement
                        code = next((self.registry.adjective(a.text) for a in child.children
                                     if a.dep_ == "amod" and self.registry.adjective(a.text)), None)
                        if code:
                            return code
                    if (child.dep_ == "flat:name" or child.dep_ == "nmod" and of) and child.i > noun.i:
                        code = self.code_of_token(child)
                        if code:
                            return code
                        nxt.append(child)
            frontier = nxt
        # The parser sometimes hangs the adjective elsewhere: take the next word if it is one.
        nxt = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
        if nxt is not None and fold(nxt.text) in ("elu", "elue") and noun.i + 2 < len(noun.doc) \
                and (allowed_ids is None or noun.i + 2 in allowed_ids) and noun.nbor(2).text.islower():
            nxt = noun.nbor(2)  # "le président élu américain": the adjective after the participle
            code = self.registry.adjective(nxt.text)
            if code:
                return code
        if nxt is not None and nxt.pos_ == "ADJ" and (allowed_ids is None or nxt.i in allowed_ids):
            return self.registry.adjective(nxt.text)
        return None

    def code_of_token(self, tok: Token) -> str | None:
        """The country or organisation a token names, as linked, else as the registry knows it."""
        for m in self.mentions:
            if m.start <= tok.idx < m.end and m.actor.kind in ("country", "government", "military", "igo"):
                return m.actor.country
        if not tok.text[:1].isupper():
            return None
        subtree = self.doc[tok.left_edge.i:tok.right_edge.i + 1]
        # "Nations unies" in "Haut-Commissaire des Nations unies aux droits de l'homme", whose parse
        # hangs "unies" elsewhere: the next words too
        prefixes = [self.doc[tok.i:j].text for j in range(min(len(self.doc), tok.i + 3), tok.i + 1, -1)]
        for text in (tok.text, subtree.text, *prefixes):
            for actor in self.registry.lookup(text):
                if actor.kind in ("country", "igo"):
                    return actor.country
            seat = self.registry.seat(text)
            if seat and seat.place is None:
                return seat.actor.country
        return None

    def role_mentions(self) -> None:
        """Role and adjectival mentions: each starts outside the entities, and may hold one
        ("président des États-Unis"); two role mentions never overlap."""
        in_entity = [False] * (len(self.text) + 1)
        for m in self.mentions:
            in_entity[m.start:m.end] = [True] * (m.end - m.start)
        in_role = [False] * (len(self.text) + 1)
        starts = token_starts(self.doc)
        for i, pos in enumerate(token_pos(self.doc)):  # a Token only for a noun or an adjective
            if in_entity[starts[i]] or in_role[starts[i]]:
                continue
            if pos not in ("NOUN", "PROPN", "ADJ") and not (pos in ("PRON", "VERB") and self.text[starts[i]:starts[i] + 5].lower() == "porte"
                                                             and self.doc[i].lower_ in _ANY_POS_ROLES):
                continue
            tok = self.doc[i]
            found = self.role_at(tok)
            if not found:
                continue
            first, last, actor = found
            start, end = first.idx, last.idx + len(last.text)
            if any(in_role[start:end]):
                continue
            self.mentions.append(Mention(start, end, self.text[start:end], "role", actor))
            portfolio = self._role_portfolio(tok, last) if actor.role == "minister" and fold(tok.text) == "ministre" else None
            if portfolio is not None and actor.country in self.registry.countries:
                # "intérieur" in "le ministre de l'intérieur français": the ministry, a mention of its own
                self.mentions.append(Mention(portfolio.start_char, portfolio.end_char, portfolio.text, "role",
                                             self.registry.government(actor.country)))
            chamber = self._institution_of_role(tok, last, actor) if portfolio is None else None
            if chamber is not None:
                self.mentions.append(chamber)
            ministry = self._ministry_after_adjective(last, actor.country)
            if ministry is not None:
                self.mentions.append(ministry)
                in_role[ministry.start:ministry.end] = [True] * (ministry.end - ministry.start)
            in_role[start:end] = [True] * (end - start)

    def _institution_of_role(self, tok: Token, last: Token, actor: Actor):
        """"la chambre basse du Japon" in "le président de la chambre basse du Japon", "gouvernement
        espagnol" in "le chef du gouvernement espagnol": the institution a person's role is held in,
        named in lower case, a mention of its own."""
        if actor.kind != "person" or actor.country not in self.registry.countries or last.i <= tok.i + 1:
            return None
        for t in self.doc[tok.i + 1:last.i + 1]:
            if t.pos_ != "NOUN" or not t.text.islower() or fold(self.doc[t.i - 1].text) not in ("de", "du", "des", "d'", "la", "l'"):
                continue
            if fold(t.lemma_) not in _ROLE_INSTITUTIONS or any(m.start <= t.idx < m.end for m in self.mentions[:-1]):
                return None
            end = last.idx + len(last.text)
            return Mention(t.idx, end, self.text[t.idx:end], "role", self.registry.government(actor.country))
        return None

    def _ministry_after_adjective(self, last: Token, code: str | None):
        """"Affaires étrangères" in "(le porte-parole du) ministère français des Affaires étrangères":
        the ministry named after its country's adjective, a mention of its own, unless the model
        tagged it."""
        if code not in self.registry.countries or last.i < 1 or last.i + 2 >= len(self.doc) \
                or fold(self.doc[last.i - 1].text) not in ("ministere", "ministre") or not self.registry.adjective(last.text):
            return None
        of, name = self.doc[last.i + 1], self.doc[last.i + 2]
        if fold(of.text) not in ("de", "des", "du", "d'") or not name.text[:1].isupper() \
                or any(e["start"] >= of.idx and e["start"] < name.idx + len(name.text) for e in self.entities):
            return None
        end = self._portfolio_end(of)
        return Mention(name.idx, end.idx + len(end.text), self.text[name.idx:end.idx + len(end.text)], "role",
                       self.registry.government(code))

    def _role_portfolio(self, tok: Token, last: Token):
        """The ministry in a minister's role: "intérieur" in "ministre de l'intérieur français"."""
        i = tok.i + 1
        while i <= last.i and fold(self.doc[i].text) in ("de", "du", "des", "d'", "l'", "la", "le", "les"):
            i += 1
        if i == tok.i + 1 or i > last.i or self.doc[i].pos_ not in ("NOUN", "PROPN") or self.registry.adjective(self.doc[i].text):
            return None
        return self.doc[i:i + 1]

    def role_at(self, tok: Token) -> tuple[Token, Token, Actor] | None:
        doc = self.doc
        word = fold(tok.text)
        lemma = fold(tok.lemma_)
        ex = word.startswith("ex-") and len(word) > 3
        if ex:  # "l'ex-président français": a former holder
            word = lemma = word[3:]
        first = tok
        name = None
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if word == "agence" and tok.text.islower() and tok.i + 2 < len(doc) and fold(doc[tok.i + 1].text) in _AGENCY_ADJECTIVES \
                and (found := self._country_adjective_after(doc[tok.i + 1])) is not None:
            # "l'agence spatiale américaine", "l'agence fédérale américaine": a State's agency, its government
            return tok, found[0], self.registry.government(found[1])
        of_country = self.outlet_of_country(tok) if word in ("television", "radio", "agence") else None
        if of_country is not None:
            return of_country
        outlet = _STATE_MEDIA.match(fold(doc[tok.i:tok.i + 5].text)) if word in ("television", "radio", "agence") else None
        if outlet and outlet.group(3):
            # "l'agence de presse allemande", "la télévision russe": the outlet of the adjective's country
            code = self.registry.adjective(outlet.group(3))
            if code is None or code not in self.registry.countries:
                outlet = None
            else:
                n = len(outlet.group().split())
                return tok, doc[tok.i + n - 1], Actor(f"media:{slug(doc[tok.i:tok.i + n].text)}", doc[tok.i:tok.i + n].text, code, "media")
        if outlet:
            # "la télévision nationale", "la radio publique allemande", "l'agence de presse officielle":
            # the outlet of the country its adjective names, else of the article's own country
            adjective = self.registry.adjective(outlet.group(2)) if outlet.group(2) else None
            n = len(outlet.group().split()) - (1 if outlet.group(2) and not adjective else 0)
            code = adjective or self.main_country()
            if code is None or code not in self.registry.countries:
                return None
            end = doc[tok.i + n - 1]
            return tok, end, Actor(f"media:{slug(doc[tok.i:tok.i + n].text)}-{code.lower()}", doc[tok.i:tok.i + n].text, code, "media")
        institution = _INSTITUTION_PHRASE.match(fold(doc[tok.i:tok.i + 6].text)) if word in ("assemblee", "service", "services", "direction", "directions") else None
        if institution:
            # "l'assemblée nationale", "le service national de renseignement", in lower case: of the
            # country that qualifies it, else of the article's own country
            last = doc[tok.i + len(doc[tok.i:tok.i + 6].text[:institution.end()].split()) - 1]
            code = self.qualifier(tok) or self.main_country()
            if code is None:
                return None
            # "le service des renseignements militaires", "la direction des renseignements aériens":
            # the armed forces' intelligence
            military = re.search(r"renseignements? (?:militaires|aeriens)", institution.group()) and code in self.registry.countries
            return tok, last, self.registry.military(code) if military else self.registry.government(code)
        if word in _US_PARTIES and tok.text.islower() and prev is not None and self.main_country() == "USA" \
                and (tok.pos_ == "NOUN" and fold(prev.text) in ("les", "des", "aux", "deux") or fold(prev.text) in _PARTY_MEMBERS):
            # "les républicains", "des démocrates", "les élus républicains" of an article about the
            # United States: the party
            party = next((a for a in self.registry.lookup(_US_PARTIES[word]) if a.kind == "party"), None)
            return (tok, tok, party) if party is not None else None
        if word in _US_PARTY_PEOPLE and tok.text.islower() and tok.i + 1 < len(doc) \
                and fold(doc[tok.i + 1].text) in ("republicain", "republicaine", "democrate") and self.main_country() == "USA":
            # "le candidat républicain", "la sénatrice démocrate" of an article about the United States:
            # an American politician (in France's politics "les Républicains" are a party of its own)
            role = _US_PARTY_PEOPLE[word]
            return tok, doc[tok.i + 1], Actor(f"local:{role}-{fold(doc[tok.i + 1].text)}-usa", f"{role} ({doc[tok.i + 1].text}, USA)",
                                              "USA", "person", role)
        if word == "conseil" and tok.i + 1 < len(doc) and fold(doc[tok.i + 1].text) in _LOCAL_COUNCILS:
            # "le conseil départemental des Landes", "le conseil régional d'Occitanie": the local
            # government, of the country of the place it is named after
            found = self.local_office(tok, "conseil")
            return (first, *found) if found else None
        business = re.match(r"(?:homme|femme)s? d['’]\s*affaires ([a-zà-ÿ-]+)\b", self.text[tok.idx:tok.idx + 60]) \
            if word in ("homme", "femme") else None
        if business and (code := self.registry.adjective(business.group(1))) in self.registry.countries:
            # "un homme d’affaires libanais": a person of the adjective's country
            end = tok.idx + business.end()
            last = next((t for t in doc[tok.i:tok.i + 6] if t.idx + len(t.text) == end), None)
            if last is not None:
                return tok, last, Actor(f"local:businessman-{code.lower()}", f"homme d'affaires ({code})", code, "person", None)
        if word in ("rectorat", "academie", "diocese", "archidiocese", "mairie"):
            # "le rectorat de Grenoble", "l'académie de Grenoble" (the State's education office), "le
            # diocèse de Hearst" (a see): of the country of the town they are named after
            found = self.local_office(tok, word)
            return (first, *found) if found else None
        if word == "agences" and prev is not None and fold(prev.text) in ("les", "des", "aux", "ses", "leurs") \
                and (found := self._country_adjective_after(tok)) is not None:
            # "il a remis en cause la compétence des agences américaines": a State's agencies (its press
            # agencies are "agences de presse"), its government
            return tok, found[0], self.registry.government(found[1])
        if word in _MILITARY_UNITS and prev is not None and _ORDINAL.fullmatch(prev.text):
            return self.military_unit(prev, tok)
        if word in _MILITARY_UNITS and prev is not None and prev.i > 0 and _ORDINAL.fullmatch(doc[prev.i - 1].text + prev.text):
            return self.military_unit(doc[prev.i - 1], tok)  # "le 2 e régiment": a superscript the text spaced out
        if word in _OF_COUNTRY_NOUNS and tok.text.islower() and (found := self._country_adjective_after(tok)) is not None:
            # "les médias américains", "l'entreprise américaine", "l'opposition syrienne", "dans la
            # capitale britannique": the press, a firm, the opposition, the capital of that country
            label, kind = _OF_COUNTRY_NOUNS[word]
            code = found[1]
            return tok, found[0], Actor(f"local:{label}-{code.lower()}", f"{label} ({code})", code, kind, None)
        if word in ("federation", "confederation", "association", "associations") and (found := self._country_adjective_after(tok)) is not None:
            return self.national_federation(tok, *found)
        if word in ("federation", "confederation") and tok.text.islower() and tok.i + 2 < len(doc) \
                and fold(doc[tok.i + 1].text) in ("des", "du", "de") and doc[tok.i + 2].pos_ == "NOUN" and doc[tok.i + 2].text.islower() \
                and (code := self.main_country()) in self.registry.countries:
            # "la fédération des banques" of an article about Belgium: the article's own country's
            return self.national_federation(tok, tok, code)
        body = _HOME_BODIES.get((word, fold(doc[tok.i + 1].text))) if tok.i + 1 < len(doc) and tok.text.islower() else None
        # "des" of "le siège des autorités provinciales" is "de les", the definite article
        other = prev is not None and fold(prev.text) in _OTHER_DETERMINERS and not (fold(prev.text) == "des" and "Def" in prev.morph.get("Definite"))
        if body and not other and self._country_adjective_after(doc[tok.i + 1]) is None:
            # "la commission électorale", "le conseil militaire", "les autorités provinciales": a body
            # every State has, named by its function alone, is the article's own country's, or the
            # one its complement names ("la cour suprême du Pakistan")
            code = self.qualifier(tok) or self.main_country()
            if code in self.registry.countries:
                return tok, doc[tok.i + 1], self.registry.military(code) if body == "military" else self.registry.government(code)
        if word == "cabinet" and tok.text.islower() and (office := self._office_of_cabinet(tok)) is not None:
            return office
        if word == "institutions" and tok.i + 1 < len(doc) and fold(doc[tok.i + 1].text) == "europeennes":
            # "les institutions européennes": the European Union's
            return tok, doc[tok.i + 1], self.registry.organisations["EU"]
        if word in ("protection", "securite") and prev is not None and fold(prev.text) == "la" and tok.i + 1 < len(doc) \
                and fold(doc[tok.i + 1].text) == "civile":
            # "la protection civile", "la sécurité civile" (of no other country): the article's own
            # country's public rescue service
            last = doc[tok.i + 1]
            code = self.registry.adjective(doc[tok.i + 2].text) if tok.i + 2 < len(doc) else None
            if code in self.registry.countries:
                last = doc[tok.i + 2]  # "la Sécurité civile française"
            else:
                code = self.main_country()
            return (tok, last, self.registry.government(code)) if code in self.registry.countries else None
        if word == "garde" and fold(doc[tok.i + 1:tok.i + 3].text) == "des sceaux":
            # "la garde des Sceaux": France's minister of justice, whose title no other country uses
            return tok, doc[tok.i + 2], Actor("local:minister-justice-fra", "minister (FRA)", "FRA", "person", "minister")
        if word == "pape" or word == "souverain" and fold(tok.nbor(1).text if tok.i + 1 < len(doc) else "") == "pontife":
            # "le pape", "le souverain pontife": the Vatican's head of state, whatever the article's country
            last = tok if word == "pape" else tok.nbor(1)
            former = ex or prev is not None and fold(prev.text) in lexicon.NOT_CURRENT
            return first, last, self.office_actor("VAT", "head_of_state", "pape", former)
        if word == "chef" and (staff := self.chief_of_staff(tok)) is not None:
            return staff
        if word in _PERIPHRASE_HEADS and (named := self.periphrasis(tok)) is not None:
            return named
        if word == "ministre" and prev is not None and fold(prev.text) in ("premier", "premiere"):
            first, name = prev, "premier ministre"
        elif word in ("chef", "maitre", "locataire", "hote", "secretaire", "porte-parole", "vice-president", "vice-presidente",
                      "membre", "directeur", "directrice", "pdg", "patron", "patronne", "fondateur", "fondatrice"):
            name = word
        elif word in lexicon.PERSON_ROLES or lemma in _HEADS or word in _HEADS:
            name = word if word in lexicon.PERSON_ROLES or word in _HEADS else lemma
        elif lemma in lexicon.PERSON_ROLES and "Plur" in tok.morph.get("Number"):
            name = lemma  # "les députés français": a plural whose singular is a role
        elif word in _GROUP_NOUNS:
            return self.group_of_country(tok)
        elif word == "forces" and (fold(doc[tok.i + 1:tok.i + 4].text).replace("’", "'") == "de l'ordre"
                                   or fold(doc[tok.i + 1:tok.i + 3].text) == "de securite"):
            # "les forces de l'ordre américaines", "les forces de sécurité turques": the police, not the army
            name = "police"
        elif lemma in lexicon.GOVERNMENT_NOUNS or lemma in lexicon.MILITARY_NOUNS or word in _INSTITUTIONS:
            name = lemma if lemma in _INSTITUTIONS else word  # "services" (lemma "service") too
        elif word in _PERSON_NOUNS:
            return self.person_of_country(tok)
        elif word in _LAND_NOUNS:
            return self.land_of_country(tok)
        if name is None:
            return None
        code, last = self.role_qualifier(tok)
        if code is None:
            return self.unqualified_role(tok, name, first)
        following = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        former = ex or any(t is not None and fold(t.text) in lexicon.NOT_CURRENT
                           for t in (prev, doc[first.i - 1] if first.i > 0 else None, following))
        plural = "Plur" in tok.morph.get("Number")
        if fold(last.text) in lexicon.PEOPLE_ADJECTIVES and (name in ("chef", "maitre", "locataire", "hote", "secretaire")
                                                            or name in lexicon.HEAD_OF_GOVERNMENT or name in lexicon.HEAD_OF_STATE):
            # "le Premier ministre écossais", "le président corse": a nation's own office, of its state's
            # country, never the state's office holder
            return first, last, Actor(f"local:{slug(name)}-{slug(last.text)}", f"{name} ({last.text})", code, "person", name)
        if name in lexicon.GOVERNMENT_NOUNS:
            return first, last, self.registry.government(code)
        if name in lexicon.MILITARY_NOUNS:
            return first, last, self.registry.military(code) if code in self.registry.countries else self.registry.government(code)
        if name in ("chef", "maitre", "locataire", "hote"):
            seat_word = last.text
            if not self.registry.seat(seat_word) and name == "chef":
                # "chef de l'État russe", "chef du gouvernement": an office
                tail = fold(self.text[tok.idx:last.idx + len(last.text)])
                office = "head_of_government" if "gouvernement" in tail else "head_of_state" if "etat" in tail else None
                if office is None:
                    return None
                return first, last, self.office_actor(code, office, tail, former)
            return first, last, self.office_actor(code, "head_of_state", name, former)
        if name == "secretaire":
            return first, last, self.office_actor(code, "head_of_organisation", "secretaire general", former)
        if name in lexicon.HEAD_OF_GOVERNMENT:
            return first, last, self.office_actor(code, "head_of_government", name, former)
        if name in lexicon.HEAD_OF_STATE:
            chaired = self._chaired_institution(last)
            if chaired is not None:
                # "le président de l'Assemblée nationale", "la présidente de la Réserve fédérale": the
                # head of that institution, of its country, not the head of state
                return first, last, Actor(f"local:{slug(name)}-{slug(chaired.text)}", f"{name} ({chaired.text})", code, "person", name)
            office = "head_of_organisation" if code not in self.registry.countries else "head_of_state"
            if office == "head_of_state" and re.search(r"\bdu gouvernement\b", fold(self.text[tok.idx:last.idx + len(last.text)])):
                office = "head_of_government"  # "le président du gouvernement espagnol" (presidente del Gobierno)
            return first, last, self.office_actor(code, office, name, former)
        role = lexicon.PERSON_ROLES.get(name, name)
        if plural:
            return first, last, self.registry.government(code)
        return first, last, Actor(f"local:{slug(role)}-{code.lower()}", f"{role} ({code})", code, "person", role)

    def _office_of_cabinet(self, tok: Token) -> tuple[Token, Token, Actor] | None:
        """"le cabinet du ministre", "le cabinet de la Première ministre": the staff of an office
        holder speak for the government the office belongs to (a "cabinet" of lawyers has no such
        complement)."""
        doc = self.doc
        j = tok.i + 1
        if j < len(doc) and fold(doc[j].text) == "de" and j + 1 < len(doc) and fold(doc[j + 1].text) == "la":
            j += 2
        elif j < len(doc) and fold(doc[j].text) == "du":
            j += 1
        else:
            return None
        if j >= len(doc) or fold(doc[j].text) not in ("ministre", "premier", "premiere", "president", "presidente"):
            return None
        found = self.role_at(doc[j])
        if found is not None and found[2].kind == "person" and found[2].country in self.registry.countries:
            return tok, found[1], self.registry.government(found[2].country)
        # the minister of the article, named before ("le ministre de l'Intérieur"): its own country's
        last = doc[j + 1] if fold(doc[j].text) in ("premier", "premiere") and j + 1 < len(doc) else doc[j]
        code = self.main_country()
        return (tok, last, self.registry.government(code)) if found is None and code in self.registry.countries else None

    def _chaired_institution(self, last: Token):
        """The mention of a chamber, council, court or agency of a country that a head-of-state word's
        complement ends on ("président de l'Assemblée nationale"), or None."""
        inst = next((m for m in self.mentions if m.start <= last.idx < m.end and m.actor.kind in ("government", "military")), None)
        words = key(inst.text).split() if inst is not None else []
        return inst if words and words[0] in _CHAIRED_HEADS else None

    def periphrasis(self, tok: Token) -> tuple[Token, Token, Actor] | None:
        """"l'État hébreu", "l'empire du Milieu": the country the periphrasis names."""
        for phrase, code in lexicon.PERIPHRASES.items():
            n = len(phrase.split())
            words = self.doc[tok.i:tok.i + n]
            if len(words) == n and fold(words.text) == phrase and code in self.registry.countries:
                return tok, words[-1], self.registry.country(code)
        return None

    def diplomatic_post(self, tok: Token, name: str) -> tuple[Token, Actor] | None:
        """"le Consulat (général)", "l'ambassade" alone: the post of the country of the consul or
        ambassador named before it ("le consul de France à Jérusalem … le Consulat")."""
        if name not in ("consulat", "ambassade") or tok.i == 0 or fold(self.doc[tok.i - 1].text) not in ("le", "la", "l'", "du", "au"):
            return None
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if nxt is not None and fold(nxt.text) in ("de", "du", "des", "d'"):
            return None  # "le consulat de France" is qualified by its complement
        envoy = next((m for m in reversed(self.mentions) if m.start < tok.idx and m.actor.country in self.registry.countries
                      and fold(m.text).startswith(("consul", "ambassad"))), None)
        if envoy is None:
            return None
        last = nxt if nxt is not None and fold(nxt.text) in ("general", "generale") else tok
        return last, self.registry.government(envoy.actor.country)

    def chief_of_staff(self, tok: Token) -> tuple[Token, Token, Actor] | None:
        """"le chef d'état-major des armées (français)": the head of a country's armed forces, a
        person of the country its adjective names, else of the article's."""
        found = _CHIEF_OF_STAFF.match(self.text, tok.idx)
        if found is None:
            return None
        code = self.registry.adjective(found.group(1)) if found.group(1) else None
        end = found.end(1) if code in self.registry.countries else found.start(1) if found.group(1) else found.end()
        code = code if code in self.registry.countries else self.main_country()
        span = self.doc.char_span(tok.idx, len(self.text[:end].rstrip()), alignment_mode="expand")
        if code not in self.registry.countries or span is None:
            return None
        return tok, span[-1], Actor(f"local:chief-of-staff-{code.lower()}", f"chief of staff ({code})", code, "person", "chief of staff")

    def land_of_country(self, tok: Token) -> tuple[Token, Token, Actor] | None:
        """"le désert irakien", "l'île cubaine": a place of the country whose adjective follows."""
        if not tok.text.islower() or (found := self._country_adjective_after(tok)) is None:
            return None
        nxt, code = found
        text = self.text[tok.idx:nxt.idx + len(nxt.text)]
        return tok, nxt, Actor(f"place:{slug(text)}", text, code, "location")

    def person_of_country(self, tok: Token) -> tuple[Token, Token, Actor] | None:
        """"l'islamiste irakien", "le militant burundais": one person of the country whose
        adjective follows the noun (never the plural: "les islamistes" is no government)."""
        if tok.pos_ not in ("NOUN", "PROPN") or not tok.text.islower() or (found := self._country_adjective_after(tok)) is None:
            return None
        nxt, code = found
        word = fold(tok.text)
        return tok, nxt, Actor(f"local:{slug(word)}-{code.lower()}", f"{word} ({code})", code, "person", None)

    def group_of_country(self, tok: Token) -> tuple[Token, Token, Actor] | None:
        """"les rebelles syriens", "des insurgés afghans": the armed groups of the country whose
        adjective follows the noun; "les milices kurdes", of a people of no one State: the article's country's."""
        found = self._country_adjective_after(tok)
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if found is None and nxt is not None and fold(nxt.text) in _STATELESS_QUALIFIERS and self.main_country() in self.registry.countries:
            # "les milices kurdes des YPG", in an article about Syria: the armed groups of the article's country
            found = nxt, self.main_country()
        if found is None:
            return None
        nxt, code = found
        word = fold(tok.text)
        return tok, nxt, Actor(f"org:{slug(word)}-{code.lower()}", f"{word} ({code})", code, "other")

    def military_unit(self, ordinal: Token, tok: Token) -> tuple[Token, Token, Actor] | None:
        """"le 35e régiment d'infanterie", "le 2e régiment étranger de parachutistes": a numbered unit,
        of the country whose adjective follows it, else of the article's own country. The mention
        runs over the unit's lower-case name, up to a name, a verb or punctuation."""
        last, code = tok, None
        for t in self.doc[tok.i + 1:tok.i + 6]:
            if t.is_punct or t.pos_ in ("VERB", "AUX") or not t.text.islower() or t.is_sent_start:
                break
            if (adjective := self.registry.adjective(t.text)) in self.registry.countries:
                last, code = t, adjective
                break
            if t.pos_ not in ("NOUN", "ADJ", "ADP", "DET"):
                break
            last = t
        while last.i > tok.i and last.pos_ in ("ADP", "DET"):
            last = self.doc[last.i - 1]  # "le 3e bataillon du" + a name: the unit ends before its preposition
        code = code or self.main_country()
        if code is None or code not in self.registry.countries:
            return None
        return ordinal, last, self.registry.military(code)

    def national_federation(self, tok: Token, adjective: Token, code: str) -> tuple[Token, Token, Actor]:
        """"la fédération estonienne de patinage artistique", "les associations croates": a country's
        federation or association (of a sport, of trades, of victims), a body of that country, named in lower case, so no entity of the model. The mention
        runs over its lower-case name, up to a name, a verb or punctuation."""
        last = adjective
        for t in self.doc[adjective.i + 1:adjective.i + 6]:
            if t.is_punct or not t.text.islower() or t.pos_ not in ("NOUN", "ADJ", "ADP", "DET") or t.is_sent_start:
                break
            last = t
        while last.i > adjective.i and last.pos_ in ("ADP", "DET"):
            last = self.doc[last.i - 1]
        name = self.doc[tok.i:last.i + 1].text
        # a "fédération européenne" gathers Europe's national ones: no body of the European Union
        return tok, last, Actor(f"org:{slug(name)}", name, None if code == "EU" else code, "ngo")

    def _country_adjective_after(self, tok: Token) -> tuple[Token, str] | None:
        """The lower-case country adjective right after a noun, with its country code."""
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        code = self.registry.adjective(nxt.text) if nxt is not None and nxt.text.islower() else None
        return (nxt, code) if code is not None and code in self.registry.countries else None

    def outlet_of_country(self, tok: Token) -> tuple[Token, Token, Actor] | None:
        """"l'agence de presse de la Corée du Nord", "la télévision du Venezuela": the outlet of the
        country named after it."""
        doc = self.doc
        words = [fold(t.text).replace("’", "'") for t in doc[tok.i:tok.i + 5]]
        n = 3 if words[:3] == ["agence", "de", "presse"] else 1 if words[0] in ("television", "radio") else 0
        if not n or tok.i + n >= len(doc):
            return None
        prep = words[n:n + 2]
        skip = 2 if prep[:2] in (["de", "la"], ["de", "l'"]) else 1 if prep[:1] in (["du"], ["d'"]) else 0
        if not skip or tok.i + n + skip >= len(doc):
            return None
        start = doc[tok.i + n + skip].idx
        country = next((m for m in self.mentions if m.start == start and m.actor.kind == "country"), None)
        if country is None or country.actor.country not in self.registry.countries:
            return None
        last = doc.char_span(country.start, country.end, alignment_mode="expand")
        if last is None:
            return None
        name = self.text[tok.idx:country.end]
        return tok, last[-1], Actor(f"media:{slug(name)}", name, country.actor.country, "media")

    def _home_officer(self, last: Token, role: str) -> tuple[Token, Actor] | None:
        """An officer of the article's own country ("le vice-président", "le procureur général")."""
        code = self.main_country()
        if code is None or code not in self.registry.countries:
            return None
        return last, Actor(f"local:{slug(role)}-{code.lower()}", f"{role} ({code})", code, "person", role)

    def unqualified_role(self, tok: Token, name: str, first: Token) -> tuple[Token, Token, Actor] | None:
        """Roles without a country: an organisation's official, "le gouvernement Assad" (the
        leader's), "le parlement catalan", "le parquet d'Evry", "le chef de l'État", "l'armée" (the
        article's own country's). The first rule that applies gives the role's last word and actor."""
        for rule in (self.official_of, self.led_government, self.regional_institution, self.local_office, self.anaphoric_place,
                     self.diplomatic_post, self.police_chief):
            found = rule(tok, name)
            if found is not None:
                return (first, *found)
        before = first.i - 1
        former = before >= 0 and fold(self.doc[before].text) in lexicon.NOT_CURRENT or fold(tok.text).startswith("ex-")
        if former and before >= 0 and fold(self.doc[before].text) in lexicon.NOT_CURRENT:
            before -= 1  # "l'ancien premier ministre"
        if before > 0 and fold(self.doc[before].text) in ("alors", "desormais", "toujours", "encore"):
            before -= 1  # "Bernard Cazeneuve, alors ministre du budget": an adverb of time may stand between
        # "le nouveau président", "l'emblématique ministre": an adjective may stand between
        for _ in range(2):
            if before > 0 and self.doc[before].pos_ == "ADJ" and self.doc[before].text.islower() and not self.registry.adjective(self.doc[before].text):
                before -= 1
        # "par la voix de son ministre des affaires étrangères": a possessive is definite too; and so
        # is an apposition to a person's name ("Nicola Sturgeon, première ministre", "Ericka Bareigts
        # (ministre des outre-mer)") and a role
        # coordinated with one ("ministre du redressement productif puis ministre de l'économie")
        definite = before >= 0 and (fold(self.doc[before].text) in ("le", "la", "l'", "du", "au", "son", "sa")
                                    or self.doc[before].text in (",", "(") and self._after_person_name(self.doc[before].idx)
                                    or fold(self.doc[before].text) in ("puis", "et") and self._after_role(before)
                                    # "le ministre et porte-parole du gouvernement": a role word coordinated after "le"
                                    or fold(self.doc[before].text) == "et" and before >= 2 and fold(self.doc[before - 1].text) == "ministre"
                                    and fold(self.doc[before - 2].text) in ("le", "la")
                                    # "alors qu'il était ministre de l'économie": a predicate, of the subject named before
                                    or self.doc[before].lemma_ in ("être", "devenir", "redevenir", "rester")
                                    and self.doc[before].pos_ in ("AUX", "VERB")
                                    # "un président de la République trop arrogant": the Republic's is one
                                    or fold(self.doc[before].text) in ("un", "une") and name in ("president", "presidente")
                                    and fold(self.doc[tok.i + 1:tok.i + 4].text) == "de la republique")
        if not definite or "Plur" in tok.morph.get("Number"):
            return None
        found = self.home_office(tok, name, former) or self.home_institution(tok, name)
        return (first, *found) if found else None

    def _after_person_name(self, comma: int) -> bool:
        """Does a person's name end right before the comma at this offset?"""
        return any(e["label"] == "PER" and self.text[e["end"]:comma].strip() == "" and e["end"] <= comma
                   and comma - e["end"] <= 1 for e in self.entities)

    def _after_role(self, i: int) -> bool:
        """Is the word at `i` ("puis", "et") the end of a person's role mention?"""
        end = self.doc[i - 1].idx + len(self.doc[i - 1].text) if i > 0 else -1
        return any(m.via == "role" and m.actor.kind == "person" and m.end == end for m in self.mentions)

    def led_government(self, tok: Token, name: str) -> tuple[Token, Actor] | None:
        """"le gouvernement Assad", "le régime de Bachar el-Assad": the government of the leader's country."""
        if name not in _LED_GOVERNMENTS:
            return None
        after = self.doc[tok.i + 1:tok.i + 4]
        if len(after) and fold(after[0].text) in ("de", "du", "d'"):
            after = after[1:]
        if len(after) >= 2 and fold(after[0].text) in _HEADS | lexicon.HEAD_OF_GOVERNMENT:
            after = after[1:]  # "le régime du président Pierre Nkurunziza"
        leader = next((m for m in self.mentions if len(after) and m.start == after[0].idx and m.actor.kind == "person"), None)
        if leader is None or not leader.actor.country:
            return None
        return self.doc.char_span(leader.start, leader.end, alignment_mode="expand")[-1], self.registry.government(leader.actor.country)

    def regional_institution(self, tok: Token, name: str) -> tuple[Token, Actor] | None:
        """"le parlement catalan", "la police judiciaire parisienne": the country's institutions
        (never its head of state: "le président catalan" is not the King of Spain)."""
        if name not in _INSTITUTIONS:
            return None
        for t in self.doc[tok.i + 1:tok.i + 3]:
            if t.pos_ != "ADJ":
                return None
            code = lexicon.REGIONAL_ADJECTIVES.get(fold(t.text))
            if code is None and fold(t.text) in lexicon.SHARED_REGIONAL_ADJECTIVES:
                code = self.main_country()  # "les forces kurdes" of an article about Iraq
            if code is not None and code in self.registry.countries:
                military = name in lexicon.MILITARY_NOUNS and fold(t.text) in lexicon.SHARED_REGIONAL_ADJECTIVES
                return t, self.registry.military(code) if military else self.registry.government(code)
        return None

    def home_office(self, tok: Token, name: str, former: bool = False) -> tuple[Token, Actor] | None:
        """"le chef de l'État", "le chef du gouvernement", "le président", "le Premier ministre",
        "le ministre de l'économie" alone: the article's own country's."""
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        complement = nxt is not None and fold(nxt.text) in ("de", "du", "des", "d'")
        if complement and tok.i + 2 < len(self.doc) and any(e["label"] == "PER" and e["start"] == self.doc[tok.i + 2].idx for e in self.entities):
            complement = False  # "l'ancien Premier ministre de François Hollande": the leader's, of the same country
        republic = complement and re.match(r"presidente? de la republique$", fold(self.doc[tok.i:tok.i + 4].text))
        if name in _HOME_OFFICERS and (not complement or fold(self.doc[tok.i:tok.i + 3].text) == fold(tok.text) + " de police"):
            # "le vice-président Mike Pence", "le préfet de police": the article's own country's
            return self._home_officer(self.doc[tok.i + 2] if complement else tok, lexicon.PERSON_ROLES.get(name, name))
        if name in ("president", "presidente", "premier ministre", "premiere ministre") and (not complement or republic):
            # "le président de la République" whose République no adjective or name qualifies
            # "Le président actuel, Xi Jinping", "Le Premier ministre, Manuel Valls" (not "le président du club")
            code = self.main_country()
            if code is None:
                return None
            former = former or nxt is not None and fold(nxt.text) in lexicon.NOT_CURRENT
            office = "head_of_state" if name.startswith("president") else "head_of_government"
            return (self.doc[tok.i + 3] if republic else tok), self.office_actor(code, office, name, former)
        last = next((self.doc[tok.i + n] for n in (1, 2, 3) if tok.i + n < len(self.doc) and _HOME_TITLE.match(
            fold(self.doc[tok.i:tok.i + n + 1].text).replace("’", "'"))), None) if name in ("procureur", "procureure", "secretaire") else None
        if last is not None:
            # "le procureur de la République" of no city, "le procureur général", "le secrétaire
            # d'État" (of no organisation): an officer of the article's own country
            return self._home_officer(last, "prosecutor" if name.startswith("procureur") else "secretary of state")
        if name == "porte-parole" and fold(self.doc[tok.i:tok.i + 3].text) == "porte-parole du gouvernement":
            # "le porte-parole du gouvernement, Benjamin Griveaux" of no country: the article's own
            return self._home_officer(self.doc[tok.i + 2], "government spokesperson")
        charged = nxt is not None and fold(nxt.text) in _MINISTER_CHARGED and tok.i + 2 < len(self.doc) \
            and fold(self.doc[tok.i + 2].text) in ("de", "du", "des", "d'")
        if name == "ministre" and charged and fold(tok.text) == "ministre":
            # "le ministre chargé de la santé", "la ministre déléguée aux sports": the portfolio
            # after the participle, of the article's own country
            last = self._portfolio_end(self.doc[tok.i + 1])
            code = self.main_country()
            if code is None or last.i <= tok.i + 1:
                return None
            portfolio = self.doc[tok.i + 3:last.i + 1].text
            return last, Actor(f"local:minister-{slug(portfolio)}-{code.lower()}", f"minister ({code})", code, "person", "minister")
        if name == "ministre" and complement and fold(tok.text) == "ministre":
            last = self._portfolio_end(tok)
            code = self.main_country()
            if code is None or last.i == tok.i:
                return None
            portfolio = self.doc[tok.i + 2 if fold(nxt.text) in ("de", "d'") else tok.i + 1:last.i + 1].text
            return last, Actor(f"local:minister-{slug(portfolio)}-{code.lower()}", f"minister ({code})", code, "person", "minister")
        tail = fold(self.doc[tok.i:tok.i + 4].text)
        police = re.match(r"chef (?:adjointe? )?de la police\b", fold(self.doc[tok.i:tok.i + 5].text)) if name == "chef" else None
        if police:
            # "le chef de la police", "le chef adjoint de la police" of no city: the article's own country's
            return self._home_officer(self.doc[tok.i + len(police.group().split()) - 1], "police chief")
        if name != "chef" or not re.match(r"chef (?:de l'etat|du gouvernement)\b", tail):
            return None
        code = self.main_country()
        if code is None:
            return None
        state = "etat" in tail
        last = self.doc[min(len(self.doc) - 1, tok.i + (3 if state else 2))]
        office, title = ("head_of_state", "chef d'etat") if state else ("head_of_government", "chef du gouvernement")
        return last, self.office_actor(code, office, title, False)

    def home_institution(self, tok: Token, name: str) -> tuple[Token, Actor] | None:
        """"le gouvernement", "l'armée", "l'État", "le ministère de l'éducation" alone: the article's own country's."""
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if name == "police" and nxt is not None:
            # "la police fédérale", "la police des transports": a State's police force, named by its
            # function only, is the article's own country's
            words = fold(self.doc[tok.i + 1:tok.i + 3].text)
            n = 1 if fold(nxt.text) in _POLICE_FUNCTIONS else 2 if words in _POLICE_FUNCTIONS else 0
            code = self.main_country() if n else None
            return (self.doc[tok.i + n], self.registry.government(code)) if code else None
        if name not in _HOME_INSTITUTIONS or nxt is not None and (nxt.pos_ == "PROPN" or nxt.text[:1].isupper() or fold(nxt.text) == "islamique"):
            return None  # "le gouvernement Assad" is a leader's; "l'État islamique" is no State
        if name == "etat" and not tok.text[:1].isupper():
            return None  # "en l'état": as it stands
        last = tok
        branch = _ARMY_BRANCH.match(fold(self.doc[tok.i + 1:tok.i + 5].text)) if name == "armee" else None
        if branch:  # "l'armée de l'air", "l'armée de terre": a branch of the article's own armed forces
            last = next(t for t in self.doc[tok.i + 1:tok.i + 5] if fold(t.text) in ("air", "terre"))
        elif nxt is not None and fold(nxt.text) in ("de", "du", "des", "d'"):
            if name not in _NAMED_BY_COMPLEMENT:
                return None  # "le gouvernement de X": X would have qualified it
            last = self._portfolio_end(tok)
        code = self.main_country()
        if branch and last.i + 1 < len(self.doc) and self.registry.adjective(self.doc[last.i + 1].text) in self.registry.countries:
            last = self.doc[last.i + 1]  # "l'armée de l'air syrienne"
            code = self.registry.adjective(last.text)
        if code is None:
            return None
        if name in lexicon.MILITARY_NOUNS:
            return last, self.registry.military(code) if code in self.registry.countries else self.registry.government(code)
        return last, self.registry.government(code)

    def _portfolio_end(self, tok: Token) -> Token:
        """The last word of "ministère de l'éducation nationale": up to the first punctuation or verb."""
        last = tok
        names = {e["start"] for e in self.entities if e["label"] == "PER"}  # "… étrangères Alain Aimé Nyamitwe"
        for t in self.doc[tok.i + 1:tok.i + 6]:
            if t.is_punct or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") or t.i > tok.i + 1 and t.pos_ == "ADP" and last.pos_ != "ADP" or t.idx in names:
                break
            if last is not tok and last.text[:1].isupper() and t.text[:1].isupper():
                break  # "ministre de l’Éducation Najat Vallaud-Belkacem", the name untagged: the portfolio is one word
            last = t
        while last.pos_ in ("ADP", "DET") and last.i > tok.i:
            last = self.doc[last.i - 1]
        return last

    def anaphoric_place(self, tok: Token, name: str) -> tuple[Token, Actor] | None:
        """"le ministre de la justice du pays", "le maire de la ville", "le gouverneur de la
        province", "les autorités du pays": the article's own country's."""
        for t in self.doc[tok.i + 1:tok.i + 7]:
            if t.is_punct or t.pos_ in ("VERB", "AUX"):
                return None
            if fold(t.text) not in _ANAPHORIC_PLACES | _ANAPHORIC_DIVISIONS or t.i < 2:
                continue
            if fold(t.text) in _ANAPHORIC_DIVISIONS and t.i + 1 < len(self.doc) and (
                    fold(self.doc[t.i + 1].text) in ("de", "du", "des", "d'") or self.doc[t.i + 1].text[:1].isupper()):
                continue
            before = fold(self.doc[t.i - 1].text), fold(self.doc[t.i - 2].text)
            if not (before[0] == "du" or before[0] in ("la", "l'") and before[1] == "de"):
                continue
            # "le bourgmestre de la capitale belge": the adjective's country, else the article's
            following = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else None
            code = self.registry.adjective(following.text) if following is not None and following.pos_ == "ADJ" else None
            if code not in self.registry.countries and fold(t.text) in _ANAPHORIC_CITIES:
                code = self.main_city_country()  # "la nouvelle maire de la ville" of an article about Rome
            code = code if code in self.registry.countries else self.main_country()
            if code is None or code not in self.registry.countries:
                return None
            if name in lexicon.MILITARY_NOUNS:
                return t, self.registry.military(code)
            if name in lexicon.GOVERNMENT_NOUNS or "Plur" in tok.morph.get("Number"):
                return t, self.registry.government(code)
            if name in lexicon.HEAD_OF_STATE:
                return t, self.office_actor(code, "head_of_state", name, False)
            role = lexicon.PERSON_ROLES.get(name, name)
            return t, Actor(f"local:{slug(role)}-{code.lower()}", f"{role} ({code})", code, "person", role)
        return None

    def main_city_country(self) -> str | None:
        """The country of the city the text names most (the first of those named as often): what
        "la ville" of a role refers to, when the text is about a city abroad."""
        counts: Counter = Counter()
        places: dict[str, Actor] = {}
        for e in self.entities:  # in text order: the first named wins a tie
            seat = self.registry.seat(e["text"])
            place = seat.place if seat is not None and seat.place is not None else self.registry.place(e["text"])
            if place is not None and place.country in self.registry.countries:
                counts[place.id] += 1
                places.setdefault(place.id, place)
        if not counts:
            return None
        return places[max(counts, key=lambda pid: (counts[pid], -list(places).index(pid)))].country

    def police_chief(self, tok: Token, name: str) -> tuple[Token, Actor] | None:
        """"le directeur général de la police", "le chef adjoint de la police nationale", no place
        named: the head of the article's own country's police."""
        if name not in ("directeur", "directrice", "chef", "patron", "patronne", "commissaire"):
            return None
        words = [fold(t.text) for t in self.doc[tok.i + 1:tok.i + 8]]
        while words and words[0] in ("general", "generale", "adjoint", "adjointe"):
            words.pop(0)
        if words[:3] != ["de", "la", "police"]:
            return None
        end = tok.i + 1 + (len(self.doc[tok.i + 1:tok.i + 8]) - len(words)) + 2
        after = " ".join(words[3:5])
        n = 1 if words[3:4] and words[3] in _POLICE_FUNCTIONS else 2 if after in _POLICE_FUNCTIONS else 0
        if words[3 + n:4 + n] and words[3 + n] in ("de", "du", "des", "d'") or n == 0 and words[3:4] and self.registry.adjective(words[3]):
            return None  # "le chef de la police de Biloxi", "de la police turque": a place's, a country's
        code = self.main_country()
        if code not in self.registry.countries:
            return None
        role = lexicon.PERSON_ROLES.get(name, name)
        return self.doc[end + n], Actor(f"local:{slug(role)}-police-{code.lower()}", f"{role} of police ({code})", code, "person", role)

    def official_of(self, tok: Token, name: str) -> tuple[Token, Actor] | None:
        """An official of an international organisation named in the role's phrase: "le chef des
        Opérations de maintien de la Paix aux Nations-Unies", "membre de l'Ocha": its code."""
        if name in _INSTITUTIONS or "Plur" in tok.morph.get("Number"):
            return None
        for t in self.doc[tok.i + 1:tok.i + 10]:
            if t.is_punct or t.pos_ in ("VERB", "AUX"):
                return None
            org = next((m for m in self.mentions if m.start <= t.idx < m.end and m.actor.kind == "igo"), None)
            if org is not None and org.actor.country and org.actor.country not in self.registry.countries:
                last = self.doc.char_span(org.start, org.end, alignment_mode="expand")[-1]
                role = lexicon.PERSON_ROLES.get(name, name)
                code = org.actor.country
                return last, Actor(f"local:{slug(role)}-{slug(code)}", f"{role} ({code})", code, "person", role)
            # "le président de la SNCF", "le PDG de Renault", "le patron du CNDD-FDD": the official of
            # a company, party or association its complement names, of that organisation's country
            org = next((m for m in self.mentions if m.start == t.idx and m.actor.kind in _ORGANISATION_KINDS), None)
            if org is not None and org.actor.country in self.registry.countries and t.i - tok.i <= 4 \
                    and fold(self.doc[t.i - 1].text) in ("de", "du", "d'", "l'", "la"):
                last = self.doc.char_span(org.start, org.end, alignment_mode="expand")[-1]
                role = lexicon.PERSON_ROLES.get(name, name)
                return last, Actor(f"local:{slug(role)}-{slug(org.text)}", f"{role} ({org.text})", org.actor.country, "person", role)
        return None

    def local_office(self, tok: Token, name: str) -> tuple[Token, Actor] | None:
        """A court, police, prosecutor or mayor of a city: "le parquet d'Evry", "le tribunal de
        commerce de Tarbes", "le maire d'Istanbul": the institutions of the city's country."""
        if name not in _LOCAL_OFFICES:
            return None
        for t in self.doc[tok.i + 1:tok.i + 6]:
            if t.is_punct or t.pos_ == "VERB":
                return None
            article = t.i >= 2 and fold(self.doc[t.i - 1].text).replace("’", "'") in ("la", "l'") and fold(self.doc[t.i - 2].text) == "de"
            if t.i == 0 or fold(self.doc[t.i - 1].text) not in ("de", "du", "des", "d'") and not article:
                continue  # "le maire d'Istanbul", "le préfet de la Manche"
            place = next((m for m in self.mentions if m.start == t.idx and m.actor.kind == "location"), None)
            if place is None or place.actor.country not in self.registry.countries:
                continue
            last = self.doc.char_span(place.start, place.end, alignment_mode="expand")[-1]
            code = place.actor.country
            if name in _SEES:
                return last, Actor(f"local:{name}-{slug(place.text)}", f"{name} ({place.text})", code, "other")
            if name in ("rectorat", "academie", "mairie") and (not tok.text.islower() or t.i != tok.i + 2):
                return None  # "l'académie de Grenoble", "la mairie de Paris" only: the place right after "de"
            if name in lexicon.PERSON_ROLES:
                role = lexicon.PERSON_ROLES[name]
                return last, Actor(f"local:{slug(role)}-{slug(place.text)}", f"{role} ({place.text})", code, "person", role)
            return last, self.registry.government(code)
        return None

    def role_qualifier(self, tok: Token) -> tuple[str | None, Token | None]:
        """The country after a role noun, and the last token of the mention."""
        code = self.qualifier(tok)
        if code is None:
            return None, None
        last = tok
        for t in tok.doc[tok.i + 1:min(len(tok.doc), tok.i + _ROLE_SPAN_LIMIT)]:
            # a country adjective the tagger took for a verb: "les forces spéciales afghanes"
            adjective = t.pos_ in ("ADJ", "VERB") and t.text.islower() and self.registry.adjective(t.text) == code
            elected = fold(t.text) in ("elu", "elue") and t.i == tok.i + 1  # "le président élu américain"
            if t.is_punct or t.pos_ == "VERB" and not adjective and not elected or t.is_sent_start:
                break
            last = t
            if adjective or self.code_of_token(t) == code:
                # extend over the rest of a multi-word name ("des États-Unis")
                for m in self.mentions:
                    if m.start <= t.idx < m.end:
                        while last.i + 1 < len(tok.doc) and last.idx + len(last.text) < m.end:
                            last = tok.doc[last.i + 1]
                # "le ministère russe de la Défense": a complement right after the adjective
                nxt = tok.doc[last.i + 1:last.i + 4]
                if t.pos_ == "ADJ" and len(nxt) >= 2 and fold(nxt[0].text) in ("de", "du", "des", "d'") and any(n.head.i == tok.i and n.dep_ == "nmod" for n in nxt):
                    for n in nxt:
                        last = n
                        if n.head.i == tok.i and n.dep_ == "nmod":
                            break
                return code, last
        return None, None

    def office_actor(self, code: str, office: str, title: str, former: bool) -> Actor:
        english = lexicon.ENGLISH_TITLE.get(title, lexicon.ROLE_TITLES.get(office))
        if not former:
            held = self.registry.holder(code, office, self.day)
            if held:
                return held.holder.with_role(held.title)
        qualifier = "former " if former else ""
        return Actor(f"local:{slug(qualifier + english)}-{code.lower()}", f"{qualifier}{english} ({code})", code, "person", qualifier + english)
