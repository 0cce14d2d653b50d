"""Named entities (PER, LOC, ORG, MISC) from the statistical model, as exact character spans."""

from __future__ import annotations

from spacy.tokens import Doc

from veille.analyze.context import Context
from veille.analyze.sentences import doc_text

# Characters the model sometimes leaves at an entity's edge ("Poutine ,", "« OTAN").
_EDGE = " \t\n,;:.!?«»\"“”‘’()[]-–—'"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE and not (text[end - 1] == "." and end - start <= 4):
        end -= 1
    return start, end


def extract_entities(doc: Doc, ctx: Context) -> dict:
    text = doc_text(doc)
    entities = []
    for ent in doc.ents:
        start, end = trim(text, ent.start_char, ent.end_char)
        if start >= end:
            continue
        entities.append({"start": start, "end": end, "text": text[start:end], "label": ent.label_})
    return {"entities": entities}
