"""HTML pages: the article's main text through trafilatura, with its title and date."""

from __future__ import annotations

import trafilatura

from veille.ingest.records import Record, Reject, excerpt, normalise_text, parse_date


def parse_html(html: str, source: str, url: str | None = None) -> Record | Reject:
    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        return Reject(source, None, "no article text found in HTML page", excerpt(html))
    try:
        date, precision = parse_date(getattr(extracted, "date", None))
    except ValueError:
        date, precision = None, "none"
    title = getattr(extracted, "title", None)
    return Record(
        source=source,
        text=normalise_text(text),
        date=date,
        date_precision=precision,
        title=normalise_text(title) if title else None,
        url=url or getattr(extracted, "url", None),
    )
