"""`veille watch` and `veille alerts` from the command line: alerts on stdout, to a webhook that
fails at first (retried, delivered once), listed afterwards; `--status` per source."""

from __future__ import annotations

import json
import textwrap

import pytest
from click.testing import CliRunner
from conftest import corpus_articles
from watch_server import NewsSite

from veille.cli import cli

NATO_ARTICLES = {"wn-fr-kp-44530", "wn-fr-2017-01-21-005", "wn-fr-2017-04-22-001"}  # dev articles naming the OTAN


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    dev = corpus_articles("dev")
    chosen = [a for a in dev if a["id"] in NATO_ARTICLES] + [a for a in dev[:40] if "OTAN" not in a["text"]][:2]
    if len(chosen) < 5:
        pytest.skip("shared corpus not found")
    return chosen


def test_watch_prints_delivers_and_lists_alerts(tmp_path, articles):
    db = str(tmp_path / "watch.duckdb")
    (tmp_path / "rules.yaml").write_text(textwrap.dedent("""\
        rules:
          - name: otan
            keyword: [OTAN, NATO]
    """), encoding="utf-8")
    runner = CliRunner()
    with NewsSite() as site:
        site.publish(articles)
        site.hook_failures = 3  # the receiver is down for the first three posts
        config = tmp_path / "watch.yaml"
        config.write_text(textwrap.dedent(f"""\
            feeds: [{site.url('/feed.xml')}, {site.url('/error.xml')}]
            http: {{host_delay: 0, timeout: 5, retries: 1, backoff: 0.01}}
        """), encoding="utf-8")
        result = runner.invoke(cli, ["watch", str(config), "--once", "--db", db, "--rules", str(tmp_path / "rules.yaml"),
                                     "--webhook", site.url("/hook"), "--user-agent", "veille-cli-test"])
        assert result.exit_code == 0, result.output
        printed = [json.loads(line) for line in result.stdout.splitlines()]
        assert {doc["url"].rsplit("/", 1)[1][:-5] for alert in printed for doc in alert["documents"]} == NATO_ARTICLES
        # Every alert reached the receiver exactly once, despite its first failures.
        assert sorted(p["id"] for p in site.received) == sorted(p["id"] for p in printed)
        assert len(site.hits("/hook")) == len(printed) + 3
        assert {h["User-Agent"] for _, h in site.requests} == {"veille-cli-test"}

        # A second pass finds nothing new and raises nothing again.
        again = runner.invoke(cli, ["watch", str(config), "--once", "--db", db, "--rules", str(tmp_path / "rules.yaml"),
                                    "--webhook", site.url("/hook")])
        assert again.exit_code == 0 and again.stdout == ""
        assert len(site.received) == len(printed)

    listed = runner.invoke(cli, ["alerts", "--db", db, "--since", "1h"])
    assert listed.exit_code == 0, listed.output
    alerts = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [a["id"] for a in alerts] == [a["id"] for a in printed]
    for alert in alerts:
        assert alert["delivered_at"] and alert["rule"] == "otan"
        [doc] = alert["documents"]
        shown = json.loads(runner.invoke(cli, ["show", doc["id"], "--db", db, "--json"]).stdout)
        for evidence in alert["evidence"]:
            assert shown["text"][evidence["start"]:evidence["end"]] == evidence["text"] == "OTAN"
    assert runner.invoke(cli, ["alerts", "--db", db, "--since", "2999-01-01"]).stdout == ""

    status = runner.invoke(cli, ["watch", "--status", "--json", "--db", db])
    rows = {row["source"].rsplit("/", 1)[1]: row for row in json.loads(status.stdout)}
    assert (rows["feed.xml"]["items_seen"], rows["feed.xml"]["items_stored"], rows["feed.xml"]["last_error"]) == (5, 5, None)
    assert rows["error.xml"]["last_error"] == "HTTP 500, 2 attempts" and rows["error.xml"]["last_success_at"] is None
    table = runner.invoke(cli, ["watch", "--status", "--db", db], env={"COLUMNS": "220"})
    assert "HTTP 500, 2 attempts" in table.stdout and "feed.xml" in table.stdout

    # The same through the HTTP API, the watch router mounted beside the others.
    from fastapi.testclient import TestClient

    from veille.serve.app import create_app
    from veille.watch import api

    app = create_app(db)
    app.include_router(api.router, prefix="/api")
    with TestClient(app) as client:
        served = client.get("/api/alerts", params={"rule": "otan"}).json()["alerts"]
        assert [a["id"] for a in served] == [a["id"] for a in alerts]
        assert client.get("/api/alerts", params={"since": "2999-01-01T00:00:00Z"}).json() == {"alerts": []}
        sources = {row["source"]: row for row in client.get("/api/watch/status").json()["sources"]}
        assert sources[site.url("/feed.xml")]["items_stored"] == 5


def test_watch_needs_something_to_watch(tmp_path):
    result = CliRunner().invoke(cli, ["watch", "--once", "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2 and "nothing to watch" in result.output
