"""Polite HTTP: one user agent, conditional GET, timeouts, retries with backoff, a per-host delay,
and a size limit checked while reading, so a 50 MB page is refused after 10 MB, not loaded whole.

httpx retries only failed connections (its transport `retries`); timeouts, 429 and 5xx answers
need the small loop below.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from veille.watch.config import HttpSettings

log = logging.getLogger(__name__)

RETRY_STATUS = {429, 500, 502, 503, 504}
MAX_RETRY_AFTER = 300.0  # seconds: a server asking for longer is retried at the next pass instead


class FetchError(RuntimeError):
    """A fetch that failed after its retries; the message is what `--status` shows.

    `permanent` when trying again cannot help (a 404, a page over the size limit), as opposed to
    a timeout or a 5xx, which the next pass retries.
    """

    def __init__(self, message: str, permanent: bool = False):
        super().__init__(message)
        self.permanent = permanent


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int
    content: bytes
    content_type: str  # media type alone, lower case: "text/html"
    etag: str | None
    last_modified: str | None
    retry_after: float | None = None  # seconds, from a 429 or 503 answer

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    def __init__(self, settings: HttpSettings, transport: httpx.BaseTransport | None = None):
        self.settings = settings
        self.client = httpx.Client(
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(settings.timeout),
            follow_redirects=True,
            transport=transport,
        )
        self._last_request: dict[str, float] = {}  # host -> monotonic time of its last request

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None, accept: str | None = None) -> Response:
        """GET with validators; a 304 comes back as a Response with no content."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        attempt = 0
        while True:
            self._wait_for_host(url)
            try:
                response = self._get_once(url, headers)
            except httpx.TimeoutException as err:
                problem = f"timed out after {self.settings.timeout:g}s ({type(err).__name__})"
                retry_after = None
            except httpx.TransportError as err:
                problem = f"connection failed: {err or type(err).__name__}"
                retry_after = None
            else:
                if response.status not in RETRY_STATUS:
                    if response.status >= 400:
                        raise FetchError(f"HTTP {response.status}", permanent=response.status not in (408, 425))
                    return response
                problem = f"HTTP {response.status}"
                retry_after = response.retry_after
            if attempt >= self.settings.retries:
                raise FetchError(f"{problem}, {attempt + 1} attempt{'s' if attempt else ''}")
            wait = self.settings.backoff * (2**attempt) * (1 + random.random() / 4)
            if retry_after is not None:
                if retry_after > MAX_RETRY_AFTER:
                    raise FetchError(f"{problem}, server asks to retry in {retry_after:.0f}s")
                wait = max(wait, retry_after)
            log.info("%s: %s; retrying in %.1fs", url, problem, wait)
            time.sleep(wait)
            attempt += 1

    def _wait_for_host(self, url: str) -> None:
        host = urlsplit(url).netloc
        ready = self._last_request.get(host, 0.0) + self.settings.host_delay
        now = time.monotonic()
        if ready > now:
            time.sleep(ready - now)
        self._last_request[host] = time.monotonic()

    def _get_once(self, url: str, headers: dict) -> Response:
        limit = self.settings.max_bytes
        with self.client.stream("GET", url, headers=headers) as response:
            if response.status_code in RETRY_STATUS or response.status_code >= 400 or response.status_code == 304:
                return _response(response, b"")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise FetchError(f"too large: {int(declared):,} bytes announced, limit {limit:,}", permanent=True)
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise FetchError(f"too large: more than {limit:,} bytes", permanent=True)
                chunks.append(chunk)
            return _response(response, b"".join(chunks))


def _response(response: httpx.Response, content: bytes) -> Response:
    headers = response.headers
    return Response(
        url=str(response.url), status=response.status_code, content=content,
        content_type=headers.get("Content-Type", "").split(";")[0].strip().lower(),
        etag=headers.get("ETag"), last_modified=headers.get("Last-Modified"),
        retry_after=_retry_after(headers.get("Retry-After")),
    )


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: either a number or an HTTP date."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
