"""Alert delivery: a JSON POST to the webhook, retried with backoff, recorded in the store.

Delivery is at least once: an alert is marked delivered after the receiver answered 2xx, so a
watcher killed in between posts it again on restart; receivers deduplicate on the alert `id`.
"""

from __future__ import annotations

import logging
import time

import httpx

from veille.store import Store
from veille.watch.alerts import alert_payloads
from veille.watch.config import HttpSettings
from veille.watch.state import utcnow

log = logging.getLogger(__name__)

MAX_DELIVERY_ATTEMPTS = 5  # passes that retry an undelivered alert before giving it up


def post_json(client: httpx.Client, url: str, payload: dict, retries: int, backoff: float) -> str | None:
    """POST until a 2xx; return None on success, else the last problem."""
    problem = None
    for attempt in range(retries + 1):
        if attempt:
            time.sleep(backoff * 2 ** (attempt - 1))
        try:
            response = client.post(url, json=payload)
        except httpx.HTTPError as err:
            problem = f"{type(err).__name__}: {err}"
            continue
        if response.is_success:
            return None
        problem = f"HTTP {response.status_code}"
        if 400 <= response.status_code < 500 and response.status_code not in (408, 429):
            break  # the receiver refuses this payload; retrying will not change its mind
    return problem


class Webhook:
    def __init__(self, url: str, settings: HttpSettings):
        self.url = url
        self.settings = settings
        self.client = httpx.Client(headers={"User-Agent": settings.user_agent}, timeout=settings.timeout)

    def close(self) -> None:
        self.client.close()

    def deliver_pending(self, store: Store) -> tuple[int, int]:
        """Post every alert not yet delivered; return (delivered, failed)."""
        with store.writing() as con:
            ids = [r[0] for r in con.execute(
                "SELECT id FROM alerts WHERE delivered_at IS NULL AND delivery_attempts < ? ORDER BY created_at, id",
                [MAX_DELIVERY_ATTEMPTS],
            ).fetchall()]
            payloads = alert_payloads(con, ids) if ids else []
        delivered = failed = 0
        for payload in payloads:
            problem = post_json(self.client, self.url, payload, self.settings.retries, self.settings.backoff)
            with store.writing() as con:
                con.execute(
                    "UPDATE alerts SET delivery_attempts = delivery_attempts + 1, delivery_error = ?, "
                    "delivered_at = CASE WHEN ? THEN ? ELSE NULL END WHERE id = ?",
                    [problem, problem is None, utcnow(), payload["id"]],
                )
            if problem is None:
                delivered += 1
            else:
                failed += 1
                log.warning("alert %s not delivered to %s: %s", payload["id"], self.url, problem)
        return delivered, failed
