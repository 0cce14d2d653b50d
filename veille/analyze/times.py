"""The `times` extractor: every time expression, typed, normalised to TIMEX3 and anchored.

    find (grammar) -> tense of each governing verb -> anchor on the article date and the
    narrative (honest intervals when that date is only a month or a year) -> records

An undated article is dated first (`dating.py`); its expressions are then anchored on that
estimate (anchor "estimate") and the estimate is returned as `date_estimate`. A dated article
gets `date_estimate: null`.
"""

from __future__ import annotations

import bisect
import datetime as dt

from spacy.tokens import Doc

from veille.analyze import dating
from veille.analyze.context import Context
from veille.analyze.sentences import doc_text, sentence_start_chars
from veille.analyze.timex import anchoring, grammar, tense
from veille.analyze.timex import semantics as sem
from veille.ingest.records import date_bounds

# Meanings that read the same whichever way the verb points.
_TENSE_FREE = (sem.Absolute, sem.Duration, sem.Recurrence, sem.Reference)


def _needs_tense(meaning: sem.Meaning) -> bool:
    return not isinstance(meaning, _TENSE_FREE)


def _iso(value: dt.date | dt.datetime | None, suffix: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes") + suffix
    return value.isoformat()


def _zone_of(value: str) -> str:
    if value.endswith("Z"):
        return "Z"
    if len(value) > 6 and value[-6] in "+-" and value[-3] == ":":
        return value[-6:]
    return ""


def extract_times(doc: Doc, ctx: Context) -> dict:
    text = doc_text(doc)
    candidates = grammar.find(text)
    directions = [tense.direction(doc, c.start, c.end) if _needs_tense(c.meaning) else 0 for c in candidates]
    starts = sentence_start_chars(doc)
    sentences = [bisect.bisect_right(starts, c.start) - 1 for c in candidates]

    estimate = None
    anchor_name = "document"
    earliest, latest = date_bounds(ctx.date, ctx.date_precision)
    if earliest is None:
        terms = dating.office_terms(ctx.results.get("entities", []), text)
        # Dating also reads the tense around full dates and years ("se tiendra en 2019" is ahead).
        dating_directions = [d if _needs_tense(c.meaning) else tense.direction(doc, c.start, c.end)
                             for c, d in zip(candidates, directions)]
        neighbours = ctx.reference.neighbours(text, k=dating.MONTH_NEIGHBOURS) if ctx.reference is not None else ()
        estimate = dating.estimate(text, candidates, dating_directions, terms, neighbours)
        if estimate["earliest"] is not None:
            earliest = dt.date.fromisoformat(estimate["earliest"])
            latest = dt.date.fromisoformat(estimate["latest"])
            anchor_name = "estimate"

    resolutions = anchoring.resolve_all(candidates, earliest, latest, directions, sentences, anchor_name)
    times = []
    for candidate, resolution in zip(candidates, resolutions):
        span = resolution.span
        suffix = _zone_of(span.value) if candidate.type == "TIME" else ""
        record = {
            "start": candidate.start, "end": candidate.end, "text": text[candidate.start:candidate.end],
            "type": candidate.type, "value": span.value,
            "earliest": _iso(span.earliest, suffix), "latest": _iso(span.latest, suffix),
            "anchor": resolution.anchor,
        }
        if candidate.meaning.mod:
            record["mod"] = candidate.meaning.mod
        times.append(record)
    return {"times": times, "date_estimate": estimate}
