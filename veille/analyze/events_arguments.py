"""Who did it and to whom: which spans of the dependency parse are an event trigger's source and
target (the actors those spans name come from `events_actors`).

A verb's source is its subject (the by-agent when passive), its target the object or a
complement introduced by "contre", "avec", "à"...; an infinitive with no subject borrows it from
the verb that controls it ("accusent Moscou de masser": Moscou masses). A noun's source is its
demonym adjective ("l'annexion russe"), its "par" complement, or the subject of the verb it is
the object of ("mènent une offensive"); its target a "de"/"contre" complement.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from veille.analyze.events_actors import (
    EVENT_NOUNS, LOCATIVE_CASES, TO, ActorMentions, Mention, _anti_country, _case, _country_actor, _is_place, clause_verb,
)
from veille.analyze.sentences import token_sentence

# Verbs whose object (or "à" complement) is the doer of the infinitive they govern.
OBJECT_CONTROL = {
    "accuser", "soupçonner", "reprocher", "appeler", "exhorter", "demander", "pousser", "inciter",
    "forcer", "contraindre", "obliger", "autoriser", "inviter", "sommer", "empêcher", "aider",
    # perception: "une vidéo montrant un collaborateur de l'Élysée frapper un manifestant"
    "montrer", "voir", "filmer", "apercevoir",
}
TARGET_CASES = {"contre", "avec", "sur", "envers", "vers", "auprès", "entre"}
# Nouns whose "à" complement is whom the act is addressed to (not "l'aide à la reconstruction",
# which names no actor, nor "l'accord à Genève", a place).
NOUN_ADDRESSEE_TYPES = {"SUPPORT", "AID", "REQUEST", "THREATEN", "ACCUSE"}
# "à" introduces the addressee of verbal acts ("demande à Kiev", "reproche à Washington"), a
# place for material acts ("attaque à Kaboul").
ADDRESSEE_TYPES = {"REQUEST", "ACCUSE", "REJECT", "AID", "SUPPORT", "THREATEN", "SANCTION", "CONCEDE", "AGREE", "COOPERATE"}
# Participles on an event noun whose object is what it is aimed at ("un attentat visant la police").
AIMING_VERBS = {"viser", "cibler", "frapper", "toucher"}
AIMED_CASES = {"sur", "contre"}
# Intransitive verbs conjugated with "être", whose subject is their doer.
ETRE_VERBS = {"intervenir", "venir", "revenir", "partir", "arriver", "entrer", "rentrer", "sortir", "retourner", "passer", "tomber", "mourir", "décéder"}
# Verbs conjugated with "être" when intransitive and with "avoir" when transitive: "sont descendus
# dans les rues" is active, "l'avion a été descendu" passive (its "été" tells it).
ETRE_WHEN_INTRANSITIVE = {"descendre", "monter"}
# Adjectives naming the state's forces a move is made of ("des renforts policiers").
FORCE_ADJECTIVES = {"policier": "government", "militaire": "military"}
# Common nouns of places: never the doer of an act.
PLACE_NOUNS = {"ville", "capitale", "localité", "région", "zone", "quartier", "village", "province", "territoire", "bastion", "fief", "pays"}
# Types whose undergoer is the doer's own forces ("le déploiement de troupes russes"): the
# deployed are the source; the target, if any, is named by "contre" or the foreign place.
SELF_MOVED = {"MOBILIZE"}
# Verbs whose subject judges, reports or suffers the event noun they take, and did not do it:
# "la Turquie a condamné les attentats", "la télévision syrienne a qualifié les frappes d'agression".
NOT_THE_DOER = {
    "qualifier", "condamner", "dénoncer", "critiquer", "déplorer", "fustiger", "saluer", "féliciter",
    "évoquer", "signaler", "rapporter", "confirmer", "subir", "essuyer", "craindre", "redouter",
    "dénombrer", "recenser", "considérer", "juger", "attribuer", "imputer", "accuser", "pleurer",
}
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
# Verbs of response whose "par" complement is the act the subject responds with.
RESPONDING_VERBS = {"répondre", "riposter", "réagir", "répliquer"}
# Nouns of responsibility: "être à l'origine de l'attaque", "le groupe est responsable de
# l'attentat", "revendique la responsabilité de l'attentat": the one responsible did it.
RESPONSIBILITY = {"origine", "responsable", "responsabilité"}
CLAIMING_VERBS = {"revendiquer", "assumer", "endosser"}


# Verbs whose subject undergoes the harm their object names: "le pays a connu un attentat".
SUFFERING_VERBS = {"connaître", "subir", "essuyer", "endurer"}


class Arguments(ActorMentions):
    """Source and target finding over one document's parse and mentions."""

    # ---- verbs ----------------------------------------------------------------------------------
    @staticmethod
    def is_passive(verb: Token) -> bool:
        # "a été suspendue", "revendiqué par Daech" (a participle with its by-agent); not the verbs
        # conjugated with "être" the parser takes for passives ("les États-Unis sont intervenus")
        if verb.lemma_.lower() in ETRE_VERBS:
            return False
        if verb.lemma_.lower() in ETRE_WHEN_INTRANSITIVE and not any(c.dep_.startswith("aux") and c.lower_ == "été" for c in verb.children):
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
        if agent is not None and agent.lemma_.lower() in PLACE_NOUNS and self._the_country(agent) is None:
            # ("le pays souhaite se retirer de la CPI" under a title "Burundi :" is the country's act)
            return None  # "à Kaboul, la capitale d'Afghanistan, a coûté la vie": a place, mis-parsed as subject
        if agent is not None and agent.pos_ == "NOUN" and agent.lemma_.lower() in EVENT_NOUNS():
            # "l'attentat a tué 25 personnes", "l'explosion a fait deux morts": the event is not its doer
            return None
        return agent

    def parsed_agent(self, verb: Token) -> Token | None:
        if self.is_passive(verb):
            agent = self.child(verb, "obl:agent")
            if agent is None:
                # any of its cases: "tué peu après par des gardiens de la paix" ("après" comes first)
                agent = next((c for c in verb.subtree if c.dep_.startswith(("obl", "nmod"))
                              and any(g.dep_ == "case" and g.lower_ == "par" for g in c.children)), None)
            return agent
        # the subject nearest the verb: a signature line merged into the sentence ("— Federica
        # Mogherini, porte-parole ... L'armée syrienne a démenti") is a second, far "subject"
        subjects = sorted((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), key=lambda c: abs(verb.i - c.i))
        subject = subjects[0] if subjects else None
        if subject is not None:
            # "la police qui a fait feu": a relative pronoun stands for its antecedent
            return self.relative_antecedent(verb, subject) or self._reported_subject(verb, subject) or subject
        controller = self._controller(verb)
        if controller is not None or verb.dep_ in ("xcomp", "acl", "advcl") or "Inf" in verb.morph.get("VerbForm"):
            return controller
        return self._left_actor(verb)

    def relative_antecedent(self, verb: Token, pronoun: Token) -> Token | None:
        """What a relative "qui" stands for: the noun its clause hangs on, or, where the parser did not
        hang the clause ("Park Geun-hye qui a été emprisonnée", the hyphenated name broken up), the
        actor named right before it."""
        if pronoun.lower_ not in ("qui", "lequel", "laquelle", "dont"):
            return None
        if verb.dep_.startswith("acl"):
            return verb.head
        before = pronoun.i - 1
        if before >= 0 and pronoun.doc[before].lower_ == "," and pronoun.lower_ == "dont":
            before -= 1  # "Park Geun-hye, dont la destitution ..."
        if before < 0:
            return None
        m = next((m for m in self.mentions if m.start <= pronoun.doc[before].idx < m.end and not _is_place(m)), None)
        if m is None:
            return None
        return next((t for t in pronoun.doc[max(0, before - 8): before + 1] if m.start <= t.idx < m.end), None)

    def _reported_subject(self, verb: Token, subject: Token) -> Token | None:
        """ "Nicolas Hulot a annoncé qu'il quittait le gouvernement": a personal pronoun subject of
        a "que" clause is the subject of the verb that clause completes, when that subject is a
        name or a noun of the same number (not a pronoun itself)."""
        pronoun = subject.lower_
        if subject.pos_ != "PRON" or pronoun not in ("il", "elle", "ils", "elles") or verb.dep_ != "ccomp":
            return None
        # the parser sometimes takes the conjunction for an object pronoun ("qu'il démissionnait")
        if not any(c.dep_ in ("mark", "obj") and c.i < subject.i and c.lower_.rstrip("'’") in ("que", "qu") for c in verb.children):
            return None
        governing = verb.head
        while governing.dep_ == "advcl" and not self.child(governing, "nsubj") and governing.head.i != governing.i:
            governing = governing.head  # hung on a gerund: "a annoncé, en retenant ses larmes, qu'il ..."
        if governing.i == verb.i or governing.pos_ not in ("VERB", "AUX") or self.is_passive(governing):
            return None
        told_by = next((c for c in governing.children if c.dep_ == "nsubj"), None)
        if told_by is None or told_by.pos_ not in ("NOUN", "PROPN"):
            return None
        plural = "Plur" in told_by.morph.get("Number") or any(c.dep_ == "conj" for c in told_by.children)
        return told_by if plural == pronoun.endswith("s") else None

    def _left_actor(self, verb: Token) -> Token | None:
        """The nearest actor before a finite verb the parser left without subject (often mis-tagged)."""
        sentence = token_sentence(verb)  # indexed once per document; Token.sent walks the sentences
        for left in reversed(list(sentence[: verb.i - sentence.start])):
            if left.pos_ == "VERB" and left.dep_ == "acl" and "Part" in left.morph.get("VerbForm"):
                continue  # a participle on a noun is no clause: "Ali Abdella, un Somalien déjà connu de la police, s'est"
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
            undergone = self.child(verb, "nsubj:pass", "nsubj")
            if undergone is not None:
                undergone = self.relative_antecedent(verb, undergone) or undergone
            target = self.actors_of(undergone)
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
            if type_ in SELF_MOVED and target:
                # "a envoyé la police", "déploie ses troupes": the forces moved are the mover's own,
                # not its target (a target is named by "contre" or the foreign place)
                own = {m.actor.get("country") for m in source}
                target = [m for m in target if m.actor.get("country") and m.actor.get("country") not in own]
            if not target:
                target = self.actors_of(self.child(verb, "iobj"))
        if not target:
            for child in verb.children:
                if child.dep_.startswith("obl") or child.dep_ == "nmod":
                    case = _case(child)
                    if case in TARGET_CASES or case in TO and type_ in ADDRESSEE_TYPES:
                        target = self.actors_of(child)
                        if target:
                            break
        if not target and type_ in ADDRESSEE_TYPES and (obj := self.child(verb, "obj")) is not None:
            # the parser hangs the addressee on the object of a verb phrase: "intimé l'ordre au
            # premier ministre britannique", "lance un appel aux industries"
            target = next((found for c in obj.children if c.dep_.startswith("nmod") and _case(c) in TO
                           and (found := self.actors_of(c))), [])
        if not target and type_ == "REQUEST":
            target = self.actors_of(self._asked_to(verb))
        if not target and type_ == "ACCUSE" and (obj := self.child(verb, "obj")) is not None:
            target = self._ascribed_to(obj)  # "attribuent cette attaque au régime syrien": the régime is blamed
        if not target:
            # the parser hangs the counterpart on another complement: "s'est entretenu par téléphone
            # avec la chancelière allemande"
            target = next((found for child in verb.children if child.dep_.startswith("obl") for g in child.children
                           if g.dep_.startswith("nmod") and _case(g) in ("avec", "contre") and (found := self.actors_of(g))), [])
        return source, [m for m in target if m not in source]

    def _asked_to(self, verb: Token) -> Token | None:
        """The subject of what a demand asks for, when it names no addressee: "le gouvernement demande
        que les manifestants quittent la place", "a appelé à ce que les rebelles ... en soient tenus
        responsables" (the parser breaks "à ce que" up: the subject is the first noun after it)."""
        clause = next((c for c in verb.children if c.dep_ == "ccomp"
                       and any(g.dep_ == "mark" and g.lower_.rstrip("'’") in ("que", "qu") for g in c.children)), None)
        if clause is not None:
            return self.child(clause, "nsubj", "nsubj:pass")
        ce = next((c for c in verb.children if c.dep_.startswith("obl") and c.lower_ == "ce" and _case(c) == "à"), None)
        if ce is None or ce.i + 1 >= len(ce.doc) or ce.nbor(1).lower_.rstrip("'’") not in ("que", "qu"):
            return None
        return next((t for t in ce.doc[ce.i + 2: ce.i + 6] if t.pos_ in ("NOUN", "PROPN")), None)

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
        if not source and not target:
            source, target = self._opposed(noun, clauses)
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
            elif case in TO and not target and type_ in NOUN_ADDRESSEE_TYPES:
                # "son soutien entier à May", "son soutien aux forces de Bachar al-Assad"
                target = self.actors_of(child)
            elif case in TARGET_CASES and not target and not (case == "sur" and type_ == "CONSULT"):
                # (talks "sur le programme nucléaire iranien" are about it, not with it)
                target = self.actors_of(child, places=type_ != "CONSULT")
                if case == "entre" and len(target) > 1:  # "un sommet entre Washington et Pyongyang"
                    source, target = target[:1], target[1:]
            elif case in ("de", "du", "des", "d") or child.lower_ == "dont":
                de_complements.append(child)
        for child in de_complements:
            # "Park Geun-hye, dont la destitution avait été votée": "dont" is the relative's antecedent
            found = self.actors_of(self.relative_antecedent(clause_verb(noun), child) or child, places=True)
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
        undergone = (verb.lemma_.lower() == "faire" and any(c.dep_ == "obj" and c.lemma_.lower() == "objet" for c in verb.children)
                     or verb.lemma_.lower() == "bénéficier" and noun.dep_.startswith("obl"))
        suffered = verb.lemma_.lower() in SUFFERING_VERBS and noun.dep_ == "obj" and type_ in ("ASSAULT", "COERCE", "SANCTION")
        if suffered:
            # "le pays a connu un attentat-suicide", "l'armée a subi une attaque": the subject is the
            # target, not the support verb's doer
            source, target = [], self.actors_of(self.agent_token(verb))
        elif undergone and not target:
            # "les autorités ... font l'objet d'une attaque", "l'Iran a bénéficié de la levée des
            # sanctions": the subject undergoes it
            target = self.actors_of(self.agent_token(verb))
        elif noun.dep_ == "nsubj:pass" and self.is_passive(verb) and verb.lemma_.lower() not in NOT_THE_DOER and not source:
            # "l'état d'urgence a été instauré par le président Sissi": the by-agent did it (wherever
            # the parser hung it: "votée début décembre par les députés")
            source = self.actors_of(self.agent_token(verb))
        elif noun.dep_ in ("obj", "obl:arg") and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in NOT_THE_DOER:
            # a support verb: "mènent une offensive contre X", "procède à l'arrestation"
            if not source:
                source = self.actors_of(self.agent_token(verb))
            if not target:
                # "adressé un avertissement au gouvernement italien", "apporte son soutien à Kiev": an
                # act addressed to someone names them with "à" as the verb would
                target = next((found for c in verb.children if c.dep_.startswith("obl") and (
                    _case(c) in TARGET_CASES or _case(c) in TO and type_ in ADDRESSEE_TYPES)
                               and (found := self.actors_of(c))), [])
        first = noun
        while first.dep_ == "conj" and first.head is not first:
            first = first.head  # "par le jet de gaz lacrymogènes et par des tirs"
        if not source and first.dep_.startswith("obl") and _case(noun) == "par" and first.head.lemma_.lower() in RESPONDING_VERBS:
            # "les forces de police ont répondu par des tirs": who responds does it
            source = self.actors_of(self.child(first.head, "nsubj"))  # (the parser may call "par des tirs" an agent)
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
            if type_ in SELF_MOVED:
                # "l'armée fût mise en état d'alerte": the forces put on alert are their own move
                return (self.actors_of(placed) if not source else source), []
            target = self.actors_of(placed)
        return source, [m for m in target if m not in source]

    def _opposed(self, noun: Token, clauses: list[Token]) -> tuple[list[Mention], list[Mention]]:
        """The sides of a struggle told by the clause on its noun: "des affrontements opposant l'armée
        nationale à des factions rebelles", "les affrontements que le pays connaît avec l'Inde"."""
        for clause in [c for c in noun.children if c.dep_.startswith("acl") and c.lemma_.lower() == "opposer"] + clauses:
            lemma = clause.lemma_.lower()
            if lemma == "opposer" and clause.dep_ != "acl:relcl":
                one = self.child(clause, "obj")
                # the parser hangs "à des factions rebelles" on the verb or on its object
                other = next((c for c in [*clause.children, *(one.children if one is not None else ())]
                              if c.dep_.startswith(("obl", "iobj", "nmod")) and _case(c) in TO), None)
            elif lemma in ("connaître", "vivre", "mener", "livrer") or clause.lower_.startswith("conna"):  # "connait": lemma "conner"
                one, other = self.child(clause, "nsubj"), next((c for c in clause.children if c.dep_.startswith("obl")
                                                               and _case(c) in ("avec", "contre")), None)
            else:
                continue
            sides = self.actors_of(one), self.actors_of(other)
            if sides[0] and sides[1]:
                return sides
        return [], []

    def _ascribed_to(self, noun: Token) -> list[Mention]:
        """ "attribuent cette attaque au régime syrien et son allié russe": the ones it is ascribed
        to (the parser hangs the "à" complement on the verb or on the noun)."""
        verb = noun.head
        if noun.dep_ != "obj" or verb.lemma_.lower() not in ASCRIBING_VERBS:
            return []
        holder = next((c for c in [*verb.children, *noun.children] if c.dep_.startswith(("obl", "nmod")) and _case(c) in TO), None)
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
            # but not in what is opposed: "les rassemblements contre la guerre en Irak" were not in Iraq
            opposed = {t.i for c in trigger.children if _case(c) == "contre" for t in c.subtree}
            for node in self._phrase(trigger):
                found = _place_after(node, entities, LOCATIVE_CASES) if node is not trigger and node.i not in opposed else None
                if found:
                    return found
        return None


def _place_after(anchor: Token, entities: list[dict], cases: set[str]) -> dict | None:
    """A LOC entity in a complement of `anchor` introduced by one of `cases`."""
    # what is opposed keeps its own place, wherever the parser hangs it: "les rassemblements contre
    # la guerre en Irak" (the place right after a "contre" complement is that complement's)
    after_opposed = {c.right_edge.i + 1 for c in anchor.children if _case(c) == "contre"}
    for child in anchor.children:
        if not child.dep_.startswith(("obl", "nmod")) or _case(child) not in cases or child.left_edge.i in after_opposed:
            continue
        # the place is the complement or its own complement ("dans le centre de Téhéran"), not a
        # name deeper in it ("à l'occasion de l'anniversaire de la prise de l'ambassade des États-Unis")
        heads = [child, *(g for g in child.children if g.dep_.startswith(("nmod", "flat", "appos")))]
        for e in entities:
            if e["label"] == "LOC" and any(e["start"] <= t.idx < e["end"] for t in heads):
                return {"start": e["start"], "end": e["end"], "text": e["text"]}
    return None


def sentence_of(span_start: int, sentences: list[dict], token: Token) -> tuple[int, int]:
    """The sentence (from the sentences extractor, else the parse) holding a trigger."""
    for s in sentences:
        if s["start"] <= span_start < s["end"]:
            return s["start"], s["end"]
    sent: Span = token_sentence(token)
    return sent.start_char, sent.end_char
