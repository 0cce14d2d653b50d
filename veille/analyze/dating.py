"""Dating an undated article from what it says: `date_estimate`.

A dateline ("3 mai 2017. – ...", the agency and Wikinews convention) gives the day outright.
Otherwise, in two steps, from the dated expressions of the text and the tense of their verbs:

1. the year of writing (`_publication_year`), a vote in which each candidate year is scored by
   how well it explains what the text dates: every full date and bare year by how far the
   publication usually lies after such a date (`YEAR_OFFSETS`, measured on the corpus `dev`
   split: a full date is usually this year's news, a bare year often history, a future one
   ahead), every weekday-and-date pair by whether it falls on that weekday ("le dimanche 17
   juin" is a Sunday in 2012 and 2018 only), and, when the actor registry links them, every
   office holder by their terms ("le président Barack Obama" is strong, "Barack Obama" weak,
   "l'ancien président" votes against the term). Years scored about equally are decided by how
   many articles the corpus has of each year (`YEAR_PRIOR`), which never proposes a year alone;
2. in that year, the day the text says it was written ("hier, jeudi 16 août 2012"), else the
   first day it reports in the past or present ("le 17 juin", "le 14 mars 2017"; the lead
   usually dates the news): the article follows it, usually within a week, so the estimate is
   [day, day + 7]; a day said to be past ("le 11 janvier dernier") only bounds the article
   from below; failing a day, a dated event it names ("les Jeux olympiques de Rio"), a day told
   ahead ("se réunira le 17 avril": the month before it), a month ("en juin"), the year itself.

With a reference of dated articles (`dating_reference`: a store's, or dated records), the
years of the article's nearest neighbours vote too (step 1: each year's likelihood times its
share of their votes, plus a floor), and when the text names nothing finer than the year, the
month most of them share in that year is the value (`neighbours`; `distant_neighbours` with the
whole year as interval when none is close). On the corpus `dev` split, each article left out
of its own reference, they raise the right year from 42 % to 70 % and the right month from 25 %
to 41 % (341 articles).

Without a reference, a day and month with nothing to tell the year give `XXXX-MM-DD` and no
interval; only weekdays and "hier" give no estimate (value null): nothing in them says which
week. The estimate is shown as estimated wherever it appears.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from veille.analyze.timex import calendar as cal
from veille.analyze.timex import grammar
from veille.analyze.timex import lexicon as lx
from veille.analyze.timex import semantics as sem
from veille.analyze.timex.grammar import Candidate

DATELINE = re.compile(
    rf"^\s*(?P<day>1er|\d{{1,2}})\s+(?P<month>{grammar.MONTH})\s+(?P<year>{grammar.YEAR})\s*(?:,[^.\n]{{0,80}})?\.\s*[-–—]",
    re.IGNORECASE,
)
# How long after a past event an article reporting it typically appears (75 % of the dev
# articles whose first reported day is a plain "le 17 juin" appear within the week).
REPORTING_DAYS = 7
# "le 11 janvier dernier": the article comes later, within months (the day's own month is the
# article's in only 9 of 36 dev articles whose first reported day is such).
LAST_DAYS = 120
# "en juin", "décembre 2016" as the month the text reports: the article comes within months
# (the true day lies within MONTH_DAYS of the month in 39 % of the 54 dev articles so dated).
MONTH_DAYS = 120
# Only days ahead ("lancera les consultations le 17 avril"): the article comes weeks before (20
# of the 30 dev articles so dated are of that day's month).
AHEAD_DAYS = 31


@dataclass
class Clue:
    candidate: Candidate
    meaning: sem.Meaning
    direction: int
    # Days from the date to the writing day when the text says it: "hier, jeudi 16 août 2012"
    # was written the 17th (1), "aujourd'hui mardi 3 mai" the 3rd (0); None otherwise.
    written_after: int | None = None


# The date inside "hier, jeudi 16 août 2012", which the grammar reads as "hier".
_APPOSED_DATE = grammar.DAY_RULES[0].pattern


def _clues(text: str, candidates: list[Candidate], directions: list[int]) -> list[Clue]:
    useful = []
    for candidate, direction in zip(candidates, directions):
        meaning = candidate.meaning
        if candidate.type != "DATE":
            continue
        if candidate.rule == "deictic_weekday":
            match = _APPOSED_DATE.search(text, candidate.start, candidate.end)
            date = grammar.build_full_date(match, text) if match else None
            if date is not None:
                useful.append(Clue(candidate, date, -1, written_after=-meaning.n))
        elif isinstance(meaning, sem.Absolute) and meaning.granularity in ("day", "month", "year"):
            useful.append(Clue(candidate, meaning, direction))
        elif isinstance(meaning, sem.PartialDate) and meaning.month and meaning.day:
            useful.append(Clue(candidate, meaning, direction))
    return useful


# How far the publication year lies after a year the text gives (pub - given), as observed in
# the corpus `dev` split: P(offset) for a full date ("le 4 novembre 2016", "juin 2016") and for a
# bare year ("2015"), after "en", "depuis" or "dès" ("past": journalists write "cette année" for
# the current one, so "en 2015" is almost never it), else in the lead (its first LEAD
# characters), further on, or told in the future ("se tiendra en 2019"). Offsets not listed
# share what is left, per year, further back (`before`) or ahead.
YEAR_OFFSETS = {  # (kind, where): (table, before, ahead)
    ("full", "lead"): ({-1: 0.01, 0: 0.83, 1: 0.05, 2: 0.01, 3: 0.02}, 0.006, 0.002),
    ("full", "body"): ({-2: 0.01, -1: 0.07, 0: 0.38, 1: 0.23, 2: 0.06, 3: 0.04, 4: 0.04, 5: 0.02}, 0.01, 0.003),
    ("full", "past"): ({-1: 0.02, 0: 0.16, 1: 0.34, 2: 0.17, 3: 0.07, 4: 0.05, 5: 0.03}, 0.011, 0.003),
    ("full", "future"): ({-2: 0.08, -1: 0.36, 0: 0.5}, 0.003, 0.003),
    ("bare", "lead"): ({-2: 0.02, -1: 0.16, 0: 0.45, 1: 0.07, 2: 0.03, 3: 0.01, 4: 0.01, 5: 0.02}, 0.008, 0.006),
    ("bare", "body"): ({-2: 0.01, -1: 0.04, 0: 0.14, 1: 0.16, 2: 0.09, 3: 0.05, 4: 0.05, 5: 0.04}, 0.014, 0.006),
    ("bare", "past"): ({-2: 0.01, -1: 0.02, 0: 0.02, 1: 0.13, 2: 0.07, 3: 0.07, 4: 0.05, 5: 0.04}, 0.02, 0.01),
    ("bare", "future"): ({-3: 0.07, -2: 0.12, -1: 0.35, 0: 0.1, 1: 0.04}, 0.01, 0.01),
}
LEAD = 300
SINCE = re.compile(r"\b(?:en|depuis|dès)\s+(?:le\s+|la\s+|l['’]|les\s+)?$", re.IGNORECASE)
# A "dimanche 17 juin" that is no Sunday in a year: a parse or typing error, rare (1 in 146 in dev).
WEEKDAY_MISMATCH = 0.02
# How likely an office holder is named in a year outside their terms, by how the text names
# them (dev articles: 39 % of those named by name alone are out of office that day, 7 % of those
# named with their office, "le président Barack Obama", and 89 % of those named "l'ancien
# président ..." or "le futur ..."; for these last the factor applies inside the term).
OUT_OF_TERM = {"name": 0.4, "office": 0.07, "event": 0.05}
IN_TERM_WHEN_FORMER = 0.15
# Articles per year in the corpus `dev` split: only breaks ties between the years the text supports
# about as well as the best one (within a factor YEAR_TIE: the offsets above are rough), never
# proposes a year by itself.
YEAR_PRIOR = {2012: 80, 2016: 446, 2017: 315, 2018: 181}
YEAR_TIE = 3.0
# With dated neighbours (`dating_reference`), each candidate year's likelihood is multiplied by
# this floor plus the year's share of the neighbours' votes: a year none of them shares is not
# ruled out (a text that names its date outweighs them), only made less likely.
NEIGHBOUR_FLOOR = 0.01
# How many of the nearest dated articles vote on the year, and how many on the month within the
# year (`_by_neighbours`). On the dev articles dated by neighbours alone, a month vote of the
# thirty nearest (squared similarity) finds the month in 115 of 479 against 108 for the ten
# nearest and 92 for the nearest one; the year is best left to the ten nearest (tuned with them).
YEAR_NEIGHBOURS = 10
MONTH_NEIGHBOURS = 30
# How far back a weekday-and-date alone may place an article.
WEEKDAY_YEARS_BACK = 40
# How far after the latest year it names an article may have been written.
YEARS_AFTER = 16


def _offset_likelihood(kind: str, where: str, offset: int) -> float:
    table, before, ahead = YEAR_OFFSETS[(kind, where)]
    if offset in table:
        return table[offset]
    return before if offset > 0 else ahead


def _where(text: str, clue: Clue) -> str:
    start = clue.candidate.start
    if clue.direction > 0:
        return "future"
    if SINCE.search(text[max(0, start - 12):start]):
        return "past"
    return "lead" if start < LEAD else "body"


def _given_years(text: str, clues: list[Clue]) -> list[tuple[int, str, str]]:
    """(year, kind, where) for each date of the text that names its year (see YEAR_OFFSETS)."""
    given = []
    for c in clues:
        if isinstance(c.meaning, sem.Absolute):
            kind = "bare" if c.meaning.granularity == "year" else "full"
            where = _where(text, c)
            given.append((c.meaning.span.earliest.year, kind, where))
    return given


def _weekday_dates(clues: list[Clue]) -> list[sem.PartialDate]:
    """The dates without year that only some years have: "dimanche 17 juin", "le 29 février"."""
    return [c.meaning for c in clues if isinstance(c.meaning, sem.PartialDate) and c.meaning.day
            and (c.meaning.weekday or (c.meaning.month, c.meaning.day) == (2, 29))]


def _candidate_years(given, weekday_dates, terms) -> set[int]:
    """The years worth scoring: around those the text names, in the terms and events it names,
    and only those where its weekday-and-dates fall right (unless none does)."""
    this_year = dt.date.today().year
    years = set()
    if given:
        low, high = min(y for y, _, _ in given), max(y for y, _, _ in given)
        years.update(range(low - 3, high + YEARS_AFTER))
    for term in terms:
        if term.named_as != "former":
            years.update(y for start, end in term.spans for y in range(start.year, end.year + 1))
    if weekday_dates and not years:  # a weekday and date alone: the recent years it falls in
        years.update(range(this_year - WEEKDAY_YEARS_BACK, this_year + 1))
    if weekday_dates:
        years = {y for y in years if any(_falls_on(m, y) for m in weekday_dates)} or years
    return {y for y in years if 1900 <= y <= this_year + 1}


def _year_likelihood(year: int, given, weekday_dates, terms) -> float:
    """How well a publication year explains the text's dates: each given year by its offset,
    each weekday-and-date by whether it falls on that weekday, each office holder by their term."""
    score = 1.0
    for y, kind, where in given:
        score *= _offset_likelihood(kind, where, year - y)
    for meaning in weekday_dates:
        score *= 1.0 if _falls_on(meaning, year) else WEEKDAY_MISMATCH
    for term in terms:
        inside = any(start.year <= year <= end.year for start, end in term.spans)
        if term.named_as == "former":
            score *= IN_TERM_WHEN_FORMER if inside else 1.0
        else:
            score *= 1.0 if inside else OUT_OF_TERM[term.named_as]
    return score


def neighbour_years(neighbours) -> dict[int, float]:
    """Each year's share of the nearest YEAR_NEIGHBOURS dated articles' votes (squared
    similarity: the closest stories count most)."""
    votes: dict[int, float] = {}
    for n in neighbours[:YEAR_NEIGHBOURS]:
        votes[n.date.year] = votes.get(n.date.year, 0.0) + n.similarity ** 2
    total = sum(votes.values())
    return {y: v / total for y, v in votes.items()} if total else {}


def _publication_year(text: str, clues: list[Clue], terms: list[Term],
                      neighbours=()) -> tuple[int | None, list[int]]:
    """The likeliest year of writing and the years that tie with it (None, [] when nothing in
    the text names or implies a year, and no dated neighbour votes)."""
    given = _given_years(text, clues)
    weekday_dates = _weekday_dates(clues)
    years = _candidate_years(given, weekday_dates, terms)
    votes = neighbour_years(neighbours)
    if votes:
        # The neighbours' years are candidates however far they lie from the years the text
        # names (an obituary names the history of a life), but only those its weekday-and-dates
        # fall right in, unless none does and the text gives nothing else.
        fitting = {y for y in votes if all(_falls_on(m, y) for m in weekday_dates)}
        years |= fitting if fitting or years else set(votes)
    if not years:
        return None, []
    scores = {y: _year_likelihood(y, given, weekday_dates, terms) * (NEIGHBOUR_FLOOR + votes.get(y, 0.0) if votes else 1.0)
              for y in years}
    top = max(scores.values())
    tied = [y for y in years if scores[y] * YEAR_TIE >= top]
    if votes:  # the neighbours know this corpus's years better than a fixed prior
        return max(sorted(tied), key=lambda y: (scores[y], y)), sorted(tied)
    best = max(sorted(tied), key=lambda y: (YEAR_PRIOR.get(y, 0), scores[y], y))
    return best, sorted(tied)


@dataclass(frozen=True)
class Term:
    """The terms of office of a person the article names, and how it names them: `office` ("le
    président Barack Obama"), `former` ("l'ancien Premier ministre Manuel Valls", "le futur
    président"), or `name` alone; or the days of an `event` it names (`dated_events`)."""
    spans: tuple[tuple[dt.date, dt.date], ...]
    named_as: str


# An office word just before the name ("le président américain Barack Obama", "la chancelière
# Angela Merkel", "le président de la République François Hollande") says the person holds it;
# "ancien", "ex-", "futur", "élu" say they do not (yet). Only lower-case words may come between:
# another name ends the phrase ("l'ancien Premier ministre Manuel Valls et Angela Merkel").
_TO_NAME = r"(?:\s+(?:[a-zà-ÿ'’-]+|Premier|Première|République))*,?\s*(?:(?:M\.|Mme|Monsieur|Madame)\s+)?$"
OFFICE_BEFORE = re.compile(
    r"(?<![\w-])(?i:présidente?|premier ministre|première ministre|chancelier|chancelière|reine|roi|chef de l['’]état|"
    r"chef du gouvernement|secrétaire générale?)" + _TO_NAME)
NOT_IN_OFFICE = re.compile(
    r"(?:\b(?i:ancien|ancienne|futur|future|candidat|candidate|élu|élue|feu|défunt|défunte|prédécesseur|successeur)\b|"
    r"\b(?i:ex)-\s*[\w'’-]+)" + _TO_NAME)


def _named_as(text: str, entity: dict) -> str:
    before = text[max(0, entity["start"] - 40):entity["start"]]
    if NOT_IN_OFFICE.search(before):
        return "former"
    return "office" if OFFICE_BEFORE.search(before) else "name"


def office_terms(entities: list[dict], text: str = "") -> list[Term]:
    """The terms of the office holders an article names (actor registry, when it is there), one
    per person, named the most telling way the text names them (office, then name, then former)."""
    named: dict[str, set[str]] = {}
    for e in entities:
        actor = e.get("actor")
        if isinstance(actor, dict) and actor.get("kind") == "person":
            named.setdefault(actor["id"], set()).add(_named_as(text, e) if text else "name")
    if not named:
        return []
    try:
        from veille.actors import registry
    except ImportError:  # the actor registry is optional
        return []
    today = dt.date.today()
    spans: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for offices in registry.load().offices.values():
        for office in offices:
            if office.holder.id in named:
                spans.setdefault(office.holder.id, []).append((office.start, office.end or today))
    return [Term(tuple(spans[pid]), next(way for way in ("office", "name", "former") if way in named[pid]))
            for pid in sorted(spans)]


@dataclass(frozen=True)
class NamedEvent:
    start: int
    end: int
    first: dt.date
    last: dt.date


def dated_events(text: str) -> list[NamedEvent]:
    """The one-off events of `lexicon.DATED_EVENTS` the text names ("les Jeux olympiques de Rio")."""
    found = []
    for _name, pattern, second, first, last in lx.DATED_EVENTS:
        match = re.search(pattern, text)
        if match and (second is None or re.search(second, text)):
            named = re.search(second, text) if second else match
            found.append(NamedEvent(named.start(), named.end(), dt.date(*first), dt.date(*last)))
    return sorted(found, key=lambda e: e.start)


def _falls_on(meaning: sem.PartialDate, year: int) -> bool:
    if meaning.day > cal.last_day(year, meaning.month):
        return False
    return meaning.weekday is None or dt.date(year, meaning.month, meaning.day).isoweekday() == meaning.weekday


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


# How often the true day lies in [earliest, latest], by basis, on the corpus `dev` split with
# datelines cut (the dateline itself is taken as near-certain); a day without a year has no interval.
CONFIDENCE = {"dateline": 0.95, "stated_day": 0.8, "day": 0.6, "day_before": 0.4, "event": 0.75, "day_ahead": 0.35,
              "month": 0.4, "year": 0.6, "day_without_year": 0.1, "neighbours": 0.4,
              "distant_neighbours": 0.55}
# A neighbour this similar (TF-IDF cosine) often tells the same story: its month is the
# article's in 40 % of the dev articles dated by neighbours alone, against 15 % below it (whose
# interval is then the year, holding the day in 57 %).
CLOSE_NEIGHBOUR = 0.2
NO_ESTIMATE = {"earliest": None, "latest": None, "value": None, "confidence": 0.0, "basis": None, "evidence": []}


def _without_year(text: str, clues: list[Clue]) -> dict:
    """Only "le 17 février" and nothing to tell the year: say the day, and that the year is unknown."""
    days = [c for c in clues if isinstance(c.meaning, sem.PartialDate) and c.direction <= 0]
    if not days:
        return dict(NO_ESTIMATE)
    clue = next((c for c in days if c.meaning.relation >= 0), days[0])  # as `estimate` picks its day
    return {"earliest": None, "latest": None, "value": f"XXXX-{clue.meaning.month:02d}-{clue.meaning.day:02d}",
            "confidence": CONFIDENCE["day_without_year"], "basis": "day_without_year", "evidence": [_evidence(text, clue)]}


def _reported_days(clues: list[Clue], year: int, ahead: bool = False) -> list[tuple[dt.date, Clue]]:
    """The days the text reports in the past or present (`ahead`: in the future), placed in the
    publication year, in text order (full dates of earlier years are background)."""
    events = []
    for clue in clues:
        meaning = clue.meaning
        if (clue.direction > 0 or meaning.relation > 0) != ahead:  # "le 29 janvier prochain" is ahead
            continue
        if isinstance(meaning, sem.PartialDate):
            day = _date_in(meaning, year)
        elif meaning.granularity == "day" and meaning.span.earliest.year >= year:
            day = meaning.span.earliest
        else:
            continue
        if day is not None:
            events.append((day, clue))
    return events


def _months(candidates: list[Candidate], directions: list[int]) -> list[Clue]:
    """Months named without a year, told in the past or present ("les ventes de juin")."""
    return [Clue(c, c.meaning, d) for c, d in zip(candidates, directions) if c.type == "DATE" and d <= 0
            and isinstance(c.meaning, sem.PartialDate) and c.meaning.month and not c.meaning.day]


def _interval(text: str, earliest: dt.date, latest: dt.date, value: str, basis: str, clue: Clue) -> dict:
    return {"earliest": earliest.isoformat(), "latest": latest.isoformat(), "value": value,
            "confidence": CONFIDENCE[basis], "basis": basis, "evidence": [_evidence(text, clue)]}


def _month_after(neighbours, spans: list, year: int) -> tuple:
    """The month an article that names a month ("en juin", "août 2016") was written in, and which
    of `spans` (the months the name may be) it follows: the first span and its own month, unless
    dated neighbours of the publication `year` fall within MONTH_DAYS after one of them; then the
    month they share most (squared similarity). On the dev articles dated by a month, 6 of 60
    were in the month named, 18 in the neighbours' choice; for a reported day their month did
    worse (264 of 382 against 269), so only here."""
    votes: dict[tuple[int, str], float] = {}
    for i, span in enumerate(spans):
        latest = span.latest + dt.timedelta(days=MONTH_DAYS)
        for n in neighbours:
            if span.earliest <= n.date <= latest and n.date.year == year:
                key = (i, n.date.isoformat()[:7])
                votes[key] = votes.get(key, 0.0) + n.similarity ** 2
    if not votes:
        return spans[0], spans[0].value
    i, month = max(sorted(votes), key=votes.get)
    return spans[i], month


def _by_neighbours(neighbours, year: int) -> dict | None:
    """The month the nearest dated neighbours of `year` share (squared similarity votes): the
    month as interval when one of them is close, else the whole year. (Letting a close
    neighbour's month also override "en juin" or "le 11 janvier dernier" changed 1 in 500 dev
    articles: not done.)"""
    near = [n for n in neighbours if n.date.year == year]
    if not near:
        return None
    votes: dict[int, float] = {}
    for n in near:
        votes[n.date.month] = votes.get(n.date.month, 0.0) + n.similarity ** 2
    span = cal.month(year, max(sorted(votes), key=votes.get))
    if near[0].similarity >= CLOSE_NEIGHBOUR:
        return {"earliest": span.earliest.isoformat(), "latest": span.latest.isoformat(), "value": span.value,
                "confidence": CONFIDENCE["neighbours"], "basis": "neighbours", "evidence": []}
    # Only distant neighbours: their month is a guess (the value), the year the interval.
    return {"earliest": f"{year}-01-01", "latest": f"{year}-12-31", "value": span.value,
            "confidence": CONFIDENCE["distant_neighbours"], "basis": "distant_neighbours", "evidence": []}


# How many neighbours an estimate names: the nearest dated articles of its year, for a reader
# to open and check it by.
NAMED_NEIGHBOURS = 3


def estimate(text: str, candidates: list[Candidate], directions: list[int],
             terms: list[Term] = (), neighbours=()) -> dict:
    """The publication interval of an undated article (value None when nothing dates it).
    `neighbours`: the nearest dated articles of a reference (`dating_reference`), if any; those
    of the estimate's year are named in it (`neighbours`: id, date, similarity)."""
    result = _estimate(text, candidates, directions, terms, neighbours)
    year = (result["value"] or "")[:4]
    named = [] if result["basis"] == "dateline" or not year.isdigit() else [
        {"id": n.id, "date": n.date.isoformat(), "similarity": round(n.similarity, 3)}
        for n in neighbours if n.date.year == int(year)]
    return {**result, "neighbours": named[:NAMED_NEIGHBOURS]}


def _estimate(text: str, candidates: list[Candidate], directions: list[int], terms, neighbours) -> dict:
    dateline = DATELINE.match(text)
    if dateline:
        meaning = grammar.build_full_date(dateline, text)
        if isinstance(meaning, sem.Absolute):
            d = meaning.span.earliest
            evidence = [{"start": dateline.start("day"), "end": dateline.end("year"),
                         "text": text[dateline.start("day"):dateline.end("year")]}]
            return {"earliest": d.isoformat(), "latest": d.isoformat(), "value": d.isoformat(),
                    "confidence": CONFIDENCE["dateline"], "basis": "dateline", "evidence": evidence}

    clues = _clues(text, candidates, directions)
    named_events = dated_events(text)
    terms = list(terms) + [Term(((e.first, e.last),), "event") for e in named_events]
    year, tied = _publication_year(text, clues, terms, neighbours)
    if year is None:
        return _without_year(text, clues)
    events = _reported_days(clues, year)
    stated = [(day, clue) for day, clue in events if clue.written_after is not None]
    if stated:  # "hier, jeudi 16 août 2012": the text says which day it was written
        day, clue = stated[0]
        written = day + dt.timedelta(days=clue.written_after)
        return _interval(text, written, written, written.isoformat(), "stated_day", clue)
    recent = [(day, clue) for day, clue in events if clue.meaning.relation >= 0]
    if recent:
        day, clue = recent[0]  # the lead's event; later ones are often background or outlook
        return _interval(text, day, day + dt.timedelta(days=REPORTING_DAYS), day.isoformat(), "day", clue)
    if events:  # only "le 11 janvier dernier": written some time after that day
        day, clue = events[0]
        return _interval(text, day + dt.timedelta(days=1), day + dt.timedelta(days=LAST_DAYS), day.isoformat(), "day_before", clue)
    in_year = [e for e in named_events if e.first.year == year]
    if in_year:  # "aux Jeux olympiques de Rio": during the games, or just after
        event = in_year[0]
        return {"earliest": event.first.isoformat(), "latest": (event.last + dt.timedelta(days=REPORTING_DAYS)).isoformat(),
                "value": event.first.isoformat()[:7], "confidence": CONFIDENCE["event"], "basis": "event",
                "evidence": [{"start": event.start, "end": event.end, "text": text[event.start:event.end]}]}
    ahead = _reported_days(clues, year, ahead=True)
    if ahead:  # only "se réunira le 17 avril": written before, within weeks
        day, clue = ahead[0]
        return _interval(text, day - dt.timedelta(days=AHEAD_DAYS), day, day.isoformat()[:7], "day_ahead", clue)
    months = _months(candidates, directions)
    if months:  # "en juin": this year's June, or the article follows it
        clue = months[0]
        # This year's June, or last year's when it is told in the first months of this one.
        span, value = _month_after(neighbours, [cal.month(year, clue.meaning.month), cal.month(year - 1, clue.meaning.month)], year)
        return _interval(text, span.earliest, span.latest + dt.timedelta(days=MONTH_DAYS), value, "month", clue)
    months = [c for c in clues if c.direction <= 0 and isinstance(c.meaning, sem.Absolute)
              and c.meaning.granularity == "month" and c.meaning.span.earliest.year == year]
    if months:
        clue = max(months, key=lambda c: c.meaning.span.earliest)
        span, value = _month_after(neighbours, [clue.meaning.span], year)
        return {"earliest": span.earliest.isoformat(), "latest": (span.latest + dt.timedelta(days=MONTH_DAYS)).isoformat(),
                "value": value, "confidence": CONFIDENCE["month"], "basis": "month", "evidence": [_evidence(text, clue)]}
    by_neighbours = _by_neighbours(neighbours, year)
    if by_neighbours is not None:  # nothing in the text finer than the year
        return by_neighbours
    evidence = [_evidence(text, c) for c in clues if isinstance(c.meaning, sem.Absolute) and c.direction <= 0
                and c.meaning.span.earliest.year == year]
    # Only the year is known: the interval spans every year the text supports as well.
    return {"earliest": f"{tied[0]}-01-01", "latest": f"{tied[-1]}-12-31", "value": str(year),
            "confidence": CONFIDENCE["year"], "basis": "year", "evidence": evidence[:1]}
