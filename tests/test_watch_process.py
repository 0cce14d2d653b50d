"""The watcher as a process: `kill -9` in the middle of a pass, then a restart, stores every
article exactly once and alerts once; SIGTERM finishes the current article and exits cleanly."""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import subprocess
import sys
import textwrap
import threading

import pytest
from click.testing import CliRunner
from conftest import ROOT, corpus_articles
from watch_server import NewsSite

from veille.cli import cli
from veille.store import Store

ARTICLES = 6


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    found = corpus_articles("dev", 20)[-ARTICLES:]
    if len(found) < ARTICLES:
        pytest.skip("shared corpus not found")
    return found


def write_config(tmp_path, site: NewsSite, host_delay: float, batch: int = 16) -> str:
    (tmp_path / "rules.yaml").write_text("rules:\n  - {name: france, keyword: France}\n", encoding="utf-8")
    config = tmp_path / "watch.yaml"
    config.write_text(textwrap.dedent(f"""\
        feeds: [{site.url('/feed.xml')}]
        every: 1h
        batch: {batch}
        rules: rules.yaml
        http: {{host_delay: {host_delay}, timeout: 10, retries: 0}}
    """), encoding="utf-8")
    return str(config)


def store_state(db: str) -> tuple[dict[str, int], dict[str, str], list[tuple]]:
    with Store(db).reading() as con:
        documents = dict(con.execute("SELECT url, count(*) FROM documents GROUP BY url").fetchall())
        items = dict(con.execute("SELECT url, status FROM watch_items").fetchall())
        alerts = con.execute("SELECT rule, doc_ids FROM alerts").fetchall()
    return documents, items, alerts


class Child:
    """`veille watch` in a subprocess, its stderr read line by line."""

    def __init__(self, *args: str):
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "veille", "watch", *args], cwd=ROOT, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.stderr: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.process.stderr:
            self.stderr.append(line)
            self.lines.put(line)

    def wait_for_stored(self, count: int, timeout: float = 120) -> None:
        seen = 0
        while seen < count:
            seen += self.lines.get(timeout=timeout).startswith("stored ")

    def finish(self, timeout: float = 120) -> tuple[int, str]:
        stdout = self.process.stdout.read()
        code = self.process.wait(timeout=timeout)
        self.reader.join(timeout=10)
        return code, stdout


def test_kill_9_mid_pass_then_restart_stores_every_article_exactly_once(tmp_path, articles):
    db = str(tmp_path / "watch.duckdb")
    with NewsSite() as site:
        site.publish(articles)
        config = write_config(tmp_path, site, host_delay=0.4, batch=1)  # a pass long enough to be cut

        killed = Child(config, "--db", db, "--once")
        killed.wait_for_stored(2)
        killed.process.send_signal(signal.SIGKILL)
        killed.finish()
        documents, _, _ = store_state(db)
        assert 2 <= len(documents) < ARTICLES

        restarted = Child(config, "--db", db, "--once")
        code, stdout = restarted.finish()
        assert code == 0, "".join(restarted.stderr)

    documents, items, alerts = store_state(db)
    urls = {site.url(f"/a/{a['id']}.html") for a in articles}
    assert documents == dict.fromkeys(urls, 1), "".join(restarted.stderr)  # every article, exactly once
    assert items == dict.fromkeys(urls, "done")
    with Store(db).reading() as con:
        texts = dict(con.execute("SELECT id, text FROM documents").fetchall())
    mentioning = {doc_id for doc_id, text in texts.items() if re.search(r"(?<!\w)france(?!\w)", text, re.IGNORECASE)}
    assert mentioning, "the rule should have something to find in these articles"
    assert sorted(doc for _, ids in alerts for doc in ids) == sorted(mentioning)  # one alert each, never two


def test_sigterm_finishes_the_current_article_then_exits_cleanly(tmp_path, articles):
    """In-process (the model is already loaded): the site sends SIGTERM as it serves the first page."""
    db = str(tmp_path / "watch.duckdb")
    with NewsSite() as site:
        site.publish(articles)
        site.on_page = lambda path: os.kill(os.getpid(), signal.SIGTERM)
        config = write_config(tmp_path, site, host_delay=0.0)
        result = CliRunner().invoke(cli, ["watch", config, "--db", db])  # no --once: it would wait an hour
    assert result.exit_code == 0, result.output
    assert "stopped" in result.output
    documents, items, alerts = store_state(db)
    # The article being fetched when the signal came was finished: stored, alerted, marked done.
    [url] = documents
    assert items[url] == "done" and sorted(items.values()).count("pending") == ARTICLES - 1
    assert len(site.hits("/feed.xml")) == 1 and len([p for p, _ in site.requests if p.startswith("/a/")]) == 1
    printed = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(printed) == len(alerts)  # each alert on stdout, as a JSON line
