"""Who speaks: from the token the parse or the reporting frame points at to a named mention.

A speaker token may be a name ("Dmitri Peskov"), a noun phrase carrying a name in apposition
("le procureur de Paris, François Molins"), a role noun standing for someone named earlier
("le nageur français"), or a pronoun ("a-t-il déclaré"). The speaker span is the most
informative mention: the name when the article gives one, else the noun phrase; the local
pronoun or role noun is kept as `mention` when it differs.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from veille.analyze.context import Context
from veille.analyze.quotes_lexicon import PERSON_ROLES, could_speak, reporting_lemma
from veille.analyze.quotes_marks import scan
from veille.analyze.sentences import sentences as doc_sentences
from veille.doc_cache import doc_text

PRONOUNS = {"il", "elle", "ils", "elles", "-il", "-elle", "-ils", "-elles", "lui", "eux", "celui-ci", "celle-ci", "ce dernier", "cette dernière",
            "celui", "celle"}  # "Celui qui était président du parti annonce …"
# Dependants that belong to a speaker's noun phrase; relative clauses and the rest do not.
NP_DEPS = {"det", "amod", "nummod", "flat:name", "flat:foreign", "nmod", "case", "appos", "compound", "fixed", "punct", "cc", "conj"}
MAX_NP_TOKENS = 12
RIGHT_DEPS = {"amod", "nmod", "flat:name", "flat:foreign", "fixed", "compound", "nummod", "appos"}
QUOTE_MARKS = set("«»“”\"‹›")
AGENT_BEFORE = re.compile(r"\bpar\s+(?:l['’]|la\s+|le\s+|les\s+)?$")
# "Il s'agit de …", "il faut …", "il y a …": an impersonal "il" stands for no one.
IMPERSONAL_VERBS = {"agir", "falloir", "avoir", "sembler", "paraître", "exister", "rester", "manquer", "valoir", "pleuvoir"}
TITLES = {"m", "mme", "mlle", "mr", "mrs", "dr", "me", "pr", "monsieur", "madame", "maître", "mgr"}
# Roles that speak for someone else: "le porte-parole de la famille" is not the family's member
# the paragraph is about.
GO_BETWEENS = {"porte-parole", "avocat", "avocate", "représentant", "représentante", "conseiller", "conseillère"}
# A role noun after these introduces someone new ("un témoin"), not someone named before.
INDEFINITE = {"un", "une", "des", "plusieurs", "certains", "certaines", "quelques", "deux", "trois"}
_PARAGRAPH_SENTENCES = "veille_quotes_paragraph_sentences"
WORD = re.compile(r"[\w-]+")
STOP_WORDS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "à", "au", "aux"}
# Roles any office holder may be called, whatever their title.
GENERIC_ROLES = {"chef", "dirigeant", "dirigeante", "responsable", "leader", "homme", "femme", "premier", "patron", "patronne", "représentant", "représentante"}
# Offices one person holds at a time: a bare "le préfet" is not someone the article calls "ministre"
# (sports and trade nouns are not here: "le nageur" may well be "X, champion olympique").
OFFICES = {"préfet", "préfète", "maire", "ministre", "procureur", "procureure", "ambassadeur", "ambassadrice",
           "gouverneur", "député", "députée", "sénateur", "sénatrice", "juge", "pape", "roi", "reine", "chancelier",
           "chancelière", "président", "présidente"}
# A name in apposition to a possessed noun: "son complice de toujours, X", "sa femme X".
POSSESSED = re.compile(r"\b(?:son|sa|ses|leur|leurs)\s+(?:(?!avec\b|et\b|à\b|par\b|pour\b|contre\b|chez\b|sur\b)[\w'’-]+\s+){0,2}"
                       r"(?!avec\b|et\b|à\b|par\b|pour\b|contre\b|chez\b|sur\b)[\w'’-]+\s*,?\s*$", re.IGNORECASE)


def _entities(doc: Doc, ctx: Context) -> list[dict]:
    """Entity mentions: the entities extractor's output when it ran, else the parse's own."""
    found = ctx.results.get("entities")
    if found is None:
        found = [{"start": e.start_char, "end": e.end_char, "text": e.text, "label": e.label_} for e in doc.ents]
    return sorted(found, key=lambda e: e["start"])


def _actor(ctx: Context, start: int, end: int) -> dict | None:
    """The actor of a speaker span: the actors extractor's mention that overlaps it most."""
    best, best_overlap = None, 0
    for mention in ctx.results.get("actor_mentions") or []:
        overlap = min(end, mention["end"]) - max(start, mention["start"])
        if overlap > best_overlap:
            best, best_overlap = mention.get("actor"), overlap
    if best is None:
        for entity in ctx.results.get("entities") or []:
            if entity["start"] < end and start < entity["end"] and entity.get("actor"):
                return entity["actor"]
    return best


def noun_phrase(token: Token) -> tuple[int, int]:
    """Token range [i, j) of the noun phrase headed by `token`, without relative clauses."""
    doc = token.doc
    left = token.i
    for child in token.lefts:
        # "selon le ministre", "par le gouvernement": the preposition is not the speaker's
        if child.dep_ in NP_DEPS and child.dep_ not in {"punct", "case"}:
            left = min(left, child.left_edge.i)
    right = token.i + 1
    for child in token.rights:
        if child.dep_ == "punct":
            continue
        subtree = list(child.subtree)
        # a dependant holding a verb or a quotation mark is a clause the parse hung here
        if child.dep_ not in RIGHT_DEPS or any(t.pos_ in {"VERB", "AUX"} or t.text in QUOTE_MARKS for t in subtree):
            break
        # "de la fédération" belongs to the speaker, "à une question de la RTBF" does not
        if child.dep_ == "nmod" and any(c.dep_ == "case" and c.lemma_ not in {"de", "du", "des", "d'", "d’"} for c in child.children):
            break
        right = max(right, child.right_edge.i + 1)
    right = min(right, token.i + MAX_NP_TOKENS)
    doc = token.doc
    # never across a sentence or a line: a bad parse can hang a name from the next paragraph
    sentence = token.sent
    left, right = max(left, sentence.start), min(right, sentence.end)
    for k in range(token.i, right):
        if "\n" in doc[k].text_with_ws:
            right = k if doc[k].is_space else k + 1
            break
    for k in range(token.i - 1, left - 1, -1):
        if "\n" in doc[k].text_with_ws:
            left = k + 1
            break
    right = max(right, token.i + 1)
    while right - 1 > token.i and doc[right - 1].is_punct:
        right -= 1
    # keep a parenthesis whole: "l'institut américain de géophysique (USGS)"
    opened = sum(t.text == "(" for t in doc[left:right]) - sum(t.text == ")" for t in doc[left:right])
    if opened > 0 and right < len(doc) and doc[right].text == ")":
        right += 1
    while left < token.i and doc[left].is_punct:
        left += 1
    return left, right


def paragraph_sentences(doc: Doc) -> list:
    """The parse's sentences, cut at paragraph breaks: spaCy may run a sentence on across one
    ("… le 7 décembre 2016.\n\nMiguet, quant à lui, s'insurge"), and a subject on the far side
    of the break is not the subject of the sentence. Bounds indexed once per document."""
    bounds = doc.user_data.get(_PARAGRAPH_SENTENCES)
    if bounds is None:
        bounds = []
        for sentence in doc_sentences(doc):
            start = sentence.start
            for token in sentence:
                if token.is_space and "\n" in token.text:
                    if token.i > start:
                        bounds.append((start, token.i))
                    start = token.i + 1
            if sentence.end > start:
                bounds.append((start, sentence.end))
        doc.user_data[_PARAGRAPH_SENTENCES] = bounds
    return [doc[start:end] for start, end in bounds]


def inside_quote(doc: Doc, pos: int) -> bool:
    """Whether a character offset lies inside a quoted passage (the marks scanned once per doc)."""
    if "quoted_spans" not in doc.user_data:
        doc.user_data["quoted_spans"] = [(q.inner_start, q.inner_end) for q in scan(doc_text(doc))]
    return any(start <= pos < end for start, end in doc.user_data["quoted_spans"])


def _mention(doc: Doc, i: int, j: int) -> dict:
    start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
    return {"start": start, "end": end, "text": doc_text(doc)[start:end]}


def _entity_inside(entities: list[dict], start: int, end: int, labels: tuple[str, ...]) -> dict | None:
    for entity in entities:
        if entity["start"] >= start and entity["end"] <= end and entity.get("label") in labels:
            return entity
    return None


def _is_name(entity: dict) -> bool:
    """A PER entity that names someone, not a title the tagger took for one ("Premier ministre")."""
    first = entity["text"].split()[0].lower() if entity["text"].split() else ""
    # the tagger may call a rare name MISC ("Joechen Zaumseil"); the actors extractor knows better
    person = entity.get("label") == "PER" or (entity.get("actor") or {}).get("kind") == "person"
    return person and first not in PERSON_ROLES


def _first_word(entity: dict) -> str:
    words = entity["text"].split()
    return words[0].lower() if words else ""


def _head_name(doc: Doc, people: list[dict], token: Token, phrase: dict) -> dict | None:
    """A name inside a noun phrase that names its head: "le président russe Vladimir Poutine",
    "le ministre de la Défense Jean-Yves Le Drian"; not the complement's name in "la mère de
    Pascal Troadec", "l'avocat de Donald Trump", where a preposition introduces the name itself.
    A "name" after a determiner is a title the tagger took for one ("le Taoiseach irlandais Leo
    Varadkar"): a name without one comes first."""
    text, title = doc_text(doc), None
    for entity in people:
        if not phrase["start"] <= entity["start"] < phrase["end"]:
            continue
        before = text[max(phrase["start"], entity["start"] - 4):entity["start"]].lower()
        if re.search(r"(?:\bde|\bdu|\bdes|\bd['’])\s*$", before):
            continue
        if re.search(r"(?:\ble|\bla|\bles|\bl['’])\s*$", before):
            title = title or entity
            continue
        return entity
    return title


def _entity_at(entities: list[dict], start: int) -> dict | None:
    return next((e for e in entities if e["start"] <= start < e["end"]), None)


def _named_beside(doc: Doc, people: list[dict], role: str) -> dict | None:
    """The last person named right beside a role noun ("le candidat LR, François Fillon")."""
    text = doc_text(doc).lower()
    pattern = re.compile(rf"\b{re.escape(role)}\b")
    for entity in reversed(people):
        before = text[max(0, entity["start"] - 60): entity["start"]]
        hits = list(pattern.finditer(before))
        if hits and not re.search(r"[.!?«»;:]", before[hits[-1].end():]):
            return entity  # "le candidat LR à la présidentielle, François Fillon"
        after = text[entity["end"]: entity["end"] + 50]
        if re.match(rf"\s*,\s*[^,.;:!?«»]{{0,30}}?\b{re.escape(role)}\b", after):
            return entity  # "François Fillon, candidat LR"
    return None


def _earlier_person(doc: Doc, entities: list[dict], before: int, role: str | None, gender: str | None = None, pronoun: bool = False) -> dict | None:
    """The person a pronoun or role noun stands for.

    A role noun first looks for a person named right beside the same noun ("le candidat LR,
    François Fillon" … "le candidat"). Then the subjects of the sentences before are tried,
    nearest first: the person a paragraph is about is its subject more often than the last
    name it mentions ("la judokate X a battu Y … a déclaré la championne" is X). A pronoun's
    `gender` ("Masc", "Fem") rules out subjects whose morphology says otherwise. A sentence with
    no subject that can speak gives its last named person instead (and, for a `pronoun` in its
    own sentence, its last organisation).
    """
    people = [e for e in entities if (_is_name(e) or _titled(doc, e)) and e["end"] <= before and not inside_quote(doc, e["start"])]
    groups = [e for e in entities if e.get("label") == "ORG" and e["end"] <= before and not inside_quote(doc, e["start"])]
    if role:
        return _named_beside(doc, people, role)
    # sentences wholly inside a quote say nothing of who speaks: a long quote must not push the
    # sentence that introduced it out of the window
    sentences = [s for s in paragraph_sentences(doc) if s.start_char < before and not _quoted_sentence(doc, s)][-4:]
    for n, sentence in enumerate(reversed(sentences)):
        speaking_subject = False
        for token in sentence:
            # "Il renchérit que …": the parse may call the subject "il" of a reporting verb
            # impersonal ("Il a suffi de confirmer" is)
            personal_il = token.dep_ == "expl:subj" and token.lower_ in {"il", "elle"} and token.head.lemma_ not in IMPERSONAL_VERBS \
                and reporting_lemma(token.head) is not None
            if token.idx >= before or token.dep_ not in {"nsubj", "nsubj:pass"} and not personal_il or inside_quote(doc, token.idx):
                continue  # "« La présidente Park est … », poursuit-il": the quote's own subject is not "il"
            if gender and gender not in token.morph.get("Gender") and token.morph.get("Gender") and token.pos_ != "PROPN":
                continue  # "elle" is not "le ministre" (the gender the tagger gives a name is a guess: "Theresa" Masc)
            speaking_subject = speaking_subject or could_speak(token) and token.lower_ not in {"qui", "que", "ce", "c'", "c’", "cela"}
            if token.lower_ in {"il", "elle"} and token.pos_ == "PRON":
                if token.head.lemma_ in IMPERSONAL_VERBS:
                    continue  # "Il s'agit de la première femme …" stands for no one
                # "il a annoncé … . Il a assuré …": the earlier pronoun stands for the same person
                return _earlier_person(doc, entities, token.idx, None, gender)
            entity = _entity_at(people, token.idx)
            if entity is None and token.pos_ == "NOUN":
                # "L'entraîneur parisien, Staffan Olsson, juge que …": the subject's own name
                i, j = noun_phrase(token)
                phrase = _mention(doc, i, j)
                entity = _head_name(doc, people, token, phrase) or _name_in_apposition(doc, people, phrase)
            if entity is None and token.lemma_.lower() in PERSON_ROLES and token.pos_ == "NOUN":
                entity = _earlier_person(doc, entities, token.idx, token.lemma_.lower())
            if entity is None and token.dep_ == "nsubj":
                subtree = {"start": max(sentence.start_char, token.left_edge.idx), "end": min(sentence.end_char, token.right_edge.idx + len(token.right_edge))}
                entity = _head_name(doc, people, token, subtree)
            if entity is None and pronoun and token.pos_ == "PROPN" and token.ent_type_ not in {"LOC", "ORG"}:
                # "…, explique Joechen Zaumseil": a name the tagger did not call a person is still one
                last = max([token.i] + [c.i for c in token.children if c.dep_ == "flat:name"])
                entity = _mention(doc, token.i, last + 1)
            if entity is None and pronoun and token.pos_ == "NOUN" and could_speak(token) and "Plur" not in token.morph.get("Number") \
                    and token.lemma_.lower() not in PERSON_ROLES:  # "l'homme de 70 ans" is someone named before
                # "la direction justifie … Elle pointe du doigt …", "la nièce du monarque s'opposait …
                # elle déclarait": a group or an unnamed person is what the pronoun stands for
                entity = _mention(doc, *noun_phrase(token))
                if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.children):
                    # "la vidéo de Khaled Freak … jusqu'à ce qu'un site de rap la relaye. « … », dit-il":
                    # something just brought in gives way to the person the sentence names
                    named = [e for e in people if sentence.start_char <= e["start"] < token.idx]
                    entity = named[-1] if named else entity
            if entity is not None:
                return entity
        # "elle est saluée par Donald Trump : « … », a-t-il écrit", "Ces propos ont indigné
        # Jean-Michel Bérégovoy. Selon lui, …": no subject fits, but the sentence names someone
        # outside the quotes; in the pronoun's own sentence, an organisation will do ("accueillie
        # par l'ACLU : « … », a-t-elle déclaré")
        if speaking_subject:
            continue
        # "avec son complice de toujours, Jean-Michel Larqué": someone named as his or her
        # relation is not the one the pronoun stands for
        named = [e for e in people if sentence.start_char <= e["start"] < sentence.end_char
                 and not POSSESSED.search(doc_text(doc)[max(sentence.start_char, e["start"] - 50):e["start"]])]
        if n == 0:
            # in the pronoun's own sentence, only an agent: "Revenant sur cet échange dans
            # Libération, elle a dénoncé" is not Libération
            opening = leading_participle(doc, sentence.start_char)
            named = [e for e in (people + groups if pronoun else people) if sentence.start_char <= e["start"] < sentence.end_char
                     and AGENT_BEFORE.search(doc_text(doc)[max(sentence.start_char, e["start"] - 20):e["start"]])
                     and not opening[0] <= e["start"] < opening[1]]
        if named:
            return max(named, key=lambda e: e["start"])
    return people[-1] if people else None


def leading_participle(doc: Doc, pos: int) -> tuple[int, int]:
    """The participial phrase opening the sentence that holds `pos`, up to its comma ("Interrogé
    sur les nombreux buts encaissés par Thierry Omeyer, il explique"): its implicit subject is
    the sentence's, so the names inside it are not who the sentence is about. (0, 0) when none."""
    sentence = next((s for s in paragraph_sentences(doc) if s.start_char <= pos < s.end_char), None)
    words = [t for t in sentence or [] if not t.is_punct and not t.is_space]
    if not words or words[0].pos_ != "VERB" or "Part" not in words[0].morph.get("VerbForm") or "Past" not in words[0].morph.get("Tense"):
        return 0, 0
    comma = next((t for t in sentence if t.i > words[0].i and t.text == ","), None)
    return (sentence.start_char, comma.idx) if comma is not None else (0, 0)


def _titled(doc: Doc, entity: dict) -> bool:
    """A name the tagger did not call a person, right after a role noun in apposition ("L'entraineur
    parisien, Staffan Olsson"), is a person's."""
    words = entity["text"].split()
    if entity.get("label") == "PER" or not 2 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    before = re.split(r"[.;:!?«»()\n]", doc_text(doc)[max(0, entity["start"] - 40):entity["start"]].lower())[-1]
    if not re.search(r"[\w-]\s*,?\s*$", before):
        return False
    last = WORD.findall(before)[-3:]
    # the role, then adjectives only: "l'entraineur parisien, X"; not "le président du club, X"
    return any(w in PERSON_ROLES and not any(v in STOP_WORDS for v in last[k + 1:]) for k, w in enumerate(last))


def _quoted_sentence(doc: Doc, sentence) -> bool:
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    return bool(words) and all(inside_quote(doc, t.idx) for t in words)


def _earlier_group(doc: Doc, pronoun: Token) -> dict | None:
    """What "ils"/"elles"/"eux" stand for: the plural subject of a sentence just before
    ("Selon les pompiers, … Ils affirment …")."""
    sentences = [s for s in paragraph_sentences(doc) if s.start_char <= pronoun.idx][-3:]
    for sentence in reversed(sentences):
        for token in reversed(list(sentence)):
            if token.i >= pronoun.i or inside_quote(doc, token.idx):
                continue  # "Elle s’adresse, « au nom de tous les parents » de Sevran, …": quoted words are no antecedent
            plural = "Plur" in token.morph.get("Number")
            if plural and token.pos_ in {"NOUN", "PROPN"} and could_speak(token) and token.dep_ in {"nsubj", "obl:mod", "obl", "nmod"}:
                i, j = noun_phrase(token)
                return _mention(doc, i, j)
    return None


def _name_in_apposition(doc: Doc, entities: list[dict], span: dict, role: bool = False) -> dict | None:
    """"Le porte-parole de la Maison-Blanche, Sean Spicer", "la ministre de la défense Florence
    Parly": the name right after the phrase. After a person's `role`, a name the tagger took for a
    place, set between commas, will do ("L’ancien porte-parole de la mission onusienne en Syrie,
    Timor Goksel, aujourd’hui professeur …")."""
    text = doc_text(doc)
    # "Selon le texte, A. Coulibaly doit …": after a source phrase, a name the comma does not
    # close is the subject of the reported clause, not an apposition
    source = re.search(r"(?:\bselon|\bd['’]après)\s+$", text[max(0, span["start"] - 10):span["start"]].lower())
    for entity in entities:
        if (_is_name(entity) or role and _name_like(doc, entity, span)) and entity["start"] >= span["end"]:
            if source and not re.match(r"\s*(?:[,;.:»”)]|$)", text[entity["end"]:entity["end"] + 2]):
                break
            if re.fullmatch(r"\s*,?\s*", text[span["end"]:entity["start"]]) or _adjectives_only(doc, span["end"], entity["start"]):
                return entity
            break
    return None


def _name_like(doc: Doc, entity: dict, span: dict) -> bool:
    """Two or three capitalised words right after the phrase and its comma, and a comma after them."""
    return re.fullmatch(r"\s*,\s*", doc_text(doc)[span["end"]:entity["start"]]) is not None and _between_commas(doc, entity)


def _between_commas(doc: Doc, entity: dict) -> bool:
    """A place or miscellaneous "name" of two or three capitalised words set between commas, as a
    person's name is in apposition to their role."""
    words = entity["text"].split()
    text = doc_text(doc)
    return entity.get("label") in {"LOC", "MISC"} and 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words) \
        and re.search(r",\s*$", text[max(0, entity["start"] - 3):entity["start"]]) is not None and text[entity["end"]:entity["end"] + 1] == ","


def _group_in_apposition(doc: Doc, entities: list[dict], token: Token, local: dict) -> dict | None:
    """"Selon la fédération des banques, Febelfin, « … »": an organisation's name set between
    commas after a common noun for a group is who speaks (a person's role takes a person's name,
    which _name_in_apposition finds)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() in PERSON_ROLES:
        return None
    text = doc_text(doc)
    entity = next((e for e in entities if e["start"] >= local["end"]), None)
    # (the parse may leave the noun's complement out of the phrase: "la fédération | des banques, Febelfin")
    gap = r"(?:\s+(?:de|du|des|d['’])\s*[\w'’ -]{0,40}?)?\s*,\s*"
    if entity is None or entity.get("label") not in {"ORG", "MISC"} or not re.fullmatch(gap, text[local["end"]:entity["start"]]):
        return None
    return entity if re.match(r"\s*(?:[,:;.»]|$)", text[entity["end"]:entity["end"] + 2]) else None


def _name_closing_subject(doc: Doc, entities: list[dict], token: Token) -> dict | None:
    """"L'ancien candidat à la primaire de la droite et du centre Alain Juppé a annoncé", "Le
    président élu Donald Trump a annoncé": a role noun's name at the end of its long phrase, right
    before the verb, where the parse hung it on the complement or a participle. Not the
    complement's own name ("l'avocat de Donald Trump a déclaré"), nor one past a comma or a verb."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in PERSON_ROLES or token.dep_ not in {"nsubj", "nsubj:pass"}:
        return None
    text, end = doc_text(doc), token.idx + len(token)
    for entity in entities:
        if entity["start"] < end or not _is_name(entity):
            continue
        if entity["start"] - end > 80 or re.search(r"[,.;:!?«»()\n]", text[end:entity["start"]]) \
                or re.search(r"(?:\bde|\bdu|\bdes|\bd['’])\s*$", text[end:entity["start"]].lower()):
            return None
        gap = doc.char_span(end, entity["start"], alignment_mode="contract")
        if gap is None or any(t.pos_ == "AUX" or t.pos_ == "VERB" and "Part" not in t.morph.get("VerbForm") for t in gap):
            return None  # "le président a reçu Donald Trump": a verb in between, the name is its object
        following = next((t for t in doc[gap.end:] if t.idx >= entity["end"] and not t.is_space), None)
        return entity if following is not None and following.pos_ in {"AUX", "VERB"} and following.head.i == token.head.i \
            or following is not None and following.i == token.head.i else None
    return None


def _adjectives_only(doc: Doc, start: int, end: int) -> bool:
    """"le cosmonaute russe Oleg Artemiev": what the parse left out of the phrase is adjectives."""
    gap = doc.char_span(start, end, alignment_mode="contract") if end - start <= 30 else None
    return gap is not None and len(gap) > 0 and all(t.pos_ == "ADJ" and t.text[:1].islower() for t in gap)


def resolve(doc: Doc, ctx: Context, token: Token) -> dict:
    """The speaker record for a subject token: mention span, actor, and the local mention."""
    entities = _entities(doc, ctx)
    word = token.lower_
    partitive = any(c.dep_ == "nmod" for c in token.children)  # "l'un des témoins"
    if (token.pos_ == "PRON" and not partitive) or word in PRONOUNS:
        local = _mention(doc, token.i, token.i + 1)
        if word.lstrip("-") in {"il", "elle", "lui", "celui", "celle"}:
            gender = "Fem" if word.lstrip("-") in {"elle", "celle"} else "Masc" if word.lstrip("-") in {"il", "celui"} else None
            named = _earlier_person(doc, entities, token.idx, None, gender, pronoun=True)
        else:
            named = _earlier_group(doc, token)
        return _record(ctx, named or local, local if named else None, doc)
    i, j = noun_phrase(token)
    local = _mention(doc, i, j)
    # a name overlapping the phrase: the parse may cut "le président russe Vladimir | Poutine"
    person_role = token.pos_ == "NOUN" and token.lemma_.lower() in PERSON_ROLES
    inside = _head_name(doc, [e for e in entities if _is_name(e) or person_role and _between_commas(doc, e)
                              and e["start"] > token.idx], token, local)
    if inside is None:
        # "le groupe Airbus", "la compagnie EgyptAir": the name right after a generic noun
        after = token.idx + len(token)
        # (the parse may leave the name out of the phrase: "le quotidien | El Punt Avui", "El" an ADP)
        # … or after its adjectives: "le quotidien britannique The Independent"
        starts = {after + 1} | ({local["end"] + 1} if _adjectives_only(doc, after + 1, local["end"]) else set())
        inside = next((e for e in entities if e.get("label") in {"ORG", "MISC"} and e["start"] in starts
                       and (e["end"] <= local["end"] or "\n" not in doc_text(doc)[after:e["end"]] and token.pos_ == "NOUN")), None)
    if inside is None and token.ent_type_ in {"ORG", "LOC", "MISC"}:
        inside = _entity_inside(entities, local["start"], local["end"], (token.ent_type_,))
        if inside is not None and _first_word(inside) in PERSON_ROLES:
            inside = None  # "le Premier ministre" tagged as a name: a role, resolved below
    if inside is None and token.pos_ == "PROPN":
        # "selon le New York Times": the parse may hang the name's last words elsewhere; the
        # entity holding the head token is the whole name
        inside = next((e for e in entities if e["start"] <= token.idx < e["end"] and e["end"] > local["end"]), None)
    if inside:
        # (a name the tagger took for a place keeps the role it came by, which says it is a person's)
        return _record(ctx, inside, None if _is_name(inside) or not person_role else local, doc)
    beside = _name_in_apposition(doc, entities, local, person_role) or _name_closing_subject(doc, entities, token) \
        or _group_in_apposition(doc, entities, token, local)
    if beside:
        return _record(ctx, beside, local, doc)
    indefinite = any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.children)
    plural = "Plur" in token.morph.get("Number")  # "les avocats qui représentent Trump" are no one person
    if token.lemma_.lower() in PERSON_ROLES and token.pos_ == "NOUN" and not indefinite and not plural:
        role = token.lemma_.lower()
        named = _named_beside(doc, [e for e in entities if _is_name(e) and e["end"] <= local["start"]], role)
        if named is None and _earlier_role(doc, token) is not None:
            # "Un porte-parole du collectif … a expliqué … Le porte-parole explique": the same unnamed person
            earlier = _earlier_role(doc, token)
            # … whom the article may have named before that: "le chef du gouvernement français, M.
            # Ayrault … acclamé le nouveau premier ministre … le premier ministre a affirmé"
            before = resolve(doc, ctx, earlier)
            if before.get("mention") and any((_is_name(e) or _between_commas(doc, e)) and e["start"] == before["start"] for e in entities):
                return _record(ctx, {k: before[k] for k in ("start", "end", "text")}, local, doc)
            return _record(ctx, _mention(doc, *noun_phrase(earlier)), local, doc)
        if named is None and role in GO_BETWEENS and _own_complement(token, entities, local):
            # "le porte-parole de la famille": someone who speaks for the person the paragraph is
            # about, not that person
            return _record(ctx, local, None, doc)
        if named is None:
            named = _earlier_person(doc, entities, local["start"], None)
            if named is not None and _other_role(doc, named, role, local):
                # "Louis Dreyfus, président du directoire du journal, estime … le secrétaire
                # général de la CGT du livre affirme": a person the article gives another office
                # is not the one this role stands for
                return _record(ctx, local, None, doc)
        named = named or _later_person(doc, entities, token)
        if named:
            return _record(ctx, named, local, doc)
    return _record(ctx, local, None, doc)


def _other_role(doc: Doc, entity: dict, role: str, local: dict) -> bool:
    """Whether the article describes a person, right beside their name, by a role noun other
    than `role`, of something other than the role phrase's own complement: "Louis Dreyfus,
    président du directoire du journal" is not "le secrétaire général de la CGT du livre"; but
    "Guillaume Pepy, président de la SNCF" is "le PDG de la SNCF"."""
    text = doc_text(doc)
    after = re.match(r"\s*,([^,.;:!?«»\n]*)", text[entity["end"]:entity["end"] + 60])
    after_words = WORD.findall(after.group(1).lower()) if after else []
    before_words = WORD.findall(re.split(r"[.;:!?«»\n]", text[max(0, entity["start"] - 60):entity["start"]])[-1].lower())
    roles = [w for w in after_words[:3] + before_words if w in PERSON_ROLES and w not in GENERIC_ROLES]
    if role in GENERIC_ROLES or not roles or any(w.startswith(role) or role.startswith(w) for w in roles):
        return False  # "le chef de l'État" may be "François Hollande, président de la République"
    words = WORD.findall(local["text"].lower())
    complement = {w for w in words[words.index(role) + 1:] if w not in STOP_WORDS} if role in words else set()
    if not complement and role in OFFICES and any(w in OFFICES for w in roles):
        return True  # "Le Premier ministre Bernard Cazeneuve a acté … le préfet a annoncé": two offices, two people
    return bool(complement) and not complement & set(after_words + before_words)


def _own_complement(token: Token, entities: list[dict], local: dict) -> bool:
    """Whether a role noun has a common-noun complement of its own ("de la famille"); "du
    Kremlin" names an institution, whose spokesperson the article may have named earlier."""
    after = token.idx + len(token)
    named = any(t.pos_ == "PROPN" for t in token.subtree if t.i > token.i) or any(after <= e["start"] < local["end"] for e in entities)
    return not named and any(c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i > token.i and any(d.dep_ == "case" for d in c.children)
                             for c in token.children)


def _earlier_role(doc: Doc, token: Token) -> Token | None:
    """An earlier mention of the same role noun, the last one before `token`."""
    lemma = token.lemma_.lower()
    return next((t for t in reversed(doc[:token.i]) if t.lemma_.lower() == lemma and t.pos_ == "NOUN"), None)


def _later_person(doc: Doc, entities: list[dict], token: Token) -> dict | None:
    """"La gardienne de l'équipe américaine a qualifié … Hope Solo, poursuivant sa déclaration, …":
    a role noun no earlier name fits is named as the subject of the next sentence of its paragraph."""
    sentence = token.sent
    following = doc[sentence.end:] if sentence.end < len(doc) else None
    if following is None or "\n" in doc_text(doc)[sentence.end_char:following[0].idx + 1]:
        return None
    nxt = following[0].sent
    for entity in entities:
        if _is_name(entity) and nxt.start_char <= entity["start"] < nxt.end_char:
            head = doc.char_span(entity["start"], entity["end"], alignment_mode="expand")
            if head is not None and any(t.dep_ in {"nsubj", "nsubj:pass"} or t.head.dep_ == "nsubj" for t in head):
                return entity
    return None


def _full_name(ctx: Context, span: dict) -> dict:
    """"M. Di Giacomo", "Mme Sturgeon", "Seitel": the fullest form the article gives of the same
    name ("Flavio Di Giacomo"), when one longer name ends with it."""
    words = span["text"].split()
    while words and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    if not words or len(words) > 2:
        return span
    if len(words) == 2 and re.fullmatch(r"[A-ZÉÈ]\.", words[0]):
        # "V. Sapounov", "B. Obama": the name in full the article gives, its first name of that initial
        initial, surname = words[0][0], words[1]
        fuller = {e["text"]: e for e in sorted(ctx.results.get("entities") or [], key=lambda e: e["start"])
                  if e.get("label") == "PER" and e["text"].endswith(" " + surname) and len(e["text"].split()) >= 2
                  and e["text"][0] == initial and e["text"].split()[0] != words[0]}
        return next(iter(fuller.values())) if len(fuller) == 1 else span
    tail = " ".join(words)
    longer = {e["text"]: e for e in sorted(ctx.results.get("entities") or [], key=lambda e: e["start"])
              if e.get("label") == "PER" and e["text"].endswith(" " + tail) and len(e["text"]) > len(tail) + 1
              and e["text"].split()[0].lower().rstrip(".") not in TITLES}
    if len(longer) != 1:
        return span  # "Castro" after "Fidel Castro" and "Raúl Castro" stays as it is
    return next(iter(longer.values()))


def _named_actor(doc: Doc, ctx: Context, span: dict) -> dict:
    """"Le président russe a déclaré …": when the actors extractor knows the person a role phrase
    stands for, and the article names that person, the name is the speaker span. Not for a
    person in the phrase's complement ("un proche de Macron")."""
    heads = [m for m in ctx.results.get("actor_mentions") or [] if span["start"] <= m["start"] < span["end"]
             and (m.get("actor") or {}).get("kind") == "person"
             and not re.search(r"(?:\bde|\bdu|\bdes|\bd['’])\s*$", doc_text(doc)[span["start"]:m["start"]].lower())]
    actor = heads[0]["actor"] if heads else None
    if not actor or not actor.get("id"):
        return span
    entities = ctx.results.get("entities") or []
    if any(e.get("label") == "PER" and e["start"] <= span["start"] < e["end"] for e in entities):
        return span  # already a name
    names = [e for e in entities if _is_name(e) and e.get("label") == "PER" and (e.get("actor") or {}).get("id") == actor["id"]]
    before = [e for e in names if e["end"] <= span["start"]]
    return (before[-1] if before else names[0]) if names else span


def _record(ctx: Context, span: dict, local: dict | None, doc: Doc) -> dict:
    named = _named_actor(doc, ctx, span)
    if named is not span:
        local, span = local or span, named
    full = _full_name(ctx, span)
    if full is not span:
        local, span = local or span, full
    record = {"start": span["start"], "end": span["end"], "text": span["text"], "actor": _actor(ctx, span["start"], span["end"])}
    if local and (local["start"], local["end"]) != (span["start"], span["end"]):
        record["mention"] = {"start": local["start"], "end": local["end"], "text": local["text"]}
    return record
