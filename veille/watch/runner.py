"""The watcher: each pass polls every source, stores each new article through the same
analyse-and-write path as `veille ingest`, applies the alert rules and delivers what matched.

One source failing is recorded against that source and never stops the others; one article
failing never stops its batch. Stopping (the `stop` event, set on SIGTERM) is honoured between
two fetches: the articles in hand (at most `config.batch`) are stored and alerted, then it returns.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

from veille import jobs
from veille.analyze import analyser_version
from veille.analyze.pipeline import batched
from veille.ingest import Record, Reject, read_sources
from veille.query.documents import get_document
from veille.store import Store, StoreError
from veille.watch import state
from veille.watch.alerts import AlertEngine, alert_payloads
from veille.watch.config import WatchConfig
from veille.watch.delivery import Webhook
from veille.watch.feeds import poll_feed
from veille.watch.fetch import Fetcher, FetchError
from veille.watch.folders import list_folder
from veille.watch.pages import fetch_article
from veille.watch.rules import Rule
from veille.watch.state import Item, Pending

log = logging.getLogger(__name__)


@dataclass
class PassReport:
    sources: int = 0
    failed_sources: list[str] = field(default_factory=list)
    new_items: int = 0
    stored: int = 0  # documents new to the store
    rejected: int = 0
    alerts: int = 0
    stopped: bool = False


class Watcher:
    def __init__(
        self,
        store: Store,
        config: WatchConfig,
        rules: list[Rule] = (),
        stop: threading.Event | None = None,
        on_alert: Callable[[dict], None] = lambda payload: None,
        on_event: Callable[[str], None] = lambda message: None,
    ):
        self.store = store
        self.config = config
        self.engine = AlertEngine(list(rules))
        self.stop = stop or threading.Event()
        self.on_alert = on_alert  # each new alert, as its JSON payload
        self.on_event = on_event  # one line per thing worth telling (stored, rejected, failed)
        self.fetcher = Fetcher(config.http)
        self.webhook = Webhook(config.webhook, config.http) if config.webhook else None

    def close(self) -> None:
        self.fetcher.close()
        if self.webhook:
            self.webhook.close()

    # -- passes ------------------------------------------------------------------------------

    def run(self, once: bool = False) -> PassReport:
        """A pass every `config.every` seconds, from the start of one to the start of the next
        (at once when a pass took longer), until stopped; or a single pass."""
        while True:
            started = time.monotonic()
            report = self.run_pass()
            if once or self.stop.is_set():
                return report
            if self.stop.wait(max(0.0, self.config.every - (time.monotonic() - started))):
                return report

    def run_pass(self) -> PassReport:
        report = PassReport()
        self._deliver()  # what an earlier run left undelivered
        sources = [(url, "feed") for url in self.config.feeds] + [(path, "folder") for path in self.config.folders]
        for source, kind in sources:
            if self.stop.is_set():
                break
            report.sources += 1
            try:
                self._poll(source, kind, report)
            except StoreError:
                raise  # the store itself is unusable: nothing else can go on
            except Exception as err:  # one source must never stop the others
                message = str(err) if isinstance(err, (FetchError, OSError)) else f"{type(err).__name__}: {err}"
                if not isinstance(err, (FetchError, OSError)):
                    log.exception("polling %s failed", source)
                state.record_poll(self.store, source, kind, error=message)
                report.failed_sources.append(source)
                self.on_event(f"failed {source}: {message}")
            self._process(source, kind, report)  # items pending from earlier passes, even if this poll failed
        self._deliver()
        report.stopped = self.stop.is_set()
        return report

    def _poll(self, source: str, kind: str, report: PassReport) -> None:
        etag = last_modified = warning = None
        if kind == "feed":
            poll = poll_feed(self.fetcher, source, *state.validators(self.store, source))
            items, warning, etag, last_modified = poll.items, poll.warning, poll.etag, poll.last_modified
        else:
            items = list_folder(source, self.config.settle)
        if warning:
            self.on_event(f"warning {source}: {warning}")
        report.new_items += state.register(self.store, items)
        # The validators only once the items are registered: saved before, a kill in between
        # would make the next conditional GET answer 304 and those items would be lost.
        state.record_poll(self.store, source, kind, etag=etag, last_modified=last_modified)

    # -- items -------------------------------------------------------------------------------

    def _process(self, source: str, kind: str, report: PassReport) -> None:
        for chunk in batched(state.unfinished(self.store, source), self.config.batch):
            if self.stop.is_set():
                return
            ready: list[tuple[Pending, str]] = []  # items stored, with a note for their line
            fetched: list[tuple[Pending, list[Record | Reject]]] = []
            for pending in chunk:
                if self.stop.is_set():
                    break  # fetch no more; what is in hand is finished below
                if pending.status == "stored":  # stored by a run that stopped before its alerts
                    ready.append((pending, " (resumed)"))
                    continue
                try:
                    fetched.append((pending, self._read(pending.item, kind)))
                except Exception as err:  # one article must never stop the pass
                    self._failed([pending], err)
            if fetched:
                ready += self._store(fetched, report)
            if ready:
                self._alert(ready, report)

    def _read(self, item: Item, kind: str) -> list[Record | Reject]:
        if kind == "feed":
            return [fetch_article(self.fetcher, item)]
        return list(read_sources([item.key]))

    def _failed(self, pendings: list[Pending], err: Exception) -> None:
        message = str(err) if isinstance(err, FetchError) else f"{type(err).__name__}: {err}"
        if not isinstance(err, FetchError):
            log.error("processing failed: %s", message, exc_info=err)
        for pending in pendings:
            label = pending.item.url or pending.item.key
            if state.mark_failed_attempt(self.store, pending.item, message):  # given up: listed by `veille rejects`
                reason = f"{message} (given up after {state.MAX_ITEM_ATTEMPTS} attempts)"
                self.store.write([], [Reject(label, None, reason)], analyser_version())
                self.on_event(f"failed {label}: {reason}")
            else:
                self.on_event(f"failed {label}: {message}")

    def _store(self, fetched: list[tuple[Pending, list[Record | Reject]]], report: PassReport) -> list[tuple[Pending, str]]:
        """Analyse and store the fetched items' records in one go (the same path as `veille
        ingest`); mark each item stored, or rejected when it became no document."""
        records = [r for _, rs in fetched for r in rs]
        ids = [r.id for r in records if isinstance(r, Record)]
        try:
            known = self.store.existing_ids(ids)
            result = jobs.store_records(records, self.store)
        except StoreError:
            raise
        except Exception as err:
            self._failed([p for p, _ in fetched], err)
            return []
        report.stored += result.stored
        report.rejected += result.rejected
        present = self.store.existing_ids(ids)
        ready, stored = [], []
        for pending, rs in fetched:
            doc_ids = list(dict.fromkeys(r.id for r in rs if isinstance(r, Record) and r.id in present))
            if not doc_ids:
                reason = "; ".join(r.reason for r in rs if isinstance(r, Reject)) or "analysis rejected the article"
                state.mark_rejected(self.store, pending.item, reason)
                self.on_event(f"rejected {pending.item.url or pending.item.key}: {reason}")
                continue
            stored.append((pending.item, doc_ids))
            note = " (already in the store)" if set(doc_ids) <= known else ""
            ready.append((Pending(pending.item, "stored", tuple(doc_ids), pending.first_seen_at), note))
        state.mark_stored(self.store, stored)
        return ready

    def _alert(self, ready: list[tuple[Pending, str]], report: PassReport) -> None:
        """Apply the rules to the stored items' documents; their alerts and their `done` state
        are written in one transaction, so a restart neither loses nor repeats an alert."""
        alert_ids: list[list[str]] = []  # per item
        try:
            docs = {}
            if self.engine.rules:  # the documents as the store gives them back (`veille show --json`)
                docs = {doc_id: get_document(self.store, doc_id) for pending, _ in ready for doc_id in pending.doc_ids}
            with self.store.writing() as con:
                for pending, _ in ready:
                    at = pending.item.published_at or pending.first_seen_at
                    found = self.engine.evaluate(con, [docs[d] for d in pending.doc_ids] if docs else [], at)
                    state.mark_done(con, pending.item)
                    alert_ids.append([a.id for a in found])
        except StoreError:
            raise
        except Exception as err:
            self._failed([p for p, _ in ready], err)
            return
        new_ids = [alert_id for ids in alert_ids for alert_id in ids]
        report.alerts += len(new_ids)
        if new_ids:
            with self.store.reading() as con:
                for payload in alert_payloads(con, new_ids):
                    self.on_alert(payload)
        for (pending, note), ids in zip(ready, alert_ids):
            label = pending.item.url or pending.item.key
            tail = f", {len(ids)} alert{'s' * (len(ids) > 1)}" if ids else ""
            self.on_event(f"stored {label} → {', '.join(pending.doc_ids)}{note}{tail}")
        if new_ids:
            self._deliver()

    def _deliver(self) -> None:
        if self.webhook:
            self.webhook.deliver_pending(self.store)
