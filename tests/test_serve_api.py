"""The HTTP API: every endpoint on a small store, bad parameters, injection, XSS, token, ingest alongside."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time

import pytest
from fastapi.testclient import TestClient

from explore_support import DYAD_DOC, DYAD_TEXT, UNDATED_ID, XSS_DOC, XSS_TITLE, build_store, doc_id_of
from veille.serve.app import create_app
from veille.store import Store


@pytest.fixture(scope="session")
def explore_db(tmp_path_factory) -> str:
    return build_store(tmp_path_factory.getbasetemp() / "explore")


@pytest.fixture(scope="session")
def client(explore_db) -> TestClient:
    return TestClient(create_app(explore_db))


def test_openapi_documents_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/documents", "/api/documents/{doc_id}", "/api/search", "/api/actors", "/api/actors/{actor_id}",
                 "/api/quotes", "/api/events", "/api/dyads", "/api/stats"):
        assert path in paths, path
    assert client.get("/docs").status_code == 200


def test_documents_list_paginates_newest_first(client):
    first = client.get("/api/documents", params={"limit": 3}).json()
    second = client.get("/api/documents", params={"limit": 3, "offset": 3}).json()
    assert first["total"] == 15 and len(first["items"]) == 3
    assert not {d["id"] for d in first["items"]} & {d["id"] for d in second["items"]}
    dates = [d["date"] for d in first["items"] + second["items"]]
    assert dates == sorted(dates, reverse=True)


def test_documents_filters(client, explore_db):
    dyad = doc_id_of(explore_db, DYAD_DOC["id"])
    in_december = client.get("/api/documents", params={"since": "2021-12-01", "until": "2021-12-31"}).json()
    assert [d["id"] for d in in_december["items"]] == [dyad]
    with Store(explore_db).reading() as con:  # every article with an American actor, as the store says
        american = {r[0] for r in con.execute(
            "SELECT DISTINCT doc_id FROM extractions WHERE kind = 'actors' AND data->>'$.actor.country' = 'USA'").fetchall()}
    by_country = client.get("/api/documents", params={"country": "USA"}).json()
    assert dyad in american
    assert {d["id"] for d in by_country["items"]} == american and by_country["total"] == len(american)


def test_one_document_has_every_extraction_with_exact_spans(client, explore_db):
    doc = client.get(f"/api/documents/{doc_id_of(explore_db, DYAD_DOC['id'])}").json()
    assert doc["text"] == DYAD_TEXT
    assert doc["entities"] and doc["quotes"] and doc["events"] and doc["times"]
    for kind in ("entities", "quotes", "events", "times"):
        for item in doc[kind]:
            assert doc["text"][item["start"] : item["end"]] == item["text"]
    assert doc["quotes"][0]["speaker"]["actor"]["id"] == "Q4166009"


def test_search_endpoint_returns_ranked_highlighted_hits(client, explore_db):
    body = client.get("/api/search", params={"q": "sanction", "kind": "article"}).json()
    assert body["total"] == 1
    hit = body["hits"][0]
    assert hit["doc_id"] == doc_id_of(explore_db, DYAD_DOC["id"])
    assert [hit["snippet"][s:e] for s, e in hit["highlights"]] == ["sanctions"]


def test_actors_list_and_one_actor(client):
    actors = client.get("/api/actors", params={"country": "RUS"}).json()
    assert {"RUS", "Q4166009"} <= {a["id"] for a in actors["items"]}  # the records written here, and any the actors extractor adds
    assert {a["country"] for a in actors["items"]} == {"RUS"}
    russia = client.get("/api/actors/RUS").json()
    assert russia["actor"]["name"] == "Russia"
    assert russia["aliases"] == ["Moscou", "Russie"]
    assert [e["type"] for e in russia["events_as_source"]] == ["ACCUSE"]
    assert [e["type"] for e in russia["events_as_target"]] == ["SANCTION"]
    assert russia["per_month"] == [{"month": "2021-12", "documents": 1, "mentions": 2}]
    peskov = client.get("/api/actors/Q4166009").json()
    assert [q["text"] for q in peskov["quotes"]] == ["Nous ne menacerons personne"]


def test_quotes_and_events_filters(client):
    quotes = client.get("/api/quotes", params={"country": "RUS", "contains": "menacerons"}).json()
    assert quotes["total"] == 1 and quotes["items"][0]["speaker"]["text"] == "Dmitri Peskov"
    assert client.get("/api/quotes", params={"country": "USA"}).json()["total"] == 0
    events = client.get("/api/events", params={"source": "USA", "target": "RUS"}).json()
    assert [e["type"] for e in events["items"]] == ["SANCTION"]
    assert events["items"][0]["sentence_text"] == "Les États-Unis ont annoncé mardi de nouvelles sanctions contre la Russie."


def test_dyad_series_both_directions(client):
    body = client.get("/api/dyads", params={"a": "USA", "b": "RUS"}).json()
    by_direction = {s["direction"]: s for s in body["series"]}
    assert by_direction["a_to_b"]["period"] == "2021-12" and by_direction["a_to_b"]["mean_intensity"] == -5.0
    assert by_direction["b_to_a"]["events"] == 1 and by_direction["b_to_a"]["refs"][0]["type"] == "ACCUSE"
    assert "Moscou accuse Washington de préparer une provocation" in by_direction["b_to_a"]["refs"][0]["sentence"]


def test_stats(client):
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 15
    assert stats["extractions"]["events"] == client.get("/api/events").json()["total"] >= 2
    assert stats["extractions"]["quotes"] == client.get("/api/quotes").json()["total"] >= 1
    assert stats["latest_events"] and all("type" in e and "doc_id" in e for e in stats["latest_events"])
    assert sum(m["documents"] for m in stats["per_month"]) == 14  # the undated one has no month


@pytest.mark.parametrize("url, parameter", [
    ("/api/documents?limit=0", "limit"),
    ("/api/documents?limit=abc", "limit"),
    ("/api/documents?offset=-1", "offset"),
    ("/api/documents?since=2021-13-01", "since"),
    ("/api/documents?since=2022-01-01&until=2021-01-01", "since"),
    ("/api/search?q=", "q"),
    ("/api/search?q=x&kind=video", "kind"),
    ("/api/events?modality=sure", "modality"),
    ("/api/dyads?a=USA", "b"),
    ("/api/documents/not-an-id", "doc_id"),
    ("/api/documents/abcdef0123456789", "doc_id"),
])
def test_bad_parameters_give_4xx_json_naming_the_parameter(client, url, parameter):
    response = client.get(url)
    assert 400 <= response.status_code < 500
    assert response.json()["parameter"] == parameter


@pytest.mark.parametrize("value", ["' OR 1=1 --", "x'); DROP TABLE documents; --", "%' UNION SELECT text FROM documents --"])
def test_filters_are_parameterised_not_injectable(client, value):
    for url, params in [
        ("/api/quotes", {"speaker": value}), ("/api/quotes", {"contains": value}), ("/api/events", {"source": value}),
        ("/api/actors", {"q": value}), ("/api/documents", {"actor": value}), ("/api/dyads", {"a": value, "b": "RUS"}),
    ]:
        response = client.get(url, params=params)
        assert response.status_code == 200, (url, response.text)
        body = response.json()
        assert body.get("total", 0) == 0 and not body.get("series"), (url, body)
    assert client.get("/api/stats").json()["documents"] == 15


def test_article_markup_is_escaped_everywhere(client, explore_db):
    xss = doc_id_of(explore_db, XSS_DOC["id"])
    for url in (f"/articles/{xss}", "/search?q=ministre", "/", "/actors"):
        html = client.get(url).text
        assert "<script>alert(" not in html and "<img src=x" not in html, url
    page = client.get(f"/articles/{xss}").text
    assert "&lt;script&gt;alert(&#39;titre&#39;)&lt;/script&gt; Un ministre piégé" in page
    assert client.get(f"/api/documents/{xss}").json()["title"] == XSS_TITLE  # the API gives the text as it is


def test_estimated_dates_are_shown_as_such(client, explore_db):
    doc_id = doc_id_of(explore_db, UNDATED_ID)
    doc = client.get(f"/api/documents/{doc_id}").json()
    assert doc["date"] is None and doc["date_estimate"]["value"]
    page = client.get(f"/articles/{doc_id}").text
    assert f'≈ {doc["date_estimate"]["value"]} <em>(estimée)</em>' in page


def test_no_request_value_reaches_the_file_system(client):
    for url in ("/static/../../veille/store/db.py", "/static/%2e%2e/%2e%2e/pyproject.toml", "/articles/..%2f..%2fetc%2fpasswd"):
        response = client.get(url)
        assert response.status_code in (400, 404, 422), url
        assert "import" not in response.text and "root:" not in response.text


def test_write_endpoint_needs_the_token(explore_db, client):
    assert client.post("/api/index/rebuild").status_code == 403  # read-only server: no token configured
    writable = TestClient(create_app(explore_db, token="s3cret"))
    assert writable.post("/api/index/rebuild").status_code == 401
    assert writable.post("/api/index/rebuild", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert writable.post("/api/index/rebuild", headers={"Authorization": "Bearer s3cret"}).status_code == 200


def test_cli_serve_binds_localhost_by_default():
    from veille.cli import cli

    host = next(p for p in cli.commands["serve"].params if p.name == "host")
    assert host.default == "127.0.0.1"


def test_keeps_serving_while_an_ingest_writes(explore_db, tmp_path):
    """An ingest in another process takes the write lock batch by batch; every request still succeeds."""
    import shutil

    from conftest import corpus_articles

    db = tmp_path / "busy.duckdb"
    shutil.copy(explore_db, db)
    shutil.copytree(explore_db + ".search", str(db) + ".search")
    source = tmp_path / "more.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in corpus_articles("dev", limit=36)[12:]), encoding="utf-8")
    client = TestClient(create_app(str(db)))
    ingest = subprocess.Popen([sys.executable, "-m", "veille", "ingest", str(source), "--db", str(db), "-q"])
    failures, served = [], 0
    stop = threading.Event()

    def poll():
        nonlocal served
        while not stop.is_set():
            for url in ("/api/documents?limit=5", "/api/stats", "/api/search?q=gouvernement", "/"):
                response = client.get(url)
                if response.status_code != 200:
                    failures.append((url, response.status_code, response.text[:200]))
                served += 1

    thread = threading.Thread(target=poll)
    thread.start()
    try:
        assert ingest.wait(timeout=240) == 0
    finally:
        stop.set()
        thread.join()
    assert not failures
    assert served > 10
    assert client.get("/api/stats").json()["documents"] == 15 + 24
    time.sleep(2.1)  # past the freshness check interval: the index catches up with what was written
    client.get("/api/search", params={"q": "gouvernement"})
    deadline = time.time() + 30
    while client.app.state.ctx.index.stale() and time.time() < deadline:
        time.sleep(0.2)
    assert not client.app.state.ctx.index.stale()


def test_an_idle_server_lets_an_ingest_in(explore_db, tmp_path):
    """The server keeps the store open between requests; a writer waiting for it must get it
    even when no request comes to notice."""
    import shutil

    from conftest import corpus_articles

    db = tmp_path / "idle.duckdb"
    shutil.copy(explore_db, db)
    source = tmp_path / "few.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in corpus_articles("dev", limit=15)[12:]), encoding="utf-8")
    client = TestClient(create_app(str(db)))
    assert client.get("/api/stats").json()["documents"] == 15  # the server now holds the store
    started = time.monotonic()
    ingest = subprocess.run([sys.executable, "-m", "veille", "ingest", str(source), "--db", str(db), "-q"],
                            capture_output=True, text=True, timeout=240)
    assert ingest.returncode == 0, ingest.stderr[-500:]
    assert time.monotonic() - started < 60  # well inside the writer's lock timeout
    assert client.get("/api/stats").json()["documents"] == 18

