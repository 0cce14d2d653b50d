"""Where an ingest's time goes: each spaCy component, each extractor, and the store-side steps.

    .venv/bin/python bench/profile_pipeline.py [--docs 120]

Each stage is timed over the same dev-split articles in one process (model loaded, registries
warmed on one article first), and printed as seconds, ms per document and share of the total, so
the stage to work on is the top line. The spaCy components run batched, as `nlp.pipe` runs them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from veille.analyze import analyser_version  # noqa: E402
from veille.analyze import nlp as nlp_module  # noqa: E402
from veille.analyze import registry  # noqa: E402
from veille.analyze.context import Context  # noqa: E402
from veille.ingest.records import Record  # noqa: E402
from veille.scale.stories import StoryLinker  # noqa: E402
from veille.store import Store  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def dev_records(n: int) -> list[Record]:
    split = dict(line.rstrip("\n").split("\t") for line in open(CORPUS / "split.tsv", encoding="utf-8") if not line.startswith("id\t"))
    out = []
    with open(CORPUS / "fr_news.jsonl", encoding="utf-8") as f:
        for row in map(json.loads, f):
            if split.get(row["id"]) == "dev" and row.get("text", "").strip():
                out.append(Record(source=row["id"], text=row["text"], date=row["date"], date_precision="day", title=row.get("title"), source_id=row["id"]))
                if len(out) == n:
                    break
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=120)
    args = parser.parse_args()
    records = dev_records(args.docs)
    nlp = nlp_module.load()
    version = analyser_version()
    extractors = [e for e in registry.EXTRACTORS if e.default]
    # warm-up: lazy registries and lexicons load on first use, not per document
    warm = nlp(records[0].text)
    registry.run_all(warm, Context(date=records[0].date, date_precision="day", title=records[0].title))

    seconds: dict[str, float] = defaultdict(float)
    docs = [nlp.make_doc(r.text) for r in records]
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        docs = list(component.pipe(docs, batch_size=32)) if hasattr(component, "pipe") else [component(d) for d in docs]
        seconds[f"spaCy {name}"] += time.perf_counter() - start

    outputs = []
    for record, doc in zip(records, docs):
        ctx = Context(date=record.date, date_precision=record.date_precision, title=record.title)
        for extractor in extractors:
            start = time.perf_counter()
            ctx.results.update(extractor.fn(doc, ctx))
            seconds[f"extractor {extractor.name}"] += time.perf_counter() - start
        outputs.append({**record.to_document(), **ctx.results})

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "profile.duckdb"))
        start = time.perf_counter()
        linker = StoryLinker(store)
        seconds["store: open and migrate"] += time.perf_counter() - start
        for i in range(0, len(outputs), 64):
            batch = outputs[i:i + 64]
            start = time.perf_counter()
            store.write(batch, [], version)
            seconds["store: write documents"] += time.perf_counter() - start
            start = time.perf_counter()
            linker.link_documents(batch)
            seconds["stories: MinHash + link"] += time.perf_counter() - start

    total = sum(seconds.values())
    print(f"{len(records)} documents, {total:.1f} s in all, {len(records) / total:.1f} docs/s")
    print(f"{'stage':34}{'s':>8}{'ms/doc':>9}{'share':>8}")
    for stage, s in sorted(seconds.items(), key=lambda kv: -kv[1]):
        print(f"{stage:34}{s:8.2f}{s / len(records) * 1000:9.1f}{s / total:8.1%}")


if __name__ == "__main__":
    main()
