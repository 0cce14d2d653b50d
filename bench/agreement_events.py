"""Inter-annotator agreement on the events gold: two independent annotations of the same articles.

    .venv/bin/python bench/agreement_events.py [A] [B]

By default A = gold/events/annotations.txt (the evaluation gold) and B =
gold/events/annotations_b.txt (the same 60 test articles, annotated again from the text alone
by annotators who saw neither A nor the extractor's output). Agreement is measured the way
`eval_events.py` scores the extractor, so the two read side by side: each article's set of
(type, source country, target country), B scored against A (precision = share of B's tuples A
has, recall = share of A's tuples B has; F1 is symmetric), the same on event types alone,
modality agreement on the shared tuples, and how often what one annotator says did not happen
(denied, intended, hypothetical, future, negated) the other codes as actual and asserted.

`--extractor` also runs veille on the shared articles and scores it against A, against B, and
against both read leniently (an output tuple is right when either annotator has it; recall over
the tuples both have): how far apart the two readings of the goal are.

An extractor cannot be expected to agree with one annotator much better than a second annotator
does: the F1 of B against A is the ceiling the event goal (P >= 0.80 at R >= 0.60, F1 0.69)
should be read against.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from eval_events import NOT_HAPPENED, _countries, analyse, event_tuples, prf, read_articles, read_gold  # noqa: E402


def tuples(article: dict) -> dict[tuple[str, str, str], set[tuple[str, str]]]:
    found: dict[tuple, set] = defaultdict(set)
    for e in article["events"]:
        found[(e["type"], e["source"], e["target"])].add((e["modality"], e["polarity"]))
    return found


def did_not_happen(modalities: set[tuple[str, str]]) -> bool:
    return all(m in NOT_HAPPENED or p == "negated" for m, p in modalities)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("a", nargs="?", default=str(ROOT / "gold/events/annotations.txt"))
    parser.add_argument("b", nargs="?", default=str(ROOT / "gold/events/annotations_b.txt"))
    parser.add_argument("--extractor", action="store_true", help="also score veille against A, B and both")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = parser.parse_args()
    gold_a, gold_b = read_gold(Path(args.a)), read_gold(Path(args.b))
    shared = [i for i in gold_a if i in gold_b]
    if not shared:
        sys.exit(f"{args.a} and {args.b} share no article")

    tp = n_a = n_b = type_tp = type_a = type_b = 0
    modality_same = 0
    flipped = Counter()  # (whose "did not happen", the other's actual) per direction
    not_happened = Counter()
    by_type_a, by_type_b, by_type_both = Counter(), Counter(), Counter()
    for doc_id in shared:
        ta, tb = tuples(gold_a[doc_id]), tuples(gold_b[doc_id])
        both = set(ta) & set(tb)
        tp, n_a, n_b = tp + len(both), n_a + len(ta), n_b + len(tb)
        types_a, types_b = {t[0] for t in ta}, {t[0] for t in tb}
        type_tp, type_a, type_b = type_tp + len(types_a & types_b), type_a + len(types_a), type_b + len(types_b)
        modality_same += sum(bool({m for m, _ in ta[t]} & {m for m, _ in tb[t]}) for t in both)
        for mine, other, who in ((ta, tb, "A"), (tb, ta, "B")):
            for t, mods in mine.items():
                if did_not_happen(mods):
                    not_happened[who] += 1
                    flipped[who] += ("actual", "asserted") in other.get(t, set())
        by_type_a.update(t[0] for t in ta)
        by_type_b.update(t[0] for t in tb)
        by_type_both.update(t[0] for t in both)

    p, r, f1 = prf(tp, n_b, n_a)
    tp_, tr_, tf_ = prf(type_tp, type_b, type_a)
    print(f"A: {Path(args.a).name} ({len(gold_a)} articles), B: {Path(args.b).name} ({len(gold_b)} articles), {len(shared)} shared")
    print(f"tuples (type, source country, target country): A {n_a}, B {n_b}, both {tp}")
    print(f"  B against A: precision {p:.3f}   recall {r:.3f}   F1 {f1:.3f}")
    print(f"  event types alone per article: precision {tp_:.3f}   recall {tr_:.3f}   F1 {tf_:.3f}")
    print(f"  modality agreement on shared tuples {modality_same / tp if tp else 0:.3f} ({modality_same}/{tp})")
    for who, other in (("A", "B"), ("B", "A")):
        print(f"  {who}'s tuples said not to have happened: {not_happened[who]}; {other} codes as actual and asserted: {flipped[who]}")
    print("per type: A / B / both (Dice)")
    for t in sorted(set(by_type_a) | set(by_type_b), key=lambda t: -(by_type_a[t] + by_type_b[t])):
        dice = 2 * by_type_both[t] / (by_type_a[t] + by_type_b[t])
        print(f"  {t:12s} {by_type_a[t]:4d} {by_type_b[t]:4d} {by_type_both[t]:4d}  ({dice:.2f})")
    if args.extractor:
        score_extractor(shared, gold_a, gold_b, Path(args.shared))


def score_extractor(ids: list[str], gold_a: dict, gold_b: dict, shared: Path) -> None:
    countries = _countries()
    outputs = analyse(ids, read_articles(shared, ids))
    output = {i: set().union(*(event_tuples(e, countries) for e in outputs[i].get("events", []))) for i in ids}
    in_a = {i: set(tuples(gold_a[i])) for i in ids}
    in_b = {i: set(tuples(gold_b[i])) for i in ids}
    print("veille against each reading (aggregates)")
    readings = (("A", in_a, in_a), ("B", in_b, in_b),
                ("A or B (P), A and B (R)", {i: in_a[i] | in_b[i] for i in ids}, {i: in_a[i] & in_b[i] for i in ids}))
    for name, right, wanted in readings:  # precision over `right`, recall over `wanted`
        n_out, n_wanted = sum(len(output[i]) for i in ids), sum(len(wanted[i]) for i in ids)
        p = sum(len(output[i] & right[i]) for i in ids) / n_out if n_out else 0.0
        r = sum(len(output[i] & wanted[i]) for i in ids) / n_wanted if n_wanted else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {name:26s} precision {p:.3f}   recall {r:.3f}   F1 {f1:.3f}   ({n_out} output, {n_wanted} to find)")


if __name__ == "__main__":
    main()
