"""Anchoring: every found expression resolved against the article date and the narrative.

When the article date is a day, there is one answer. When it is only a month or a year (or an
estimated interval), every possible publication day is tried in turn and the answers merged:
`earliest`/`latest` cover them all, and `value` keeps only what they agree on ("mardi" in an
article of 2021-12 gives a Tuesday in [2021-11-30, 2021-12-31], value "2021-1X-XX"). So the
interval is honest and the value claims nothing the text and date do not support.

Narrative anchoring: "la veille", "le lendemain", "deux jours plus tard" count from the last
day the text named (a flashback such as "la veille" is not itself a new reference: the story
goes on from the event it looked back from); a clock time or part of day without its own day ("à 15 h", "le soir") takes
the last day named in the same sentence; a bare weekday in a sentence about a dated earlier event
("le 3 mars ... lundi") counts from that event's date rather than from the article's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from veille.analyze.timex import calendar as cal
from veille.analyze.timex import semantics as sem
from veille.analyze.timex.calendar import Span
from veille.analyze.timex.grammar import Candidate

# A weekday follows a dated event rather than the article date when that event is further than
# this from the article date (otherwise the two readings agree anyway).
NARRATIVE_WEEKDAY_GAP = 7
# A clock time or part of day without a day of its own takes the last day named this many
# sentences back at most ("Mardi, ... . Vers 15 h, ...").
CONTEXT_SENTENCES = 1


@dataclass
class Resolution:
    span: Span
    anchor: str | None


@dataclass
class _Reference:
    index: int
    day: dt.date
    sentence: int
    explicit: bool  # from the text itself ("le 3 mars 2017", "la veille"), not from the article date


def _document_span(day: dt.date | None) -> Span:
    return cal.day(day) if day else Span("XXXX-XX-XX", None, None)


def resolve_scenario(candidates: list[Candidate], doc_day: dt.date | None, directions: list[int],
                     sentences: list[int], document_anchor: str = "document") -> list[Resolution]:
    """Resolve every candidate for one possible article day (None: unknown)."""
    out: list[Resolution] = []
    reference: _Reference | None = None

    def resolve(meaning: sem.Meaning, i: int) -> Resolution:
        if meaning.base is None:
            return Resolution(meaning.resolve(None, directions[i]), None)
        if meaning.base == "narrative" and reference is not None:
            return Resolution(meaning.resolve(reference.day, directions[i]), f"time:{reference.index}")
        if (isinstance(meaning, sem.Weekday) and reference is not None and reference.explicit
                and doc_day is not None and sentences[i] - reference.sentence in (0, 1)
                and abs((doc_day - reference.day).days) > NARRATIVE_WEEKDAY_GAP):
            return Resolution(meaning.resolve(reference.day, directions[i]), f"time:{reference.index}")
        return Resolution(meaning.resolve(doc_day, directions[i]), document_anchor)

    for i, candidate in enumerate(candidates):
        meaning = candidate.meaning
        if isinstance(meaning, (sem.ClockTime, sem.DayPart)):
            if meaning.day is not None:
                day = resolve(meaning.day, i)
            elif reference is not None and 0 <= sentences[i] - reference.sentence <= CONTEXT_SENTENCES:
                day = Resolution(cal.day(reference.day), f"time:{reference.index}")
            elif isinstance(meaning, sem.DayPart) and meaning.code == "NI" and directions[i] < 0 and doc_day:
                # "dans la nuit, ..." told in the past: the night before the article.
                day = Resolution(cal.day(doc_day - dt.timedelta(days=1)), document_anchor)
            else:
                day = Resolution(_document_span(doc_day), document_anchor)
            result = Resolution(meaning.at(day.span), day.anchor)
        else:
            result = resolve(meaning, i)
            result = Resolution(cal.narrow(result.span, meaning.mod), result.anchor)
        out.append(result)
        span = result.span
        flashback = isinstance(meaning, sem.Shift) and meaning.base == "narrative" and meaning.n < 0
        if (candidate.type == "DATE" and meaning.granularity == "day" and isinstance(span.earliest, dt.date)
                and span.earliest == span.latest and not flashback):
            reference = _Reference(i, span.earliest, sentences[i], explicit=meaning.base != "document")
    return out


def possible_days(earliest: dt.date | None, latest: dt.date | None) -> list[dt.date | None]:
    if earliest is None or latest is None:
        return [None]
    return [earliest + dt.timedelta(days=k) for k in range((latest - earliest).days + 1)]


def resolve_all(candidates: list[Candidate], earliest: dt.date | None, latest: dt.date | None,
                directions: list[int], sentences: list[int], document_anchor: str = "document") -> list[Resolution]:
    """Resolve over every possible article day in [earliest, latest] and merge the answers."""
    scenarios = [resolve_scenario(candidates, day, directions, sentences, document_anchor)
                 for day in possible_days(earliest, latest)]
    merged = []
    for i in range(len(candidates)):
        answers = [scenario[i] for scenario in scenarios]
        spans = [a.span for a in answers]
        if len(spans) == 1 or all(s == spans[0] for s in spans):
            merged.append(answers[0])
            continue
        value = cal.mask([s.value for s in spans])
        if any(s.earliest is None for s in spans):
            merged.append(Resolution(Span(value, None, None), answers[0].anchor))
        else:
            merged.append(Resolution(Span(value, min(s.earliest for s in spans), max(s.latest for s in spans)), answers[0].anchor))
    return merged
