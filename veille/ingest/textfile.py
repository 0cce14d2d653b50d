"""The record format: a first line ` date YYYY-MM[-DD]`, optionally followed on the same line by
the first paragraph, then the body. A file without the header is an article of unknown date."""

from __future__ import annotations

import re

from veille.ingest.records import Record, Reject, excerpt, normalise_text, parse_date

# "date" then a value, then optionally a space and the first paragraph on the same line.
_HEADER = re.compile(r"^[ \t]*date[ \t]+(?P<value>\S+)(?:[ \t]+(?P<rest>.*))?$", re.IGNORECASE)


def parse_record_text(text: str, source: str) -> Record | Reject:
    first, _, remainder = text.partition("\n")
    match = _HEADER.match(first.lstrip("\ufeff"))
    if match:
        try:
            date, precision = parse_date(match.group("value"))
        except ValueError as err:
            return Reject(source, "line 1", str(err), excerpt(first))
        body = (match.group("rest") or "") + "\n" + remainder
    else:
        date, precision, body = None, "none", text
    body = normalise_text(body)
    if not body:
        return Reject(source, "line 1", "no text after the date header" if match else "empty file")
    return Record(source=source, text=body, date=date, date_precision=precision)
