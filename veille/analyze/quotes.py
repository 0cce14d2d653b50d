"""Quotes: who said what, relayed by whom, with the span of every part.

    quotation marks (quotes_marks) ─┐
                                     ├─▶ direct / mixed quotes ─┐
    reporting frames (quotes_frames) ┤                          ├─▶ speaker, verb, via, date
                                     └─▶ indirect quotes ───────┘

A quoted passage is a direct quote when the reported content is all inside the marks, a mixed
quote when the marks hold only part of it ("Les causes « restent à déterminer », selon la CFL":
the span is then the whole reported content), and nothing at all when it is a single word, a
name or a title. Reported content that a frame finds outside any marks is an indirect quote.
See docs/output.md, section "Quotes", for the record.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from veille.analyze.context import Context
from veille.analyze.quotes_frames import NON_SPEAKERS, TIME_WORDS, Frame, clause_end, clause_start, source_frames, trim, verb_frames
from veille.analyze.quotes_lexicon import KINSHIP, NAMING_WORDS, PERSON_ROLES, could_speak, reporting_lemma
from veille.analyze.quotes_marks import Quoted, dialogue, scan
from veille.analyze.quotes_speakers import inside_quote, leading_participle, noun_phrase, paragraph_sentences, resolve
from veille.doc_cache import doc_text, first_token_at
from veille.analyze.sentences import sentences

WORD = re.compile(r"\w+")
SENTENCE_END = re.compile(  # not after an initial ("M. Dupont"), as for clause boundaries
    r"(?<![\s(][A-Z])[.!?]+[»”\"]?\s+|\n+")
# What may separate a closing mark from the attribution after it ("», a déclaré X",
# "» a-t-il lancé", "», comme l'a lancé X").
RIGHT_GAP = re.compile(r"^[ \t,]*(?:comme\s+(?:l['’]\s*)?)?$")  # the clitic may open the verb group
# What may separate an attribution from the opening mark after it ("X a déclaré : «",
# "X a précisé devant la presse que «", "Selon X, «").
LEFT_GAP = re.compile(r"^(?:[^.!?«»\n]{0,80}?(?::|;|\bque|\bqu['’]|,))?\s*$")
COLON_GAP = re.compile(r"[^.!?«»\n]{0,40}:\s*")  # "il déclara alors : «"
# "a confirmé à Reuters ce jeudi « … »", "évoquant des « … »": a few words, no punctuation,
# between a verb that has no other content and the quote that is its object.
OBJECT_GAP = re.compile(r"^\s*(?:[\w'’-]+\s+){0,5}$")
INDEFINITE_START = re.compile(r"(?i)(?:un|une|des|plusieurs)\s")
READ_IN = re.compile(r"[\s,]*(?:peut|pouvait|pourra)[\s-]*on\s+(?:le\s+)?lire\s+(?:dans|sur)\s+|[\s,]*lit[\s-]*on\s+(?:dans|sur)\s+")
SELON_PRONOUN = re.compile(r"\s*,?\s*(?:selon|d['’]après)\s+(?:lui|elle|eux|elles)\s*,?\s*")
POUR_TIMES = {"période", "instant", "fois", "saison", "étape", "phase", "partie", "mi-temps", "suite", "édition", "exercice"}
APPOSED_ROLE = re.compile(r"\s*,\s*(?:un|une|le|la|l['’])\s*(?P<words>(?:[\w-]+\s+){0,2}[\w-]+)")  # ", un autre manifestant"
POUR_NOT_SOURCE = re.compile(r"(?i)(?:sa|ma|ta|leur|notre|votre)\s+part\b|autant\b|ce\s+faire\b|rappel\b|mémoire\b")
QUOTE_RUN = re.compile(r"[ \t]*[»”\"][ \t]*[.!?]?[ \t]*[«“\"][ \t]*")  # "». «" in one paragraph
DESCRIBING = {"décrire", "dépeindre", "présenter", "traiter", "surnommer"}
PASSIVE_AGENT = re.compile(r"[ \t]*,?[ \t]*par[ \t]+")  # "» par une voisine"
DASH_SIGNATURE = re.compile(r"^[\s).»”\"]*[—–-]\s*(?=[A-ZÉÈ])")  # "… »).\n\n— Raúl Castro"
# (a period after a lone capital is an initial: "Pour B. Obama, …")
POUR_SOURCE = re.compile(r"(?:^|[\s,.])(?:[Pp]our|[Aa]ux yeux d[e'’])\s+((?:[^.;:«»]|(?<=\b[A-Z])\.){2,120}?)\s*[,:]?\s*$")
VIA = [
    re.compile(r"\b(?:cité|citée|cités|citées|rapporté|rapportée|rapportés|relayé|relayée|repris|reprise|interrogé|interrogée)e?s?\s+par\s+(?P<via>[^,.;:!?«»\n]{2,60})"),
    re.compile(r"\b(?:diffusé|diffusée|publié|publiée)\s+par\s+(?P<via>[^,.;:!?«»\n]{2,60})"),
    re.compile(r"\b(?i:selon|d['’]après)\s+(?P<via>l['’]agence\s+[^,.;:!?«»\n]{2,40}|l['’]AFP|Reuters|l['’]AP\b|l['’]ATS|Belga|TASS|Interfax|RIA Novosti|Xinhua)"),
    re.compile(r"\b(?:ont|a|avaient|avait)\s+(?:annoncé|rapporté|indiqué|affirmé)\s+(?P<via>les\s+agences[^,.;:!?«»\n]{0,40}|l['’]agence\s+[^,.;:!?«»\n]{2,40})"),
    re.compile(r"\bà\s+(?P<via>l['’]AFP|Reuters|l['’]agence\s+[^,.;:!?«»\n]{2,40}|la\s+BBC|CNN|l['’]AP\b)"),
]
MIN_DIRECT_WORDS = 3  # two quoted words alone are a term; inside reported speech, a mixed quote
MIN_INDIRECT_WORDS = 2  # "il est" is a clause the parse cut short; "son décès" is content
MIN_WORDS = 2  # one quoted word is a term or a scare quote ("stable"), never a quote
STANDALONE_WORDS = 5  # an unattributed passage must be this long to count as speech
EMBEDDED_WORDS = 8  # … and longer still in mid-sentence, where short ones are mostly terms
PERSONAL_PRONOUNS = {"il", "elle", "ils", "elles", "lui", "eux"}
CONTINUATION_CHARS = 400
PREVIOUS_SENTENCE_CHARS = 5  # the sentence right before, across a paragraph break at most  # an unattributed quote this close after another shares its speaker


def _words(text: str) -> int:
    return len(WORD.findall(text))


def _is_name_or_title(text: str, q: Quoted, inner: str) -> bool:
    """"Situation Room", « Gilets jaunes », l'opération « Sentinelle », intitulé « … »."""
    before = WORD.findall(text[max(0, q.start - 40): q.start].lower())
    if before and before[-1] in NAMING_WORDS:
        return True
    words = inner.split()
    capitalised = [w for w in words if w[:1].isupper() or not w[:1].isalpha()]
    return len(words) <= 6 and len(capitalised) == len(words) and not inner.rstrip().endswith((".", "!", "?"))


def _attribution_start(frame: Frame, after: int) -> int:
    """Where an attribution after a quote begins: its verb group, or its subject when that comes
    first ("», May a dit aux députés")."""
    speaker = frame.speaker
    if speaker is not None and after <= speaker.idx < frame.group[0] and not frame.inverted:
        return speaker.doc[noun_phrase(speaker)[0]].idx
    return frame.group[0]


def _frame_for_quote(text: str, q: Quoted, frames: list[Frame]) -> tuple[Frame | None, str]:
    """The frame attributing a quoted passage, and where it sits: incise, right, left."""
    for frame in frames:  # « A, dit-il, B »
        if q.inner_start < frame.group[0] and frame.group[1] < q.inner_end and frame.verb is not None:
            before = text[:frame.group[0]].rstrip()
            after = text[frame.group[1]:q.inner_end].split(",", 1)
            # the incise may carry a time or a place before its closing comma ("dit-il lundi,")
            # ... or it ends the passage: "— Nous n'avons rien à cacher, a-t-il lancé aux journalistes."
            if before.endswith(",") and _words(after[0]) <= 3 and frame.inverted:
                return frame, "incise"
    # "« … ! » Le porte-parole se félicite que …": a verb with content of its own reports that;
    # "« … » évoquant des « … »": a verb whose speaker stands before the quote reports the next one
    right = [f for f in frames if f.group[0] >= q.end and RIGHT_GAP.match(text[q.end:_attribution_start(f, q.end)])
             and (f.verb is None or f.inverted or f.content is None or f.content[0] < f.group[0])
             and (f.verb is None or f.inverted or f.speaker is not None and q.end <= f.speaker.idx)]
    left = [f for f in frames if f.group[1] <= q.start and not f.inverted and (
        LEFT_GAP.match(text[f.group[1]:q.start]) or f.content is None and OBJECT_GAP.match(text[f.group[1]:q.start]))]
    if right:
        first = min(right, key=lambda f: f.group[0])
        # "il déclara : « … la langue. » Le PP a considéré …": a verb and a colon that open the
        # quote attribute it, not the next sentence's subject and verb
        colon = [f for f in left if COLON_GAP.fullmatch(text[f.group[1]:q.start])]
        if not (colon and not first.inverted and text[:q.inner_end].rstrip()[-1:] in ".!?…"):
            return first, "right"
        return max(colon, key=lambda f: f.group[1]), "left"
    if left:
        frame = max(left, key=lambda f: f.group[1])
        # "X a révélé qu'Y a demandé « … »": the quote goes on the words of X, who reports it
        outer = [f for f in frames if f.clause and f.content and f.content[0] <= frame.group[0] < f.content[1] and q.end <= f.content[1]]
        return (max(outer, key=lambda f: f.group[1]) if outer else frame), "left"
    # "Il pourrait s'agir de « … » depuis le début de la crise, a précisé M. Di Giacomo"
    around = [f for f in frames if f.inverted and f.content and f.content[0] <= q.start and q.end <= f.content[1] <= f.group[0]]
    if around:
        return min(around, key=lambda f: f.group[0]), "right"
    holding = [f for f in frames if f.content and f.content[0] <= q.start < f.content[1] and f.group[1] <= q.start]
    if holding:  # "X annonce qu'elle remboursera ses clients « dans les plus brefs délais »"
        return max(holding, key=lambda f: f.group[1]), "left"
    return None, ""


def _content_for(text: str, q: Quoted, frame: Frame | None, place: str, frames: list[Frame]) -> tuple[int, int]:
    """The reported content a quoted passage belongs to (its own span when that is all)."""
    if place == "right":
        start = clause_start(text, q.start)
        # (an attribution in the next sentence, "C'est ce qu'a annoncé X", ends the content at its own end)
        end = frame.content[1] if frame.content and q.end <= frame.content[1] < frame.group[0] else frame.group[0]
        return trim(text, min(start, q.start), end)
    if place == "left" and frame.content and frame.content[0] <= q.start < frame.content[1]:
        if SELON_PRONOUN.fullmatch(text[frame.content[0]:q.start]):
            return q.start, q.end  # "a expliqué que, selon lui, « … »": the incise is no content
        end = max(frame.content[1], q.end)
        # "X a précisé que « … » en ajoutant : « … »": the parse ran the content on into the next
        # attribution; the quote opened the content, so it closes it too.
        if not text[frame.content[0]:q.start].strip() and any(q.end <= f.group[0] < min(end, q.end + 20) for f in frames):
            end = q.end
        return frame.content[0], end
    if place == "left" and frame.content and frame.content[0] < q.start and re.fullmatch(r"[\s,]*", text[frame.content[1]:q.start]):
        # "a annoncé qu'il serait incinéré aujourd'hui, « conformément à … »": the parse ended the
        # content at the comma; the quote goes on with it
        return frame.content[0], q.end
    if place == "left":
        # "X a déclaré mardi : «…»", "Selon X, «…»": what stands between is no content.
        return q.start, q.end
    return q.start, q.end


def _outside_words(text: str, content: tuple[int, int], q: Quoted) -> int:
    return _words(text[content[0]:q.start]) + _words(text[q.end:content[1]])


def _verb_record(frame: Frame | None) -> dict | None:
    if frame is None or frame.verb is None:
        return None
    verb = frame.verb
    return {"start": verb.idx, "end": verb.idx + len(verb), "text": verb.text, "lemma": frame.lemma}


def _via(doc: Doc, start: int, end: int, exclude: tuple[int, int], media: list[dict] | None = None) -> dict | None:
    """The relay named around an attribution: "cité par l'agence TASS", "selon l'AFP"."""
    text = doc_text(doc)
    lo, hi = clause_start(text, start), clause_end(text, end)
    for pattern in VIA:
        for match in pattern.finditer(text, lo, hi):
            s, e = match.span("via")
            if exclude[0] <= s < exclude[1]:
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            heads = [t for t in span if t.pos_ in {"PROPN", "NOUN"}] if span is not None else []
            if heads:
                i, j = noun_phrase(heads[0].head if heads[0].dep_.startswith("flat") else heads[0])
                i = max(i, span.start)
                s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
            s, e = trim(text, s, e)
            return {"start": s, "end": e, "text": text[s:e]}
    # "a révélé sur Franceinfo", "dans une interview à la radio publique": a news medium the
    # actors extractor knows, named in the attribution outside the quote, relays it.
    for mention in media or []:
        if lo <= mention["start"] < hi and not exclude[0] <= mention["start"] < exclude[1]:
            return {"start": mention["start"], "end": mention["end"], "text": mention["text"]}
    return None


def _date(ctx: Context, frame: Frame | None, exclude: tuple[int, int]) -> dict | None:
    """The time the speech was made ("a assuré lundi"), from the times extractor's output."""
    times = ctx.results.get("times") or []
    if frame is None or frame.verb is None or not times:
        return None
    verb_start, verb_end = frame.group
    best, best_gap = None, 60
    for item in times:
        start, end = item.get("start"), item.get("end")
        if start is None:
            continue
        gap = start - verb_end if start >= verb_end else verb_start - end
        # A time inside the quote is what the speaker talks about, unless it sits right after
        # the verb of an incise (« A, a-t-il déclaré lundi, B »).
        if exclude[0] <= start < exclude[1] and not 0 <= gap <= 2:
            continue
        if 0 <= gap < best_gap:
            best, best_gap = item, gap
    return dict(best) if best else None


def _record(doc: Doc, ctx: Context, span: tuple[int, int], kind: str, frame: Frame | None, speaker: dict | None) -> dict:
    start, end = span
    record = {"start": start, "end": end, "text": doc_text(doc)[start:end], "kind": kind, "speaker": speaker, "verb": _verb_record(frame)}
    attribution = frame.group if frame else (start, end)
    media = [m for m in ctx.results.get("actor_mentions") or [] if (m.get("actor") or {}).get("kind") == "media"]
    if speaker:  # the medium that speaks is the speaker, not a relay ("selon Le Monde")
        media = [m for m in media if not (m["start"] < speaker["end"] and speaker["start"] < m["end"])]
    record["via"] = _via(doc, min(start, attribution[0]), max(end, attribution[1]), span, media)
    record["date"] = _date(ctx, frame, span)
    return record


def _speaker(doc: Doc, ctx: Context, frame: Frame | None, said: list[tuple[int, dict]], frames: list[Frame] = ()) -> dict | None:
    if frame is None or frame.speaker is None:
        return None
    if frame.speaker.lower_.lstrip("-") in PERSONAL_PRONOUNS:
        earlier = _previous_speaker(doc, ctx, frame, said, frames)
        if earlier is not None:
            return earlier
    return resolve(doc, ctx, frame.speaker)


def _previous_speaker(doc: Doc, ctx: Context, frame: Frame, said: list[tuple[int, dict]], frames: list[Frame] = ()) -> dict | None:
    """"X a affirmé que « … ». Il a précédemment expliqué que …", "« … », ont-ils ajouté": in a
    run of quotes, the pronoun of a reporting verb is the last speaker, when no one else is
    named (outside quotes) since that speaker's attribution. The last attribution may be one no
    direct quote was drawn from yet ("Selon X, … . « … » explique-t-il"): the frames count too."""
    pronoun = frame.speaker
    earlier = [(end, 1, r) for end, r in said if end <= frame.group[0] and r["speaker"]]
    earlier += [(_frame_end(f), 0, f) for f in frames if f is not frame and f.speaker is not None and f.content is not None
                and f.speaker.lower_.lstrip("-") not in PERSONAL_PRONOUNS and f.speaker.pos_ != "PRON"
                and _frame_end(f) <= frame.group[0] and not inside_quote(doc, f.group[0]) and could_speak(f.speaker)]
    if not earlier:
        return None
    end, is_record, last = max(earlier, key=lambda item: item[:2])
    speaker = last["speaker"] if is_record else resolve(doc, ctx, last.speaker)
    if frame.group[0] - end >= CONTINUATION_CHARS:
        return None
    word = pronoun.lower_.lstrip("-")
    if word in {"il", "elle", "lui"} and not _names_person(ctx, speaker, doc) and not _noun_agrees(doc, speaker, word):
        # "il" is a person; "Le groupe Airbus a annoncé … Il a ajouté" is left to resolve; but
        # "selon une source proche de l'enquête. … « … », précise-t-elle" is that source
        return None
    gender = _gender(doc, speaker)
    if gender and gender != ("Fem" if word.startswith("elle") else "Masc"):
        return None  # "Donald Trump … « … » a-t-elle déclaré"
    if word in {"ils", "elles", "eux"} and _singular(doc, ctx, speaker):
        return None  # "La première version du texte, appelant à … . Pour eux, « … »": one is not "eux"
    # a name later in the sentence of the last attribution is not its subject, which the pronoun
    # of the next sentence stands for ("X a affirmé qu'il ne serait pas « … » dans le cas où
    # Fillon renoncerait. « … », a-t-il ajouté"): only names in the sentences after it count
    since = max(end, _sentence_end(doc, end - 1))
    opening = leading_participle(doc, pronoun.idx)  # "Interrogé sur les buts encaissés par X, il explique"
    others = [e for e in _entities_between(ctx, since, frame.group[0]) if not inside_quote(doc, e["start"])
              and not (speaker["start"] <= e["start"] < speaker["end"]) and not opening[0] <= e["start"] < opening[1]]
    if any(e.get("label") in {"PER", "ORG"} for e in others):
        return None  # someone else was named since: the pronoun may stand for them
    span = doc.char_span(end, frame.group[0], alignment_mode="contract")
    if any(t.dep_ in {"nsubj", "nsubj:pass"} and t.pos_ == "NOUN" and could_speak(t) and not inside_quote(doc, t.idx)
           and t.head.idx >= end for t in span or []):  # the subject of a new clause, not the last speaker's apposition
        return None  # "… la nièce du monarque s'opposait. … elle déclarait"
    local = {"start": pronoun.idx, "end": pronoun.idx + len(pronoun), "text": pronoun.text}
    return {**{k: v for k, v in speaker.items() if k != "mention"}, "mention": local}


def _singular(doc: Doc, ctx: Context, speaker: dict) -> bool:
    """Whether a speaker is one person or one thing: a person's name, or a singular common noun
    that is no role ("la première version du texte"); "ils" may stand for an organisation's name,
    or for the body a role speaks for ("Un porte-parole du ministère … », ont-ils ajouté")."""
    if " et " in speaker["text"] or re.match(r"\s+et\s+[A-ZÉ]", doc_text(doc)[speaker["end"]:speaker["end"] + 6]):
        return False  # "Thierry et Véronique Roy rapportent … Eux d'ajouter"
    if any(e.get("label") == "PER" and e["start"] <= speaker["start"] < e["end"] for e in ctx.results.get("entities") or []):
        return True
    span = doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
    head = span.root if span is not None else None
    return head is not None and head.pos_ == "NOUN" and "Sing" in head.morph.get("Number") \
        and head.lemma_.lower() not in PERSON_ROLES and not any(
        t.dep_ == "conj" for t in head.children)  # "le maire et son adjoint" are two


def _sentence_end(doc: Doc, pos: int) -> int:
    """End of the sentence holding the character `pos` (`pos` when none does)."""
    return next((s.end_char for s in paragraph_sentences(doc) if s.start_char <= pos < s.end_char), pos)


def _frame_end(frame: Frame) -> int:
    return max(frame.group[1], frame.content[1]) if frame.content else frame.group[1]


def _noun_agrees(doc: Doc, speaker: dict, pronoun: str) -> bool:
    """Whether a speaker that names no person is a common noun of the pronoun's gender ("une
    source" and "elle"); a name's gender is unknown, so an organisation never agrees."""
    span = doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
    head = span.root if span is not None else None
    if head is None or head.pos_ != "NOUN" or head.ent_type_:
        return False
    return ("Fem" if pronoun == "elle" else "Masc") in head.morph.get("Gender")


def _names_person(ctx: Context, speaker: dict, doc: Doc | None = None) -> bool:
    if (speaker.get("actor") or {}).get("kind") == "person":
        return True
    apposition = APPOSED_ROLE.match(doc_text(doc), speaker["end"]) if doc is not None else None
    if apposition is not None and any(w.lower() in PERSON_ROLES for w in apposition.group("words").split()):
        return True  # "ajoute Hassan, un autre manifestant": a name the tagger took for a place
    if any(word in PERSON_ROLES or word in KINSHIP for word in WORD.findall(speaker["text"].lower())):
        return True  # "un officier de police", "la mère de Pascal Troadec"
    mention = (speaker.get("mention") or {}).get("text", "").lower()
    if any(word in PERSON_ROLES for word in re.findall(r"[\w-]+", mention)[:3]):
        return True  # "L’ancien porte-parole de la mission …, Timor Goksel": the role the name came by
    return any(e.get("label") == "PER" and e["start"] <= speaker["start"] < e["end"] for e in ctx.results.get("entities") or [])


def _gender(doc: Doc, speaker: dict) -> str | None:
    """A speaker's grammatical gender when the text says it: the pronoun that named them, a
    title ("Mme", "M."), or the determiner of their role noun ("la ministre")."""
    mention = (speaker.get("mention") or {}).get("text", "").lower().lstrip("-")
    if mention in {"il", "elle"}:
        return "Fem" if mention == "elle" else "Masc"
    before = doc_text(doc)[max(0, speaker["start"] - 12):speaker["start"]].lower()
    words = WORD.findall(before) + WORD.findall(speaker["text"].lower())[:1]
    if words and words[-1] in {"mme", "madame", "mademoiselle", "mlle"} or re.search(r"\b(?:mme|madame)\s*$", before):
        return "Fem"
    if re.search(r"\b(?:m\.|monsieur)\s*$", before):
        return "Masc"
    return None


def _entities_between(ctx: Context, start: int, end: int) -> list[dict]:
    return [e for e in ctx.results.get("entities") or [] if start <= e["start"] < end]


def _read_in(doc: Doc, ctx: Context, q: Quoted) -> dict | None:
    """"« … » peut-on lire dans le communiqué": the document the passage is read in speaks."""
    match = READ_IN.match(doc_text(doc), q.end)
    if not match:
        return None
    span = doc.char_span(match.end(), min(len(doc_text(doc)), match.end() + 60), alignment_mode="contract")
    head = next((t for t in span or [] if t.pos_ in {"NOUN", "PROPN"}), None)
    return resolve(doc, ctx, head) if head is not None else None


def _passive_participle(verb) -> bool:
    """"décrits", "qualifié" without the auxiliary "avoir": a participle read passively."""
    return "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") \
        and not any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children)


def _passive_agent(doc: Doc, ctx: Context, q: Quoted) -> dict | None:
    """"Les Troadec sont décrits comme « des gens réservés » par une voisine": the agent of the
    participle that governs the passage is the one who said it."""
    text = doc_text(doc)
    match = PASSIVE_AGENT.match(text, q.end)
    if not match:
        return None
    i = first_token_at(doc, match.end())
    agent = doc[i] if i is not None else None
    while agent is not None and agent.pos_ == "DET" and agent.i + 1 < len(doc):
        agent = doc[agent.i + 1]
    if agent is None or agent.pos_ not in {"NOUN", "PROPN"} or not could_speak(agent):
        return None
    span = doc.char_span(clause_start(text, q.start), q.start, alignment_mode="contract")
    # a participle of speech or description: "classé comme « arme de destruction massive » par
    # les Nations unies" is a classification, not words of theirs
    if not any(t.pos_ in {"VERB", "ADJ"} and "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense")
               and (t.lemma_ in DESCRIBING or reporting_lemma(t) is not None) for t in span or []):
        return None
    while agent.dep_.startswith("flat") and agent.head.i < agent.i:
        agent = agent.head
    return resolve(doc, ctx, agent)


def _signature(doc: Doc, ctx: Context, q: Quoted) -> dict | None:
    """"J'ai été agrippée … —Sonia Dridi, journaliste": a dash and a name after the passage."""
    match = DASH_SIGNATURE.match(doc_text(doc)[q.end:q.end + 80])
    if not match:
        return None
    span = doc.char_span(q.end + match.end(), q.end + match.end() + 1, alignment_mode="expand")
    return resolve(doc, ctx, span[0]) if span is not None else None


def _pour_source(doc: Doc, ctx: Context, q: Quoted, said: list[tuple[int, dict]], frames: list[Frame]) -> dict | None:
    """"Pour Giovanni Barocco, « … »": a source phrase right before the marks."""
    text = doc_text(doc)
    left = text[_sentence_start(text, q.start):q.start]  # "Pour X : « … »" holds a colon
    match = POUR_SOURCE.search(left)
    if not match:
        return None
    if POUR_NOT_SOURCE.match(match.group(1)):
        return None  # "Mediapart y voit pour sa part une « … »": an incise, no source
    offset = q.start - len(left) + match.start(1)
    span = doc.char_span(offset, offset + len(match.group(1)), alignment_mode="expand")
    if span is not None and len(span) and span[0].pos_ in {"VERB", "AUX"} and "Inf" in span[0].morph.get("VerbForm"):
        return None  # "Pour construire ce code, le graphiste s'est basé sur …": a purpose, not a source
    if span is not None and len(span) and span[0].lower_ in PERSONAL_PRONOUNS and (
            len(span) == 1 or len(span) > 2 and span[1].text == "," and span[2].lower_ == "qui"):
        # "Pour lui, « on voit bien que … »": the pronoun is the last speaker, as a verb's would be
        # ("Pour elle, qui avait obtenu l'argent à Pékin …, sa médaille « … »": and its relative clause)
        pronoun = span[0]
        stand_in = Frame(None, None, pronoun, (pronoun.idx, pronoun.idx + len(pronoun)), None)
        return _previous_speaker(doc, ctx, stand_in, said, frames) or resolve(doc, ctx, pronoun)
    heads = [t for t in span if t.pos_ in {"NOUN", "PROPN"}] if span is not None else []
    if not heads:
        return None
    if heads[0].pos_ == "NOUN" and not could_speak(heads[0]) and (
            heads[0].lemma_.lower() in TIME_WORDS | POUR_TIMES or not any(c.dep_ == "det" for c in heads[0].children)):
        # "Et pour la dernière période, « … »", "se donne pour objectif de … afin « … »": a time or
        # a purpose, not a source
        return None
    if heads[0].pos_ == "NOUN":
        # "Pour la principale association du logiciel libre, l'April : « … »": the name after the comma
        # … unless the phrase before the comma names its own ("Pour le député Yann Galut, soutien
        # de Benoît Hamon, le « … »")
        comma = next((t.i for t in span if t.text == ","), None)
        named = comma is not None and any(t.pos_ == "PROPN" and t.ent_type_ == "PER" for t in span if t.i < comma)
        heads = [t for t in heads if comma is not None and t.i > comma and t.pos_ == "PROPN" and not named] or heads
    head = heads[0].head if heads[0].dep_.startswith("flat") else heads[0]
    return resolve(doc, ctx, head)


def _clause_subject(doc: Doc, ctx: Context, q: Quoted) -> dict | None:
    """The subject of the clause a quote without a reporting verb sits in: "Le capitaine se dit
    fier de son équipe : « … »", "Airbus « coopère pleinement »". Walks up from the quote's first
    word to a verb whose subject stands before the marks, in the same sentence."""
    i = first_token_at(doc, q.inner_start)
    while i is not None and i < len(doc) and (doc[i].is_punct or doc[i].is_space):
        i += 1
    first = doc[i] if i is not None and i < len(doc) else None
    if first is None or first.idx >= q.inner_end:
        return None
    sentence_start = _sentence_start(doc_text(doc), q.start)
    token = first
    for _ in range(8):
        for child in token.children:
            if child.dep_ == "nsubj" and sentence_start <= child.idx < q.start and could_speak(child) and child.lower_ not in NON_SPEAKERS:
                return resolve(doc, ctx, child)
        if token.head == token:
            return None
        token = token.head
    return None


def _colon_subject(doc: Doc, ctx: Context, q: Quoted) -> dict | None:
    """"Il a terminé sa déclaration par la célèbre maxime … : « … »": a quote a colon opens after
    a sentence about someone is theirs; the speaker is that sentence's first subject that can speak."""
    text = doc_text(doc)
    before = text[:q.start].rstrip()
    if not before.endswith(":"):
        return None
    # the colon may end the paragraph before a quote set apart ("… son testament :\n\n« … »")
    span = doc.char_span(_sentence_start(text, len(before) - 1), len(before) - 1, alignment_mode="contract")
    for token in span or []:
        if token.dep_ == "nsubj" and token.head.pos_ in {"VERB", "AUX", "ADJ"} and not inside_quote(doc, token.idx) \
                and could_speak(token) and token.lower_ not in NON_SPEAKERS:
            return resolve(doc, ctx, token)
    # "Ce n'est pas l'avis de Fottorino : « … »": no subject speaks, but the clause names someone
    people = [t for t in span or [] if t.ent_type_ == "PER" and t.pos_ == "PROPN" and not inside_quote(doc, t.idx)]
    return resolve(doc, ctx, people[-1]) if people else None


def _sentence_start(text: str, pos: int) -> int:
    """Start of the sentence holding `pos` (a colon does not end it here)."""
    start = 0
    for match in SENTENCE_END.finditer(text, 0, pos):
        start = match.end()
    return start


def _passages(doc: Doc) -> list[Quoted]:
    """Quoted passages and dialogue lines, in text order; marks inside a dialogue line are part
    of it. A dash line without a verb is a signature ("— Barack Obama, président"), not speech."""
    lines = [q for q in dialogue(doc_text(doc)) if _has_verb(doc, q.inner_start, q.inner_end)]
    marked = [q for q in scan(doc_text(doc)) if not any(line.start <= q.start < line.end for line in lines)]
    return sorted(lines + marked, key=lambda q: q.start)


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in {"VERB", "AUX"} for t in span)


def _direct_and_mixed(doc: Doc, ctx: Context, frames: list[Frame]) -> tuple[list[dict], set[int]]:
    text = doc_text(doc)
    records: list[dict] = []
    used: set[int] = set()
    said: list[tuple[int, dict]] = []  # (end of the attribution, quote record), in text order
    for q in _passages(doc):
        inner_start, inner_end = q.inner_start, q.inner_end
        while inner_start < inner_end and text[inner_start].isspace():
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1].isspace():
            inner_end -= 1
        inner = text[inner_start:inner_end]
        if _words(inner) < MIN_WORDS or _is_name_or_title(text, q, inner):
            continue
        frame, place = _frame_for_quote(text, q, frames)
        speaker = _speaker(doc, ctx, frame, said, frames)
        if frame is not None and frame.verb is not None and (speaker is None or _passive_participle(frame.verb)):
            # "Qualifié de journal qui « s'est couché » par le directeur de Libération": the agent
            speaker = _passive_agent(doc, ctx, q) or speaker
        has_verb = _has_verb(doc, inner_start, inner_end)
        standalone = clause_start(text, q.start) == q.start
        if frame is None:
            speaker = _pour_source(doc, ctx, q, said, frames) or _signature(doc, ctx, q) or _read_in(doc, ctx, q) or _passive_agent(doc, ctx, q)
            if speaker is None:
                # "Valve a acquis une expertise : « … »" after Gabe Newell's quote: a subject that
                # names no person gives way to the speaker of the run of quotes
                colon = _colon_subject(doc, ctx, q)
                # … but "Un rapport de la Ligue arabe apporte la même conclusion : « … »" brings
                # in a new source: an indefinite subject is no one already speaking
                if colon is not None and not _names_person(ctx, colon) and not INDEFINITE_START.match(colon.get("mention", colon)["text"]):
                    speaker = _continued_speaker(doc, ctx, q, said, frames)
                speaker = speaker or colon
            if speaker is None and has_verb:
                # without a verb of its own, a passage in a sentence about someone is a term they
                # are known for ("célèbre pour ses « coups de gueule »"), not their words
                speaker = _clause_subject(doc, ctx, q)
            if speaker is None:
                if _words(inner) < (STANDALONE_WORDS if standalone else EMBEDDED_WORDS):
                    continue
                if standalone:
                    speaker = _continued_speaker(doc, ctx, q, said, frames)
                elif has_verb:
                    speaker = _paragraph_speaker(text, q, said)
        else:
            used.add(id(frame))
        if speaker is None and not has_verb and not standalone:
            continue  # "Ils sont accusés de « violences sur personne dépositaire … »": a charge, a term
        content = _content_for(text, q, frame, place, frames)
        if frame is not None and _outside_words(text, content, q) > 0 and place != "incise":
            span, kind = (min(content[0], q.start), max(content[1], q.end)), "mixed"
        elif _words(inner) >= MIN_DIRECT_WORDS:
            span, kind = (inner_start, inner_end), "direct"
        else:
            continue  # « vide présidentiel »: a term the speaker used, not a quote
        if records and records[-1]["start"] <= span[0] and span[1] <= records[-1]["end"]:
            continue  # two quoted fragments of one mixed quote
        # "« A » et « B », selon X": the second fragment's mixed quote holds the first one's
        while records and span[0] <= records[-1]["start"] and records[-1]["end"] <= span[1]:
            records.pop()
            said.pop()
        record = _record(doc, ctx, span, kind, frame, speaker)
        if place == "incise" or len(q.pieces) > 1:
            record["parts"] = _parts(text, q, frame if place == "incise" else None)
        records.append(record)
        said.append((max(span[1], frame.group[1]) if frame is not None else span[1], record))
    # "« J'ai vu une horde d'élèves courir dans la rue. » « C'était la panique totale », ont
    # confié des témoins": a passage without a speaker that runs straight into an attributed one
    # is said by the same voice
    for record, following in zip(records[::-1][1:], records[::-1]):
        if record["speaker"] is None and record["kind"] == "direct" and following["speaker"] is not None \
                and QUOTE_RUN.fullmatch(text[record["end"]:following["start"]]):
            record["speaker"] = following["speaker"]
    return records, used


def _continued_speaker(doc: Doc, ctx: Context, q: Quoted, said: list[tuple[int, dict]], frames: list[Frame]) -> dict | None:
    """Who speaks in a quote standing alone after speech: the speaker of the nearest quote or
    attribution before it, when close ("X a expliqué que … . « Nous n'avons pas le choix. »")."""
    # "Selon une étude publiée par la revue X, Y et son équipe sont parvenus à … . « … »": a
    # participle describing a noun, with nothing reported, attributes no speech
    last_frame = max((f for f in frames if f.speaker is not None and f.verb is not None and f.group[1] <= q.start
                      and not inside_quote(doc, f.group[0]) and not (f.content is None and f.verb.dep_ == "acl")),
                     key=lambda f: f.group[1], default=None)
    frame_end = last_frame.group[1] if last_frame is not None else -1
    previous_end, previous = said[-1] if said else (-1, None)
    if previous and previous["speaker"] and previous_end >= frame_end and q.start - previous_end < CONTINUATION_CHARS:
        return previous["speaker"]
    if last_frame is not None and q.start - frame_end < CONTINUATION_CHARS and could_speak(last_frame.speaker) and last_frame.speaker.lower_ not in NON_SPEAKERS:
        return resolve(doc, ctx, last_frame.speaker)
    return _previous_sentence_subject(doc, ctx, q)


def _paragraph_speaker(text: str, q: Quoted, said: list[tuple[int, dict]]) -> dict | None:
    """"D'après le communiqué du ministère, « … ». L'agression a été particulièrement violente,
    « seule l'intervention d'un passager … a pu mettre un terme aux violences »": a long passage
    with a verb of its own and no attribution, in mid-sentence, goes on with the last speaker of
    its paragraph."""
    if not said:
        return None
    previous_end, previous = said[-1]
    if previous["speaker"] is None or q.start - previous_end >= CONTINUATION_CHARS or "\n" in text[previous_end:q.start]:
        return None
    return previous["speaker"]


def _previous_sentence_subject(doc: Doc, ctx: Context, q: Quoted) -> dict | None:
    """"Le ministre a réagi sur Twitter.\n\n« … »": a quote standing alone with no speech before
    it is the words of the person the sentence just before is about."""
    previous = [s for s in sentences(doc) if s.end_char <= q.start and q.start - s.end_char < PREVIOUS_SENTENCE_CHARS
                and not inside_quote(doc, s.start_char)]
    if not previous:
        return None
    for token in previous[-1]:
        if token.dep_ == "nsubj" and not inside_quote(doc, token.idx) and token.lower_ not in NON_SPEAKERS \
                and (token.pos_ in {"PROPN", "PRON"} or token.lemma_.lower() in PERSON_ROLES or token.lemma_.lower() in KINSHIP):
            speaker = resolve(doc, ctx, token)
            return speaker if _names_person(ctx, speaker) else None
    return None


def _parts(text: str, q: Quoted, incise: Frame | None) -> list[dict]:
    """The quoted pieces, without an incise ("dit-il") or the marks reopening a paragraph."""
    pieces = []
    for start, end in q.pieces:
        cuts = [(start, end)]
        if incise is not None and start < incise.group[0] < end:
            before = text.rfind(",", start, incise.group[0])
            after = text.find(",", incise.group[1], end)
            cuts = [(start, before if before >= 0 else incise.group[0])]
            if after >= 0:  # the quote resumes after the incise
                cuts.append((after + 1, end))
        for s, e in cuts:
            s, e = trim(text, s, e)
            if e > s:
                pieces.append({"start": s, "end": e, "text": text[s:e]})
    return pieces


def _overlaps(span: tuple[int, int], records: list[dict]) -> bool:
    return any(span[0] < r["end"] and r["start"] < span[1] for r in records)


def _redundant_source(text: str, frame: Frame, frames: list[Frame]) -> bool:
    """"Il a expliqué que, selon lui, « … »": "selon lui" repeats the verb's speaker; the verb
    is the attribution."""
    if frame.verb is not None or frame.speaker is None or frame.speaker.pos_ != "PRON":
        return False
    return any(f.verb is not None and f.group[1] <= frame.group[0] and re.fullmatch(r"\s*(?:que|qu['’])?\s*,?\s*", text[f.group[1]:frame.group[0]])
               for f in frames)


def _relay(doc: Doc, ctx: Context, source: Frame) -> bool:
    """Whether a source phrase names a news agency or medium ("selon l'AFP"), which relays what
    others said, rather than an informant ("selon ses propres sources")."""
    if VIA[2].match(doc_text(doc), source.group[0]):
        return True
    return any((m.get("actor") or {}).get("kind") == "media" and source.group[0] <= m["start"] < source.group[1]
               for m in ctx.results.get("actor_mentions") or [])


def _inner_attribution(doc: Doc, source: Frame, frames: list[Frame]) -> Frame | None:
    """A reporting verb in the clause a source phrase ("selon X") qualifies, with its own subject
    that can speak, standing in that clause before it, outside quotes."""
    start, end = source.group[1], source.content[1]
    clause = doc.char_span(start, end, alignment_mode="contract")
    first_verb = next((t for t in clause or [] if t.pos_ in {"VERB", "AUX"}), None)
    if first_verb is None:
        return None
    for frame in frames:
        # the clause's first verb: "selon le sondage Odoxa, 59 % des Français n'ont pas été convaincus
        # … et 54 % souhaite …" reports the poll, whatever verbs its content holds
        if frame.verb is None or frame.inverted or not frame.group[0] <= first_verb.idx < frame.group[1] or inside_quote(doc, frame.group[0]):
            continue
        speaker = frame.speaker
        if speaker is None:
            # the parse may lose the subject: the first noun phrase between the source and the verb
            # ("Selon l’AFP, le Conseil national syrien, principale coalition de l’opposition, a appelé")
            gap = doc.char_span(start, frame.group[0], alignment_mode="contract")
            speaker = next((t for t in gap or [] if t.pos_ in {"NOUN", "PROPN"} and not any(c.dep_ == "case" for c in t.children)), None)
            if speaker is None or not could_speak(speaker):
                return None
            frame = Frame(frame.verb, frame.lemma, speaker, frame.group, frame.content, frame.inverted, frame.clause)
        if start <= speaker.idx < frame.group[0] and speaker.pos_ in {"NOUN", "PROPN"} and could_speak(speaker):
            return frame
        return None
    return None


def extract_quotes(doc: Doc, ctx: Context) -> dict:
    frames = sorted(verb_frames(doc) + source_frames(doc), key=lambda f: f.group[0])
    text = doc_text(doc)  # `Doc.text` joins every token on each access: once, not once per frame
    frames = [f for f in frames if not _redundant_source(text, f, frames)]
    records, used = _direct_and_mixed(doc, ctx, frames)
    quoted = list(records)
    said = [(r["end"], r) for r in records]
    for frame in frames:
        if id(frame) in used or frame.content is None or frame.speaker is None:
            continue
        # "X a confirmé que …" makes any noun X a source; other frames need one that can speak
        if not (could_speak(frame.speaker) or frame.clause and frame.speaker.pos_ in {"NOUN", "PROPN"}):
            continue
        start, end = frame.content
        inner = _inner_attribution(doc, frame, frames) if frame.verb is None and _relay(doc, ctx, frame) else None
        if inner is not None:
            # "Selon l’AFP, le Conseil national syrien … a appelé à ce que …": the source relays
            # what the subject of the verb inside its clause said
            frame = inner
            start, end = inner.content or trim(text, inner.group[1], end)
        if _words(text[start:end]) < MIN_INDIRECT_WORDS or _overlaps((start, end), quoted) or _overlaps(frame.group, quoted):
            continue
        records.append(_record(doc, ctx, (start, end), "indirect", frame, _speaker(doc, ctx, frame, said, frames)))
        quoted.append(records[-1])
        said.append((max(end, frame.group[1]), records[-1]))
    records.sort(key=lambda r: (r["start"], r["end"]))
    return {"quotes": records}
