"""Alerts as the server shows them: /api/alerts, /api/watch/status and the dashboard page."""

from __future__ import annotations

from fastapi.testclient import TestClient

from veille.serve.app import create_app
from veille.watch.rules import parse_rule

from test_watch_rules import MORNING, evaluate, store, stored  # noqa: F401  (fixture)


def test_alerts_are_listed_by_the_api_and_the_page(store):  # noqa: F811
    text = "L'OTAN <script>alert(1)</script> a réuni ses ministres à Bruxelles mardi."
    doc = stored(store, text)
    rule = parse_rule({"name": "otan-<b>", "keyword": "OTAN"}, "test")
    [alert] = evaluate(store, [rule], doc, MORNING)
    client = TestClient(create_app(store.path))
    [payload] = client.get("/api/alerts").json()["alerts"]
    assert payload["id"] == alert.id and payload["documents"][0]["id"] == doc["id"]
    [evidence] = payload["evidence"]
    assert text[evidence["start"]:evidence["end"]] == "OTAN"
    assert client.get("/api/watch/status").json() == {"sources": []}
    page = client.get("/alerts")
    assert page.status_code == 200
    assert "1 alerte" in page.text and f'href="/articles/{doc["id"]}"' in page.text
    assert "otan-&lt;b&gt;" in page.text and "otan-<b>" not in page.text
    assert client.get("/alerts", params={"rule": "autre"}).text.count('<span class="tag">') == 0
