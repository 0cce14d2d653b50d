"""Calendar arithmetic behind TIMEX3 values: each function gives a value and the interval it spans.

A `Span` is what a time expression stands for once resolved: its TIMEX3 `value` ("2021-12",
"2021-W49", "2021-12-07T15:00Z") and the first and last instant it covers. Dates are
`datetime.date`; clock times are `datetime.datetime`.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from veille.analyze.timex.lexicon import DAY_PART_HOURS, SEASON_BOUNDS

PARIS = ZoneInfo("Europe/Paris")


@dataclass(frozen=True)
class Span:
    value: str
    earliest: dt.date | dt.datetime | None
    latest: dt.date | dt.datetime | None


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def day(d: dt.date) -> Span:
    return Span(d.isoformat(), d, d)


def month(year: int, month_: int) -> Span:
    return Span(f"{year:04d}-{month_:02d}", dt.date(year, month_, 1), dt.date(year, month_, last_day(year, month_)))


def year(year_: int) -> Span:
    return Span(f"{year_:04d}", dt.date(year_, 1, 1), dt.date(year_, 12, 31))


def week(d: dt.date) -> Span:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return Span(f"{iso.year:04d}-W{iso.week:02d}", monday, monday + dt.timedelta(days=6))


def weekend(d: dt.date) -> Span:
    base = week(d)
    return Span(base.value + "-WE", base.earliest + dt.timedelta(days=5), base.latest)


def quarter(year_: int, q: int) -> Span:
    first = 3 * (q - 1) + 1
    return Span(f"{year_:04d}-Q{q}", dt.date(year_, first, 1), dt.date(year_, first + 2, last_day(year_, first + 2)))


def half(year_: int, h: int) -> Span:
    first = 6 * (h - 1) + 1
    return Span(f"{year_:04d}-H{h}", dt.date(year_, first, 1), dt.date(year_, first + 5, last_day(year_, first + 5)))


def decade(prefix: int) -> Span:
    """prefix 199 -> the 1990s."""
    return Span(f"{prefix:03d}", dt.date(prefix * 10, 1, 1), dt.date(prefix * 10 + 9, 12, 31))


def century(prefix: int) -> Span:
    """prefix 19 -> the years 1900-1999 (TIMEX3 writes a century as its first two digits)."""
    return Span(f"{prefix:02d}", dt.date(prefix * 100, 1, 1), dt.date(prefix * 100 + 99, 12, 31))


def season(year_: int, code: str) -> Span:
    (m1, d1), (m2, d2) = SEASON_BOUNDS[code]
    end_year = year_ + 1 if code == "WI" else year_
    return Span(f"{year_:04d}-{code}", dt.date(year_, m1, d1), dt.date(end_year, m2, d2))


def shift_months(d: dt.date, months: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + months
    y, m = divmod(index, 12)
    return dt.date(y, m + 1, min(d.day, last_day(y, m + 1)))


def at_granularity(granularity: str, d: dt.date) -> Span:
    """The calendar unit of the given granularity that contains day `d`."""
    if granularity == "day":
        return day(d)
    if granularity == "week":
        return week(d)
    if granularity == "weekend":
        return weekend(d)
    if granularity == "month":
        return month(d.year, d.month)
    if granularity == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if granularity == "year":
        return year(d.year)
    if granularity == "decade":
        return decade(d.year // 10)
    if granularity == "century":
        return century(d.year // 100)
    raise ValueError(granularity)


def shift(granularity: str, d: dt.date, n: int) -> dt.date:
    """Move day `d` by n units of the granularity."""
    if granularity == "day":
        return d + dt.timedelta(days=n)
    if granularity in ("week", "weekend"):
        return d + dt.timedelta(weeks=n)
    if granularity == "month":
        return shift_months(d, n)
    if granularity == "quarter":
        return shift_months(d, 3 * n)
    if granularity == "year":
        return shift_months(d, 12 * n)
    if granularity == "decade":
        return shift_months(d, 120 * n)
    if granularity == "century":
        return shift_months(d, 1200 * n)
    raise ValueError(granularity)


# What a value looks like when the anchor is unknown (no article date): "XXXX-XX-XX" for a day.
UNKNOWN = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
    "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX",
}


def narrow(span: Span, mod: str | None) -> Span:
    """`début`/`mi`/`fin`: the first, middle or last third of the interval; the value is unchanged
    (TIMEX3 puts the position in `mod`)."""
    if mod not in ("START", "MID", "END") or span.earliest is None or isinstance(span.earliest, dt.datetime):
        return span
    length = (span.latest - span.earliest).days + 1
    third = max(1, length // 3)
    if mod == "START":
        return Span(span.value, span.earliest, span.earliest + dt.timedelta(days=third - 1))
    if mod == "END":
        return Span(span.value, span.latest - dt.timedelta(days=third - 1), span.latest)
    start = span.earliest + dt.timedelta(days=third)
    return Span(span.value, start, min(span.latest, start + dt.timedelta(days=third - 1)))


def zone_suffix(zone: str | None, d: dt.date | None) -> str:
    """'Z' for GMT/UTC; Paris's offset on that day (winter +01:00, summer +02:00); '' for local time."""
    if zone == "UTC":
        return "Z"
    if zone == "PARIS" and d is not None:
        offset = dt.datetime(d.year, d.month, d.day, 12, tzinfo=PARIS).utcoffset()
        hours = int(offset.total_seconds() // 3600)
        return f"+{hours:02d}:00"
    return ""


def clock(day_span: Span, hour: int, minute: int, zone: str | None) -> Span:
    """A clock time on a day; the day may be unknown (masked value, no interval)."""
    d = day_span.earliest if day_span.earliest == day_span.latest else None
    value = f"{day_span.value}T{hour:02d}:{minute:02d}{zone_suffix(zone, d)}"
    if d is None:
        return Span(value, None, None)
    instant = dt.datetime(d.year, d.month, d.day, hour, minute)
    return Span(value, instant, instant)


def day_part(day_span: Span, code: str) -> Span:
    """'mardi soir' -> 2021-12-07TEV, from 18:00 to 23:59 that day."""
    value = f"{day_span.value}T{code}"
    if day_span.earliest is None:
        return Span(value, None, None)
    first, last = DAY_PART_HOURS[code]
    e, l = day_span.earliest, day_span.latest
    return Span(value, dt.datetime(e.year, e.month, e.day, first, 0), dt.datetime(l.year, l.month, l.day, last, 59))


def mask(values: list[str]) -> str:
    """What every value has in common, character by character, X where they differ:
    ['2021-11-30', '2021-12-07'] -> '2021-1X-XX'. Always a truthful (if loose) TIMEX3 pattern."""
    first = values[0]
    if any(len(v) != len(first) for v in values):
        return "".join("X" if c.isdigit() else c for c in first)
    return "".join(c if all(v[i] == c for v in values) else "X" for i, c in enumerate(first))
