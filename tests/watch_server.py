"""A local news site on 127.0.0.1 for the watch tests and benchmark: feeds and article pages
built from corpus articles, every failure a watcher must survive, and a webhook receiver.

    /feed.xml              RSS 2.0 of the published articles (ETag and Last-Modified honoured)
    /atom.xml              the same articles as Atom
    /a/<id>.html           an article page
    /slow.xml              answers after `slow_seconds` (a timeout)
    /error.xml             HTTP 500 every time
    /busy.xml              503 with Retry-After: 1 to the first `busy_failures` requests, then the RSS
    /malformed.xml         truncated, unparseable XML
    /broken.xml            a feed whose items link to the broken pages below
    /huge.html             a 50 MB page, streamed without Content-Length
    /huge-declared.html    the same, announced by Content-Length
    /report.pdf            a PDF
    /hook                  POST: the webhook receiver; answers 500 to the first `hook_failures`
"""

from __future__ import annotations

import email.utils
import html
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

HUGE_BYTES = 50 * 1024 * 1024


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # a client that hung up mid-request (a timeout, a size limit) is what the tests provoke;
        # anything else is a fault of the site and is printed
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def article_page(article: dict) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n\n") if p.strip())
    return (
        "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(article['title'])}</title></head><body>"
        "<nav><a href=\"/\">Accueil</a> · <a href=\"/monde\">Monde</a></nav>"
        f"<header><h1>{html.escape(article['title'])}</h1></header>"
        f"<article>\n{paragraphs}\n</article>"
        "<footer>Texte sous licence CC BY 2.5 (Wikinews).</footer></body></html>"
    )


def _rfc822(timestamp: float) -> str:
    return email.utils.formatdate(timestamp, usegmt=True)


class NewsSite:
    """The site's state: tests publish articles and read what the server saw."""

    def __init__(self, slow_seconds: float = 3.0):
        self.published: list[tuple[dict, float]] = []  # (article, publication timestamp)
        self.slow_seconds = slow_seconds
        self.hook_failures = 0
        self.busy_failures = 0
        self.received: list[dict] = []  # webhook bodies, in arrival order
        self.requests: list[tuple[str, dict]] = []  # (path, headers)
        self.on_page = lambda path: None  # called as each article page is served
        self.lock = threading.Lock()
        self.server = _Server(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> "NewsSite":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def publish(self, articles: list[dict], at: float | None = None) -> None:
        with self.lock:
            for article in articles:
                self.published.append((article, at if at is not None else time.time()))

    def hits(self, path: str) -> list[dict]:
        return [headers for p, headers in self.requests if p == path]

    # -- content -----------------------------------------------------------------------------

    def _version(self) -> tuple[str, float]:
        """The feed's validators change exactly when an article is published."""
        with self.lock:
            latest = max((at for _, at in self.published), default=0.0)
            return f'"v{len(self.published)}"', latest

    def rss(self) -> str:
        with self.lock:
            published = list(self.published)
        items = "".join(
            f"<item><title>{html.escape(a['title'])}</title><link>{self.base}/a/{a['id']}.html</link>"
            f"<guid isPermaLink=\"false\">{a['id']}</guid><pubDate>{_rfc822(at)}</pubDate>"
            f"<description>{html.escape(a['text'][:200])}</description></item>"
            for a, at in reversed(published)
        )
        return (
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
            f"<title>Actualités</title><link>{self.base}/</link><description>Dépêches</description>{items}"
            "</channel></rss>"
        )

    def atom(self) -> str:
        with self.lock:
            published = list(self.published)
        iso = lambda at: time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(at))  # noqa: E731
        entries = "".join(
            f"<entry><title>{html.escape(a['title'])}</title><link href=\"{self.base}/a/{a['id']}.html\"/>"
            f"<id>urn:wikinews:{a['id']}</id><updated>{iso(at)}</updated></entry>"
            for a, at in reversed(published)
        )
        return (
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            f"<title>Actualités</title><id>urn:site</id><updated>{iso(time.time())}</updated>{entries}</feed>"
        )

    def broken_feed(self) -> str:
        links = ["/huge.html", "/huge-declared.html", "/report.pdf", "/missing.html", "/slow-page.html"]
        items = "".join(
            f"<item><title>Cas {i}</title><link>{self.base}{link}</link><guid>broken-{i}</guid>"
            f"<pubDate>{_rfc822(time.time())}</pubDate></item>"
            for i, link in enumerate(links)
        )
        return f"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cassé</title>{items}</channel></rss>"

    # -- the HTTP handler --------------------------------------------------------------------

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet tests
                pass

            def _send(self, status: int, body: bytes = b"", content_type: str = "text/plain", headers: dict | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:  # noqa: N802
                path = urlsplit(self.path).path
                with site.lock:
                    site.requests.append((path, dict(self.headers)))
                try:
                    self._route(path)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a size limit or a timeout): that is the point

            def _route(self, path: str) -> None:
                if path in ("/feed.xml", "/atom.xml"):
                    etag, latest = site._version()
                    modified = _rfc822(latest)
                    if self.headers.get("If-None-Match") == etag or (
                        not self.headers.get("If-None-Match") and self.headers.get("If-Modified-Since") == modified
                    ):
                        self.send_response(304)
                        self.send_header("ETag", etag)
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    body = site.rss() if path == "/feed.xml" else site.atom()
                    kind = "application/rss+xml" if path == "/feed.xml" else "application/atom+xml"
                    self._send(200, body.encode("utf-8"), kind + "; charset=utf-8", {"ETag": etag, "Last-Modified": modified})
                elif path.startswith("/a/"):
                    wanted = path[3:].removesuffix(".html")
                    with site.lock:
                        found = next((a for a, _ in site.published if a["id"] == wanted), None)
                    if found is None:
                        self._send(404, b"not found")
                    else:
                        site.on_page(path)
                        self._send(200, article_page(found).encode("utf-8"), "text/html; charset=utf-8")
                elif path in ("/slow.xml", "/slow-page.html"):
                    time.sleep(site.slow_seconds)
                    self._send(200, site.rss().encode("utf-8"), "application/rss+xml")
                elif path == "/error.xml":
                    self._send(500, b"internal error")
                elif path == "/busy.xml":
                    with site.lock:
                        busy = site.busy_failures > 0
                        site.busy_failures -= busy
                    if busy:
                        self._send(503, b"busy", headers={"Retry-After": "1"})
                    else:
                        self._send(200, site.rss().encode("utf-8"), "application/rss+xml")
                elif path == "/malformed.xml":
                    self._send(200, b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Oups</ti", "application/rss+xml")
                elif path == "/broken.xml":
                    self._send(200, site.broken_feed().encode("utf-8"), "application/rss+xml")
                elif path in ("/huge.html", "/huge-declared.html"):
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    if path == "/huge-declared.html":
                        self.send_header("Content-Length", str(HUGE_BYTES))
                    else:
                        self.send_header("Connection", "close")
                    self.end_headers()
                    chunk = b"<p>" + b"bla " * 16_000 + b"</p>\n"
                    sent = 0
                    while sent < HUGE_BYTES:
                        self.wfile.write(chunk)
                        sent += len(chunk)
                    self.close_connection = True
                elif path == "/report.pdf":
                    self._send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n", "application/pdf")
                else:
                    self._send(404, b"not found")

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                with site.lock:
                    site.requests.append((urlsplit(self.path).path, dict(self.headers)))
                    fail = site.hook_failures > 0
                    if fail:
                        site.hook_failures -= 1
                    else:
                        site.received.append(json.loads(body))
                self._send(500 if fail else 204)

        return Handler
