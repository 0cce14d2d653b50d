"""Inter-annotator agreement on the actor gold: two independent labellings of the same mentions.

    .venv/bin/python bench/agreement_actors.py [A] [B] [--disagreements]

A and B label the same surfaces of the same articles (B was given A's surfaces blank). Both are
expanded into spans the way `eval_actors.py` expands them, and B is scored against A with
`eval_actors.py`'s groups: country on named actors (A's kind is not a location and A gives a
country), country on all mentions, kind. The figure says how far any extractor can be asked to
agree with one annotator: a second careful reader is the ceiling, not 1.0.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from eval_actors import gold_mentions  # noqa: E402

GOLD = ROOT / "gold" / "actors"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", type=Path, nargs="?", default=GOLD / "fresh_test.yaml")
    parser.add_argument("b", type=Path, nargs="?", default=GOLD / "fresh_test_b.yaml")
    parser.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    parser.add_argument("--disagreements", action="store_true",
                        help="list the surfaces A and B label differently (for adjudication)")
    args = parser.parse_args()
    a_docs = {article["id"]: spans for article, spans in gold_mentions(args.shared, args.a)}
    b_docs = {article["id"]: spans for article, spans in gold_mentions(args.shared, args.b)}
    shared = sorted(a_docs.keys() & b_docs.keys())
    tallies = collections.defaultdict(lambda: [0, 0])  # group -> [same, total]
    disagreements = {}
    for doc_id in shared:
        b_by_span = {(m["start"], m["end"]): m for m in b_docs[doc_id]}
        for a in a_docs[doc_id]:
            b = b_by_span.get((a["start"], a["end"]))
            if b is None:
                continue
            named = a["kind"] != "location"
            if a["country"] is not None:
                same = a["country"] == b["country"]
                for group in (["country/named actors"] if named else []) + ["country/all mentions"]:
                    tallies[group][0] += same
                    tallies[group][1] += 1
            same_kind = a["kind"] == b["kind"]
            for group in ["kind/all mentions"] + (["kind/named actors"] if named else []):
                tallies[group][0] += same_kind
                tallies[group][1] += 1
            if (a["country"], a["kind"]) != (b["country"], b["kind"]):
                disagreements[(doc_id, a["text"])] = ((a["country"], a["kind"]), (b["country"], b["kind"]))
    print(f"A: {args.a.name} ({len(a_docs)} articles), B: {args.b.name} ({len(b_docs)} articles), {len(shared)} shared")
    print("B against A, per mention span (as eval_actors.py counts them):")
    for group in sorted(tallies, key=lambda g: (not g.endswith("actors"), g)):
        same, total = tallies[group]
        print(f"  {group:<28} {same / total:.3f}  ({same}/{total})")
    print(f"surfaces labelled differently: {len(disagreements)}")
    if args.disagreements:
        for (doc_id, surface), (a, b) in sorted(disagreements.items()):
            print(f"  {doc_id}  {surface!r}  A {a}  B {b}")


if __name__ == "__main__":
    main()
