"""What ingestion yields: a `Record` to analyse, or a `Reject` explaining why not.

Identity lives here too, so every reader (files, tables, HTML, feeds) derives the same document
id from the same input.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

PRECISIONS = ("day", "month", "year", "none")


@dataclass(frozen=True)
class Record:
    """One article, its body exactly as it will be analysed and stored."""

    source: str  # the input path, with "#N" for the Nth record of a multi-record file
    text: str
    date: str | None = None  # ISO prefix: YYYY-MM-DD, YYYY-MM or YYYY
    date_precision: str = "none"
    title: str | None = None
    url: str | None = None
    source_id: str | None = None  # the id the input gave, if any
    record: int | None = None  # 1-based index within a multi-record file
    locator: str | None = None  # where in the file, for messages ("line 12")

    @property
    def id(self) -> str:
        return document_id(self.source_id, self.text)

    def to_document(self) -> dict:
        """The base of the `veille analyze` object; extractors add their keys to it."""
        return {
            "id": self.id,
            "source": self.source,
            "date": self.date,
            "date_precision": self.date_precision,
            "title": self.title,
            "url": self.url,
            "source_id": self.source_id,
            "record": self.record,
            "text": self.text,
        }


@dataclass(frozen=True)
class Reject:
    """An input that could not become a document, and why."""

    source: str
    locator: str | None
    reason: str
    excerpt: str = field(default="")

    def message(self) -> str:
        where = f"{self.source}:{self.locator}" if self.locator else self.source
        return f"{where}: {self.reason}"


def normalise_text(text: str) -> str:
    """NFC, unified newlines, no trailing spaces, no blank margins: the stored body."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\ufeff", "")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text.strip()


_WS = re.compile(r"\s+")


def document_id(source_id: str | None, text: str) -> str:
    """Stable id from the source's own id (when given) and the whitespace-folded text.

    Folding whitespace means the same dispatch re-wrapped by another feed keeps its id.
    """
    key = (source_id or "") + "\x1f" + _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][0-9:.+\-Z]*)?$")


def parse_date(value) -> tuple[str | None, str]:
    """Parse an input date into (ISO prefix, precision); raise ValueError if impossible.

    Accepts YYYY, YYYY-MM, YYYY-MM-DD, ISO datetimes, and date/datetime objects (Parquet).
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, "none"
    if isinstance(value, dt.datetime):
        return value.date().isoformat(), "day"
    if isinstance(value, dt.date):
        return value.isoformat(), "day"
    text = str(value).strip()
    match = _DATE.match(text)
    if not match:
        raise ValueError(f"unreadable date {text!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    y = int(year)
    if month is None:
        return f"{y:04d}", "year"
    m = int(month)
    if not 1 <= m <= 12:
        raise ValueError(f"impossible date {text!r}: month {m} is not 1-12")
    if day is None:
        return f"{y:04d}-{m:02d}", "month"
    d = int(day)
    last = calendar.monthrange(y, m)[1]
    if not 1 <= d <= last:
        raise ValueError(f"impossible date {text!r}: {y:04d}-{m:02d} has {last} days")
    return f"{y:04d}-{m:02d}-{d:02d}", "day"


def date_bounds(date: str | None, precision: str) -> tuple[dt.date | None, dt.date | None]:
    """The interval a date of some precision stands for: 2021-12 is [2021-12-01, 2021-12-31]."""
    if not date or precision == "none":
        return None, None
    parts = [int(p) for p in date.split("-")]
    if precision == "year":
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if precision == "month":
        last = calendar.monthrange(parts[0], parts[1])[1]
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
    day = dt.date(*parts)
    return day, day


def excerpt(text: str, limit: int = 120) -> str:
    text = _WS.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
