"""Watch latency: from an item appearing in a feed to its article and alerts being queryable.

A local news site (tests/watch_server.py) serves corpus articles as an RSS feed and HTML pages
on 127.0.0.1. For each batch size (1, 10, 100 new items per pass) the articles are published,
a pass starts at once, and each item's latency is the time from its publication to the commit
that makes its document and its alerts queryable (the watcher's "stored" line comes after that
commit). The rules are the example watchlist of the docs. A live watcher adds the wait for the
next pass: up to `--every`, `--every`/2 on average.

    .venv/bin/python bench/watch.py                  # 1, 10, 100 items; dev split
    .venv/bin/python bench/watch.py --sizes 1 10     # quicker
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from conftest import corpus_articles  # noqa: E402
from watch_server import NewsSite  # noqa: E402

from veille import jobs  # noqa: E402
from veille.analyze import nlp  # noqa: E402
from veille.store import Store  # noqa: E402
from veille.watch.alerts import alert_payloads  # noqa: E402
from veille.watch.config import HttpSettings, WatchConfig  # noqa: E402
from veille.watch.rules import load_rules  # noqa: E402
from veille.watch.runner import Watcher  # noqa: E402

RULES = ROOT / "docs" / "watch-alerts.example.yaml"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--split", default="dev")
    args = parser.parse_args()

    articles = corpus_articles(args.split)
    needed = 1 + sum(args.sizes)
    if len(articles) < needed:
        sys.exit(f"need {needed} articles of the {args.split} split, found {len(articles)}")
    nlp.load()  # the model loads once per watcher process, before its first pass: not latency

    rules = load_rules(str(RULES))
    http = HttpSettings(user_agent="veille-bench", timeout=10, retries=1, backoff=0.1, host_delay=0.0)
    print(f"rules: {len(rules)} ({RULES.relative_to(ROOT)}); articles: {args.split} split; per-host delay 0")
    print(f"{'new items':>9} {'pass s':>7} {'analyse+write s':>15} {'items/s':>8} {'p50 s':>7} {'p90 s':>7} {'max s':>7} {'alerts':>7}")
    with tempfile.TemporaryDirectory() as tmp, NewsSite() as site:
        store = Store(str(Path(tmp) / "bench.duckdb"))
        done_at: dict[str, float] = {}
        in_store_records = [0.0]  # the analyse-and-write path shared with `veille ingest`
        store_records = jobs.store_records

        def timed_store_records(*args, **kwargs):
            started = time.perf_counter()
            try:
                return store_records(*args, **kwargs)
            finally:
                in_store_records[0] += time.perf_counter() - started

        jobs.store_records = timed_store_records

        def on_event(message: str) -> None:
            if message.startswith("stored "):
                done_at[message.split()[1]] = time.time()

        watcher = Watcher(store, WatchConfig(feeds=(site.url("/feed.xml"),), http=http), rules, on_event=on_event)
        offset = 0
        for size in [1, *args.sizes]:  # the first, single item warms caches and is not reported
            batch = articles[offset: offset + size]
            offset += size
            in_store_records[0] = 0.0
            published = time.time()
            site.publish(batch, at=published)
            report = watcher.run_pass()
            finished = time.time()
            latencies = [done_at[site.url(f"/a/{a['id']}.html")] - published for a in batch]
            with store.reading() as con:  # queryable: the documents and the alerts
                stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
                alerts = len(alert_payloads(con))
            assert stored == offset and report.stored == size, (stored, offset, report)
            if offset == 1:
                continue
            print(f"{size:>9} {finished - published:>7.2f} {in_store_records[0]:>15.2f} {size / (finished - published):>8.2f} "
                  f"{statistics.median(latencies):>7.2f} {percentile(latencies, 0.9):>7.2f} {max(latencies):>7.2f} "
                  f"{alerts:>7}")
        watcher.close()


if __name__ == "__main__":
    main()
