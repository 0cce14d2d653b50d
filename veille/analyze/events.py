"""Events: who did what to whom, when, where, said by whom — PLOVER categories on French text.

Method: a lexicon of French trigger verbs, nouns and phrases per PLOVER category (written from the
corpus dev split, `veille/data/events/lexicon.tsv`) finds candidate triggers; the spaCy
dependency parse gives the spans of their source and target (`events_arguments`), which name
actors (`events_actors`), and the words that govern them decide whether the event is said to
have happened (`events_modality`); precision
rules (`events_rules`) drop what could only be coded by guessing. Nothing is learned: the
project's gold set (60 articles) is kept for measuring, and the rules were tuned on separate
dev-split sets (`gold/events/dev_tuning.txt`, 58 articles, and `dev_tuning_2.txt`, 20), with 15
more dev articles kept for checking (`dev_tuning_3.txt`), then 18 more (`dev_tuning_4.txt`), 19 more (`dev_tuning_5.txt`), then
four batches of 18 (`dev_tuning_6.txt` … `dev_tuning_10.txt`, with `_7` … `_10` each scored once
before any rule was written from it). A learned filter over the output events
(logistic regression on their features, `bench/eval_events.py --learned-filter`) was measured on
that set leave-one-article-out: it trades recall for precision at a loss (P 0.737 -> 0.743 for
R 0.496 -> 0.461 at its best threshold), so it is not used.

A reciprocal act (an agreement, talks, a clash between two parties) is output as one event each
way, as PLOVER codes it (`events_rules.mutual_sides`).

An event is never made up from a denial, an intention or a hypothesis: those are output with
their modality ("denied", "intended", "hypothetical"...) so that a consumer counting what happened
keeps `modality == "actual" and polarity == "asserted"`.
"""

from __future__ import annotations

import re

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span, Token

from veille.analyze import nlp as nlp_module
from veille.analyze.context import Context
from veille.analyze.sentences import doc_text
from veille.analyze.events_actors import CONTRACTED, _case, as_actor, clause_verb, country_of_adjective
from veille.analyze.events_arguments import SELF_MOVED, Arguments, sentence_of
from veille.analyze.events_lexicon import Lexicon, Trigger, intensity, lexicon, phrase_matchers
from veille.analyze.events_modality import ACTUAL, ALLEGED, FUTURE, is_negated, modality
from veille.analyze.events_rules import (
    ACT_NOUNS, MATERIAL_TYPES, MEMBERSHIPS, SOURCE_REQUIRED, TARGET_REQUIRED, TREATIES, armed, attackers_only, banned_at_home,
    blocked_proposal, domestic_protest, domestic_request, expressed_stance, figurative_struggle, imposed_at_home, judged_doers,
    judges_an_act, leaving, left_membership, lexicon_type, military_expulsion, mutual_sides, not_an_event, repulsion, resolved,
    sentencing, threatened_act, threatened_targets, tie, undergoer, verbal_attack, wrong_object,
)
from veille.ingest.records import date_bounds

REFLEXIVES = {"se", "s'", "s’", "me", "m'", "nous", "vous", "te", "t'"}
# Causes that kill without meaning to: "l'ouragan a tué", "frappé par la tempête".
NATURAL_CAUSES = {
    "ouragan", "tempête", "séisme", "tremblement", "inondation", "avalanche", "accident", "incendie",
    "explosion", "crash", "maladie", "épidémie", "choléra", "chaleur", "canicule", "coulée",
    "glissement", "volcan", "cyclone", "typhon", "orage", "foudre", "crue", "pluie", "neige",
    "sécheresse", "feu", "vent", "virus", "cancer", "froid", "vague",
}
ACCIDENTAL = {"accidentellement", "involontairement"}
# Natural disasters a title may tell (singular and plural forms).
DISASTERS = {"ouragan", "ouragans", "tempête", "tempêtes", "séisme", "séismes", "tremblement", "inondation", "inondations",
             "avalanche", "avalanches", "cyclone", "cyclones", "typhon", "typhons", "tsunami", "éruption", "crue", "crues",
             "sécheresse", "canicule", "glissement", "tornade", "tornades", "intempéries",
             # accidents: "une collision ferroviaire fait des dizaines de morts"
             "collision", "collisions", "déraillement", "écrasement", "crash", "accident", "accidents", "naufrage"}
# Word sequences in which a trigger word is not an event ("à l'aide de", "d'accord").
FIXED_EXPRESSIONS = ("à l'aide d", "à l’aide d", "en accord avec", "d'accord", "d’accord", "conférence de presse", "sans aide")
# Types whose unnamed target is the population or government of the place where they happen: an
# attack in Kayseri targets Turkey, a protest in Séoul is addressed to South Korea.
PLACE_TARGETED = {"ASSAULT", "PROTEST"}
# Nouns of armed people that a verb may move without naming whose they are ("mobiliser des forces").
FORCE_NOUNS = {"force", "troupe", "soldat", "militaire", "policier", "gendarme", "effectif", "renfort", "réserviste", "unité", "combattant", "police"}
# Weapons and war machines a state deploys or sends ("a déployé des drones", "déployer des missiles
# sol-air"): moved forces too, unlike "un écran géant était déployé".
MATERIEL = {"drone", "missile", "char", "blindé", "avion", "hélicoptère", "navire", "frégate", "sous-marin", "porte-avions",
            "bombardier", "batterie", "véhicule", "arme", "armement", "bâtiment"}
# Pacts and alliances one leaves ("quitter l'accord de Paris", "quitter la coalition").
PACTS = {"accord", "traité", "pacte", "convention", "coalition", "alliance", "union", "zone", "protocole"}
# What a state builds up when it mobilises: its arms, forces and security (a "capacité" only a
# nuclear or military one).
ARMS = {"arsenal", "armée", "armement", "arme", "défense", "sécurité", "dispositif"}
CAPACITY_KINDS = {"nucléaire", "militaire", "défensif", "offensif", "balistique"}
# Envoys whose summoning is a diplomatic protest (PLOVER: ACCUSE, not CONSULT).
DIPLOMATS = {"ambassadeur", "ambassadrice", "diplomate", "chargé", "consul", "émissaire", "représentant"}
# What is sent that is words, not people: "cela envoie un signal clair de la détermination de la
# Grèce" names Greece inside the message, no force moved to it.
MESSAGE_NOUNS = {"signal", "message", "lettre", "courrier", "missive", "note", "signe", "invitation", "courriel", "mail", "avertissement"}
REPORTING_VERBS = {
    "déclarer", "affirmer", "annoncer", "indiquer", "estimer", "assurer", "expliquer", "dire",
    "préciser", "ajouter", "confirmer", "rapporter", "souligner", "juger", "considérer", "selon",
}


def _reflexive(verb: Token) -> bool:
    return any(c.lower_ in REFLEXIVES for c in verb.children)


# Actors that are states, or speak or fight for one.
STATES = {"country", "government", "military"}


def _has_case(token: Token, case: str) -> bool:
    forms = CONTRACTED.get(case, {case})
    for child in token.children:
        if child.dep_.startswith(("obl", "obj", "xcomp", "ccomp", "nmod")) and any(
            g.dep_ in ("case", "mark") and g.lower_.rstrip("'’") in forms for g in child.children
        ):
            return True
    return False


def _natural_cause(verb: Token, args: Arguments) -> bool:
    """Killed by a hurricane, in an accident, accidentally: no one assaulted anyone."""
    agent = args.parsed_agent(verb)  # as parsed: "l'explosion a tué" names a cause, not a doer
    if agent is not None and agent.lemma_.lower() in NATURAL_CAUSES:
        return True
    causes = [c for c in verb.children if c.dep_.startswith("obl")]
    return any(c.lower_ in ACCIDENTAL for c in verb.children) or any(c.lemma_.lower() in NATURAL_CAUSES for c in causes)


def _needs_met(trigger: Trigger, head: Token, args: Arguments) -> bool:
    needs = trigger.needs
    if needs == "state_mod" and trigger.pos == "NOUN":
        # "l'intervention russe", "l'intervention de la France": a state's, not a speech or the
        # firemen's ("son intervention au Sénat", "l'intervention des secours")
        return any(c.dep_ == "amod" and country_of_adjective(c.text) for c in head.children) or any(
            m.actor.get("kind") in STATES for c in head.children if c.dep_.startswith("nmod") and _case(c) in CONTRACTED["de"]
            for m in args.actors_of(c))
    if needs == "membership" and trigger.pos == "NOUN":
        # "la sortie du statut de Rome", "sa sortie de l'UE"; not "à la sortie du concert"
        return any(c.dep_.startswith("nmod") and _case(c) in CONTRACTED["de"] and (
            c.lemma_.lower() in TREATIES or any(m.actor.get("country") in MEMBERSHIPS for m in args.actors_of(c))) for c in head.children)
    if needs == "envoy" and trigger.pos == "NOUN":
        # "la convocation de l'ambassadeur", "cinq convocations" of the envoys just named
        return any(c.dep_.startswith("nmod") and c.lemma_.lower() in DIPLOMATS for c in head.children)
    if needs is None or trigger.pos not in ("VERB", "VPHRASE"):
        return True
    passive_subject = args.child(head, "nsubj:pass") if args.is_passive(head) else None
    if needs == "obj":
        # a passive infinitive's undergoer is its controller's subject: "Valls vient d'être giflé"
        controlled = args.is_passive(head) and head.dep_ == "xcomp"
        return args.child(head, "obj") is not None or passive_subject is not None or controlled
    if needs == "se":
        return _reflexive(head)
    if needs == "actor_obj":
        moved = args.child(head, "obj") or passive_subject
        if moved is None and _reflexive(head):
            moved = args.child(head, "nsubj")  # "les troupes se sont déployées"
        if moved is not None and moved.lemma_.lower() in MESSAGE_NOUNS:
            return False
        if trigger.type == "RETREAT" and moved is not None and moved.lemma_.lower() in PACTS:
            return True  # "Donald Trump a quitté l'accord de Paris": a withdrawal from a pact
        # "mobilise d'importantes forces", "concentrant ses forces": armed people, named or not
        return bool(args.actors_of(moved)) or moved is not None and moved.lemma_.lower() in FORCE_NOUNS | MATERIEL
    if needs == "agent":
        # "tuer", "blesser": someone does it, or a true passive says it was done ("ont été tués");
        # a bare participle is a toll, not an act ("13 morts et 55 blessées")
        done = args.agent_token(head) is not None or args.child(head, "aux:pass") is not None
        return done and not _natural_cause(head, args)
    if needs == "force_agent":
        # "l'église a été évacuée par la police", "les forces de l'ordre ont dispersé la foule": a
        # removal done by armed people is coercion; "les voisins ont été évacués par précaution" is not
        agent = args.agent_token(head)
        return agent is not None and (agent.lemma_.lower() in FORCE_NOUNS | {"police", "gendarmerie", "armée"}
                                      or any(m.actor.get("kind") == "military" for m in args.actors_of(agent)))
    if needs == "ties":
        # "cesser toute collaboration", "couper tout dialogue avec": a tie ended (not "cesser le feu")
        ended = args.child(head, "obj")
        return ended is not None and tie(ended)
    if needs == "arms":
        grown = args.child(head, "obj") or passive_subject
        return grown is not None and _arms(grown)
    if needs == "envoy":
        # an ambassador summoned is a protest ("convoquer les ambassadeurs"), a court or a meeting is not
        summoned = args.child(head, "obj") or passive_subject
        return summoned is not None and summoned.lemma_.lower() in DIPLOMATS
    if needs == "blame":
        # "attribuer cette attaque au régime": blame is laid for a harm (an attack, a crime, unrest)
        laid = args.child(head, "obj") or passive_subject
        return laid is not None and _harm(laid)
    if needs.startswith("prep:"):
        return _has_case(head, needs[5:])
    return True


# Harms that blame is laid for besides the lexicon's acts of force and the deeds judgements aim
# at ("attribuer les troubles à", "la responsabilité de l'explosion").
HARMS = ACT_NOUNS | {"meurtre", "massacre", "mort", "responsabilité", "explosion", "incident", "drame", "incendie"}


def _arms(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in ARMS or lemma == "capacité" and any(c.dep_ == "amod" and c.lemma_.lower() in CAPACITY_KINDS for c in noun.children)


def _harm(noun: Token) -> bool:
    return noun.lemma_.lower() in HARMS or lexicon_type(noun) in ("ASSAULT", "COERCE")


def _in_fixed_expression(text: str, token: Token) -> bool:
    """Whether the word is part of a fixed expression ("à l'aide de", "d'accord"); a trigger merely
    next to one is not ("des bombardements à l'aide de drones")."""
    lo = max(0, token.idx - 16)
    window = text[lo: token.idx + len(token) + 16].lower()
    start, end = token.idx - lo, token.idx - lo + len(token)
    for expr in FIXED_EXPRESSIONS:
        at = window.find(expr)
        while at >= 0:
            if at < end and start < at + len(expr):
                return True
            at = window.find(expr, at + 1)
    return False


def _word_trigger(lex: Lexicon, pos: str, lemma: str, lower: str) -> Trigger | None:
    """The lexicon entry a single word triggers, from its POS, lemma and form alone."""
    pos = "VERB" if pos in ("VERB", "AUX") else "NOUN" if pos in ("NOUN", "PROPN") else None
    trigger = lex.word(pos, lemma.lower(), lower) if pos else None
    if trigger is None:
        trigger = lex.by_form.get(lower)  # mis-tagged forms the lexicon lists ("dément")
    if trigger is None and pos == "NOUN" and (infinitive := conditional_infinitive(lower)):
        trigger = lex.word("VERB", infinitive, infinitive)  # "négocieraient" tagged as a noun
    return trigger


# Endings of the conditional of first-group verbs, which no French noun has ("négocieraient",
# "attaquerait"): a word so ending that the tagger calls a noun is that verb.
CONDITIONAL_ENDINGS = ("eraient", "erait")


def conditional_infinitive(form: str) -> str | None:
    ending = next((e for e in CONDITIONAL_ENDINGS if form.endswith(e) and len(form) > len(e) + 2), None)
    return form[: -len(ending)] + "er" if ending else None


# (POS, lemma, form hashes) -> entry or None, for the lexicon it was filled from. An article's few
# hundred tokens are mostly words met before, so the lexicon is asked once per word, not once per
# token; cleared when large, so that a long stream of new word forms cannot grow it without bound.
_WORD_MEMO: dict = {"lexicon": None, "words": {}}
_WORD_MEMO_MAX = 200_000
_MISSING = object()


def _word_triggers(doc: Doc, lex: Lexicon) -> list[tuple[int, Trigger]]:
    """(token index, entry) for each token that triggers on its own, read as one array."""
    if not len(doc):
        return []
    memo = _WORD_MEMO["words"]
    if _WORD_MEMO["lexicon"] is not lex or len(memo) > _WORD_MEMO_MAX:
        memo = _WORD_MEMO["words"] = {}
        _WORD_MEMO["lexicon"] = lex
    strings, found = doc.vocab.strings, []
    for i, key in enumerate(map(tuple, doc.to_array([POS, LEMMA, LOWER]).tolist())):
        trigger = memo.get(key, _MISSING)
        if trigger is _MISSING:
            pos, lemma, lower = key
            trigger = memo[key] = _word_trigger(lex, POS_NAMES.get(pos, ""), strings[lemma] if lemma else "", strings[lower])
        if trigger is not None:
            found.append((i, trigger))
    return found


def find_triggers(doc: Doc) -> list[tuple[Span, Trigger, Token]]:
    """(trigger span, lexicon entry, head token), phrases first, words not inside a phrase."""
    lex = lexicon()
    by_lemma, by_lower, keys = phrase_matchers(nlp_module.load())
    found: list[tuple[Span, Trigger, Token]] = []
    taken: set[int] = set()
    text = doc_text(doc)
    matches = sorted(by_lemma(doc) + by_lower(doc), key=lambda m: (m[1], -(m[2] - m[1])))
    for key, start, end in matches:
        if any(i in taken for i in range(start, end)):
            continue
        if end + 2 <= len(doc) and keys[key].pos == "VPHRASE" and doc[end - 1].lower_ == "garde" and doc[end: end + 2].text.lower() == "à vue":
            continue  # "mis en garde à vue" is custody ("garde à vue"), no warning
        span = doc[start:end]
        found.append((span, keys[key], span.root))
        taken.update(range(start, end))
    for i, trigger in _word_triggers(doc, lex):
        if i in taken:
            continue
        token = doc[i]
        if _in_fixed_expression(text, token):
            continue
        if token.is_upper and len(token) > 2:
            continue  # an acronym is a name: "le RAID" is the police unit, no raid
        found.append((doc[i: i + 1], trigger, token))
    found.sort(key=lambda f: f[0].start)
    return found


def _iso(value) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else value


def article_date(ctx: Context) -> dict | None:
    if not ctx.date:
        return None
    earliest, latest = date_bounds(ctx.date, ctx.date_precision)
    return {"value": ctx.date, "earliest": _iso(earliest), "latest": _iso(latest), "source": "article", "precision": ctx.date_precision}


def governing_time(head: Token, times: list[dict], doc: Doc, undated: bool = False) -> dict | None:
    """The date or time expression attached to the trigger's clause, nearest first. In an
    `undated` article a relative one ("mardi", "la veille") was resolved against the estimated
    date: the event's date says so (`estimated`), as everything shown from an estimate does."""
    clause = clause_verb(head)
    best = None
    for t in times:
        if t.get("type") not in ("DATE", "TIME") or not t.get("earliest"):
            continue
        span = doc.char_span(t["start"], t["end"], alignment_mode="expand")
        if span is None:
            continue
        node = span.root
        while node.head.i != node.i and node not in (head, clause) and node.pos_ not in ("VERB", "AUX"):
            node = node.head
        if node in (head, clause):
            distance = abs(span.start - head.i)
            if best is None or distance < best[0]:
                best = (distance, t)
    if best is None:
        return None
    t = best[1]
    date = {"value": t.get("value"), "earliest": t.get("earliest"), "latest": t.get("latest"), "source": "text",
            "time": {"start": t["start"], "end": t["end"], "text": t["text"]}}
    if undated and t.get("anchor") is not None:  # absolute expressions have no anchor
        date["estimated"] = True
    return date


def reported_by(head: Token, span: Span, quotes: list[dict], args: Arguments) -> dict:
    """The quote the event is told in, else the speaker of the reporting verb over it, else the article."""
    for i, quote in enumerate(quotes):
        if quote["start"] <= span.start_char < quote["end"]:
            return {"kind": "quote", "quote": i, "speaker": quote.get("speaker")}
    node = clause_verb(head)
    for child in node.children:  # "selon le Kremlin, ..."
        if child.dep_.startswith(("obl", "nmod")) and any(g.lower_ in ("selon", "d'après") for g in child.children):
            speakers = args.actors_of(child)
            if speakers:
                return {"kind": "speaker", "speaker": as_actor(speakers[0])}
    while node.head.i != node.i and node.dep_ in ("ccomp", "xcomp", "conj"):
        node = node.head
        if node.lemma_.lower() in REPORTING_VERBS:
            speakers = args.actors_of(args.agent_token(node))
            if speakers:
                return {"kind": "speaker", "speaker": as_actor(speakers[0])}
    return {"kind": "article"}


def extract_events(doc: Doc, ctx: Context) -> dict:
    args = Arguments(doc, ctx)
    times = ctx.results.get("times") or []
    quotes = ctx.results.get("quotes") or []
    sentences = ctx.results.get("sentences") or []
    entities = ctx.results.get("entities") or []
    base_date = article_date(ctx)
    resolving = "actor_mentions" in ctx.results  # actors ran: sources can be required to have a country
    disaster = _disaster_title(ctx.title or "")
    events = []
    for span, trigger, head in find_triggers(doc):
        verbal = trigger.pos in ("VERB", "VPHRASE") or head.pos_ in ("VERB", "AUX")
        if not _needs_met(trigger, head, args) or not_an_event(trigger, head) or wrong_object(trigger, head, args):
            continue
        trigger = repulsion(sentencing(military_expulsion(trigger, head, entities), head, args), head, args)
        trigger = blocked_proposal(trigger, head, args)
        trigger = expressed_stance(verbal_attack(trigger, head), head, args)
        if trigger is None:
            continue
        if verbal:
            source, target = args.verb_arguments(head, trigger.type)
        else:
            source, target = args.noun_arguments(head, trigger.type)
        if trigger.type == "REQUEST" and not target and _on_request(head):
            # asked of whoever did the act: "la Police Fédérale a ouvert une enquête à la demande du procureur"
            target = [m for m in args.actors_of(args.agent_token(clause_verb(head))) if m not in source]
        trigger, target = leaving(trigger, head, args, target)
        if trigger is None:
            continue
        location = args.location(head, entities)
        source, target = left_membership(trigger, head, args, source, target, location)
        if trigger.type == "ASSAULT" and not source and (_natural_cause(clause_verb(head), args) or disaster and trigger.needs == "agent"):
            # "Un cyclone frappe Madagascar": "les cultures ont été détruites" by the cyclone (harms
            # told without a doer; an "attentat" in the same article is still one)
            continue
        if not source and (trigger.type == "COERCE" and trigger.mode != "cyber" or trigger.mode == "convict"):
            # arrests and bans without agent are the state's; a cyberattack without one is anyone's
            source = args.implied_state(location)
        unnamed = [m for m in target if not m.actor.get("country") and m.actor.get("id") is None and not armed([m])]
        if trigger.type in PLACE_TARGETED and unnamed and len(unnamed) < len(target) and any(m.actor.get("country") for m in target):
            # "a attaqué deux passants et un policier" in Jerusalem: unnamed people beside actors of a
            # country are not a side of their own; the country's stands for them
            target = [m for m in target if m not in unnamed]
        if trigger.type in PLACE_TARGETED and attackers_only(target):
            if not source and trigger.type == "ASSAULT":
                source = args.implied_state(location)
        elif (trigger.type in PLACE_TARGETED and all(not m.actor.get("country") and m.actor.get("id") is None for m in target)
              and not armed(target) and not figurative_struggle(head, target)):
            # no target, or only unnamed people ("tuant 100 personnes"): the place's; a named group
            # of no country ("Daech est expulsé du nord de la Syrie") or unnamed fighters ("tuant
            # 200 djihadistes", "visant des groupes islamistes") stay the target
            implied = args.place_target(location)
            # forces acting at home ("la police turque ... à Istanbul") target no one the place names;
            # with foreign partners ("attribuent cette attaque au régime syrien et son allié russe")
            # the country is attacked, by its own state too
            countries = {m.actor["country"] for m in source if m.actor.get("country")}
            if implied and (not countries or countries - {implied[0].actor.get("country")}):
                target = implied
        if trigger.type == "CONSULT" and trigger.mode == "visit" and not target and _at_home(source, args.place_target(location)):
            continue  # "le ministre se rend à Nice": a trip at home meets no one the text names
        if trigger.type == "CONSULT" and trigger.mode == "visit" and not target and location:
            target = args.place_target(location)  # "Jamal Benomar devrait se rendre au Burundi": a visit to its hosts
        if trigger.type in SOURCE_REQUIRED and resolving:
            # "never invent": a statement or a deal is only coded with the sources we can place
            # ("les journalistes, ainsi que l'Élysée, ont démenti": the Élysée)
            source = [m for m in source if resolved(m)]
            if not source and not _accused_unnamed(trigger, head, target, args):
                continue
        if trigger.type == "PROTEST":
            source, target = domestic_protest(source, target, args.place_target(location))
        if trigger.type == "REQUEST":
            target = domestic_request(source, target)
        target = banned_at_home(trigger, head, args, source, imposed_at_home(trigger, source, target))
        if trigger.type in SELF_MOVED and not target and (location or trigger.needs == "state_mod"):
            # "le déploiement de la mission de l'UA en Somalie"; a state's intervention told without
            # a place is in the article's country ("l'intervention russe" in a Syrian article)
            implied = args.place_target(location)
            if implied and implied[0].actor.get("country") not in {m.actor.get("country") for m in source}:
                target = implied
        if trigger.pos == "VERB" and head.pos_ not in ("VERB", "AUX"):
            # A verb form the tagger got wrong ("dément" as an adverb): its parse cannot be trusted
            # to tell what governs it; it is the main assertion of its clause, in the journalistic
            # conditional when its ending says so ("négocieraient").
            mood = ALLEGED if conditional_infinitive(head.lower_) else ACTUAL
            polarity = "negated" if is_negated(head) else "asserted"
        else:
            mood, polarity = modality(head)
        if polarity == "negated" and target and all(m.actor.get("via") in ("location", "article country") for m in target):
            # "aucun avion russe n'avait mené de raid": an act denied is aimed at no one the place implies
            target = []
        date = governing_time(head, times, doc, undated=not ctx.date)
        # Compared by day: a clock time of the article's own day ("ce matin", "8 heures") is not later.
        if date and mood == ACTUAL and base_date and date["earliest"] and base_date["latest"] and date["earliest"][:10] > base_date["latest"][:10]:
            mood = FUTURE  # "le sommet du 16 juin" in an article of 7 June
        sentence = sentence_of(span.start_char, sentences, head)
        told = {"polarity": polarity, "modality": mood, "date": date or base_date, "location": location,
                "intensity": intensity(trigger.type, trigger.mode), "reported_by": reported_by(head, span, quotes, args)}
        private = {"_nominal": not verbal, "_head": head.i, "_undergoer": undergoer(head, args),
                   "_judged_act": judges_an_act(head, args), "_lemma": head.lemma_.lower(),
                   "_demonstrative": any(c.dep_ == "det" and c.lemma_.lower() == "ce" for c in head.children),
                   "_threatened": threatened_act(head) if trigger.type == "THREATEN" else (),
                   "_aimed": trigger.type == "REQUEST" and _on_request(head)}
        # a reciprocal act is one event each way (mutual_sides); any other, one
        for source, target in mutual_sides(trigger, head, source, target):
            events.append({
                "type": trigger.type, "mode": trigger.mode, "start": span.start_char, "end": span.end_char,
                "text": span.text, "sentence": [sentence[0], sentence[1]],
                "source": [as_actor(m) for m in source], "target": [as_actor(m) for m in target],
                **told, **private,
            })
    return {"events": _with_actors(events, resolving)}


def _disaster_title(title: str) -> bool:
    """Whether the title tells a natural disaster ("Un cyclone frappe Madagascar", "Un séisme
    meurtrier frappe l'Indonésie"): the article's damage and deaths told without a doer are the
    disaster's, not an attack."""
    words = {w.lower() for w in re.findall(r"\w+", title)}
    return bool(words & DISASTERS)


def _accused_unnamed(trigger: Trigger, head: Token, target: list, args: Arguments) -> bool:
    """ "la chef de l'État, accusée de corruption", "des bombardements critiqués par des ONG": an
    accusation told in the passive about a named actor of known country is coded without its
    accusers, who are left unknown."""
    if not (trigger.type == "ACCUSE" and head.pos_ in ("VERB", "AUX") and args.is_passive(head)):
        return False
    judged = args.child(head, "nsubj:pass")
    # an act judged ("ces bombardements sont critiqués par des ONG") is aimed at its doers, found later
    return any(resolved(m) for m in target) or judged is not None and lexicon_type(judged) in MATERIAL_TYPES


def _on_request(noun: Token) -> bool:
    """ "à la demande des forces de sécurité irakiennes": the act the clause tells was asked for,
    of whoever did it, named or not; the demand is coded without a target rather than dropped."""
    return (noun.lower_ == "demande" and any(c.dep_ == "case" and c.lower_ == "à" for c in noun.children)
            and any(c.dep_ == "det" and c.lower_ == "la" for c in noun.children))


def _at_home(source: list, place: list) -> bool:
    countries = {m.actor.get("country") for m in source}
    return bool(place) and place[0].actor.get("country") in countries


def _named_actor(event: dict) -> bool:
    """Whether the text names a source or target of the event (not only implied by place or state)."""
    return any(not a.get("via") for a in event["source"] + event["target"])


def _with_actors(events: list[dict], resolving: bool = True) -> list[dict]:
    """Resolve nominal re-mentions and the doers of judged acts, then keep the events that have an actor.

    A noun trigger with neither source nor target the text names ("l'attentat", "cette attaque",
    "la première phase de l'offensive"; actors implied by the place do not count) most often
    re-mentions an earlier nominal event of the same type that named its actors, by the same noun
    or a demonstrative ("la frappe ... les frappes", "cette attaque"; not "la frappe ... l'attaque
    chimique", another event): it takes them,
    and `coreference` names that event. Verbs tell new acts ("la police a fait feu sur le
    camion" is not the attack it ends), so neither they nor later events are antecedents.
    Whatever still has no actor at all is not coded, as in event data generally (PLOVER codes a
    source at least): "une escalade" alone says nothing of who. Nor, when actors were resolved, is
    a dyadic act with no one it is aimed at (TARGET_REQUIRED): "X a dénoncé", "10 personnes
    arrêtées... en garde à vue" say too little to be coded without guessing.
    """
    for i, event in enumerate(events):
        if _named_actor(event) or not event.get("_nominal"):
            continue
        antecedent = next((j for j in range(i - 1, -1, -1) if events[j]["type"] == event["type"] and events[j].get("_nominal")
                           and _named_actor(events[j]) and "coreference" not in events[j]
                           and (event["_demonstrative"] or events[j]["_lemma"] == event["_lemma"])), None)
        if antecedent is not None:
            event["source"], event["target"] = events[antecedent]["source"], events[antecedent]["target"]
            event["coreference"] = antecedent
    threatened_targets(events)
    judged_doers(events)  # after coreference: "qualifié les frappes d'agression" judges the strike named earlier
    # A negated act no one is named in ("sans qu'aucun soldat ne soit tué", "n'a pas fait la preuve
    # qu'un étranger a perpétré un attentat") tells of no one: only what the text implies.
    kept = [e for e in events if (e["source"] or e["target"]) and (e["polarity"] == "asserted" or _named_actor(e))
            and (e["target"] or e.get("_aimed") or not resolving or e["type"] not in TARGET_REQUIRED)]
    index = {id(e): n for n, e in enumerate(kept)}
    for e in kept:  # coreference indices point into the kept list
        if "coreference" in e:
            e["coreference"] = index.get(id(events[e["coreference"]]))
    for e in events:
        for key in ("_nominal", "_lemma", "_demonstrative", "_head", "_undergoer", "_judged_act", "_aimed", "_threatened"):
            e.pop(key, None)
    return kept
