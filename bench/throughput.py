"""Throughput and memory of the analysis, as ratios to spaCy's bare parse in the same run.

    python bench/throughput.py [--docs 200] [--rss-sizes 200,800]

Each phase runs in a fresh subprocess so its peak RSS is its own:
  spacy      bare `nlp.pipe` over the texts (the baseline)
  analyze-1  veille's analysis (parse + every registered extractor), 1 worker
  ingest-1   read JSONL → analyse → store in DuckDB, 1 worker
  ingest-2   the same with 2 worker processes
Then ingest-1 at growing input sizes, to show peak RSS stays flat in input size.
Documents are dev-split corpus articles, cycled (with a numbered suffix, so each is new to
the store) when more are asked for than the corpus has.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def write_input(n: int, path: Path) -> None:
    split = dict(line.rstrip("\n").split("\t") for line in open(CORPUS / "split.tsv", encoding="utf-8") if not line.startswith("id\t"))
    dev = [json.loads(line) for line in open(CORPUS / "fr_news.jsonl", encoding="utf-8")]
    dev = [a for a in dev if split[a["id"]] == "dev"]
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            article = dict(dev[i % len(dev)])
            if i >= len(dev):
                article["id"] = f"{article['id']}-copy{i // len(dev)}"
                article["text"] += f"\n\n(Reprise {i // len(dev)}.)"
            out.write(json.dumps(article, ensure_ascii=False) + "\n")


def peak_rss_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def run_phase(phase: str, input_path: str) -> dict:
    """Runs inside the subprocess: time one phase after the model is loaded."""
    from veille.analyze import nlp as nlp_module

    texts = [json.loads(line)["text"] for line in open(input_path, encoding="utf-8")]
    nlp_module.load()  # model load is not throughput
    start = time.perf_counter()
    if phase == "spacy":
        for _ in nlp_module.load().pipe(texts, batch_size=32):
            pass
    elif phase == "analyze-1":
        from veille.analyze import analyze
        from veille.ingest import read_sources

        for _ in analyze(read_sources([input_path]), workers=1):
            pass
    elif phase.startswith("ingest-"):
        from veille.jobs import ingest
        from veille.store import Store

        workers = int(phase.split("-")[1])
        with tempfile.TemporaryDirectory() as tmp:
            report = ingest([input_path], Store(os.path.join(tmp, "bench.duckdb")), workers=workers)
            assert report.stored == len(texts), report
    else:
        raise SystemExit(f"unknown phase {phase}")
    seconds = time.perf_counter() - start
    own, children = peak_rss_mb()
    return {"phase": phase, "docs": len(texts), "seconds": seconds, "docs_per_s": len(texts) / seconds,
            "peak_rss_mb": own, "peak_rss_worker_mb": children}


def measure(phase: str, input_path: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--phase", phase, "--input", str(input_path)],
        capture_output=True, text=True, check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--rss-sizes", default="200,800", help="input sizes for the RSS-flatness check")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(run_phase(args.phase, args.input)))
        return

    with tempfile.TemporaryDirectory() as tmp:
        input_path = Path(tmp) / "input.jsonl"
        write_input(args.docs, input_path)
        results = {phase: measure(phase, input_path) for phase in ("spacy", "analyze-1", "ingest-1", "ingest-2")}
        sizes = [int(s) for s in args.rss_sizes.split(",") if s]
        flat = []
        for size in sizes:
            sized = Path(tmp) / f"input-{size}.jsonl"
            write_input(size, sized)
            flat.append(measure("ingest-1", sized))

    base = results["spacy"]["docs_per_s"]
    print(f"{'phase':<12}{'docs':>6}{'docs/s':>10}{'× spaCy':>10}{'peak RSS MB':>13}{'worker RSS MB':>15}")
    for phase, r in results.items():
        print(f"{phase:<12}{r['docs']:>6}{r['docs_per_s']:>10.1f}{r['docs_per_s'] / base:>10.2f}{r['peak_rss_mb']:>13.0f}{r['peak_rss_worker_mb']:>15.0f}")
    scaling = results["ingest-2"]["docs_per_s"] / results["ingest-1"]["docs_per_s"]
    print(f"\nanalysis / bare spaCy (1 core): {results['analyze-1']['docs_per_s'] / base:.2f}  (goal ≥ 0.85)")
    print(f"ingest / bare spaCy (1 core):   {results['ingest-1']['docs_per_s'] / base:.2f}")
    print(f"scaling 1 → 2 workers:          {scaling:.2f}×  (goal ≥ 1.8×, on {os.cpu_count()} cores)")
    print("peak RSS of ingest-1 by input size: " + ", ".join(f"{r['docs']} docs → {r['peak_rss_mb']:.0f} MB" for r in flat))


if __name__ == "__main__":
    main()
