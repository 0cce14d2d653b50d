"""`veille watch` against a local news site: new items stored once, politeness, every failure."""

from __future__ import annotations

import os
import threading
import time

import pytest
from conftest import corpus_articles
from watch_server import NewsSite, article_page

from veille import jobs
from veille.ingest.textfile import parse_record_text
from veille.store import Store
from veille.watch import state
from veille.watch.config import HttpSettings, WatchConfig
from veille.watch.feeds import poll_feed
from veille.watch.fetch import Fetcher, FetchError
from veille.watch.runner import Watcher

FAST = HttpSettings(user_agent="veille-test/1.0 (+mailto:veille@example.org)", timeout=0.5, retries=1,
                    backoff=0.01, host_delay=0.0, max_bytes=2_000_000)


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    found = corpus_articles("dev", 12)
    if len(found) < 12:
        pytest.skip("shared corpus not found")
    return found


@pytest.fixture
def site():
    with NewsSite(slow_seconds=1.5) as running:
        yield running


def watcher(tmp_path, *feeds, http=FAST, **kwargs) -> Watcher:
    store = Store(str(tmp_path / "watch.duckdb"))
    return Watcher(store, WatchConfig(feeds=feeds, http=http, **kwargs))


def documents(store: Store) -> list[dict]:
    with store.reading() as con:
        cursor = con.execute("SELECT id, url, title, date, date_precision, text FROM documents ORDER BY url")
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]


def items(store: Store) -> dict[str, tuple[str, str | None]]:
    with store.reading() as con:
        return {url or key: (status, error) for key, url, status, error in
                con.execute("SELECT item, url, status, last_error FROM watch_items").fetchall()}


def test_new_items_are_fetched_analysed_and_stored_once(tmp_path, site, articles):
    published = time.mktime((2022, 2, 21, 18, 30, 0, 0, 0, -1))
    site.publish(articles[:3], at=published)
    w = watcher(tmp_path, site.url("/feed.xml"))
    first = w.run_pass()
    assert (first.new_items, first.stored, first.failed_sources) == (3, 3, [])
    stored = {d["url"].rsplit("/", 1)[1]: d for d in documents(w.store)}
    for article in articles[:3]:
        doc = stored[article["id"] + ".html"]
        assert doc["title"] == article["title"]  # the feed's title
        assert (doc["date"], doc["date_precision"]) == ("2022-02-21", "day")  # the feed's date, not the page's
        first_paragraph = article["text"].split("\n\n")[0]
        assert doc["text"].startswith(first_paragraph)  # the main text, without navigation or footer
        assert "Accueil" not in doc["text"] and "licence CC BY" not in doc["text"]

    # Nothing new: a conditional GET answered 304, nothing fetched or stored again.
    second = w.run_pass()
    assert (second.new_items, second.stored) == (0, 0)
    feed_requests = site.hits("/feed.xml")
    assert feed_requests[0].get("If-None-Match") is None
    assert feed_requests[1].get("If-None-Match") == '"v3"'
    assert feed_requests[1].get("If-Modified-Since")
    assert len(site.hits("/a/" + articles[0]["id"] + ".html")) == 1

    site.publish(articles[3:4])
    third = w.run_pass()
    assert (third.new_items, third.stored) == (1, 1)
    assert len(documents(w.store)) == 4

    [row] = state.status(w.store)
    assert (row["items_seen"], row["items_stored"], row["items_pending"], row["last_error"]) == (4, 4, 0, None)
    assert row["last_success_at"] and row["lag_seconds"] >= 0
    assert all(h.get("User-Agent") == FAST.user_agent for _, h in site.requests)


def test_an_article_already_ingested_is_skipped_with_the_same_identity(tmp_path, site, articles):
    article = articles[4]
    page = tmp_path / "page.html"
    page.write_text(article_page(article), encoding="utf-8")
    w = watcher(tmp_path, site.url("/atom.xml"))
    jobs.ingest([str(page)], w.store)  # the same page saved and ingested by hand
    [before] = documents(w.store)

    site.publish([article])
    report = w.run_pass()
    assert (report.new_items, report.stored) == (1, 0)
    [after] = documents(w.store)
    assert after["id"] == before["id"]
    assert items(w.store)[site.url(f"/a/{article['id']}.html")] == ("done", None)


def test_failing_feeds_and_pages_are_reported_and_never_stop_the_others(tmp_path, site, articles):
    site.publish(articles[5:7])
    broken = ["/error.xml", "/malformed.xml", "/slow.xml", "/broken.xml"]
    w = watcher(tmp_path, *(site.url(p) for p in broken), site.url("/feed.xml"))
    report = w.run_pass()

    assert report.stored == 2  # the good feed, listed last, went through
    assert sorted(report.failed_sources) == sorted(site.url(p) for p in ["/error.xml", "/malformed.xml", "/slow.xml"])
    errors = {row["source"]: row["last_error"] for row in state.status(w.store)}
    assert errors[site.url("/error.xml")] == "HTTP 500, 2 attempts"
    assert len(site.hits("/error.xml")) == 1 + FAST.retries  # retried with backoff, then given up
    assert errors[site.url("/malformed.xml")].startswith("malformed feed:")
    assert errors[site.url("/slow.xml")].startswith("timed out after 0.5s")
    assert errors[site.url("/broken.xml")] is None and errors[site.url("/feed.xml")] is None

    outcome = items(w.store)
    assert outcome[site.url("/report.pdf")] == ("rejected", "not an HTML page (application/pdf)")
    assert outcome[site.url("/huge.html")] == ("rejected", "too large: more than 2,000,000 bytes")
    assert outcome[site.url("/huge-declared.html")] == ("rejected", "too large: 52,428,800 bytes announced, limit 2,000,000")
    assert outcome[site.url("/missing.html")] == ("rejected", "HTTP 404")
    # A page that timed out is not given up at once: the next pass tries again.
    assert outcome[site.url("/slow-page.html")][0] == "pending"
    assert outcome[site.url("/slow-page.html")][1].startswith("timed out")
    with w.store.reading() as con:
        rejects = dict(con.execute("SELECT source, reason FROM rejects").fetchall())
    assert rejects[site.url("/report.pdf")] == "not an HTML page (application/pdf)"

    # A page that keeps timing out is given up after three passes, and listed with the rejects.
    w.run_pass()
    w.run_pass()
    status, error = items(w.store)[site.url("/slow-page.html")]
    assert status == "failed" and error.startswith("timed out")
    with w.store.reading() as con:
        rejects = dict(con.execute("SELECT source, reason FROM rejects").fetchall())
    assert rejects[site.url("/slow-page.html")].endswith("(given up after 3 attempts)")

    # A source that recovers has its error cleared; the others keep theirs.
    site.slow_seconds = 0.0
    w.run_pass()
    errors = {row["source"]: row["last_error"] for row in state.status(w.store)}
    assert errors[site.url("/slow.xml")] is None and errors[site.url("/error.xml")] == "HTTP 500, 2 attempts"


def test_a_busy_server_is_retried_after_the_delay_it_asks_for(site, articles):
    site.publish(articles[9:10])
    site.busy_failures = 2
    patient = HttpSettings(user_agent="veille-test", timeout=2, retries=2, backoff=0.01, host_delay=0.0)
    with Fetcher(patient) as fetcher:
        started = time.monotonic()
        poll = poll_feed(fetcher, site.url("/busy.xml"))
        assert time.monotonic() - started >= 2 * 1.0  # Retry-After: 1, twice, over a 0.01s backoff
    assert [item.title for item in poll.items] == [articles[9]["title"]]
    assert len(site.hits("/busy.xml")) == 3
    site.busy_failures = 5
    with Fetcher(patient) as fetcher, pytest.raises(FetchError, match="HTTP 503, 3 attempts"):
        poll_feed(fetcher, site.url("/busy.xml"))


def test_per_host_delay_spaces_requests_to_one_host(tmp_path, site, articles):
    site.publish(articles[7:9])
    polite = HttpSettings(user_agent="veille-test", timeout=2, retries=0, backoff=0.01, host_delay=0.3)
    w = watcher(tmp_path, site.url("/feed.xml"), http=polite)
    started = time.monotonic()
    w.run_pass()
    assert len(site.requests) == 3  # the feed, then two pages
    assert time.monotonic() - started >= 2 * 0.3


def test_folders_take_new_and_rewritten_files(tmp_path, seed_dir):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "001.txt").write_bytes((seed_dir / "001.txt").read_bytes())
    store = Store(str(tmp_path / "watch.duckdb"))
    w = Watcher(store, WatchConfig(folders=(str(inbox),), settle=0.0))
    assert w.run_pass().stored == 1
    assert w.run_pass().new_items == 0

    (inbox / "002.txt").write_bytes((seed_dir / "002.txt").read_bytes())
    (inbox / "notes.tsv").write_text("not\tan article\n")  # not a kind ingest takes from a folder
    report = w.run_pass()
    assert (report.new_items, report.stored) == (1, 1)

    rewritten = (seed_dir / "003.txt").read_text(encoding="utf-8")
    (inbox / "001.txt").write_text(rewritten, encoding="utf-8")
    os.utime(inbox / "001.txt", (time.time() - 10, time.time() - 10))  # a new mtime even on coarse clocks
    report = w.run_pass()
    assert (report.new_items, report.stored) == (1, 1)
    texts = [d["text"] for d in documents(store)]
    assert len(texts) == 3 and parse_record_text(rewritten, "003.txt").text in texts

    # A file still being written (modified within `settle`) waits for the next pass.
    patient = Watcher(store, WatchConfig(folders=(str(inbox),), settle=60.0))
    (inbox / "004.txt").write_bytes((seed_dir / "004.txt").read_bytes())
    assert patient.run_pass().new_items == 0


def test_passes_repeat_every_interval_until_stopped(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    store = Store(str(tmp_path / "watch.duckdb"))
    w = Watcher(store, WatchConfig(folders=(str(inbox),), every=0.3, settle=0.0))
    runner = threading.Thread(target=w.run)
    runner.start()
    time.sleep(1.5)
    w.stop.set()
    runner.join(timeout=5)
    assert not runner.is_alive()  # stopping interrupts the wait between passes
    [row] = state.status(store)
    assert 3 <= row["polls"] <= 6 and row["last_error"] is None


def test_a_republished_wire_joins_the_story_of_the_original(tmp_path, site, articles):
    original = articles[10]
    paragraphs = original["text"].split("\n\n")
    # The same dispatch on another site: a dateline, a credit line, one paragraph dropped.
    reprint = {**original, "id": original["id"] + "-reprise",
               "text": "PARIS (AFP) - " + "\n\n".join(paragraphs[:-1] if len(paragraphs) > 2 else paragraphs)
               + "\n\n(Avec AFP)"}
    site.publish([original])
    w = watcher(tmp_path, site.url("/feed.xml"))
    w.run_pass()
    site.publish([reprint])
    assert w.run_pass().stored == 1  # a different text: a document of its own...
    with w.store.reading() as con:
        stories = dict(con.execute("SELECT d.url, s.story_id FROM stories s JOIN documents d ON d.id = s.doc_id").fetchall())
    first = stories[site.url(f"/a/{original['id']}.html")]
    assert stories[site.url(f"/a/{reprint['id']}.html")] == first  # ...in the original's story
