"""RSS and Atom feeds through feedparser: a conditional GET, then the entries as watch items."""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
from dataclasses import dataclass

import feedparser

from veille.watch.fetch import Fetcher, FetchError
from veille.watch.state import Item

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"


@dataclass(frozen=True)
class FeedPoll:
    items: list[Item]
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    warning: str | None = None  # a feed parsed despite errors (feedparser's "bozo" with entries)


def poll_feed(fetcher: Fetcher, url: str, etag: str | None = None, last_modified: str | None = None) -> FeedPoll:
    """Fetch and parse one feed; raise FetchError when it cannot be read at all."""
    response = fetcher.get(url, etag=etag, last_modified=last_modified, accept=FEED_ACCEPT)
    if response.not_modified:
        return FeedPoll([], etag, last_modified, not_modified=True)
    parsed = feedparser.parse(response.content, response_headers={"content-type": response.content_type or "application/xml"})
    if parsed.bozo and not parsed.entries:
        raise FetchError(f"malformed feed: {_reason(parsed.bozo_exception)}")
    if not parsed.version and not parsed.entries:
        raise FetchError(f"not a feed ({response.content_type or 'no content type'})")
    items = [item for entry in parsed.entries if (item := _item(url, entry))]
    warning = f"feed parsed despite errors: {_reason(parsed.bozo_exception)}" if parsed.bozo else None
    return FeedPoll(items, response.etag, response.last_modified, warning=warning)


def _item(feed_url: str, entry) -> Item | None:
    link = entry.get("link")
    key = entry.get("id") or link
    if not key:  # no id nor link: the title and summary are all that tells entries apart
        text = (entry.get("title") or "") + "\x1f" + (entry.get("summary") or "")
        if not text.strip("\x1f"):
            return None
        key = "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return Item(source=feed_url, key=key, url=link, title=entry.get("title"), published_at=_published(entry))


def _published(entry) -> dt.datetime | None:
    """feedparser gives UTC struct_time; naive UTC datetime, as the store keeps times."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.timezone.utc).replace(tzinfo=None)


def _reason(exception) -> str:
    text = str(exception) if exception else "unknown error"
    return text.splitlines()[0][:200]
