"""From a feed item to a `Record`: fetch its page and take the main text through the same
HTML reader as `veille ingest` (trafilatura), dated by the feed when the feed says when."""

from __future__ import annotations

import dataclasses

from veille.ingest.decoding import UndecodableError, decode, looks_binary
from veille.ingest.html import parse_html
from veille.ingest.records import Record, Reject, normalise_text
from veille.watch.fetch import Fetcher, FetchError
from veille.watch.state import Item

HTML_TYPES = {"text/html", "application/xhtml+xml"}
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"


def fetch_article(fetcher: Fetcher, item: Item) -> Record | Reject:
    """The article behind a feed item, or a Reject saying why not; FetchError when a retry may fix it."""
    if not item.url:
        return Reject(item.source, item.key, "feed item has no link")
    try:
        response = fetcher.get(item.url, accept=PAGE_ACCEPT)
    except FetchError as err:
        if err.permanent:
            return Reject(item.url, None, str(err))
        raise
    if response.content_type and response.content_type not in HTML_TYPES:
        return Reject(item.url, None, f"not an HTML page ({response.content_type})")
    if looks_binary(response.content):
        return Reject(item.url, None, "not an HTML page (binary content)")
    try:
        html, _ = decode(response.content)
    except UndecodableError as err:
        return Reject(item.url, None, str(err))
    parsed = parse_html(html, source=item.url, url=item.url)
    return parsed if isinstance(parsed, Reject) else with_feed_metadata(parsed, item)


def with_feed_metadata(record: Record, item: Item) -> Record:
    """The feed's date and title win: a page's date is trafilatura's guess, the feed's is stated."""
    changes = {}
    if item.published_at is not None:
        changes.update(date=item.published_at.date().isoformat(), date_precision="day")
    if item.title:
        changes["title"] = normalise_text(item.title)
    return dataclasses.replace(record, **changes)
