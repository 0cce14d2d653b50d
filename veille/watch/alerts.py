"""Rules applied to stored documents: alerts, recorded once per piece of evidence.

An alert's id is a hash of its rule and evidence, so the same event, quote or document never
alerts twice under one rule, whichever pass or restart sees it again. Windowed rules first
record each document's hits (`watch_hits`), then look for a window over the hits no alert has
used yet; the hits an alert cites are marked used, so they never count towards a second one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import deque
from dataclasses import dataclass

from veille.watch.rules import Evidence, Rule
from veille.watch.state import utcnow


@dataclass(frozen=True)
class Alert:
    id: str
    rule: str
    summary: str
    evidence: tuple[Evidence, ...]
    window_start: dt.datetime | None = None
    window_end: dt.datetime | None = None
    value: float | None = None

    @property
    def doc_ids(self) -> list[str]:
        return list(dict.fromkeys(e.doc_id for e in self.evidence))


def alert_id(rule: Rule, evidence) -> str:
    keys = sorted(e.key() for e in evidence)
    return hashlib.sha256("\x1f".join([rule.name, *keys]).encode("utf-8")).hexdigest()[:16]


def _quoted(text: str | None, limit: int = 100) -> str:
    text = " ".join((text or "").split())
    return "«" + (text if len(text) <= limit else text[: limit - 1] + "…") + "»"


class AlertEngine:
    def __init__(self, rules: list[Rule]):
        self.rules = rules

    def evaluate(self, con, docs: list[dict], at: dt.datetime) -> list[Alert]:
        """Apply every rule to the documents inside the caller's transaction; return new alerts.

        `at` is when the documents were published (for windows): the feed's date, else when seen.
        """
        alerts: list[Alert] = []
        touched: dict[str, Rule] = {}
        for doc in docs:
            title = doc.get("title") or doc.get("url") or doc.get("source") or doc["id"]
            for rule in self.rules:
                evidence = rule.matches(doc)
                if not evidence:
                    continue
                if rule.windowed:
                    self._record_hits(con, rule, doc["id"], evidence, at)
                    touched[rule.name] = rule
                elif rule.per_evidence:
                    alerts += [
                        Alert(alert_id(rule, [e]), rule.name, f"{rule.name}: {e.kind} {_quoted(e.text)} in {title}", (e,))
                        for e in evidence
                    ]
                else:
                    words = ", ".join(sorted({e.text or "" for e in evidence}))
                    summary = f"{rule.name}: {len(evidence)} mention{'s' * (len(evidence) > 1)} ({words}) in {title}"
                    alerts.append(Alert(alert_id(rule, evidence), rule.name, summary, tuple(evidence)))
        for rule in touched.values():
            alerts += self._windows(con, rule, at)
        return [alert for alert in alerts if self._insert(con, alert)]

    def _record_hits(self, con, rule: Rule, doc_id: str, evidence: list[Evidence], at: dt.datetime) -> None:
        # A count rule counts articles: one hit per document. A mean rule averages events: one each.
        hits = evidence if rule.more_than is None else evidence[:1]
        for idx, e in enumerate(hits):
            con.execute(
                "INSERT INTO watch_hits (rule, doc_id, idx, hit_at, value, evidence) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                [rule.name, doc_id, idx, at, e.value, json.dumps(e.to_json(), ensure_ascii=False)],
            )

    def _windows(self, con, rule: Rule, at: dt.datetime) -> list[Alert]:
        """Slide the window over the rule's unused hits, in time order; each window that crosses
        the threshold is an alert, and its hits are used up."""
        span = dt.timedelta(seconds=rule.window)
        rows = con.execute(
            "SELECT doc_id, idx, hit_at, value, evidence FROM watch_hits "
            "WHERE rule = ? AND alert_id IS NULL AND hit_at BETWEEN ? AND ? ORDER BY hit_at, doc_id, idx",
            [rule.name, at - span, at + span],  # every window that can hold a hit made at `at`
        ).fetchall()
        alerts = []
        window: deque = deque()
        for row in rows:
            window.append(row)
            while window[0][2] <= row[2] - span:
                window.popleft()
            value = self._crossed(rule, window)
            if value is None:
                continue
            evidence = tuple(Evidence(**json.loads(r[4])) for r in window)
            alert = Alert(alert_id(rule, evidence), rule.name, self._window_summary(rule, window, value),
                          evidence, window_start=window[0][2], window_end=window[-1][2], value=value)
            for doc_id, idx, *_ in window:
                con.execute("UPDATE watch_hits SET alert_id = ? WHERE rule = ? AND doc_id = ? AND idx = ?",
                            [alert.id, rule.name, doc_id, idx])
            alerts.append(alert)
            window.clear()
        return alerts

    @staticmethod
    def _crossed(rule: Rule, window) -> float | None:
        """The count or mean when the window crosses the rule's threshold, else None."""
        if rule.more_than is not None:
            articles = len({r[0] for r in window})
            return float(articles) if articles > rule.more_than else None
        values = [r[3] for r in window if r[3] is not None]
        if len(values) < rule.min_events:
            return None
        mean = sum(values) / len(values)
        if rule.mean_below is not None and mean < rule.mean_below:
            return mean
        if rule.mean_above is not None and mean > rule.mean_above:
            return mean
        return None

    @staticmethod
    def _window_summary(rule: Rule, window, value: float) -> str:
        hours = rule.window / 3600
        period = f"{hours:g}h" if hours < 48 else f"{hours / 24:g}d"
        if rule.more_than is not None:
            return f"{rule.name}: {value:.0f} articles within {period} (threshold: more than {rule.more_than})"
        bound = f"below {rule.mean_below:g}" if rule.mean_below is not None and value < rule.mean_below else f"above {rule.mean_above:g}"
        events = sum(r[3] is not None for r in window)
        return f"{rule.name}: mean intensity {value:.2f} over {events} events within {period} ({bound})"

    @staticmethod
    def _insert(con, alert: Alert) -> bool:
        inserted = con.execute(
            "INSERT INTO alerts (id, rule, summary, created_at, window_start, window_end, value, doc_ids, evidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
            [alert.id, alert.rule, alert.summary, utcnow(), alert.window_start, alert.window_end, alert.value,
             alert.doc_ids, json.dumps([e.to_json() for e in alert.evidence], ensure_ascii=False)],
        ).fetchall()
        return bool(inserted)


# -- reading alerts back ----------------------------------------------------------------------


def alert_payloads(con, ids: list[str] | None = None, since: dt.datetime | None = None,
                   rule: str | None = None, limit: int | None = None) -> list[dict]:
    """Alerts as JSON objects (what `veille alerts`, stdout and the webhook all carry), with the
    title, url and date of each document they cite."""
    where, params = ["TRUE"], []
    if ids is not None:
        where.append("a.id IN (SELECT unnest(?))")
        params.append(ids)
    if since is not None:
        where.append("a.created_at >= ?")
        params.append(since)
    if rule is not None:
        where.append("a.rule = ?")
        params.append(rule)
    sql = (
        "SELECT a.id, a.rule, a.summary, a.created_at, a.window_start, a.window_end, a.value, a.doc_ids, "
        "a.evidence, a.delivered_at FROM alerts a WHERE " + " AND ".join(where) + " ORDER BY a.created_at, a.id"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = con.execute(sql, params).fetchall()
    doc_ids = sorted({d for row in rows for d in row[7]})
    documents = {
        r[0]: {"id": r[0], "title": r[1], "url": r[2], "date": r[3], "source": r[4]}
        for r in con.execute("SELECT id, title, url, date, source FROM documents WHERE id IN (SELECT unnest(?))", [doc_ids]).fetchall()
    } if doc_ids else {}
    iso = lambda t: t.isoformat(timespec="seconds") + "Z" if t else None  # noqa: E731
    return [
        {
            "id": id_, "rule": rule_name, "summary": summary, "created_at": iso(created),
            "window": {"start": iso(start), "end": iso(end)} if start else None, "value": value,
            "documents": [documents.get(d, {"id": d}) for d in docs], "evidence": json.loads(evidence),
            "delivered_at": iso(delivered),
        }
        for id_, rule_name, summary, created, start, end, value, docs, evidence, delivered in rows
    ]
