"""Near-duplicate stories: pair precision and recall on the corpus with synthetic republications.

Each of N articles of a split gets 1-3 republished copies with the edits wire reprints show
(a dateline/byline prefix, a credit line, a dropped or truncated paragraph, a few words changed,
whitespace and punctuation re-flowed); every other article of the split stays in as a distractor.
Gold: an article and its copies are one story. Predicted: the story_id that
veille.scale.stories.StoryIndex assigns, documents fed in a shuffled order. Pairs are scored:
precision = correct same-story pairs / predicted pairs, recall = correct / gold pairs.

The exact-identity baseline is what the store does without MinHash: the document id (hash of the
whitespace-folded text) only merges byte-identical bodies.

    .venv/bin/python bench/dedup.py                      # test split, edit levels light..heavy
    .venv/bin/python bench/dedup.py --split dev --sweep  # threshold sweep (tuning: dev only)
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from veille.ingest.records import document_id  # noqa: E402
from veille.scale.stories import THRESHOLD, StoryIndex, signature  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
PREFIXES = ["PARIS (AFP) - ", "(Reuters) - ", "Bruxelles, ", "De notre correspondant. ", "MISE À JOUR - "]
SUFFIXES = ["\n\n(Avec AFP)", "\n\n© Agence France-Presse", "\n\nLire aussi : nos autres articles sur le sujet.", "\n\n(Reuters)"]
# Edit strengths: probability of each edit, share of words replaced.
LEVELS = {
    "light": dict(prefix=0.5, suffix=0.5, drop=0.0, truncate=0.0, words=0.01),
    "medium": dict(prefix=0.7, suffix=0.7, drop=0.5, truncate=0.3, words=0.03),
    "heavy": dict(prefix=0.9, suffix=0.9, drop=0.9, truncate=0.6, words=0.08),
}


def articles(split: str) -> list[dict]:
    wanted = dict(line.split("\t") for line in (CORPUS / "split.tsv").read_text(encoding="utf-8").splitlines()[1:])
    with open(CORPUS / "fr_news.jsonl", encoding="utf-8") as f:
        return [row for row in map(json.loads, f) if wanted.get(row["id"]) == split and row.get("text", "").strip()]


def republish(text: str, level: dict, rng: random.Random, vocabulary: list[str]) -> str:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if len(paragraphs) > 2 and rng.random() < level["drop"]:
        del paragraphs[rng.randrange(1, len(paragraphs))]
    if len(paragraphs) > 2 and rng.random() < level["truncate"]:
        paragraphs = paragraphs[:-1]
    words = re.split(r"(\s+)", "\n\n".join(paragraphs))
    for i in range(0, len(words), 2):
        if rng.random() < level["words"]:
            words[i] = rng.choice(vocabulary)
    out = "".join(words).replace(" ,", ",")
    if rng.random() < level["prefix"]:
        out = rng.choice(PREFIXES) + out
    if rng.random() < level["suffix"]:
        out += rng.choice(SUFFIXES)
    return out


def build(split: str, originals: int, level: dict, seed: int) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Documents (key, text) and the gold story of each key."""
    rng = random.Random(seed)
    rows = articles(split)
    vocabulary = sorted({w for row in rows[:200] for w in row["text"].split() if w.isalpha()})
    docs, gold = [], {}
    for row in rows:
        docs.append((row["id"], row["text"]))
        gold[row["id"]] = row["id"]
    for row in rng.sample(rows, min(originals, len(rows))):
        for n in range(rng.randint(1, 3)):
            key = f"{row['id']}~{n}"
            docs.append((key, republish(row["text"], level, rng, vocabulary)))
            gold[key] = row["id"]
    rng.shuffle(docs)
    return docs, gold


def pairs(assignment: dict[str, str]) -> set[tuple[str, str]]:
    groups = defaultdict(list)
    for key, story in assignment.items():
        groups[story].append(key)
    return {tuple(sorted(p)) for members in groups.values() for p in itertools.combinations(members, 2)}


def score(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float, int, int]:
    p, g = pairs(predicted), pairs(gold)
    hit = len(p & g)
    precision = hit / len(p) if p else 1.0
    recall = hit / len(g) if g else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, len(p), len(g)


def cluster(docs, signatures, threshold: float) -> dict[str, str]:
    index = StoryIndex(threshold=threshold, window_days=None)
    return {key: index.add(key, signatures[key], None)[0] for key, _ in docs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="test", choices=["dev", "test"])
    parser.add_argument("--originals", type=int, default=300, help="articles given republished copies")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--sweep", action="store_true", help="score thresholds 0.3-0.8 (tune on dev)")
    args = parser.parse_args()

    thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8] if args.sweep else [THRESHOLD]
    print(f"split={args.split} originals={args.originals} seed={args.seed}")
    print(f"{'edits':8} {'method':22} {'P':>6} {'R':>6} {'F1':>6} {'pred pairs':>10} {'gold pairs':>10}")
    for name, level in LEVELS.items():
        docs, gold = build(args.split, args.originals, level, args.seed)
        exact = {key: document_id(None, text) for key, text in docs}
        p, r, f, n_pred, n_gold = score(exact, gold)
        print(f"{name:8} {'exact identity':22} {p:6.3f} {r:6.3f} {f:6.3f} {n_pred:10d} {n_gold:10d}")
        started = time.perf_counter()
        signatures = {key: signature(text) for key, text in docs}
        signing = (time.perf_counter() - started) / len(docs) * 1000
        for threshold in thresholds:
            started = time.perf_counter()
            predicted = cluster(docs, signatures, threshold)
            indexing = (time.perf_counter() - started) / len(docs) * 1000
            p, r, f, n_pred, n_gold = score(predicted, gold)
            print(f"{name:8} {f'MinHash LSH t={threshold}':22} {p:6.3f} {r:6.3f} {f:6.3f} {n_pred:10d} {n_gold:10d}")
        print(f"{'':8} {len(docs)} documents; signature {signing:.2f} ms/doc, index+query {indexing:.2f} ms/doc")


if __name__ == "__main__":
    main()
