"""Precision rules of the events extractor: when a trigger is no event, when an event may not be
coded without guessing, and the actors some kinds of event imply.

Written on the corpus dev split (the tuning set `gold/events/dev_tuning.txt`): "never invent" comes
first, so an event whose source or target would be a guess is left out rather than coded.
"""

from __future__ import annotations

from spacy.tokens import Token

from veille.analyze.events_actors import CONTRACTED, PEOPLE, TO, _case, clause_verb, country_mention
from veille.analyze.events_arguments import PLACE_NOUNS, Arguments
from veille.analyze.events_lexicon import Trigger, lexicon
from veille.analyze.sentences import token_sentence

# Types told by words (statements, deals, measures): coded only with a source of known country or
# an international organisation. Material acts (attacks, protests, arrests) are coded on their
# victims or place alone: an attack by unknown men in Istanbul is an ASSAULT on Turkey.
SOURCE_REQUIRED = {"ACCUSE", "REJECT", "SANCTION", "REQUEST", "THREATEN", "SUPPORT", "CONSULT", "AGREE", "COOPERATE", "AID", "CONCEDE"}
# Acts aimed at someone by nature: without a target found, coding them would be guessing.
TARGET_REQUIRED = {"ACCUSE", "SANCTION", "REQUEST", "THREATEN", "SUPPORT", "COERCE"}
# Acts of force: ordering one is doing it, not requesting it.
MATERIAL_TYPES = {"ASSAULT", "MOBILIZE", "COERCE"}
# Judgements whose object may be another act: they target that act's doer.
JUDGING = {"ACCUSE", "REJECT", "SUPPORT"}
# Measures a state imposes on its own territory.
HOME_MODES = {"curfew", "martial-law"}
# Deeds a judgement may be aimed at without the text telling them as events.
ACT_NOUNS = {"crime", "acte", "violence", "trouble", "exaction", "agissement", "allégation", "propos", "utilisation", "usage", "ingérence"}
# Verbs whose complement noun is a predicate ("demeure une menace"), not an event.
COPULAR_VERBS = {"demeurer", "rester", "devenir", "sembler", "paraître", "constituer", "représenter"}
# Verbs that label something with a noun ("un changement de Constitution qualifié de « coup d'État
# constitutionnel »"): the label is a judgement of the thing, not an act of its own.
LABELLING_VERBS = {"qualifier", "traiter", "taxer"}
# Nouns of armed people: what is pushed back by force.
FIGHTING_GROUPS = {"groupe", "force", "troupe", "armée", "milice", "colonne", "unité"}
# Words of a sentence's penalty: "condamné à trois ans de prison, à une amende".
PENALTIES = {"prison", "emprisonnement", "peine", "amende", "réclusion", "perpétuité", "mort", "sursis", "détention", "an", "mois"}
# Actors whose demands, without addressee, go to their own state (not states and their organs).
DOMESTIC_VOICES = {"party", "ngo", "other"}
# Attackers named by a common noun: when they are shot or arrested with no one said to do it, the
# state's forces of the place did it ("les assaillants ont été abattus", "abattant les 8 assaillants").
ATTACKERS = {"assaillant", "terroriste", "djihadiste", "jihadiste", "kamikaze", "agresseur", "tireur", "preneur"}
# Unnamed fighters (people nouns): attacking them does not attack the country they are in.
FIGHTERS = ATTACKERS | {"rebelle", "insurgé", "combattant", "milicien", "groupe", "islamiste"}
# Nouns an event noun classifies without determiner: "des avions de combat", "un préavis de
# grève", "des crimes de guerre" name a kind of thing, not an event that took place.
CLASSIFIED_HEADS = {
    "avion", "véhicule", "char", "hélicoptère", "navire", "drone", "tenue", "gaz", "préavis", "droit",
    "mode", "genre", "type", "forme", "procédure", "crime", "criminel",
}
# Struggle nouns that, aimed at no one ("le combat contre l'immigration", "la guerre contre la
# drogue"), name a policy: their place is not their target.
STRUGGLES = {"combat", "lutte", "guerre", "bataille", "croisade"}
# Gatherings that are protests only when the text says so: "un rassemblement contre la guerre",
# "le rassemblement avait réuni 287 710 manifestants"; not "un rassemblement religieux", "le
# rassemblement de la gauche", "un grand rassemblement de groupes armés".
GATHERINGS = {"rassemblement"}
PROTEST_WORDS = {"manifester", "manifestant", "manifestation", "protester", "protestation", "contestation", "colère", "slogan", "pancarte", "grève", "gréviste"}
# What one leaves when "quitter" is a resignation ("quitter le pouvoir", "quitter ses fonctions").
OFFICES = {"pouvoir", "fonction", "poste", "présidence", "gouvernement", "mandat"}
# Reciprocal acts: the parties act on each other ("le Canada et l'UE ont signé", "des
# négociations entre Washington et Téhéran", "des affrontements avec l'Inde"), and PLOVER codes
# one directed event each way.
RECIPROCAL_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
RECIPROCAL_ASSAULTS = {"affrontement", "affronter", "heurt", "accrochage"}


# Adjectives that make an attack one of words: "l'attaque la plus virulente contre l'UE et l'ONU".
VERBAL_MARKS = {"virulent", "verbal", "personnel", "rhétorique", "médiatique", "oratoire"}
# What one "manifeste" when the word tells a stance, not a demonstration: "ont manifesté leur
# opposition à la position du gouvernement" is a rejection, "manifester son soutien" a support,
# "manifester son intérêt" nothing to code. Anger and discontent stay protests.
OPPOSITION_NOUNS = {"opposition", "désaccord", "hostilité", "refus", "rejet", "réprobation", "désapprobation", "réticence", "scepticisme"}
SUPPORT_NOUNS = {"soutien", "solidarité", "appui", "approbation", "sympathie"}
STANCE_NOUNS = OPPOSITION_NOUNS | SUPPORT_NOUNS | {"intérêt", "volonté", "désir", "inquiétude", "surprise", "intention", "satisfaction", "espoir", "préoccupation"}
# What a legislature or a procedure blocks: "au 4e jour de blocage de la révision
# constitutionnelle" is a stalled procedure, not a protest blocking a road or a refinery.
PROCEEDINGS = {"révision", "réforme", "loi", "texte", "projet", "examen", "processus", "procédure", "négociation", "budget",
               "dossier", "vote", "discussion", "débat", "institution", "parlement", "assemblée", "réunion"}
# Verbs that keep, break or leave an agreement made before: "respecter leurs engagements", "honorer
# ses engagements", "violer le traité", "quitter l'accord de Paris" tell no new agreement.
KEEPING_VERBS = {"respecter", "honorer", "tenir", "appliquer", "violer", "enfreindre", "bafouer", "trahir", "quitter"}


# Verbs of demand whose object noun is the act demanded: "réclamer la démission de la présidente",
# "exiger le départ des troupes". The demand is the event (REQUEST); the act asked for is not told
# to have happened, nor done by who asks. Acts of force ordered stay events ("a ordonné une frappe").
DEMAND_VERBS = {"réclamer", "exiger", "demander"}


def demanded_act(trigger: Trigger, head: Token) -> bool:
    return (head.pos_ == "NOUN" and head.dep_ == "obj" and trigger.type not in MATERIAL_TYPES
            and head.head.lemma_.lower() in DEMAND_VERBS)


# What one concludes when "conclure" is an agreement ("conclure un accord de coalition"), unlike
# "il conclura sa campagne lundi soir à Des Moines".
AGREEMENT_NOUNS = {"accord", "traité", "pacte", "alliance", "contrat", "cessez-le-feu", "trêve", "entente", "arrangement",
                   "compromis", "partenariat", "marché", "paix", "armistice", "convention", "protocole", "mémorandum", "deal"}
# Kinds of actor one cannot abduct (people are persons or named by a noun of people): "il devrait
# enlever quasiment tous les autres États clés" wins them in an election.
NOT_ABDUCTED = {"country", "location", "government", "igo", "party", "company", "media"}


def wrong_object(trigger: Trigger, head: Token, args: Arguments) -> bool:
    """A verb whose object is not what its event acts on: "conclure" a campaign or a speech is no
    agreement, "enlever" a state (an election won) or a place no abduction, "combattre" a thing
    (corruption, extremism) no attack."""
    if head.pos_ not in ("VERB", "AUX") or trigger.lemma not in ("conclure", "enlever", "combattre"):
        return False
    undergone = args.child(head, "nsubj:pass") if args.is_passive(head) else args.child(head, "obj")
    if undergone is None and args.is_passive(head) and head.dep_ == "xcomp":
        undergone = args.agent_token(head.head)  # "la corruption ... doit être combattue"
    if undergone is None:
        return False
    if trigger.lemma == "conclure":
        return undergone.lemma_.lower() not in AGREEMENT_NOUNS
    if trigger.lemma == "combattre":
        # "la corruption qui ronge le Parti doit être combattue", "combattre toutes les résurgences de
        # ce mal": a struggle against a thing, as "le combat contre l'immigration" (figurative_struggle)
        named = any(m.start <= undergone.idx < m.end for m in args.mentions)
        return undergone.pos_ == "NOUN" and not named and undergone.lemma_.lower() not in PEOPLE | FIGHTERS | FIGHTING_GROUPS
    actors = args.actors_of(undergone, places=True)
    return bool(actors) and all(m.actor.get("kind") in NOT_ABDUCTED for m in actors)


def verbal_attack(trigger: Trigger, head: Token) -> Trigger:
    """An attack qualified as one of words is an accusation, coded as one (with its requirements)."""
    if trigger.type != "ASSAULT" or head.pos_ != "NOUN" or not any(
            c.dep_ == "amod" and c.lemma_.lower() in VERBAL_MARKS for c in head.children):
        return trigger
    return Trigger("ACCUSE", None, trigger.pos, trigger.lemma, trigger.needs)


def expressed_stance(trigger: Trigger, head: Token, args: Arguments) -> Trigger | None:
    """ "manifester" with a stance as object tells the stance: REJECT, SUPPORT, or no event."""
    if trigger.type != "PROTEST" or head.lemma_.lower() != "manifester" or head.pos_ not in ("VERB", "AUX"):
        return trigger
    shown = args.child(head, "obj")
    lemma = shown.lemma_.lower() if shown is not None else ""
    if lemma in OPPOSITION_NOUNS:
        return Trigger("REJECT", None, trigger.pos, trigger.lemma, trigger.needs)
    if lemma in SUPPORT_NOUNS:
        return Trigger("SUPPORT", None, trigger.pos, trigger.lemma, trigger.needs)
    return None if lemma in STANCE_NOUNS else trigger


def _blocked(head: Token) -> Token | None:
    """What a blocking noun blocks: its "de" complement, or, where the parser hung that complement
    on a neighbour ("de blocage consécutif de la révision"), the next "de" noun within a few words."""
    for c in head.children:
        if c.dep_.startswith("nmod") and _case(c) in ("de", "du", "des", "d"):
            return c
    sentence_end = token_sentence(head).end
    for t in head.doc[head.i + 1: min(head.i + 5, sentence_end)]:
        if t.pos_ in ("NOUN", "PROPN"):
            return t if _case(t) in ("de", "du", "des", "d") else None
        if t.pos_ not in ("ADJ", "ADP", "DET", "ADV"):
            return None
    return None


def resolved(mention) -> bool:
    """An actor of known country, or an international organisation."""
    return bool(mention.actor.get("country")) or mention.actor.get("kind") == "igo"


def lexicon_type(token: Token) -> str | None:
    found = lexicon().word("NOUN", token.lemma_.lower(), token.lower_) if token.pos_ in ("NOUN", "PROPN") else None
    return found.type if found else None


def not_an_event(trigger: Trigger, head: Token) -> bool:
    """Trigger words that tell no event of their own:

    - a participle qualifying an event noun of the same type ("une frappe militaire ciblée"):
      the noun is the event;
    - a noun classifying another without determiner ("des avions de combat", "un préavis de grève");
    - a gathering no word of the text makes a protest ("un rassemblement religieux");
    - a predicate noun ("l'armée demeure une menace", "c'est une attaque"): a characterisation;
    - a label ("qualifié de « coup d'État constitutionnel »"): a judgement of something else;
    - a blockage of a procedure ("au 4e jour de blocage de la révision constitutionnelle");
    - an agreement kept or broken ("respecter leurs engagements"): made before, not told here;
    - an order whose object is a military act ("Trump a ordonné une frappe"): the act is the event,
      not a request to someone else.
    """
    if head.dep_ in ("acl", "amod") and lexicon_type(head.head) == trigger.type:
        return True
    if (head.pos_ == "NOUN" and head.dep_.startswith("nmod") and head.head.lemma_.lower() in CLASSIFIED_HEADS
            and not any(c.dep_ == "det" for c in head.children)):
        return True  # "des avions de combat": a kind of plane
    if head.dep_ == "xcomp" and any(c.dep_ == "obj" and lexicon_type(c) == trigger.type for c in head.head.children):
        return True  # the same, hung on the verb: "ordonné une frappe militaire ciblée sur ..."
    if trigger.type == "PROTEST" and head.lemma_.lower() in GATHERINGS and not _protest_told(head):
        return True
    if trigger.type == "PROTEST" and head.pos_ == "NOUN" and trigger.mode == "obstruct":
        blocked = _blocked(head)
        if blocked is not None and blocked.lemma_.lower() in PROCEEDINGS:
            return True  # "au 4e jour de blocage consécutif de la révision constitutionnelle"
    if demanded_act(trigger, head):
        return True  # "pour réclamer la démission de la présidente": the demand is the event
    if (trigger.type == "AGREE" and head.pos_ == "NOUN" and head.dep_ == "obj"
            and head.head.lemma_.lower() in KEEPING_VERBS):
        return True  # "respecter leurs engagements": an agreement made before, kept or broken
    if head.pos_ == "NOUN" and head.dep_ in ("xcomp", "obl:arg", "obl:mod", "obl") and head.head.lemma_.lower() in LABELLING_VERBS and _case(head) in ("de", "d"):
        return True  # "qualifié de « coup d'État »": a label
    if head.pos_ == "NOUN" and (any(c.dep_ == "cop" for c in head.children)
                                or head.dep_ == "xcomp" and head.head.lemma_.lower() in COPULAR_VERBS):
        return True
    if broken_tie(head):
        return True  # "cesser toute collaboration avec le bureau de l'ONU": the break is the event
    if trigger.type == "REQUEST" and head.pos_ in ("VERB", "AUX"):
        return any(c.dep_ == "obj" and lexicon_type(c) in MATERIAL_TYPES for c in head.children)
    return False


# Verbs that end a tie ("cesser toute collaboration", "couper tout dialogue", "rompre les
# relations"), and the ties they end: the cooperative types' nouns and relations themselves.
ENDING_VERBS = {"cesser", "couper", "rompre", "interrompre", "suspendre", "geler"}
COOPERATIVE_TYPES = {"CONSULT", "COOPERATE", "AID", "AGREE"}
TIES = {"relation", "lien", "contact", "coopération", "collaboration"}


def tie(noun: Token) -> bool:
    return noun.lemma_.lower() in TIES or lexicon_type(noun) in COOPERATIVE_TYPES


def broken_tie(noun: Token) -> bool:
    """A tie told as the object of a verb that ends it: not a meeting or a cooperation that took
    place, but a SANCTION (PLOVER's reduction of relations) told by the verb."""
    return noun.pos_ == "NOUN" and noun.dep_ == "obj" and noun.head.lemma_.lower() in ENDING_VERBS and tie(noun)


def _protest_told(gathering: Token) -> bool:
    """Whether a gathering is said to protest: aimed "contre" something, or in a sentence of protest."""
    if any(c.dep_.startswith("nmod") and any(g.dep_ == "case" and g.lower_ == "contre" for g in c.children) for c in gathering.children):
        return True
    return any(t.lemma_.lower() in PROTEST_WORDS for t in token_sentence(gathering))


def leaving(trigger: Trigger, head: Token, args: Arguments, target: list) -> tuple[Trigger | None, list]:
    """ "quitter": leaving an office is a resignation (RETREAT resign, aimed at no one: "Jammeh
    a refusé de quitter le pouvoir"); leaving a group or a party one belonged to is no withdrawal
    ("après avoir quitté Ahrar al-Cham"), nor is a person's leaving a country (a journey, a flight:
    "Chekatt a quitté la France"); a state or its forces leaving a country or an organisation of
    states is."""
    if trigger.lemma != "quitter" or head.pos_ not in ("VERB", "AUX"):
        return trigger, target
    left = args.child(head, "obj")
    if left is not None and left.lemma_.lower() in OFFICES:
        return Trigger("RETREAT", "resign", trigger.pos, trigger.lemma, trigger.needs), []
    if target and all(m.actor.get("kind") in ("other", "party") for m in target):
        return None, target
    leavers = args.actors_of(args.agent_token(head))
    if leavers and target and all(m.actor.get("kind") == "person" for m in leavers) and all(m.actor.get("kind") == "country" for m in target):
        return None, target  # "Chekatt a quitté la France", "le président a quitté le Gabon pour Rabat": a journey
    own = {m.actor.get("country") for m in leavers} - {None}
    if own and target and all(m.actor.get("kind") in ("country", "location") and m.actor.get("country") in own for m in target):
        return trigger, []  # "l'armée irakienne en déroute quitte le nord de l'Irak": a retreat at home, aimed at no one
    return trigger, target


# Bodies states belong to and leave: in a withdrawal noun's "de" complement ("le retrait de la
# CPI", "sa sortie de l'UE") they are what is left, not who leaves. A UN mission or an alliance's
# forces withdrawing ("le retrait de la Minusma") are leavers, and stay so.
MEMBERSHIPS = {"ICC", "EU", "OPEC", "WHO", "UNESCO", "AU", "ECOWAS", "WTO", "OIF", "OAS"}
TREATIES = {"statut", "accord", "traité", "pacte", "convention", "protocole"}


def left_membership(trigger: Trigger, head: Token, args: Arguments, source: list, target: list, location: dict | None) -> tuple[list, list]:
    """ "la loi qui acte le retrait du Statut de Rome et donc de la CPI": a state leaves the court;
    named by a possessive, the leaver is the clause's subject ("le Burundi annonce son retrait"),
    else the article's state (only states leave such bodies)."""
    if trigger.type != "RETREAT" or head.pos_ not in ("NOUN", "PROPN"):
        return source, target
    left = [m for m in source if m.actor.get("country") in MEMBERSHIPS]
    treaty = any(c.dep_.startswith("nmod") and _case(c) in CONTRACTED["de"] and c.lemma_.lower() in TREATIES for c in head.children)
    if not left and not treaty:
        return source, target
    source = [m for m in source if m not in left]
    target = target + [m for m in left if m not in target]
    if not source:
        possessive = any(c.dep_ == "det" and "Poss=Yes" in str(c.morph) for c in head.children)
        owner = args.actors_of(args.agent_token(clause_verb(head))) if possessive else []
        source = owner or args.implied_state(location)
    return source, [m for m in target if m not in source]


def military_expulsion(trigger: Trigger, head: Token, entities: list[dict]) -> Trigger:
    """ "expulser X de la ville d'al-Bab", "expulsée de Palmyre": driven out by force, an ASSAULT,
    not the diplomatic expulsion (SANCTION) the word names otherwise."""
    if trigger.type != "SANCTION" or trigger.lemma != "expulser":
        return trigger
    objects = [c for c in head.children if c.dep_ == "obj"]
    for child in [*head.children, *(c for o in objects for c in o.children)]:  # "expulsé le groupe EI de la ville"
        if not child.dep_.startswith(("obl", "nmod")) or not any(g.dep_ == "case" and g.lower_ in ("de", "d'", "d’", "du", "des") for g in child.children):
            continue
        lo, hi = child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
        if child.lemma_.lower() in PLACE_NOUNS or any(e["label"] == "LOC" and lo <= e["start"] < hi for e in entities):
            return Trigger("ASSAULT", None, trigger.pos, trigger.lemma, trigger.needs)
    return trigger


# What one blocks that is a course of action, not a road, a site or a person: the block is a REJECT.
PROPOSALS = {"effort", "résolution", "projet", "proposition", "texte", "loi", "réforme", "initiative", "plan",
             "adoption", "vote", "nomination", "candidature", "accord", "négociation", "processus"}


def blocked_proposal(trigger: Trigger, head: Token, args: Arguments) -> Trigger:
    """ "la Russie et la Chine ont bloqué les efforts du Conseil de sécurité": blocking a course of
    action is rejecting it (REJECT), not the coercion "bloquer" names of roads and sites."""
    if trigger.lemma != "bloquer" or head.pos_ not in ("VERB", "AUX"):
        return trigger
    blocked = args.child(head, "nsubj:pass") if args.is_passive(head) else args.child(head, "obj")
    if blocked is not None and blocked.lemma_.lower() in PROPOSALS:
        return Trigger("REJECT", None, trigger.pos, trigger.lemma, trigger.needs)
    return trigger


def repulsion(trigger: Trigger, head: Token, args: Arguments) -> Trigger:
    """ "repousser le groupe djihadiste": pushing people back is an ASSAULT; only an offer, a date
    or a text pushed back ("repousser la proposition") is the REJECT the word names otherwise."""
    if trigger.lemma != "repousser" or head.pos_ not in ("VERB", "AUX"):
        return trigger
    pushed = args.child(head, "nsubj:pass") if args.is_passive(head) else args.child(head, "obj")
    if pushed is None:
        return trigger
    # the pushed words name people themselves, not a thing of theirs ("la proposition du gouvernement")
    named = any(m.start <= pushed.idx < m.end for m in args.mentions)
    if named or pushed.lemma_.lower() in PEOPLE | FIGHTING_GROUPS:
        return Trigger("ASSAULT", None, trigger.pos, trigger.lemma, trigger.needs)
    return trigger


def sentencing(trigger: Trigger, head: Token, args: Arguments) -> Trigger:
    """ "condamné à trois mois d'emprisonnement", "X a été condamné en 2013": a court's sentence
    (SANCTION, convict), not the disapproval (ACCUSE) "condamner l'attentat" tells."""
    if trigger.lemma != "condamner" or head.pos_ not in ("VERB", "AUX"):
        return trigger
    penalty = any(c.dep_.startswith("obl") and any(t.lemma_.lower() in PENALTIES for t in c.subtree)
                  and any(g.dep_ == "case" and g.lower_ in TO for g in c.children) for c in head.children)
    convicted = args.child(head, "nsubj:pass") if args.is_passive(head) else None
    human = convicted is not None and (convicted.pos_ in ("PRON", "PROPN") or convicted.lemma_.lower() in PEOPLE)
    if penalty or human and args.child(head, "obl:agent") is None:
        return Trigger("SANCTION", "convict", trigger.pos, trigger.lemma, trigger.needs)
    return trigger


def domestic_request(source: list, target: list) -> list:
    """A demand by a party, a movement or protesters that names no addressee is made to their own
    state ("le collectif réclame des effectifs policiers supplémentaires", "les Frères musulmans
    exigent la publication des résultats"): as for protests, the state is the side left out."""
    if target:
        return target
    voiced = [m.actor["country"] for m in source if m.actor.get("kind") in DOMESTIC_VOICES and m.actor.get("country")]
    return [country_mention(voiced[0], "domestic request")] if voiced else []


# Seizures of power: a coup is aimed at its own country's government ("une tentative de coup
# d'État par un groupe de militaires" in Turkey: Turkey on Turkey).
COUPS = {"coup d'état", "putsch"}


def imposed_at_home(trigger: Trigger, source: list, target: list) -> list:
    """A curfew, martial law or state of emergency is imposed on the state's own people ("L'état
    d'urgence a été instauré par le président Sissi": Egypt on Egypt); a coup is made at home."""
    if target or trigger.mode not in HOME_MODES and trigger.lemma.lower() not in COUPS:
        return target
    own = [m.actor["country"] for m in source if m.actor.get("country")]
    return [country_mention(own[0], "own country")] if own else []


# What a state bans at home when it bans a political act: "Ce référendum a été interdit par le
# gouvernement espagnol" (Spain on Spain), as a curfew is imposed on the state's own people.
POLITICAL_ACTS = {"référendum", "manifestation", "rassemblement", "marche", "grève", "scrutin", "élection", "vote", "meeting", "parti", "journal"}


# What blocking censors: access to the means of expression ("bloquer l'accès aux réseaux sociaux").
EXPRESSION = {"accès", "site", "réseau", "internet", "contenu", "journal", "média", "chaîne", "radio", "télévision",
              "publication", "page", "compte", "messagerie", "application"}


def banned_at_home(trigger: Trigger, head: Token, args, source: list, target: list) -> list:
    """The target of a ban on a political act, or of censorship, that names no one: the banning
    state's own country ("l'accès à Wikipédia a été bloqué en Turquie par les autorités")."""
    if target or trigger.type != "COERCE" or trigger.mode not in ("restrict", "censor"):
        return target
    if head.pos_ in ("VERB", "AUX"):
        banned = [args.doc[i] for i in undergoer(head, args)[:1]]
    else:
        banned = [c for c in head.children if c.dep_.startswith("nmod") and _case(c) in ("de", "du", "des", "d")]
    if trigger.mode == "censor":
        # what is censored is the state's own country's; a blocked factory or road is no censorship
        if trigger.lemma == "bloquer" and not any(t.lemma_.lower() in EXPRESSION for t in banned):
            return target
    elif not any(t.lemma_.lower() in POLITICAL_ACTS for t in banned):
        return target
    own = [m.actor["country"] for m in source if m.actor.get("country") and m.actor.get("via") != "implied state"]
    return [country_mention(own[0], "own country")] if own else []


def armed(target: list) -> bool:
    """Whether the unnamed people aimed at are fighters: an attack on them is not one on the country."""
    return bool(target) and all(m.actor.get("name", "").lower() in FIGHTERS for m in target)


def attackers_only(target: list) -> bool:
    return bool(target) and all(m.actor.get("kind") == "other" and not m.actor.get("country")
                                and m.actor.get("name", "").lower() in ATTACKERS for m in target)


def domestic_protest(source: list, target: list, place: list) -> tuple[list, list]:
    """Protesters address their own state unless the text names another: the side the text leaves
    out is the country of the other ("les militaires belges manifestent" -> Belgium against Belgium;
    "manifestations à Portland contre Trump" -> people of the United States), and protesters the
    text does not name are people of the place ("une manifestation anti-américaine" in Téhéran)."""
    countries = lambda side: [m.actor["country"] for m in side if m.actor.get("country")]
    # "des milliers de personnes ... pour protester contre Trump": people of no stated country
    # protesting at home are of the country they address
    anonymous = bool(source) and all(m.actor.get("id") is None and not m.actor.get("country") for m in source)
    if source and not target and countries(source):
        target = [country_mention(countries(source)[0], "domestic protest")]
    elif target and (not source or anonymous) and countries(target):
        source = [country_mention((countries(place) or countries(target))[0], "domestic protest")]
    return source, target


def undergoer(head: Token, args: Arguments) -> tuple[int, ...]:
    """Token indices of what a verb acts on (its object, or its subject when passive), then of the
    acts that object is made of ("dénonce une tentative de coup d'État": the coup)."""
    if head.pos_ not in ("VERB", "AUX"):
        return ()
    found = args.child(head, "nsubj:pass") if args.is_passive(head) else args.child(head, "obj")
    if found is None:
        return ()
    return (found.i, *(c.i for c in found.children if c.dep_.startswith("nmod") and c.i > found.i))


def judges_an_act(head: Token, args: Arguments) -> bool:
    """Whether a judgement is aimed at a deed that is no coded event: "condamné un « crime contre
    l'humanité »", "ont condamné unanimement cet acte", "fustige l'utilisation de gaz"."""
    return any(args.doc[i].lemma_.lower() in ACT_NOUNS for i in undergoer(head, args)[:1])


def judged_doers(events: list[dict]) -> list[dict]:
    """Condemning or supporting an act targets whoever did it: "l'annexion russe de la Crimée a
    été condamnée par l'UE" is an ACCUSE of Russia, "qualifié les frappes américaines
    d'agression" one of the United States."""
    by_head = {e["_head"]: e for e in events}
    for e in events:
        act = next((by_head[i] for i in e["_undergoer"] if i in by_head and by_head[i] is not e), None)
        if e["type"] in JUDGING and not e["target"] and act is not None:
            e["target"] = [a for a in act["source"] if a not in e["source"]]
            e["_aimed"] = True  # aimed at an act, even when its doer is unknown ("ont condamné les attentats")
        elif e["type"] in JUDGING and not e["target"] and e.get("_judged_act"):
            e["_aimed"] = True
    return events


def threatened_act(head: Token) -> tuple[int, ...]:
    """Where the act a threat announces is told: the infinitive of "menacer de" and that verb's
    object ("a menacé d'envahir l'ambassade", "menace de poursuivre ses opérations militaires")."""
    found = []
    for verb in (c for c in head.children if c.dep_ in ("xcomp", "ccomp", "acl") and c.pos_ == "VERB"
                 and any(g.dep_ == "mark" and g.lower_ in ("de", "d'") for g in c.children)):
        found += [verb.i, *(c.i for c in verb.children if c.dep_ == "obj")]
    return tuple(found)


def threatened_targets(events: list[dict]) -> list[dict]:
    """A threat that names no one it is aimed at targets whoever the act it announces is aimed
    at: "le Royaume-Uni avait menacé d'envahir l'ambassade équatorienne" threatens Ecuador."""
    by_head = {e["_head"]: e for e in events}
    for e in events:
        act = next((by_head[i] for i in e.get("_threatened", ()) if i in by_head and by_head[i] is not e), None)
        if e["type"] == "THREATEN" and not e["target"] and act is not None:
            e["target"] = [a for a in act["target"] if a not in e["source"]]
    return events


def figurative_struggle(head: Token, target: list) -> bool:
    """ "le combat contre l'immigration": a struggle against something that names no actor is a
    policy; the country it is waged in is not attacked (fighters named by a noun stay targets)."""
    return (not target and head.pos_ == "NOUN" and head.lemma_.lower() in STRUGGLES
            and any(c.dep_.startswith("nmod") and any(g.dep_ == "case" and g.lower_ == "contre" for g in c.children)
                    for c in head.children))


def _between(head: Token) -> bool:
    """Whether the parties are joined by "entre", on the trigger or a clause or complement of it
    ("un sommet entre Washington et Pyongyang", "les négociations ... qui se déroulent entre ...")."""
    nodes = [head, *(c for c in head.children if c.dep_.startswith(("acl", "nmod")))]
    nodes += [c for n in nodes[1:] if n.dep_.startswith("nmod") for c in n.children if c.dep_.startswith("acl")]
    return any(c.dep_.startswith(("obl", "nmod")) and any(g.dep_ == "case" and g.lower_ == "entre" for g in c.children)
               for n in nodes for c in n.children)


def _named(mention) -> bool:
    # "le pays" standing for the title's country is named in the text, not implied
    return mention.actor.get("id") is not None and (not mention.actor.get("via") or mention.start >= 0 and mention.text.lower() == "pays")


def mutual_sides(trigger: Trigger, head: Token, source: list, target: list) -> list[tuple[list, list]]:
    """The directed (source, target) pairs a reciprocal act is coded as, PLOVER coding one event
    each way. Coordinated sources with no target act on each other ("le Canada et l'Union
    européenne ont signé": CAN on the EU, the EU on CAN); parties joined by "entre" both ways
    ("des négociations entre Washington et Téhéran"), but not one party's act "avec" another
    ("la CEDEAO a organisé un sommet avec des représentants du Mali"), nor a visit. Clashes are
    mutual however told ("des affrontements avec l'Inde"). Only sides the text names are
    reversed: who answers an implied state or an unnamed crowd is not told."""
    clash = trigger.type == "ASSAULT" and head.lemma_.lower() in RECIPROCAL_ASSAULTS
    if not (clash or trigger.type in RECIPROCAL_TYPES and trigger.mode != "visit"):
        return [(source, target)]
    if not target and len(source) > 1 and all(_named(m) for m in source):
        return [([m], [o for o in source if o is not m]) for m in source]
    if source and target and all(_named(m) for m in source + target) and (clash or _between(head)):
        return [(source, target), (target, source)]
    return [(source, target)]
