"""Load test of `veille serve`: p95 latency per page and endpoint at 10 concurrent users.

    .venv/bin/python bench/load.py --docs 1000000 --users 10 --seconds 120

1. Builds a base store by ingesting the bundled sample (real analysis: spaCy and every
   registered extractor), unless `--base DB` names one already analysed.
2. Synthesises a store of `--docs` articles from it directly in DuckDB (running spaCy a
   million times would take days on two cores): each base article is copied with a new id,
   a new source and its date moved by a different number of weeks, and every child row
   (sentences, entities, extractions: actors, quotes, events...) is copied with it, so the
   store has the shape and the per-document density of a real one.
3. Builds the search index over it (the same catch-up `veille serve` runs).
4. Starts `veille serve` on 127.0.0.1 and drives `--users` concurrent users (an asyncio loop
   over httpx, bounded in time) through every page and API endpoint, after one warm-up pass
   over each (the first request of a kind fills the server's read cache).
5. Prints p50/p95/max and errors per page and endpoint, and whether p95 < 300 ms everywhere.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample" / "wikinews_fr_sample.jsonl"
GOAL_MS = 300.0
SEARCH_WORDS = ["président", "élection", "gouvernement", "guerre", "football", "Russie", "manifestation",
                "économie", "ministre", "accord", "France", "tremblement de terre", "Union européenne"]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def build_base(work: Path) -> str:
    from veille.jobs import ingest
    from veille.store import Store

    db = work / "base.duckdb"
    if not db.exists():
        log(f"analysing the sample into {db} ...")
        ingest([str(SAMPLE)], Store(str(db)), workers=2)
    return str(db)


def synthesise(base: str, out: str, docs: int) -> None:
    """`docs` articles in `out`, copied and varied from the analysed articles of `base`."""
    import duckdb

    from veille.store import Store
    from veille.store.writers import CHILD_TABLES

    for path in (out, out + ".wal"):
        if os.path.exists(path):
            os.remove(path)
    shutil.rmtree(out + ".search", ignore_errors=True)
    with Store(out).writing():
        pass  # creates the file and applies every migration
    con = duckdb.connect(out)
    con.execute("ATTACH ? AS base (READ_ONLY)", [base])
    base_count = con.execute("SELECT count(*) FROM base.documents").fetchone()[0]
    copies = -(-docs // base_count)
    log(f"synthesising {docs:,} documents: {copies} varied copies of {base_count} analysed articles ...")
    started = time.perf_counter()
    con.execute("SET preserve_insertion_order = false")
    # copy k of base document j: id from (j, k), date moved k weeks back, source tagged with k
    con.execute(
        "CREATE TEMP TABLE plan AS SELECT b.id AS base_id, k, substr(md5(b.id || ':' || k), 1, 16) AS new_id, "
        "row_number() OVER (ORDER BY k, b.id) AS n FROM base.documents b, range(?) AS r(k)", [copies])
    con.execute("DELETE FROM plan WHERE n > ?", [docs])
    doc_columns = [r[0] for r in con.execute("DESCRIBE documents").fetchall()]
    select = []
    for column in doc_columns:
        if column == "id":
            select.append("p.new_id")
        elif column == "source":
            select.append("d.source || '@' || p.k")
        elif column in ("date_earliest", "date_latest"):
            select.append(f"d.{column} - CAST(p.k * 7 AS INTEGER)")
        elif column == "date":
            select.append(
                "CASE d.date_precision WHEN 'day' THEN strftime(d.date_earliest - CAST(p.k * 7 AS INTEGER), '%Y-%m-%d') "
                "WHEN 'month' THEN strftime(d.date_earliest - CAST(p.k * 7 AS INTEGER), '%Y-%m') "
                "WHEN 'year' THEN strftime(d.date_earliest - CAST(p.k * 7 AS INTEGER), '%Y') ELSE d.date END")
        else:
            select.append(f"d.{column}")
    con.execute(f"INSERT INTO documents ({', '.join(doc_columns)}) SELECT {', '.join(select)} "
                "FROM plan p JOIN base.documents d ON d.id = p.base_id ORDER BY p.n")
    for table in CHILD_TABLES:
        exists = con.execute("SELECT count(*) FROM information_schema.columns WHERE table_catalog = 'base' AND table_name = ? AND column_name = 'doc_id'", [table]).fetchone()[0]
        if not exists:
            continue
        columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
        picked = ", ".join("p.new_id" if c == "doc_id" else f"c.{c}" for c in columns)
        con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {picked} FROM plan p JOIN base.{table} c ON c.doc_id = p.base_id ORDER BY p.n")
    con.execute("CHECKPOINT")
    con.close()
    log(f"  done in {time.perf_counter() - started:.0f}s, {os.path.getsize(out) / 1e9:.1f} GB")


def build_index(db: str) -> None:
    from veille.search import SearchIndex
    from veille.store import Store

    started = time.perf_counter()
    log("building the search index ...")
    count = SearchIndex(Store(db)).sync()
    log(f"  {count:,} documents indexed in {time.perf_counter() - started:.0f}s")


def sample_targets(db: str) -> dict[str, list[str]]:
    """What the simulated users ask for: real ids and names from the store."""
    from veille.serve import queries
    from veille.store import Store

    with Store(db).reading() as con:
        ids = [r[0] for r in con.execute("SELECT id FROM documents USING SAMPLE 200 ROWS").fetchall()]
        actors = [a["id"] for a in queries.list_actors(con, limit=20)["items"]]
        total = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    return {"ids": ids, "actors": actors, "total": [str(total)]}


def requests_for(targets: dict[str, list[str]]) -> dict[str, callable]:
    pick = random.choice
    total = int(targets["total"][0])
    return {
        "page /": lambda: "/",
        "page /search": lambda: f"/search?q={quote(pick(SEARCH_WORDS))}",
        "page /articles/{id}": lambda: f"/articles/{pick(targets['ids'])}",
        "page /actors": lambda: "/actors",
        "page /actors/{id}": lambda: f"/actors/{quote(pick(targets['actors']), safe='')}",
        "page /dyad": lambda: "/dyad?a=USA&b=RUS",
        "page /quotes": lambda: "/quotes",
        "page /events": lambda: "/events",
        "GET /api/documents": lambda: f"/api/documents?limit=20&offset={random.randrange(0, min(total, 10_000))}",
        "GET /api/documents?since&until": lambda: "/api/documents?since=2012-01-01&until=2012-12-31&limit=20",
        "GET /api/documents/{id}": lambda: f"/api/documents/{pick(targets['ids'])}",
        "GET /api/search": lambda: f"/api/search?q={quote(pick(SEARCH_WORDS))}&limit=20",
        "GET /api/search?country": lambda: f"/api/search?q={quote(pick(SEARCH_WORDS))}&country=FRA&limit=20",
        "GET /api/actors": lambda: "/api/actors?limit=50",
        "GET /api/actors/{id}": lambda: f"/api/actors/{quote(pick(targets['actors']), safe='')}",
        "GET /api/quotes": lambda: "/api/quotes?limit=20",
        "GET /api/events": lambda: "/api/events?limit=20",
        "GET /api/dyads": lambda: "/api/dyads?a=USA&b=RUS",
        "GET /api/stats": lambda: "/api/stats",
    }


async def drive(base_url: str, kinds: dict, users: int, seconds: float) -> dict[str, dict]:
    import httpx

    timings: dict[str, list[float]] = {name: [] for name in kinds}
    errors: dict[str, list[str]] = {name: [] for name in kinds}
    limits = httpx.Limits(max_connections=users, max_keepalive_connections=users)
    async with httpx.AsyncClient(base_url=base_url, timeout=60, limits=limits) as client:
        for name, make in kinds.items():  # warm-up: one of each, not measured
            await client.get(make())
        deadline = time.perf_counter() + seconds
        names = list(kinds)

        async def user(seed: int) -> None:
            rng = random.Random(seed)
            while time.perf_counter() < deadline:
                name = rng.choice(names)
                url = kinds[name]()
                started = time.perf_counter()
                try:
                    response = await client.get(url)
                    elapsed = (time.perf_counter() - started) * 1000
                    if response.status_code != 200:
                        errors[name].append(f"{response.status_code} {url}")
                    timings[name].append(elapsed)
                except httpx.HTTPError as err:
                    errors[name].append(f"{type(err).__name__} {url}")

        await asyncio.gather(*(user(i) for i in range(users)))
    return {name: {"times": timings[name], "errors": errors[name]} for name in kinds}


def p(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def report(results: dict[str, dict], seconds: float) -> bool:
    ok = True
    print(f"{'page / endpoint':34} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'errors':>7}")
    total = 0
    for name, r in results.items():
        t = r["times"]
        total += len(t)
        p95 = p(t, 0.95)
        good = p95 < GOAL_MS and not r["errors"]
        ok &= good
        print(f"{name:34} {len(t):8d} {statistics.median(t) if t else float('nan'):8.0f} {p95:8.0f} {max(t) if t else float('nan'):8.0f} {len(r['errors']):7d}{'' if good else '  <-'}")
        for e in r["errors"][:3]:
            print(f"    {e}")
    print(f"{total} requests in {seconds:.0f}s ({total / seconds:.1f}/s); goal p95 < {GOAL_MS:.0f} ms and no error: {'met' if ok else 'NOT met'}")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1_000_000, help="articles in the synthesised store")
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--work", default=str(ROOT / "out" / "load"), help="folder for the stores and the index")
    parser.add_argument("--base", help="an analysed store to copy from (default: ingest the bundled sample)")
    parser.add_argument("--reuse", action="store_true", help="reuse a synthesised store of the same size if present")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    db = str(work / f"load-{args.docs}.duckdb")
    if not (args.reuse and os.path.exists(db)):
        synthesise(args.base or build_base(work), db, args.docs)
    build_index(db)
    targets = sample_targets(db)
    server = subprocess.Popen(
        [sys.executable, "-m", "veille", "serve", "--db", db, "--host", "127.0.0.1", "--port", str(args.port)],
        stderr=subprocess.DEVNULL,
    )
    try:
        import httpx

        base_url = f"http://127.0.0.1:{args.port}"
        for _ in range(100):
            try:
                httpx.get(base_url + "/api/stats", timeout=120)
                break
            except httpx.HTTPError:
                time.sleep(0.3)
        log(f"driving {args.users} users for {args.seconds:.0f}s against {base_url} ({args.docs:,} documents) ...")
        results = asyncio.run(drive(base_url, requests_for(targets), args.users, args.seconds))
    finally:
        server.terminate()
        server.wait(timeout=30)
    sys.exit(0 if report(results, args.seconds) else 1)


if __name__ == "__main__":
    main()
