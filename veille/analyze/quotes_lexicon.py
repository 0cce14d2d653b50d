"""The French reporting-verb lexicon and the word lists quote attribution relies on.

Lemmas come from `veille/data/lexicons/reporting_verbs_fr.json` (see its README for sources and
licences). spaCy's French lemmatiser misses some inflected forms, so a token also counts when its
surface form is in the Gender Gap Tracker list of reporting-verb forms.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from spacy.tokens import Token

LEXICONS = Path(__file__).resolve().parents[1] / "data" / "lexicons"

# Nouns after "selon"/"d'après" that name a criterion, not a source ("selon les critères").
NOT_SOURCES = {
    "laquelle", "lequel", "lesquels", "lesquelles", "critère", "cas", "modèle", "principe", "droit",
    "règle", "acronyme", "méthode", "loi", "article", "mode", "ordre", "besoin", "formule", "usage",
    "tradition", "rythme", "nature", "niveau", "type", "catégorie", "saison", "heure", "moment",
    "bilan", "information", "dernier", "chiffre", "estimation", "calcul", "résultat", "terme",
    "accord", "constitution", "traité", "calendrier", "procédure", "scénario", "hypothèse",
    "ce", "celui", "cela", "celle",
}
# Words that make a quoted passage a name or a title rather than speech ("l'opération « Barkhane »").
NAMING_WORDS = {
    "appelé", "appelée", "appelés", "appelées", "intitulé", "intitulée", "intitulés", "baptisé",
    "baptisée", "surnommé", "surnommée", "nommé", "nommée", "dénommé", "dénommée", "dit", "dite",
    "opération", "slogan", "mouvement", "mot", "terme", "expression", "hashtag", "émission", "film",
    "livre", "ouvrage", "album", "chanson", "titre", "journal", "magazine", "programme", "projet",
    "plan", "pièce", "série", "roman", "spectacle", "exposition", "campagne", "collectif", "association",
    "élu", "élue", "élus", "sacré", "sacrée", "désigné", "désignée", "qualifié", "qualifiée", "devise",
}
# Common nouns that stand for a person already named ("le porte-parole du Kremlin").
PERSON_ROLES = {
    "président", "présidente", "ministre", "porte-parole", "dirigeant", "dirigeante", "chef",
    "chercheur", "chercheuse", "scientifique", "nageur", "nageuse", "athlète", "entraîneur",
    "entraineur", "procureur", "procureure", "maire", "premier", "secrétaire", "directeur",
    "directrice", "député", "députée", "sénateur", "sénatrice", "candidat", "candidate", "joueur",
    "joueuse", "pilote", "champion", "championne", "sportif", "sportive", "journaliste",
    "correspondant", "correspondante", "avocat", "avocate", "juge", "commissaire", "ambassadeur",
    "ambassadrice", "diplomate", "général", "leader", "chanteur", "chanteuse", "acteur", "actrice",
    "réalisateur", "réalisatrice", "auteur", "écrivain", "fondateur", "patron", "patronne",
    "gouverneur", "préfet", "préfète", "chancelière", "chancelier", "souverain", "roi", "reine",
    "pape", "coureur", "coureuse", "cycliste", "judokate", "skieur", "skieuse", "boxeur", "astronaute",
    "homme", "femme", "conseiller", "conseillère", "expert", "experte", "médecin", "policier",
    "responsable", "représentant", "représentante", "délégué", "déléguée", "militant", "militante",
    "capitaine", "sélectionneur", "gardien", "attaquant", "coéquipier", "adjoint", "adjointe",
    "pdg", "cosmonaute", "gardienne", "physicien", "physicienne", "rapporteur", "rapporteure", "évêque", "archevêque", "météorologue", "astronome", "soldat", "officier",
    # professions the articles present people by ("le graphiste portugais Miguel Neiva")
    "graphiste", "ingénieur", "architecte", "photographe", "économiste", "sociologue", "historien",
    "historienne", "anthropologue", "archéologue", "biologiste", "professeur", "professeure",
    "universitaire",  # "Gilles-Éric Séralini, professeur à l'université de Caen … », résume l'universitaire"
    "manifestant", "manifestante",  # "ajoute Hassan, un autre manifestant" (seed-53 dev batch)
}


# Kinship nouns: people, whom the article names through someone else ("la mère de Pascal
# Troadec"), so they are never resolved to an earlier name as role nouns are.
KINSHIP = {
    "mère", "père", "frère", "sœur", "soeur", "fils", "fille", "épouse", "époux", "mari", "veuve",
    "veuf", "oncle", "tante", "neveu", "nièce", "cousin", "cousine", "grand-mère", "grand-père", "parent",
    "compagnon", "compagne", "belle-mère", "beau-père", "beau-frère", "belle-sœur",
}


# Common nouns for the groups and documents that speak in news ("la police a annoncé que …",
# "selon le communiqué"); with names, pronouns and PERSON_ROLES, the subjects an indirect quote
# may have. "Cet événement appelle à …" is no speech.
SOURCE_NOUNS = {
    "gouvernement", "police", "gendarmerie", "ministère", "autorité", "armée", "agence", "communiqué",
    "texte", "rapport", "document", "source", "témoin", "enquêteur", "collectif", "syndicat", "parti",
    "entreprise", "compagnie", "groupe", "direction", "jury", "médecin", "observateur", "analyste",
    "organisateur", "commission", "commissaire", "comité", "conseil", "tribunal", "cour", "parquet",
    "préfecture", "mairie", "administration", "office", "institut", "organisation", "association",
    "fédération", "ligue", "club", "équipe", "chaîne", "journal", "quotidien", "média", "presse",
    "site", "étude", "sondage", "enquête", "service", "secours", "pompier", "état-major", "ambassade",
    "opposition", "majorité", "manifestant", "habitant", "riverain", "famille", "proche", "spécialiste",
    "scientifique", "chercheur", "découvreur", "auteur", "élu", "individu", "personne", "victime",
    "agent", "officiel", "diplomate", "dirigeant", "responsable", "état", "pays", "régime", "maison",
    "centre", "bureau", "banque", "fonds", "union", "nation", "ong", "universitaire", "laboratoire",
    "promoteur", "créateur", "fondateur", "gauche", "droite", "voisin", "voisine", "passant", "habitante",
    # seed-52 dev batch: "Selon un ouvrier du chantier, …", "la colère des féministes ainsi que des
    # défenseurs des droits de l'homme. Pour eux, « … »", "La télévision d'État syrienne a qualifié …"
    "ouvrier", "ouvrière", "employé", "employée", "salarié", "salariée", "travailleur", "travailleuse",
    "féministe", "défenseur", "télévision", "radio", "plaignant", "plaignante",
}


def could_speak(token: Token | None) -> bool:
    """Whether a subject can be the source of reported speech: a name, a pronoun, a person, a group."""
    if token is None:
        return False
    if token.pos_ in {"PROPN", "PRON"} or token.ent_type_ in {"PER", "ORG", "LOC"}:
        return True
    lemma = token.lemma_.lower()
    return lemma in PERSON_ROLES or lemma in KINSHIP or lemma in SOURCE_NOUNS or lemma.rstrip("s") in SOURCE_NOUNS


@functools.cache
def lexicon() -> dict:
    data = json.loads((LEXICONS / "reporting_verbs_fr.json").read_text(encoding="utf-8"))
    forms = {
        line.strip().lower()
        for line in (LEXICONS / "quote_verb_forms_ggt.txt").read_text(encoding="utf-8").splitlines()
        if len(line.strip()) >= 4  # the list carries a little noise such as "es"
    }
    plain, reflexive = {}, {}
    for lemma, cls in data["lemmas"].items():
        if lemma.startswith(("se ", "s'")):
            reflexive[lemma.split(" ", 1)[1] if lemma.startswith("se ") else lemma[2:]] = cls
        elif " " not in lemma:
            plain[lemma] = cls
    # "faire savoir", "faire valoir": the infinitive reports only after the causative "faire"
    causative = {lemma.split(" ", 1)[1] for lemma in data["lemmas"] if lemma.startswith("faire ") and lemma.count(" ") == 1}
    return {"plain": plain, "reflexive": reflexive, "forms": forms, "object_content": set(data["object_content"]),
            "causative": causative}


def _is_reflexive(token: Token) -> bool:
    return any(child.lower_ in {"se", "s'", "s’"} for child in token.children)


# The parts of speech a reporting verb can carry: VERB, and what spaCy sometimes tags one as after
# a closing mark or an auxiliary (see below).
MAY_REPORT = {"VERB", "NOUN", "ADJ", "X", "PROPN"}


def reporting_lemma(token: Token) -> str | None:
    """The reporting-verb lemma of `token`, or None when it is not one."""
    if token.pos_ not in MAY_REPORT:
        return None  # asked of every token: most are settled by their part of speech alone
    after_aux = token.i > 0 and token.doc[token.i - 1].lemma_ == "avoir"
    # "« … », juge le ministère de l'Intérieur": right after a closing mark and its comma, a
    # present-tense form spaCy took for a noun is the verb of an inverted attribution
    after_quote = token.i > 1 and token.doc[token.i - 1].text == "," and token.doc[token.i - 2].text in {"»", "”", '"'}
    if after_quote and token.pos_ in {"NOUN", "ADJ"} and token.text.islower():
        lex = lexicon()
        return token.lemma_.lower() if token.lemma_.lower() in lex["plain"] else _infinitive(token.lower_, lex["plain"])
    if token.pos_ != "VERB":
        # After a closing quote spaCy sometimes tags the participle of "a expliqué" as a noun,
        # an adjective or, for a verb it does not know ("a tweeté"), as X or even a name; the auxiliary right
        # before it still marks it as a verb.
        if not (after_aux and (token.pos_ in {"NOUN", "ADJ", "X"} or token.pos_ == "PROPN" and token.text.islower())):
            return None
    lex = lexicon()
    lemma = token.lemma_.lower()
    if lemma in lex["reflexive"] and _is_reflexive(token):
        return ("s'" if lemma[0] in "aeiouéèêh" else "se ") + lemma
    if lemma in lex["plain"]:
        return lemma
    if lemma in lex["causative"] and "Inf" in token.morph.get("VerbForm") and token.i > 0 and token.doc[token.i - 1].lemma_ == "faire":
        return "faire " + lemma  # "B. Obama … fait savoir qu'il continue à gérer la crise"
    # The form list only stands in where the lemmatiser gave up (returned the form itself):
    # elsewhere spaCy's lemma is the better judge ("veulent" is in the list, "vouloir" is no speech).
    if token.lower_ in lex["forms"] and lemma == token.lower_:
        return _infinitive(lemma, lex["plain"])
    if after_aux and lemma.lower() == token.lower_ and token.lower_.endswith(_PARTICIPLES):
        # "a tweeté": a participle the lemmatiser left as it is, of a verb in the lexicon
        return _infinitive(token.lower_, lex["plain"])
    return None


# Endings of the present, imperfect, simple past and participles, longest first, for the forms
# the lemmatiser leaves as they are ("indique", "estiment").
_ENDINGS = sorted({"e", "es", "ent", "ons", "ez", "é", "ée", "és", "ées", "ait", "aient", "a", "èrent",
                   "it", "is", "irent", "ant", "ra", "rait", "ront", "i", "ie", "ies", "u", "ue", "ît"}, key=len, reverse=True)


_PARTICIPLES = ("é", "ée", "és", "ées", "i", "ie", "is", "it", "u", "ue")


def _infinitive(form: str, lemmas: dict) -> str | None:
    for ending in _ENDINGS:
        if form.endswith(ending) and len(form) > len(ending) + 2:
            base = form[: -len(ending)]
            for suffix in ("er", "ir", "re"):
                if base + suffix in lemmas:
                    return base + suffix
    return None


def takes_object_content(lemma: str) -> bool:
    return lemma in lexicon()["object_content"]
