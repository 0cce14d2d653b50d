"""Dating an undated article from what it says: `date_estimate`.

A dateline ("3 mai 2017. – ...", the agency and Wikinews convention) gives the day outright.
Otherwise, in two steps, from the dated expressions of the text and the tense of their verbs
(anything in the future, "se tiendra le 3 mars 2019", is left aside):

1. the year of writing (`_publication_year`): the year of the latest full date, then the latest
   year mentioned, votes for weekday-and-date pairs ("le dimanche 17 juin" falls on a Sunday in
   2012 and 2018 only) and, when the actor registry links them, the terms of office of the
   people named;
2. in that year, the first day the text reports in the past or present ("le 17 juin", "le 14
   mars 2017"; the lead usually dates the news): the article follows it, usually within a week,
   so the estimate is [day, day + 7]; failing a day, the latest month of that year, then the
   year itself.

A day and month with nothing to tell the year give `XXXX-MM-DD` and no interval; only weekdays
and "hier" give no estimate (value null): nothing in them says which week. The estimate is
shown as estimated wherever it appears.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from veille.analyze.timex import calendar as cal
from veille.analyze.timex import grammar
from veille.analyze.timex import semantics as sem
from veille.analyze.timex.grammar import Candidate

DATELINE = re.compile(
    rf"^\s*(?P<day>1er|\d{{1,2}})\s+(?P<month>{grammar.MONTH})\s+(?P<year>{grammar.YEAR})\s*(?:,[^.\n]{{0,80}})?\.\s*[-–—]",
    re.IGNORECASE,
)
# How long after a past event an article reporting it typically appears.
REPORTING_DAYS = 7


@dataclass
class Clue:
    candidate: Candidate
    meaning: sem.Meaning
    direction: int


def _clues(candidates: list[Candidate], directions: list[int]) -> list[Clue]:
    useful = []
    for candidate, direction in zip(candidates, directions):
        meaning = candidate.meaning
        if candidate.type != "DATE":
            continue
        if isinstance(meaning, sem.Absolute) and meaning.granularity in ("day", "month", "year"):
            useful.append(Clue(candidate, meaning, direction))
        elif isinstance(meaning, sem.PartialDate) and meaning.month and meaning.day:
            useful.append(Clue(candidate, meaning, direction))
    return useful


def _publication_year(clues: list[Clue], terms: list[tuple[dt.date, dt.date]]) -> int | None:
    """The likeliest year of writing. News is written after what it reports and talks about the
    current year more than any other, so the latest year put in the past or present counts most
    (and earlier years are ruled out); each office holder named votes for the years of their
    term; a "dimanche 17 juin" votes for the years where the 17th of June is a Sunday."""
    past = [c.meaning.span.earliest.year for c in clues if isinstance(c.meaning, sem.Absolute) and c.direction <= 0]
    latest = max(past) if past else None
    candidates = set()
    if latest is not None:
        candidates.update((latest, latest + 1))
    for start, end in terms:
        candidates.update(range(start.year, end.year + 1))
    weekday_dates = [c.meaning for c in clues if isinstance(c.meaning, sem.PartialDate) and c.meaning.weekday and c.direction <= 0]
    if latest is not None:  # the years, from the latest one on, where a "jeudi 9 mars" falls
        candidates.update(y for y in range(latest, latest + WEEKDAY_YEARS) for m in weekday_dates if _falls_on(m, y))
    if not candidates:
        return None

    dated = [c.meaning.span.earliest.year for c in clues if isinstance(c.meaning, sem.Absolute)
             and c.meaning.granularity == "day" and c.direction <= 0]
    latest_dated = max(dated) if dated else None

    def score(year: int) -> float:
        total = 0.0
        if latest_dated is not None and year == latest_dated:
            total += 3.0  # a full date ("jeudi 20 décembre 2018") is about the news itself
        if latest is not None:
            total += 1.0 if year == latest else 0.5 if year == latest + 1 else -1.0 if year < latest else 0.0
        # Office holders are linked by name, whatever the role they are named in: a weak vote.
        total += min(0.9, sum(0.3 for start, end in terms if start.year <= year <= end.year))
        # one chance in seven by accident: strong evidence
        total += sum(3.0 for meaning in weekday_dates if _falls_on(meaning, year))
        return total

    return max(sorted(candidates), key=score)  # ties: the earliest, closest to what the text dates


def office_terms(entities: list[dict]) -> list[tuple[dt.date, dt.date]]:
    """The terms of the office holders an article names (actor registry, when it is there)."""
    ids = {e["actor"]["id"] for e in entities if isinstance(e.get("actor"), dict) and e["actor"].get("kind") == "person"}
    if not ids:
        return []
    try:
        from veille.actors import registry
    except ImportError:  # the actor registry is optional
        return []
    today = dt.date.today()
    terms = []
    for offices in registry.load().offices.values():
        for office in offices:
            if office.holder.id in ids:
                terms.append((office.start, office.end or today))
    return terms


# How far after the latest year mentioned a weekday-and-date may place the article.
WEEKDAY_YEARS = 12


def _falls_on(meaning: sem.PartialDate, year: int) -> bool:
    return meaning.day <= cal.last_day(year, meaning.month) and dt.date(year, meaning.month, meaning.day).isoweekday() == meaning.weekday


def _date_in(meaning: sem.PartialDate, year: int) -> dt.date | None:
    """"le dimanche 17 juin" near `year`: that year, or the next or previous one where the 17th
    of June is a Sunday."""
    for y in (year, year + 1, year - 1):
        if meaning.day <= cal.last_day(y, meaning.month):
            d = dt.date(y, meaning.month, meaning.day)
            if meaning.weekday is None or d.isoweekday() == meaning.weekday:
                return d
    return None


def _evidence(text: str, clue: Clue) -> dict:
    c = clue.candidate
    return {"start": c.start, "end": c.end, "text": text[c.start:c.end]}


CONFIDENCE = {"dateline": 0.95, "day": 0.7, "month": 0.35, "day_without_year": 0.3, "year": 0.15}
NO_ESTIMATE = {"earliest": None, "latest": None, "value": None, "confidence": 0.0, "basis": None, "evidence": []}


def _without_year(text: str, clues: list[Clue]) -> dict:
    """Only "le 17 février" and nothing to tell the year: say the day, and that the year is unknown."""
    days = [c for c in clues if isinstance(c.meaning, sem.PartialDate) and c.direction <= 0]
    if not days:
        return dict(NO_ESTIMATE)
    clue = max(days, key=lambda c: (c.meaning.month, c.meaning.day))
    return {"earliest": None, "latest": None, "value": f"XXXX-{clue.meaning.month:02d}-{clue.meaning.day:02d}",
            "confidence": CONFIDENCE["day_without_year"], "basis": "day_without_year", "evidence": [_evidence(text, clue)]}


def estimate(text: str, candidates: list[Candidate], directions: list[int],
             terms: list[tuple[dt.date, dt.date]] = ()) -> dict:
    """The publication interval of an undated article (value None when nothing dates it)."""
    dateline = DATELINE.match(text)
    if dateline:
        meaning = grammar.build_full_date(dateline, text)
        if isinstance(meaning, sem.Absolute):
            d = meaning.span.earliest
            evidence = [{"start": dateline.start("day"), "end": dateline.end("year"),
                         "text": text[dateline.start("day"):dateline.end("year")]}]
            return {"earliest": d.isoformat(), "latest": d.isoformat(), "value": d.isoformat(),
                    "confidence": CONFIDENCE["dateline"], "basis": "dateline", "evidence": evidence}

    clues = _clues(candidates, directions)
    year = _publication_year(clues, list(terms))
    if year is None:
        return _without_year(text, clues)
    events = []
    for clue in clues:
        if clue.direction > 0:
            continue
        meaning = clue.meaning
        if isinstance(meaning, sem.PartialDate):
            day = _date_in(meaning, year)
        elif meaning.granularity == "day" and meaning.span.earliest.year >= year:
            day = meaning.span.earliest
        else:
            continue
        if day is not None:
            events.append((day, clue))
    if events:
        day, clue = events[0]  # the lead's event; later ones are often background or outlook
        latest = day + dt.timedelta(days=REPORTING_DAYS)
        return {"earliest": day.isoformat(), "latest": latest.isoformat(), "value": day.isoformat(),
                "confidence": CONFIDENCE["day"], "basis": "day", "evidence": [_evidence(text, clue)]}
    months = [c for c in clues if c.direction <= 0 and isinstance(c.meaning, sem.Absolute)
              and c.meaning.granularity == "month" and c.meaning.span.earliest.year == year]
    if months:
        clue = max(months, key=lambda c: c.meaning.span.earliest)
        span = clue.meaning.span
        return {"earliest": span.earliest.isoformat(), "latest": (span.latest + dt.timedelta(days=31)).isoformat(),
                "value": span.value, "confidence": CONFIDENCE["month"], "basis": "month", "evidence": [_evidence(text, clue)]}
    evidence = [_evidence(text, c) for c in clues if isinstance(c.meaning, sem.Absolute) and c.direction <= 0
                and c.meaning.span.earliest.year == year]
    return {"earliest": f"{year}-01-01", "latest": f"{year}-12-31", "value": str(year),
            "confidence": CONFIDENCE["year"], "basis": "year", "evidence": evidence[:1]}
