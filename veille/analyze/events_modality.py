"""Is an event said to have happened? Polarity and modality from the words that govern its trigger.

"Le Kremlin dément tout projet d'invasion": the invasion is denied. "accusent Moscou de masser des
troupes": the massing is alleged. "Washington veut éviter une escalade": intended (and negated).
"La Russie n'a jamais eu l'intention d'attaquer": intended, negated. The cue words were collected
from the corpus dev split; the rule is to walk up the dependency tree from the trigger and let
every governing cue speak, the strongest winning (denied > alleged > hypothetical > intended >
future > actual). The French model sometimes mis-parses a denial verb ("dément" tagged as an
adverb), so a denial or accusation word earlier in the same clause also counts.
"""

from __future__ import annotations

from spacy.tokens import Token

from veille.analyze.events_lexicon import guess_infinitive
from veille.analyze.sentences import token_sentence

ACTUAL, ALLEGED, INTENDED, HYPOTHETICAL, FUTURE, DENIED = (
    "actual", "alleged", "intended", "hypothetical", "future", "denied",
)
# Strongest first: a denied intention is denied, an alleged plan is alleged.
_RANK = {DENIED: 0, ALLEGED: 1, HYPOTHETICAL: 2, INTENDED: 3, FUTURE: 4, ACTUAL: 5}

# Governing words (lemmas or lower-cased forms) and what they make of the event under them.
CUES: dict[str, str] = {
    # denial
    "démentir": DENIED, "dément": DENIED, "démentent": DENIED, "démenti": DENIED, "nier": DENIED,
    "réfuter": DENIED, "contester": DENIED,
    # allegation: someone else says it happened
    "accuser": ALLEGED, "soupçonner": ALLEGED, "reprocher": ALLEGED, "imputer": ALLEGED,
    "attribuer": ALLEGED, "accusation": ALLEGED, "soupçon": ALLEGED, "allégation": ALLEGED,
    "prétendre": ALLEGED, "présumé": ALLEGED, "supposé": ALLEGED, "suspect": ALLEGED,
    "inculper": ALLEGED, "rumeur": ALLEGED,
    # intention, plan, demand: not (yet) done
    "vouloir": INTENDED, "chercher": INTENDED, "envisager": INTENDED, "projeter": INTENDED,
    "compter": INTENDED, "viser": INTENDED, "intention": INTENDED, "projet": INTENDED,
    "plan": INTENDED, "préparer": INTENDED, "promettre": INTENDED, "engager": INTENDED,
    "souhaiter": INTENDED, "espérer": INTENDED, "désirer": INTENDED, "volonté": INTENDED,
    "ambition": INTENDED, "décider": INTENDED, "exiger": INTENDED, "demander": INTENDED,
    "réclamer": INTENDED, "appeler": INTENDED, "exhorter": INTENDED, "éviter": INTENDED,
    "prêt": INTENDED,  # "se dit prête à envoyer des troupes"
    "nécessité": INTENDED,  # "la nécessité de développer l'arsenal nucléaire"
    "empêcher": INTENDED, "déjouer": INTENDED, "contrecarrer": INTENDED, "refuser": INTENDED, "renoncer": INTENDED, "accepter": INTENDED,
    # possibility, threat, fear
    "pouvoir": HYPOTHETICAL, "risquer": HYPOTHETICAL, "risque": HYPOTHETICAL,
    "craindre": HYPOTHETICAL, "crainte": HYPOTHETICAL, "redouter": HYPOTHETICAL, "menacer": HYPOTHETICAL,
    "menace": HYPOTHETICAL, "possibilité": HYPOTHETICAL, "éventuel": HYPOTHETICAL,
    "hypothèse": HYPOTHETICAL, "susceptible": HYPOTHETICAL, "probable": HYPOTHETICAL,
    "possible": HYPOTHETICAL,  # "Il est possible que Chekatt ait déjà quitté la France"
    "exclure": HYPOTHETICAL,  # "la France n'exclut pas des frappes": a possibility (and negating, below)
    # scheduled
    "prévoir": FUTURE, "programmer": FUTURE, "devoir": FUTURE, "aller": FUTURE,
    "prochain": FUTURE, "futur": FUTURE, "apprêter": FUTURE,
}
# Attempts are not cues: "une tentative d'assassinat" is an actual (failed) assault.
# Governing words that also negate what they govern ("veut éviter une escalade").
NEGATING = {"éviter", "empêcher", "déjouer", "contrecarrer", "refuser", "renoncer", "exclure", "annuler"}  # "un attentat a été déjoué"
# Verbs whose object noun is the act their subject does ("mener un raid"), unlike "revendiquer l'attaque".
DOING_VERBS = {"mener", "lancer", "commettre", "perpétrer", "effectuer", "conduire", "faire", "procéder", "exécuter"}
NO_ONE = {"aucun", "aucune", "nul", "nulle"}  # determiners of a subject that deny the act
NEGATIONS = {"pas", "jamais", "aucun", "aucune", "nul", "nulle", "guère", "point", "sans", "ni", "non"}
# Early-clause cues that may be mis-attached by the parser (see module docstring).
_LINEAR = {DENIED, ALLEGED}
_CLAUSE_BREAKS = {";", ":", "mais", "tandis", "alors", "puis", "et", "."}


# Fixed phrases "<case> <noun> de" that qualify what follows: "sur le point de commettre", "en cas
# d'attaque". The noun alone is no cue ("le point de passage", "dans ce cas").
# Cues only before an infinitive: "entend développer l'armée" is an intention, "entend des tirs" is not.
INFINITIVE_CUES = {"entendre": INTENDED}
PHRASE_CUES = {("point", "sur"): INTENDED, ("cas", "en"): HYPOTHETICAL}
# Verbs that call off or put off what they govern ("a annulé sa visite", "le sommet a été reporté"),
# as verbs only ("un reporter" is a journalist).
CALLING_OFF = {"annuler": INTENDED, "ajourner": FUTURE, "reporter": FUTURE}


def _cue(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    for (noun, case), cue in PHRASE_CUES.items():
        if lemma == noun and any(c.dep_ == "case" and c.lower_ == case for c in token.children):
            return cue  # "était sur le point de commettre un attentat", "en cas d'attaque"
    if token.pos_ == "VERB" and lemma in CALLING_OFF:
        return CALLING_OFF[lemma]
    keys = [lemma, token.lower_]
    if token.pos_ in ("VERB", "AUX") and keys[0] == keys[1]:
        keys.append(guess_infinitive(keys[1]))  # the lemmatiser leaves "cherche" as it is
    for key in keys:
        if key in CUES:
            return CUES[key]
    return None


def is_negated(token: Token) -> bool:
    """A negation attached to this word: "n'a jamais eu", "aucune attaque", "sans attaquer"."""
    for child in token.children:
        if child.pos_ in ("NOUN", "PROPN"):
            continue  # "le point de passage a été attaqué": a noun "point" is no "ne ... point"
        if child.lower_ in NEGATIONS or child.morph.get("Polarity") == ["Neg"] and child.lower_ not in ("ne", "n'"):
            return True
        if child.lower_ == "encore" and any(g.lower_ in NEGATIONS and g.pos_ == "ADV" for g in child.children):
            return True  # "n'a pas encore signé": the parser hangs "pas" on "encore" (not "pas plus tôt que")
    return False


def _no_doer(verb: Token) -> bool:
    """ "aucun avion russe n'avait mené de raid": the event verb's subject says no one did it (a
    governing verb's does not: "même si l'attaque arrive ..., aucun lien n'a été trouvé")."""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubj:pass") and any(g.dep_ == "det" and g.lower_ in NO_ONE for g in c.children) for c in verb.children)


def _mood(token: Token) -> str | None:
    """The event verb's own tense/mood, from itself or its auxiliaries."""
    forms = [token, *(c for c in token.children if c.dep_.startswith("aux"))]
    if any("Cnd" in t.morph.get("Mood") for t in forms):
        return ALLEGED  # the journalistic conditional: "auraient été exploités"
    if any("Fut" in t.morph.get("Tense") for t in forms) or any(_future_form(t) for t in forms):
        return FUTURE
    return None


def _future_form(token: Token) -> bool:
    """A future the tagger took for a present ("Les États-Unis quitteront l'accord"): the endings
    "-ront" and "-era" (the simple past of "-érer" verbs ends in "-éra": "libéra") are no present."""
    lower = token.lower_
    return (token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm") and "Ind" in token.morph.get("Mood")
            and len(lower) > 5 and (lower.endswith("ront") or lower.endswith("era")))


def _ancestors(token: Token):
    """(governor, dependency by which it was reached) pairs up to the sentence root."""
    child = token
    while child.head.i != child.i:
        yield child.head, "xcomp" if _misparsed_complement(child) else child.dep_
        child = child.head


def _misparsed_complement(token: Token) -> bool:
    """ "refusé ... de concéder sa défaite" parsed as a coordination: an infinitive with its own
    "de"/"à" is the complement of the verb before it, not a second act."""
    return token.dep_ == "conj" and "Inf" in token.morph.get("VerbForm") and any(
        c.dep_ == "mark" and c.lower_ in ("de", "d'", "d’", "à") for c in token.children)


# Cues whose subject is their agent, not what they qualify: "l'attentat a visé une manifestation"
# is no intention, "l'armée syrienne a démenti" no denied army. Modals (pouvoir, devoir, risquer)
# do qualify their subject ("une attaque pourrait avoir lieu") and are not listed here.
_AGENT_SUBJECT = {DENIED, ALLEGED, INTENDED}


def _past_ability(governor: Token) -> bool:
    """ "ont pu fuir": an ability in the past tells what happened, no hypothesis; so does a past
    obligation ("Matteo Renzi a dû démissionner en décembre"), no schedule."""
    if _mood(governor) == ALLEGED:
        return False  # "aurait dû démissionner", "aurait pu éviter": what did not happen
    return governor.lemma_.lower() in ("pouvoir", "devoir") and (
        any(c.dep_.startswith("aux") and c.lemma_.lower() == "avoir" for c in governor.children)
        or "Past" in governor.morph.get("Tense") and "Ind" in governor.morph.get("Mood"))


def _past_conditional_modal(governor: Token) -> bool:
    """ "aurait dû démissionner", "aurait pu éviter": what should or could have been, and was not."""
    return governor.lemma_.lower() in ("pouvoir", "devoir") and any(
        c.dep_.startswith("aux") and c.lemma_.lower() == "avoir" and "Cnd" in c.morph.get("Mood") for c in governor.children)


# Acts that, announced, are still to come: "Donald Trump a annoncé le retrait du pays", "annonce la
# tenue d'un sommet", "a annoncé l'envoi de troupes". A support or a ratification announced is
# given by the announcement itself ("annonce le soutien de son pays"), so those are not listed.
PROSPECTIVE = {"retrait", "tenue", "arrivée", "envoi", "venue", "visite", "départ", "organisation", "sortie"}
ANNOUNCING = {"annoncer", "programmer", "planifier"}


def _announced_ahead(trigger: Token, governor: Token, dep: str) -> bool:
    """An event noun of PROSPECTIVE that is the object of an announcing verb."""
    return (trigger.pos_ == "NOUN" and dep == "obj" and governor.i == trigger.head.i
            and trigger.lemma_.lower() in PROSPECTIVE and governor.lemma_.lower() in ANNOUNCING)


def _linear_cue(token: Token) -> str | None:
    """A denial or accusation word earlier in the same clause, however the parser attached it."""
    sentence = token_sentence(token)  # indexed once per document; Token.sent walks the sentences
    for left in reversed(list(sentence[: token.i - sentence.start])):
        if left.lower_ in _CLAUSE_BREAKS or left.pos_ in ("VERB", "AUX") and _cue(left) is None:
            return None
        cue = _cue(left)
        if cue in _LINEAR and _qualifies_another(left, token):
            continue  # "l'auteur présumé de l'attentat": who did it is alleged, not that it happened
        if cue in _LINEAR:
            return cue
    return None


def _any_such(noun: Token) -> bool:
    """ "mis en garde contre toute offensive russe", "a démenti toute implication": "tout" before a
    singular event noun speaks of any such act, not of one that took place ("toutes les attaques"
    are plural and real)."""
    return "Sing" in noun.morph.get("Number") and any(
        c.dep_ == "det" and c.lemma_.lower() == "tout" and c.lower_ in ("tout", "toute") for c in noun.children)


def _unattached_cue(governor: Token) -> str | None:
    """The cue word right before an infinitive's "de"/"à", however the parser attached it: "Le
    groupe menace de commettre un attentat" (parsed with "menace" an adjective of "groupe")."""
    mark = next((c for c in governor.children if c.dep_ == "mark" and c.lower_ in ("de", "d'", "d’", "à") and c.i < governor.i), None)
    if mark is None or "Inf" not in governor.morph.get("VerbForm") or mark.i == 0:
        return None
    before = governor.doc[mark.i - 1]
    if before.i == governor.head.i or before.pos_ not in ("VERB", "AUX", "ADJ"):
        return None  # attached where it stands: the walk up the tree reads it
    return _cue(before)


def _to_come(infinitive: Token) -> str | None:
    """ "à venir", "à craindre", "à prévoir": an infinitive with "à" qualifying a noun or a subject
    of "être" tells what is expected of it."""
    if "Inf" not in infinitive.morph.get("VerbForm") or not any(c.dep_ == "mark" and c.lower_ == "à" for c in infinitive.children):
        return None
    return FUTURE if infinitive.lemma_.lower() == "venir" else _cue(infinitive)


def _qualifying_participle(trigger: Token) -> bool:
    """ "réclamer la démission de la présidente Park Geun-hye accusée de trafic d'influence": a past
    participle describing a noun tells what that noun already underwent; the words governing the
    noun (a demand, a plan) do not reach it."""
    return (trigger.pos_ == "VERB" and trigger.dep_ == "acl" and "Part" in trigger.morph.get("VerbForm")
            and "Past" in trigger.morph.get("Tense") and not any(c.dep_.startswith("aux") for c in trigger.children))


def _instead(token: Token) -> bool:
    """An alternative not taken: a clause marked "plutôt que (de)", or the noun of "au lieu de"."""
    if any(c.dep_ == "mark" and c.lower_ == "plutôt" for c in token.children):
        return True
    return token.lemma_.lower() == "lieu" and any(c.dep_ == "case" and c.lower_ == "au" for c in token.children)


def _qualifies_another(cue: Token, trigger: Token) -> bool:
    """A participle or adjective cue modifying a noun other than the trigger speaks of that noun."""
    return cue.dep_ in ("acl", "amod") and cue.head.i != trigger.i


# Verbs of promise: the promise is made, what it promises is not yet done.
PROMISING = {"promettre", "engager"}


def _promise_to_do(trigger: Token) -> bool:
    """ "s'est engagée à développer la vidéosurveillance", "a promis d'implémenter les mesures": a
    promise to do something is an agreement still to be carried out (intended), as the act it
    promises is ("a promis de remettre le pouvoir"); a promise of a thing ("promet son aide") is not."""
    return trigger.pos_ in ("VERB", "AUX") and trigger.lemma_.lower() in PROMISING and any(
        c.dep_ in ("xcomp", "ccomp") and "Inf" in c.morph.get("VerbForm") for c in trigger.children)


def modality(trigger: Token) -> tuple[str, str]:
    """(modality, polarity) of the event whose trigger head is `trigger`."""
    found = [_mood(trigger)] if trigger.pos_ in ("VERB", "AUX") else []
    if _promise_to_do(trigger):
        found.append(INTENDED)
    if found and found[0] == ALLEGED and any(t.lower_ == "si" and t.pos_ == "SCONJ" for t in token_sentence(trigger)):
        found = [HYPOTHETICAL]  # "si les forces russes franchissaient la frontière, l'OTAN riposterait"
    negated = is_negated(trigger) or _no_doer(trigger)
    if trigger.pos_ == "NOUN" and trigger.dep_.startswith(("obj", "obl")) and trigger.head.lemma_.lower() in DOING_VERBS and _no_doer(trigger.head):
        negated = True  # "aucun avion n'avait mené de raid": the support verb's subject
    if trigger.pos_ == "NOUN":
        found += [_cue(c) for c in trigger.children if c.dep_ == "amod"]  # "l'attaque présumée"
        if _any_such(trigger):
            found.append(HYPOTHETICAL)
        found += [_to_come(c) for c in trigger.children if c.dep_.startswith("acl")]  # "la tentative de conciliation à venir"
    if _instead(trigger) or any(_instead(g) for g, _ in _ancestors(trigger) if g.pos_ not in ("VERB", "AUX") or g is trigger.head):
        negated = True  # "Plutôt que de négocier, la Russie a envoyé des troupes", "au lieu d'attaquer"
    for governor, dep in ([] if _qualifying_participle(trigger) else _ancestors(trigger)):
        if dep == "conj":
            continue  # "X dément et attaque": the denial does not govern the attack
        cue = None if _past_ability(governor) else HYPOTHETICAL if _past_conditional_modal(governor) else _cue(governor)
        if cue is None and dep == "xcomp":
            cue = INFINITIVE_CUES.get(governor.lemma_.lower())
        if governor.pos_ == "VERB" and governor.lemma_.lower() in CALLING_OFF and dep not in ("obj", "nsubj:pass", "xcomp"):
            cue = None  # what is called off is the object, not a cause ("annulées en raison de l'état d'urgence")
        if cue in _AGENT_SUBJECT and dep.startswith("nsubj") and dep != "nsubj:pass":
            cue = None  # a passive subject undergoes the cue: "un attentat a été déjoué"
        if _announced_ahead(trigger, governor, dep):
            found.append(FUTURE)
        found.append(_unattached_cue(governor))
        if governor.lemma_.lower() == "être" and dep.startswith("nsubj"):
            found += [_to_come(c) for c in governor.children if c.dep_ == "xcomp"]  # "un attentat est à craindre"
        if cue is not None:
            found.append(cue)
            if governor.lemma_.lower() in NEGATING:
                negated = not negated
        elif governor.pos_ in ("VERB", "AUX"):
            mood = _mood(governor)
            if mood == FUTURE:
                found.append(FUTURE)
            elif mood == ALLEGED and dep == "nsubj" and trigger.pos_ == "NOUN" and governor.i == trigger.head.i:
                # the journalistic conditional of the verb an event noun is the subject of: "les
                # heurts avec la police auraient fait de nombreux blessés"
                found.append(ALLEGED)
        if is_negated(governor) and cue not in (DENIED, ALLEGED):
            negated = not negated  # "n'a jamais eu l'intention d'attaquer"
        if governor.lower_ == "si" or any(c.lower_ == "si" and c.dep_ == "mark" for c in governor.children):
            found.append(HYPOTHETICAL)
    if any(c.lower_ == "si" and c.dep_ == "mark" for c in trigger.children):
        found.append(HYPOTHETICAL)
    found.append(_linear_cue(trigger))
    kinds = [f for f in found if f is not None]
    best = min(kinds, key=_RANK.__getitem__) if kinds else ACTUAL
    return best, "negated" if negated else "asserted"
