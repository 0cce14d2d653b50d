"""Reporting frames: each place the text attributes speech, found in the dependency parse.

A frame is a reporting verb with its speaker and, when the parse gives one, the reported
content ("X a affirmé [que …]", "X affirme [avoir …]", "X a annoncé [la démission de Y]",
"[…], a annoncé la police"), or a source phrase ("selon X", "d'après X") with the clause it
qualifies. Quotes are then built from frames: direct quotes take the frame beside their marks,
indirect ones are the frame's content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from veille.analyze.quotes_lexicon import MAY_REPORT, NOT_SOURCES, PERSON_ROLES, could_speak, reporting_lemma, takes_object_content
from veille.analyze.quotes_speakers import inside_quote, noun_phrase
from veille.doc_cache import doc_text, token_lowers, token_pos

# Where a clause starts or ends, in plain text: sentence punctuation, a colon or semicolon, a
# paragraph break. Commas are not boundaries: reported content often holds several.
# A period after a lone capital is an initial ("A. Coulibaly", "M. Dupont"), not a boundary.
BOUNDARY = re.compile(r"(?<![\s(][A-Z])[.!?;:]+[»”\"]?(?:\s+|$)|\n+")
# "Il précise que …": spaCy may read the subject "il" of a reporting verb as impersonal (expl:subj)
SUBJECT_DEPS = {"nsubj", "expl:subj"}
TIME_WORDS = {
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "matin", "soir", "midi", "jour", "semaine", "mois", "année", "an", "veille", "lendemain", "heure",
}
# A "que" clause ends at a paragraph, or where a colon opens a quote ("… pour la physique : « … »").
_CONTENT_STOP = re.compile(r"\n|\s*:\s*[«“]")
_THAT_IS_WHAT = re.compile(r"\s*C['’]est\s+(?:bien\s+|donc\s+|du\s+moins\s+|en\s+tout\s+cas\s+)?ce\s+qu(?:e\s+|['’]\s*)")
# What links a second attribution to the first: "…, avant de préciser", "…, en ajoutant".
_NEXT_ATTRIBUTION = re.compile(r"\s*(?:avant\s+d[e'’]|tout\s+en|en|puis|et)\s*")
INCISES = [("pour", "sa", "part"), ("pour", "leur", "part"), ("de", "son", "côté"), ("de", "leur", "côté"),
           ("quant", "à", "lui"), ("quant", "à", "elle"), ("à", "son", "tour"), ("lui", "aussi"), ("elle", "aussi")]
# What may stand between an inverted attribution and a gerund of the same speaker.
_GERUND_LINK = re.compile(r"\s*,?\s*(?:tout\s+)?(?:en\s+)?")
# A "que" after these is part of a conjunction ("alors que", "parce que"), not a complementiser.
NOT_COMPLEMENTISER = {"alors", "parce", "bien", "tandis", "ainsi", "pendant", "afin", "dès", "sans", "pour",
                      "si", "avant", "après", "même", "encore", "lors", "plus", "moins", "autant", "tant", "ne", "n'", "n’"}
# "…, tandis que le gouvernement se refusait à …": the journalist's contrast ends the content.
_CONTRAST = re.compile(r",\s*tandis\s+qu")
# "selon divers sondages", "d'après plusieurs études": reports no one can be asked about.
UNNAMED_REPORTS = {"sondage", "étude", "enquête", "estimation", "rapport", "statistique", "chiffre"}
VAGUE_DETERMINERS = {"divers", "diverses", "plusieurs", "certains", "certaines", "différents", "différentes", "des", "de", "d'", "d’", "quelques"}
# Verbs that may govern a reporting verb inside one attribution ("a tenu à préciser X").
HELPER_VERBS = {"tenir", "vouloir", "souhaiter", "devoir", "pouvoir", "venir", "préférer", "oser"}
QUOTE_OPENERS = {"«", "“", '"', "»", "”"}
# Verbs that report an opinion only with a clause ("trouve que …", "« … », trouve-t-il"); with a
# mere object they say something else ("trouver la mort").
CLAUSE_ONLY = {"trouver"}
# Object clitics before a verb belong to its group: "« … », lui avait dit Christian Jacob" (the
# parse may even call "lui" the subject, which would hide the inverted one).
OBJECT_CLITICS = {"lui", "leur", "me", "m'", "m’", "te", "t'", "t’", "le", "la", "les", "l'", "l’", "y", "en"}
NON_SPEAKERS = {"on", "cela", "ça", "ce", "c'", "c’", "je", "j'", "j’", "nous", "vous", "tu", "-t", "-moi", "-toi", "-nous", "-vous", "moi", "toi",
                "rien"}  # "rien ne dit réellement quand celui-ci a été tué"


@dataclass
class Frame:
    """One attribution. Offsets are characters; `group` covers the verb group and, when the
    speaker follows the verb, the speaker too (what is not reported content)."""

    verb: Token | None
    lemma: str | None
    speaker: Token | None
    group: tuple[int, int]
    content: tuple[int, int] | None
    inverted: bool = False
    clause: bool = False  # the content is a "que" clause, the surest sign of reported speech


def clause_start(text: str, pos: int) -> int:
    """Start of the clause holding `pos`: just after the last boundary before it."""
    start = 0
    for match in BOUNDARY.finditer(text, 0, pos):
        start = match.end()
    return start


def clause_end(text: str, pos: int) -> int:
    match = BOUNDARY.search(text, pos)
    return match.start() if match else len(text)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past spaces and the punctuation that only separates it from its frame."""
    while start < end and (text[start].isspace() or text[start] in ",;:–—-)"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:–—-("):
        end -= 1
    if text[start:end].lower().startswith(("que ", "qu'", "qu’")):
        start = start + (4 if text[start:start + 4].lower() == "que " else 3)
    return start, end


def _subtree_span(token: Token, skip_marks: bool = True) -> tuple[int, int]:
    tokens = [t for t in token.subtree]
    if skip_marks:
        while tokens and (tokens[0].dep_ == "mark" and tokens[0].lower_ in {"que", "qu'", "qu’"} or tokens[0].is_punct and tokens[0].text not in "«“\""):
            tokens = tokens[1:]
    if not tokens:
        return token.idx, token.idx + len(token)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _has_preposition(token: Token) -> bool:
    """"pour sa part", "par téléphone": a noun behind a preposition is no subject, whatever the parse says."""
    return any(c.dep_ == "case" for c in token.children)


def _speaker_token(verb: Token) -> Token | None:
    """The speaker token of a reporting verb, following conjunctions, relatives and passives."""
    # "Un porte-parole … a aussi confirmé à Reuters « … »": the parse may call an active verb's
    # subject passive; without a passive auxiliary or an agent, it is the subject
    active = not any(c.dep_ in {"aux:pass", "obl:agent"} for c in verb.children)
    subjects = [c for c in verb.children if (c.dep_ in SUBJECT_DEPS or active and c.dep_ == "nsubj:pass")
                and c.lower_ != "-t" and not _has_preposition(c)]
    if subjects:
        # "La ministre de l'Éducation Najat Vallaud-Belkacem a estimé": the parse may make the
        # name a second subject; the name is the better speaker
        subject = next((t for t in subjects[1:] if any(c.dep_ == "flat:name" for c in t.children)), subjects[0])
        # "…, qui exige « … »": the relative pronoun stands for the noun it follows.
        if subject.lower_ == "qui" and subject.pos_ == "PRON" and subject.i > verb.sent.start:  # "c'est X qui dénonce"
            return _relative_antecedent(subject, verb)
        return subject
    # "Tout comme Nadine Morano, ex-députée UMP, l'avait appelé …": a subject the parse gave a
    # comparison word as its "preposition" is still the subject, when the verb has no other
    compared = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i
                and all(d.lower_ in {"comme", "tout"} for d in c.children if d.dep_ == "case")]
    if compared:
        return compared[0]
    agents = [c for c in verb.children if c.dep_ == "obl:agent"]
    if agents:
        return agents[0]
    doc = verb.doc
    if "Inf" in verb.morph.get("VerbForm") and verb.i >= 2 and doc[verb.i - 1].lower_ in {"de", "d'", "d’"} \
            and doc[verb.i - 2].lower_ in {"eux", "lui", "elle", "elles"}:
        return doc[verb.i - 2]  # "Eux d'ajouter que « … »": the narrative infinitive's subject
    if re.search(r"\bcomme\s+(?:le\s+|l['’]\s*)?$", doc_text(doc)[max(0, _group_start(verb).idx - 12):_group_start(verb).idx].lower()):
        # "comme le rappelle HRW, « … »": the source follows the verb, whatever the parse calls it
        # (the clitic "le" may open the verb group)
        source = next((c for c in verb.rights if c.pos_ in {"NOUN", "PROPN"} and not _has_preposition(c)), None)
        if source is not None:
            return source
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "NOUN", "ADJ"} and verb.head != verb:
        head = verb.head
        # "Fillon refuse de se « [laisser] abattre » … et annonce vouloir …": the parse may join the
        # verb to one inside a quote; the verb outside that governs it has the subject
        for _ in range(3):
            if inside_quote(verb.doc, head.idx) == inside_quote(verb.doc, verb.idx) or head.head == head:
                break
            head = head.head
        if inside_quote(verb.doc, head.idx) == inside_quote(verb.doc, verb.idx):  # a quote's verb has the quote's subject
            return next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.lower_ != "-t"), None)
    # a gerund's subject is the clause's ("…, déclarant comprendre"), found later, not a stray
    # name; so is an infinitive's ("…, a-t-il expliqué au New York Times, avant d'ajouter")
    stray = None if _is_gerund(verb) or "Inf" in verb.morph.get("VerbForm") else _stray_name_before(verb)
    if stray is not None:
        return stray
    head = verb.head
    if verb.dep_ == "acl" and "Pres" in verb.morph.get("Tense") and (head.ent_type_ in {"PER", "ORG"} or head.lemma_.lower() in PERSON_ROLES | {"individu", "personne"}):
        return head  # "un individu, déclarant que …"
    if verb.dep_ == "acl" and "Fin" in verb.morph.get("VerbForm"):
        # "Une source proche du dossier ajoute à Presse Océan que …": a finite verb is no
        # modifier; the parse lost its subject, the noun phrase the verb hangs in
        for _ in range(3):
            if head.pos_ in {"NOUN", "PROPN"} and could_speak(head) and head.i < verb.i and head.dep_ in {"ROOT", "nsubj"}:
                return head
            if head.head == head:
                break
            head = head.head
    return None


def _relative_antecedent(relative: Token, verb: Token) -> Token:
    """Who "qui" stands for. The parse may hang the relative anywhere ("il ne s'agirait pas d'un
    acte terroriste selon la police, qui précise"): the noun right before "qui" is its
    antecedent; a place or a word that cannot speak ("le chef de mission de MSF pour la Syrie
    qui considère") gives way to the phrase it belongs to, and a role in apposition to the name."""
    doc = relative.doc
    k = relative.i - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    if k < 0 or doc[k].pos_ not in {"NOUN", "PROPN"}:
        return verb.head
    token = doc[k]
    while token.dep_.startswith("flat") and token.head.i < token.i:
        token = token.head
    # "le porte-parole du gouvernement, qui": the role noun the institution depends on speaks
    while token.dep_ in {"nmod", "appos"} and token.head.i < token.i and (
            token.ent_type_ == "LOC" or not could_speak(token) or token.head.lemma_.lower() in PERSON_ROLES and token.head.pos_ == "NOUN"):
        token = token.head
    if token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.head.i < token.i:
        token = token.head  # "Massimiliano Rebaudengo, le chef de mission"
    return token


def _stray_name_before(verb: Token) -> Token | None:
    """"Gianni Infantino, le président de la FIFA, déclare …": the parse may leave the name
    unattached; take the nearest named person or organisation before the verb, in its clause."""
    doc = verb.doc
    start = verb.sent.start
    if doc[start].text == "," and start > 0:
        start = doc[start - 1].sent.start  # "Louis Dreyfus, président du directoire du journal | , estime": a split the parse made at a comma
    for k in range(_group_start(verb).i - 1, max(start, verb.i - 25) - 1, -1):
        token = doc[k]
        if token.pos_ == "VERB" and k > 0 and doc[k - 1].text == "," and "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense"):
            continue  # "Alain Juppé, éliminé au deuxième tour de la primaire, a affirmé": a detached participle
        if token.pos_ in {"VERB", "AUX"} or token.text in {".", "»", "”", ";", ":"} or "\n" in token.text:
            return None
        if token.pos_ == "PROPN" and token.ent_type_ in {"PER", "ORG"}:
            while token.dep_.startswith("flat") and token.head.i < token.i:
                token = token.head
            named = _described_person(token)
            if named is not None:
                return named  # "Ghaith al Ghaith, le PDG de la compagnie Flydubai, a annoncé"
            if token.dep_ in {"obj", "iobj", "obl", "obl:arg", "obl:mod"}:
                return None  # "rencontrer François Fillon pour trouver …": an object, not a stray subject
            return token
    return None


def _described_person(token: Token) -> Token | None:
    """The person a name's noun phrase describes, when the name is the complement of a role set in
    apposition to them: "Ghaith al Ghaith, le PDG de la compagnie Flydubai" is Ghaith al Ghaith,
    "Robert Bourgi, pilier des réseaux … et ami de longue date de François Fillon" Robert Bourgi.
    The parse may make that person the object of the sentence before, across a paragraph break it
    ran on over: only an object in the person's own paragraph keeps them out."""
    doc, top, appositive = token.doc, token, False
    for _ in range(6):
        if top.dep_ not in {"nmod", "appos", "conj"} or top.head.i >= top.i or top.head.pos_ not in {"NOUN", "PROPN"}:
            break
        appositive = appositive or top.dep_ == "appos"
        top = top.head
    if not appositive or top == token or top.pos_ != "PROPN" or top.ent_type_ != "PER":
        return None
    head = top.head
    if top.dep_ in {"obj", "iobj", "obl", "obl:arg", "obl:mod"} and head.i < top.i \
            and not any("\n" in t.text for t in doc[head.i:top.i] if t.is_space):
        return None
    return top


def _group_start(verb: Token) -> Token:
    """First token of the verb group: auxiliaries and the reflexive pronoun before the verb.
    (spaCy builds a new Token object at each access: tokens compare with ==, never with `is`.)"""
    first = verb
    i = verb.i - 1
    doc = verb.doc
    # "a cependant tenu à tempérer X", "a voulu rassurer X": the governing verb opens the group
    if i >= 1 and doc[i].lower_ in {"à", "de", "d'", "d’"} and doc[i - 1].lemma_ in HELPER_VERBS and doc[i - 1].pos_ == "VERB":
        first = doc[i - 1]
        i -= 2
    elif i >= 0 and doc[i].lemma_ in HELPER_VERBS and doc[i].pos_ == "VERB" and verb.head == doc[i]:
        first = doc[i]
        i -= 1
    # "fait remarquer X", "a fait savoir X": the causative "faire" opens the group of its infinitive
    if i >= 0 and doc[i].lemma_ == "faire" and "Inf" in verb.morph.get("VerbForm") and doc[i].pos_ in {"VERB", "AUX"}:
        first = doc[i]
        i -= 1
    # "a pour sa part ajouté", "a de son côté dénoncé": an incise between the auxiliary and the verb,
    # set between commas or not ("Iouri Sineltchikov, a, quant à lui, dénoncé")
    comma = 1 if i >= 0 and doc[i].text == "," else 0
    last = doc[i - comma].lower_ if i - comma >= 0 else None
    for words in INCISES:
        n = len(words)
        k = i - comma  # the incise's last word
        if last != words[-1] or k - n < 0 or tuple(t.lower_ for t in doc[k - n + 1: k + 1]) != words:
            continue
        before = k - n  # the auxiliary, or the comma opening the incise when one closes it
        if comma and doc[before].text == "," and before >= 1 and doc[before - 1].lemma_ in {"avoir", "être"}:
            i = before - 1
            break
        if not comma and doc[before].lemma_ in {"avoir", "être"}:
            i -= n
            break
    while i >= 0 and (verb.doc[i].dep_.startswith("aux") or verb.doc[i].lower_ in {"se", "s'", "s’", "-t", "-il", "-elle", "-ils", "-elles", "-on", "ne", "n'", "n’"} or verb.doc[i].pos_ == "ADV" and verb.doc[i].head in (verb, first)
                      or verb.doc[i].pos_ == "PRON" and verb.doc[i].lower_ in OBJECT_CLITICS):
        first = verb.doc[i]
        i -= 1
    return first


def _inverted_subject(verb: Token) -> Token | None:
    """"…, a annoncé la police": spaCy reads the postposed subject as an object."""
    doc = verb.doc
    before = _group_start(verb).i - 1
    group_start = _group_start(verb).idx
    that_is_what = _THAT_IS_WHAT.fullmatch(doc_text(doc)[clause_start(doc_text(doc), group_start):group_start]) is not None
    if before < 0 or doc[before].text not in {",", "»", "”", '"'} and not doc[before].is_punct and not that_is_what \
            or doc[before].text in {"«", "“", "("}:
        return None  # right after an opening mark, the verb opens the quote: « défendre la délinquance … »
    # "a-t-il déclaré", "ajoute-t-elle": the clitic subject sits in or right after the verb group.
    for token in doc[_group_start(verb).i: verb.i + 3]:
        if token.lower_ in {"-il", "-elle", "-ils", "-elles", "-on"}:
            return token
    for child in verb.rights:
        if _has_preposition(child) and child.pos_ == "PROPN" and child.ent_type_ != "PER":  # not "par Nicolas | Sarkozy"
            # "a expliqué à l'AFP Gilles-Éric Séralini": the parse may hang the name on the medium
            name = next((c for c in child.children if c.i > child.i and c.pos_ == "PROPN" and c.ent_type_ == "PER"
                         and c.dep_ in {"appos", "flat:name", "nmod"}), None)
            if name is not None:
                return name
        if _has_preposition(child) or child.like_num:
            continue  # "a dit de lui la municipalité", "a déclaré le 20 mars le cosmonaute …"
        if child.pos_ in {"NOUN", "PROPN", "PRON"} and child.dep_ in {"obj", "nsubj", "nsubj:pass", "obl:mod"}:
            if child.lemma_.lower() in TIME_WORDS or any(c.is_digit for c in child.children):
                continue  # the date comes first; the parse may hang the subject on it as obl:mod
            return child
        if child.pos_ == "ADJ" and child.dep_ in {"xcomp", "obj"} and any(c.dep_ == "det" for c in child.children) \
                and child.lemma_.lower() in PERSON_ROLES:
            return child  # "», affirme un jeune manifestant, Abdel Nasser": a role noun the tagger took for an adjective
        if child.dep_ in {"ccomp", "xcomp"}:
            return None
    return _noun_phrase_closing(verb)


def _noun_phrase_closing(verb: Token) -> Token | None:
    """"…, a rapporté le Midi Libre.": whatever the parse made of it, a determiner and a name
    that end the sentence right after the verb are its inverted subject."""
    doc = verb.doc
    k = verb.i + 1
    if k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    if k >= len(doc) or doc[k].pos_ not in {"NOUN", "PROPN"} and not doc[k].text[:1].isupper():
        return None
    end = next((t.i for t in doc[k:k + 8] if t.is_punct or t.is_space), None)
    if end is None or doc[end].text not in {".", ";", "\n"} and not doc[end].is_space:
        return None
    return doc[k]


def _has_own_left_subject(verb: Token, subject: Token | None) -> bool:
    """True when `subject`, left of the verb, really is its subject: no other verb stands
    between them ("Le Monde, dans un article, a révélé …"), as one does when the parse takes the
    subject of the reported clause for the reporting verb's ("Cette réunion « durera », a prévenu X")."""
    if subject is None or subject.i > verb.i or subject.lower_.startswith("-"):
        return False
    if subject.i >= _group_start(verb).i:
        return False  # a clitic of the verb group the parse took for the subject ("», lui avait dit X")
    # the subject's own relative clause is no other verb: "Son frère Raúl Castro, qui lui a succédé, a annoncé"
    own = {t.i for t in subject.subtree}
    between = verb.doc[subject.i + 1: _group_start(verb).i]
    # a closing mark in between puts the "subject" inside the quote: « … » a précisé X
    return not any(t.pos_ in {"VERB", "AUX"} and t.i not in own or t.text in {"»", "”", '"'} for t in between)


def _content(verb: Token, lemma: str, speaker: Token | None) -> tuple[int, int] | None:
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i:
            return _subtree_span(child)
    for child in verb.children:
        # "affirme être …", "a annoncé avoir reçu …" (the infinitive may be the auxiliary)
        infinitive = "Inf" in child.morph.get("VerbForm") or any(
            c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") and c.i < child.i for c in child.children)
        if child.dep_ == "xcomp" and child.i > verb.i and infinitive:
            return _subtree_span(child)
    if takes_object_content(lemma):
        # "a annoncé jeudi la suppression …": the parse may hang the object on the time word
        adjuncts = [c for c in verb.children if c.dep_ == "obl:mod" and c.i == verb.i + 1]
        for child in [*verb.children, *(g for a in adjuncts for g in a.children)]:
            if child.dep_ == "obj" and child.i > verb.i and child.pos_ in {"NOUN", "PROPN"} and child != speaker \
                    and child.lemma_.lower() not in TIME_WORDS:  # "annonçait ce matin que …"
                return _object_to_clause_end(child)
    return None


def _object_to_clause_end(obj: Token) -> tuple[int, int]:
    """A reported object with what the parse hung on the verb after it: "a annoncé sa candidature
    | à l'élection présidentielle de 2017." The object runs on to the end of its clause when
    only words without a verb or a comma follow it."""
    start, end = _subtree_span(obj)
    doc = obj.doc
    rest = doc.char_span(end, clause_end(doc_text(doc), end), alignment_mode="contract")
    if rest is not None and len(rest) and not any(t.pos_ in {"VERB", "AUX"} or t.text in {",", "«", "»", "(", "“"} for t in rest):
        end = rest.end_char
    return start, end


def verb_frames(doc: Doc) -> list[Frame]:
    text = doc_text(doc)
    frames = []
    for i, pos in enumerate(token_pos(doc)):
        if pos not in MAY_REPORT:
            continue  # settled by the part of speech, as reporting_lemma would: no Token made
        token = doc[i]
        lemma = reporting_lemma(token)
        if lemma is None:
            continue
        first = _group_start(token)
        speaker = _speaker_token(token)
        inverted = clause = False
        content = None
        # A verb group right after a comma or a closing mark, with a noun phrase after it, is an
        # inverted attribution whatever the parse says the subject is.
        inverted_subject = _inverted_subject(token)
        clitic = inverted_subject is not None and inverted_subject.lower_.startswith("-")
        if inverted_subject is not None and (clitic or not _has_own_left_subject(token, speaker)):
            speaker, inverted = inverted_subject, True
        if speaker is not None and speaker.lower_ in NON_SPEAKERS:
            continue
        if inverted:
            i, j = noun_phrase(speaker) if speaker.pos_ != "PRON" else (speaker.i, speaker.i + 1)
            group = (first.idx, max(token.idx + len(token), doc[j - 1].idx + len(doc[j - 1])))
            start = clause_start(text, first.idx)
            while start > 0 and inside_quote(doc, start):
                # "Cet « événement grave confirme ce que nous savons : … » du pays, a-t-il ajouté":
                # a colon inside the quote does not end the clause
                start = clause_start(text, _quote_start(doc, start))
            if text[start:first.idx].strip(" ,«»\"“”"):
                content = trim(text, start, first.idx)
            if start > 0 and _THAT_IS_WHAT.fullmatch(text[start:first.idx]):
                # "… sa vocation touristique ». C'est ce qu'a annoncé aujourd'hui le président de la
                # Région": what was announced is the sentence before
                end = len(text[:start].rstrip()) - 1
                content = trim(text, clause_start(text, end), end)
        else:
            group = (first.idx, token.idx + len(token))
            content = _content(token, lemma, speaker)
            clause = any(c.dep_ == "ccomp" and c.i > token.i for c in token.children)
            if content and re.search(r"[.!?«»\n]", text[token.idx + len(token):content[0]]):
                content = None  # the parse reached past the sentence or into a quote
            if content:
                # the parse may run a "que" clause on past a paragraph or into the quote a colon opens
                stop = _CONTENT_STOP.search(text, content[0], content[1])
                content = trim(text, content[0], stop.start() if stop else content[1])
            if _negated(token):
                content = None  # "Il n'a pas évoqué X", "ont fait le choix de ne pas révéler de noms": nothing reported
            que = None if _negated(token) else _que_content(doc, token)
            if que is not None and (content is None or _cut_short(doc, content, que)):
                # "annonce dans un communiqué qu'elle rembourserait …", "a estimé qu'un refus serait
                # « totalement inacceptable » étant donné « … »": the parse lost or cut the clause
                content, clause = que, True
        if lemma in CLAUSE_ONLY and not inverted and not clause:
            continue  # "il aurait trouvé la mort « en supervisant … »": no opinion without a clause
        frames.append(Frame(token, lemma, speaker, group, _whole_quotes(doc, content), inverted, clause=not inverted and clause))
    for frame in frames:
        if frame.content is not None and not frame.inverted:
            frame.content = _before_next_attribution(text, frame, frames)
    # "…, a déclaré X, en ajoutant que …": a participle or a conjoined verb without a subject
    # of its own speaks for the subject of the verb it depends on.
    by_verb = {frame.verb.i: frame for frame in frames}
    for frame in frames:
        if frame.speaker is not None or frame.verb.dep_ not in {"advcl", "conj", "xcomp"} or frame.verb.head == frame.verb:
            continue
        if inside_quote(doc, frame.verb.head.idx) and not inside_quote(doc, frame.verb.idx):
            continue  # "« … que mon mari avait caché », ajoute-t-elle, précisant": the quote's verb is not hers
        head = by_verb.get(frame.verb.head.i)
        # the governing verb need not report speech itself: "X reprend la réplique en lui répondant : « … »"
        frame.speaker = head.speaker if head is not None else _inherited_subject(frame.verb.head)
    for frame in frames:
        if (frame.speaker is None or not could_speak(frame.speaker)) and _is_gerund(frame.verb):
            frame.speaker = _inverted_before(text, frame, frames) or _subject_before(frame.verb) or frame.speaker
        if frame.speaker is None and _is_gerund(frame.verb):
            # "Selon le syndicat CGT, cela « reste un épiphénomène » tout en ajoutant que …"
            sentence = frame.verb.sent
            source = [f for f in frames if f.verb is None and f.speaker is not None and sentence.start_char <= f.group[0] < frame.group[0]]
            frame.speaker = source[-1].speaker if source else None
    return frames


def _inverted_before(text: str, gerund: Frame, frames: list[Frame]) -> Token | None:
    """"« … », a déclaré la première ministre Theresa May, en ajoutant qu'…": a gerund right after
    an inverted attribution speaks through its speaker."""
    for frame in frames:
        if frame.inverted and frame.speaker is not None and frame.group[1] <= gerund.group[0] \
                and _GERUND_LINK.fullmatch(text[frame.group[1]:gerund.group[0]]):
            return frame.speaker
    return None


def _whole_quotes(doc: Doc, content: tuple[int, int] | None) -> tuple[int, int] | None:
    """A content never ends inside a quotation: "a qualifié la décision de « scandaleuse »"."""
    if content is None or not inside_quote(doc, content[1] - 1) or not inside_quote(doc, content[1]):
        return content
    inner_end = next(end for start, end in doc.user_data["quoted_spans"] if start <= content[1] < end)
    return content[0], min(len(doc_text(doc)), inner_end + 1)  # past the closing mark


def _negated(verb: Token) -> bool:
    return any(c.lower_ in {"pas", "jamais", "guère", "aucunement", "nullement"} and c.dep_ == "advmod" for c in verb.children) \
        and any(c.lower_ in {"ne", "n'", "n’"} for c in verb.children)


def _que_content(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The "que" clause a reporting verb introduces, read off the text: the "que" within a few
    words after the verb (no other verb, no punctuation but commas between), the clause running
    to the end of its sentence, colons and periods inside quotation marks included."""
    text = doc_text(doc)
    for token in doc[verb.i + 1: verb.i + 12]:
        if token.pos_ in {"VERB", "AUX"} or token.is_punct and token.text not in {",", "-"} or "\n" in token.text_with_ws and token.is_space:
            return None  # ("à l'Agence France-Presse que …": a hyphen is no boundary)
        if token.lower_ in {"que", "qu'", "qu’"}:
            if doc[token.i - 1].lower_ in NOT_COMPLEMENTISER:
                return None  # "alors que", "parce que": not what was said
            if any(t.lower_ in {"ne", "n'", "n’"} for t in doc[max(0, verb.i - 3): token.i]):
                return None  # "ne confirment que la mort de 220 civils": restriction, not a clause
            start = token.idx + len(token)
            end = start
            for match in BOUNDARY.finditer(text, start):
                end = match.start()
                if not inside_quote(doc, match.start()):
                    break
            else:
                end = len(text)
            stop = _CONTENT_STOP.search(text, start, end) or _CONTRAST.search(text, start, end)
            start, end = trim(text, start, stop.start() if stop else end)
            return (start, end) if end > start else None
    return None


def _before_next_attribution(text: str, frame: Frame, frames: list[Frame]) -> tuple[int, int]:
    """"a annoncé que « … », avant de préciser que « … »": a content ends before the next
    attribution it holds, at the comma before it."""
    start, end = frame.content
    for f in sorted((f for f in frames if f is not frame and f.verb is not None and start < f.group[0] < end), key=lambda f: f.group[0]):
        comma = text.rfind(",", start, f.group[0])
        # only a new attribution of the same speaker: "qui l'a félicité" belongs to the content
        if comma > start and not inside_quote(frame.verb.doc, comma) and _NEXT_ATTRIBUTION.fullmatch(text[comma + 1:f.group[0]]):
            return trim(text, start, comma)
    return frame.content


def _cut_short(doc: Doc, content: tuple[int, int], que: tuple[int, int]) -> bool:
    """Whether the parse ended a "que" clause too early: inside a quotation, or at a closing mark
    the clause goes on past with more quoted words."""
    if que[0] > content[0] + 2 or que[1] <= content[1]:
        return False
    end = content[1]
    if inside_quote(doc, end - 1) and inside_quote(doc, end):
        return True
    rest = doc_text(doc)[end:que[1]]
    return doc_text(doc)[end - 1] in "»”\"" and any(mark in rest for mark in "«“")


def _quote_start(doc: Doc, pos: int) -> int:
    """Where the quoted passage holding `pos` opens (its mark)."""
    return max(start for start, end in doc.user_data["quoted_spans"] if start <= pos < end) - 1


def _inherited_subject(verb: Token) -> Token | None:
    """The subject of the nearest verb up the chain of a subjectless one: "Il devrait rencontrer
    François Fillon pour trouver « … »" speaks through "Il"."""
    for _ in range(3):
        speaker = _speaker_token(verb)
        if speaker is not None or verb.dep_ not in {"advcl", "conj", "xcomp"} or verb.head == verb:
            return speaker
        verb = verb.head
    return None


def _is_gerund(verb: Token) -> bool:
    """"en ajoutant", "tout en disant", "affirmant": a present participle, whatever the parse
    hangs it from (a typo such as "an ajoutant" can make it the modifier of a noun)."""
    return "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense") or verb.i > 0 and verb.doc[verb.i - 1].lower_ == "en"


def _subject_before(verb: Token) -> Token | None:
    """The subject of the last clause before a gerund in its sentence, outside quotation marks:
    "Philippe Varin a précisé que « … » en ajoutant : « … »" speaks through Philippe Varin."""
    doc = verb.doc
    candidates = []
    start = verb.sent.start
    for token in doc[start: verb.i]:
        if "\n" in token.text:
            start = token.i + 1  # the parse may run a sentence on across a paragraph break
    for token in doc[start: verb.i]:
        if inside_quote(doc, token.idx):
            continue
        if token.lower_ == "-t" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in {"-il", "-elle", "-ils", "-elles"}:
            candidates.append(doc[token.i + 1])  # "ajoute-t-elle, précisant que"
        elif token.dep_ == "nsubj" and token.head.pos_ in {"VERB", "AUX", "ADJ", "NOUN"} and token.lower_ not in NON_SPEAKERS:
            candidates.append(token)
    # "Il a fait un parallèle entre les affaires qui le touchent …, déclarant": the gerund goes
    # with the main clause, not with a relative inside it
    main = [t for t in candidates if t.head.dep_ == "ROOT"]
    if main:
        candidates = candidates[:candidates.index(main[-1]) + 1]
    if candidates and not could_speak(candidates[-1]):
        # "Ces éléments ont poussé François Bayrou à critiquer …, affirmant que": a subject that
        # cannot speak leaves the person the sentence names
        person = next((t for t in reversed(doc[candidates[-1].i: verb.i]) if t.pos_ == "PROPN" and t.ent_type_ == "PER"), None)
        if person is not None:
            while person.dep_.startswith("flat") and person.head.i < person.i:
                person = person.head
            return person
    return candidates[-1] if candidates else None


def _is_source_phrase(token: Token) -> bool:
    if token.lower_ == "selon":
        return True
    return token.lower_ == "après" and token.i > 0 and token.doc[token.i - 1].lower_ in {"d'", "d’"}


def _apposition(doc: Doc, start: int, end: int) -> bool:
    """Whether text[start:end] is a noun phrase that may stand beside a source: a name, or a
    definite phrase headed by a noun that can speak ("l'agence de presse de l'organisation");
    no verb, no quote ("la situation, déjà tendue, …" is the content's subject, not one)."""
    span = doc.char_span(start, end, alignment_mode="contract")
    words = [t for t in span or [] if not t.is_punct and not t.is_space]
    if not words or len(words) > 10 or any(t.pos_ in {"VERB", "AUX"} or t.text in QUOTE_OPENERS for t in span):
        return False
    if all(t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "MISC"} for t in words) and any(t.ent_type_ in {"PER", "ORG", "MISC"} for t in words):
        return True  # "Selon la fédération des banques, Febelfin, « … »"
    head = next((t for t in words if t.pos_ in {"NOUN", "PROPN"}), None)
    return words[0].lower_ in {"le", "la", "l'", "l’", "les"} and head is not None and could_speak(head)


def source_frames(doc: Doc) -> list[Frame]:
    """"selon X", "d'après X": X is the speaker, the rest of the clause is the content."""
    text = doc_text(doc)
    frames = []
    lowers = token_lowers(doc)
    for i, lower in enumerate(lowers):
        if lower not in ("selon", "après"):
            continue  # what _is_source_phrase reads first: no Token for the other words
        token = doc[i]
        if not _is_source_phrase(token) or token.head == token:
            continue
        # "d'après" comes as "d'" + "après" (fixed): the source hangs from the "d'"
        source = token.head.head if token.dep_ == "fixed" else token.head
        if source.lemma_.lower() in NOT_SOURCES or source.lower_ in NOT_SOURCES:
            # "selon les informations du gouvernement": the source is the complement.
            source = next((c for c in source.children if c.dep_ == "nmod" and c.pos_ in {"NOUN", "PROPN"}), None)
            if source is None:
                continue
        if source.pos_ not in {"NOUN", "PROPN", "PRON"} or source.like_num:
            continue
        if source.lemma_.lower() in UNNAMED_REPORTS and any(c.dep_ == "det" and c.lower_ in VAGUE_DETERMINERS for c in source.children):
            continue  # "selon divers sondages": an unnamed report, not a source
        first = token.doc[token.i - 1] if token.lower_ == "après" else token
        i, j = noun_phrase(source)
        group = (first.idx, doc[j - 1].idx + len(doc[j - 1]))
        start, end = clause_start(text, first.idx), clause_end(text, group[1])
        left, right = trim(text, start, first.idx), trim(text, group[1], end)
        words_left = len(re.findall(r"\w+", text[left[0]:left[1]]))
        if not words_left and "," in text[group[1]:end]:
            # "Selon un rapport établi par l'INSEE sur « … », la crise …": the source phrase runs
            # to the comma, whatever the parse hangs on its noun
            comma = text.index(",", group[1], end)
            right = trim(text, comma, end)
            # "D'après un communiqué de Amaq, l'agence de presse de l'organisation, il aurait …",
            # "Selon le porte-parole du Kremlin, Dmitri Peskov, « … »": an apposition to the source
            # is no content
            second = text.find(",", comma + 1, end)
            if second > 0 and _apposition(doc, comma + 1, second) and re.search(r"\w", text[second:end]):
                right = trim(text, second, end)
        words_right = len(re.findall(r"\w+", text[right[0]:right[1]]))
        if re.match(r"(?:qui|dont)\b", text[right[0]:right[1]]):
            words_right = 0  # "selon le ministère qui l'a confirmé": the source's relative, not content
        content = left if words_left >= max(3, words_right) else right
        if words_left >= 2 and words_right >= 2 and "," not in text[left[1]:first.idx] + text[group[1]:right[0]]:
            content = (left[0], right[1])  # "Cette série est selon Deutsche Welle une mesure …": one clause
        if content[1] - content[0] < 2:
            content = None
        frames.append(Frame(None, None, source, group, content))
    return frames
