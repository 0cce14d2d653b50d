"""What a matched time expression means, before it is anchored.

The grammar turns "mardi soir" into `DayPart("EV", day=Weekday(2))`; resolving it against an
anchor day gives a `calendar.Span`. `base` says which anchor a meaning needs:

- None: none ("7 décembre 2021", "deux heures");
- "document": the article's date ("hier", "l'an dernier", "mardi", "le 7 décembre");
- "narrative": the last day the text itself mentioned ("la veille", "deux jours plus tard"),
  falling back to the article date when the text named none.

`direction` (-1 past, +1 future, 0 unknown) comes from the tense of the governing verb and picks
which "mardi" or which "7 décembre" is meant.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable

from veille.analyze.timex import calendar as cal
from veille.analyze.timex.calendar import Span


def _distance(span: Span, anchor: dt.date) -> int:
    if span.earliest <= anchor <= span.latest:
        return 0
    return min(abs((span.earliest - anchor).days), abs((span.latest - anchor).days))


# Tense is read by a parser and can be wrong; it may move a date away from the nearest reading,
# but not by more than about half a year (then the nearest reading wins).
MAX_TENSE_SHIFT = 200


def pick(spans: list[Span], anchor: dt.date, direction: int, strict: bool = False) -> Span:
    """Among candidate spans, the one the tense points to: the latest not after the anchor
    (past), the first not before it (future), else the nearest (ties go to the past).
    `strict` ("dernier", "prochain") excludes the anchor's own span and always obeys."""
    chosen = None
    if direction < 0:
        past = [s for s in spans if (s.latest < anchor if strict else s.earliest <= anchor)]
        if past:
            chosen = max(past, key=lambda s: s.earliest)
    elif direction > 0:
        future = [s for s in spans if (s.earliest > anchor if strict else s.latest >= anchor)]
        if future:
            chosen = min(future, key=lambda s: s.earliest)
    if chosen is not None and (strict or _distance(chosen, anchor) <= MAX_TENSE_SHIFT):
        return chosen
    return min(spans, key=lambda s: (_distance(s, anchor), s.earliest > anchor))


@dataclass
class Meaning:
    base: str | None = field(default=None, init=False)
    mod: str | None = field(default=None, init=False)
    # Which granularity a resolved value has; "day" meanings can serve as narrative reference.
    granularity: str = field(default="day", init=False)
    # "dernier" (-1) / "prochain" (+1): says the direction outright, strictly before or after.
    relation: int = field(default=0, init=False)

    def choose(self, spans: list[Span], anchor: dt.date, direction: int) -> Span:
        if self.relation:
            return pick(spans, anchor, self.relation, strict=True)
        return pick(spans, anchor, direction)

    def resolve(self, anchor: dt.date | None, direction: int) -> Span:
        raise NotImplementedError


@dataclass
class Absolute(Meaning):
    """Fully specified: "7 décembre 2021", "juin 2016", "les années 1990"."""
    span: Span
    unit: str = "day"

    def __post_init__(self):
        self.granularity = self.unit

    def resolve(self, anchor, direction):
        return self.span


@dataclass
class PartialDate(Meaning):
    """A date missing its year (and maybe its month): "le 7 décembre", "en juin", "mardi 7"."""
    month: int | None
    day: int | None = None
    weekday: int | None = None

    def __post_init__(self):
        self.base = "document"
        self.granularity = "day" if self.day else "month"

    def resolve(self, anchor, direction):
        if anchor is None:
            if self.month is None:
                return Span(f"XXXX-XX-{self.day:02d}", None, None)
            return Span(f"XXXX-{self.month:02d}" + (f"-{self.day:02d}" if self.day else ""), None, None)
        candidates = []
        if self.month is None:  # "mardi 7": the 7th of a month around the anchor
            for months in (-1, 0, 1):
                first = cal.shift_months(anchor.replace(day=1), months)
                if self.day <= cal.last_day(first.year, first.month):
                    d = first.replace(day=self.day)
                    if self.weekday is None or d.isoweekday() == self.weekday:
                        candidates.append(cal.day(d))
        else:
            for year in (anchor.year - 1, anchor.year, anchor.year + 1):
                if self.day is None:
                    candidates.append(cal.month(year, self.month))
                elif self.day <= cal.last_day(year, self.month):
                    candidates.append(cal.day(dt.date(year, self.month, self.day)))
            # "jeudi 16 septembre": the year whose 16 September is a Thursday, if one is near.
            agreeing = [c for c in candidates if self.weekday and self.day and c.earliest.isoweekday() == self.weekday]
            candidates = agreeing or candidates
        if not candidates:
            return Span("XXXX-XX-XX", None, None)
        return self.choose(candidates, anchor, direction)


@dataclass
class Yearly(Meaning):
    """Something that comes once a year, year unknown: "l'été", "Noël", "Pâques"."""
    label: str                      # value when no anchor: "XXXX-SU", "XXXX-12-25"
    span_in: Callable[[int], Span]  # the span it covers in a given year
    unit: str = "day"

    def __post_init__(self):
        self.base = "document"
        self.granularity = self.unit

    def resolve(self, anchor, direction):
        if anchor is None:
            return Span(self.label, None, None)
        return self.choose([self.span_in(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)], anchor, direction)


@dataclass
class Shift(Meaning):
    """n calendar units from the anchor, at that unit's granularity: "hier" (day, -1),
    "la semaine prochaine" (week, +1), "il y a trois ans" (year, -3), "la veille" (narrative)."""
    unit: str
    n: int
    anchor_kind: str = "document"
    present_when_untensed: bool = False  # "aujourd'hui" in the present tense: PRESENT_REF

    def __post_init__(self):
        self.base = self.anchor_kind
        self.granularity = self.unit

    def resolve(self, anchor, direction):
        if self.present_when_untensed and direction == 0:
            return Span("PRESENT_REF", anchor, anchor)
        if anchor is None:
            return Span(cal.UNKNOWN[self.unit], None, None)
        n = self.n
        if self.unit == "weekend" and n == 0 and direction < 0 and anchor.isoweekday() < 6:
            n = -1  # "ce week-end" told in the past on a weekday: the one just gone
        return cal.at_granularity(self.unit, cal.shift(self.unit, anchor, n))


@dataclass
class Weekday(Meaning):
    """"mardi", "lundi dernier", "jeudi prochain": a day of the week near the anchor."""
    weekday: int                 # ISO: 1 = lundi

    def __post_init__(self):
        self.base = "document"

    def resolve(self, anchor, direction):
        if anchor is None:
            return Span(f"XXXX-WXX-{self.weekday}", None, None)
        offset = (self.weekday - anchor.isoweekday()) % 7
        days = [anchor + dt.timedelta(days=offset + k) for k in (-14, -7, 0, 7)]
        return self.choose([cal.day(d) for d in days], anchor, direction)


@dataclass
class Reference(Meaning):
    """"actuellement", "désormais" (PRESENT_REF), "auparavant" (PAST_REF), "l'avenir"
    (FUTURE_REF): the moment of writing, or before or after it."""
    value: str = "PRESENT_REF"

    def __post_init__(self):
        self.base = "document"

    def resolve(self, anchor, direction):
        if anchor is None or self.value != "PRESENT_REF":
            return Span(self.value, None, None)
        return Span(self.value, anchor, anchor)


@dataclass
class ClockTime(Meaning):
    """"15h30", "vers 15H00 GMT", "midi" on a day (its own, or the day in context)."""
    hour: int
    minute: int
    zone: str | None = None        # "UTC", "PARIS" or None (local time)
    day: Meaning | None = None

    def at(self, day_span: Span) -> Span:
        return cal.clock(day_span, self.hour, self.minute, self.zone)


@dataclass
class DayPart(Meaning):
    """"mardi soir", "ce matin", "en fin d'après-midi": a part of a day."""
    code: str                      # MO, AF, EV, NI, DT
    day: Meaning | None = None

    def at(self, day_span: Span) -> Span:
        return cal.day_part(day_span, self.code)


@dataclass
class Duration(Meaning):
    """"pendant deux heures" -> PT2H, "depuis huit ans" -> P8Y, "quelques jours" -> PXD."""
    value: str

    def resolve(self, anchor, direction):
        return Span(self.value, None, None)


@dataclass
class Recurrence(Meaning):
    """"chaque mardi" -> XXXX-WXX-2, "tous les ans" -> P1Y."""
    value: str

    def resolve(self, anchor, direction):
        return Span(self.value, None, None)


def duration_value(count, letter: str, in_time: bool) -> str:
    """3, 'D' -> P3D; 2, 'H' -> PT2H; 'X', 'Y' -> PXY; 2.5, 'Y' -> P2.5Y."""
    if isinstance(count, float):
        count = int(count) if count.is_integer() else round(count, 3)
    return f"P{'T' if in_time else ''}{count}{letter}"
