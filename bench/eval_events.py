"""Evaluate events and figures on the project's gold set (gold/events/annotations.txt).

    .venv/bin/python bench/eval_events.py [--shared ../shared] [--errors] [--gold FILE] [--learned-filter]

By default the evaluation gold: 60 articles of the corpus `test` split, annotated by hand before
the extractors ever ran on them and never used to write the lexicons (see gold/events/README.md).
`--gold gold/events/dev_tuning.txt` runs on the dev tuning set instead (26 articles of the `dev`
split, events only), the one the rules are tuned on; its scores are optimistic by construction.
Reports:

- event precision / recall / F1 over each article's set of (type, source country, target
  country) — "-" where the actor has no country (armed groups, the UN, unknown attackers);
- modality accuracy on the matched events;
- how many gold events that were denied, intended, hypothetical, future or negated the system
  outputs as having happened (modality actual, polarity asserted) — the goal is zero;
- figure precision / recall over each article's set of (value, qualifier, category), and over
  values alone.

`--learned-filter` adds an experiment: a logistic regression over each output event's features
(type, which actors are named or implied and how, modality, quote, mode...), trained
leave-one-article-out to drop spurious events, scored at several thresholds.

The English PLOVER gold in ../shared/eval/events is not used: the method is a French lexicon
over French parses and does not apply to English sentences.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOLD = ROOT / "gold" / "events" / "annotations.txt"
# Which corpus split each gold file must come from: evaluation gold from `test`, tuning from `dev`.
NOT_HAPPENED = {"denied", "intended", "hypothetical", "future"}


def expected_split(path: Path) -> str:
    """A tuning file (dev_*) must hold dev articles; any other gold file, test articles."""
    return "dev" if path.name.startswith("dev_") else "test"


def read_gold(path: Path = GOLD) -> dict[str, dict]:
    gold: dict[str, dict] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("= "):
            current = gold.setdefault(line[2:].strip(), {"events": [], "figures": []})
        elif line.startswith("E "):
            type_, pair, modality, polarity = line[2:].split("|")[0].split()
            source, target = pair.split(">")
            current["events"].append({"type": type_, "source": source, "target": target, "modality": modality, "polarity": polarity})
        elif line.startswith("F "):
            value, qualifier, category = line[2:].split("|")[0].split()
            current["figures"].append((float(value), qualifier, category))
    return gold


def _countries() -> set[str]:
    try:
        from veille.actors.registry import load
        return set(load().countries)
    except ImportError:
        return set()


def event_tuples(event: dict, countries: set[str]) -> set[tuple[str, str, str]]:
    """(type, source country, target country) for every source x target; "-" without a country."""
    def codes(actors):
        found = {a.get("country") if a.get("country") in countries else "-" for a in actors}
        return found or {"-"}
    return {(event["type"], s, t) for s in codes(event["source"]) for t in codes(event["target"])}


# Features of an output event for the learned-filter experiment (--learned-filter).
_VIAS = ("location", "article country", "implied state", "domestic protest", "domestic request", "own country")
_KINDS = ("person", "government", "military", "country", "igo", "media", "party", "ngo", "company", "location", "other")


def _features(event: dict, types: list[str], position: float) -> list[float]:
    f = [1.0, position] + [event["type"] == t for t in types]
    for side in (event["source"], event["target"]):
        f += [bool(side), any(not a.get("via") for a in side), any(a.get("country") for a in side),
              any(a.get("id") is None and not a.get("via") for a in side)]
        f += [any(a.get("via") == v for a in side) for v in _VIAS] + [any(a.get("kind") == k for a in side) for k in _KINDS]
    f += [event["modality"] == "actual", event["polarity"] == "negated", event["reported_by"]["kind"] != "article",
          "coreference" in event, event["mode"] is not None, event["location"] is not None,
          (event["date"] or {}).get("source") == "text"]
    return [float(x) for x in f]


def learned_filter(outputs: dict, gold: dict, articles: dict, countries: set[str]) -> None:
    """Leave-one-article-out experiment: a logistic regression over the features of each output
    event, trained to tell events matching a gold tuple from spurious ones, drops the events it
    scores below a threshold. Prints precision and recall per threshold (0 = no filter)."""
    import numpy as np
    types = sorted({e["type"] for out in outputs.values() for e in out.get("events", [])})
    rows = [(doc_id, _features(e, types, e["start"] / len(articles[doc_id]["text"])), event_tuples(e, countries))
            for doc_id, out in outputs.items() for e in out.get("events", [])]
    golds = {d: {(e["type"], e["source"], e["target"]) for e in g["events"]} for d, g in gold.items()}
    X = np.array([r[1] for r in rows])
    y = np.array([float(bool(r[2] & golds[r[0]])) for r in rows])
    docs = np.array([r[0] for r in rows])
    prob = np.zeros(len(rows))
    for doc_id in outputs:
        held = docs == doc_id
        w = np.zeros(X.shape[1])
        for _ in range(500):  # gradient descent on the L2-regularised log loss
            p = 1 / (1 + np.exp(-X[~held] @ w))
            w -= 0.5 * (X[~held].T @ (p - y[~held]) + w) / (~held).sum()
        prob[held] = 1 / (1 + np.exp(-X[held] @ w))
    print(f"learned filter, leave-one-article-out over {len(outputs)} articles ({len(rows)} output events):")
    for threshold in (0.0, 0.3, 0.4, 0.5, 0.6):
        tp = n_sys = n_gold = 0
        for doc_id, g in golds.items():
            kept = set().union(*(r[2] for r, p in zip(rows, prob) if r[0] == doc_id and p >= threshold))
            tp, n_sys, n_gold = tp + len(kept & g), n_sys + len(kept), n_gold + len(g)
        p, r, f1 = prf(tp, n_sys, n_gold)
        print(f"  threshold {threshold:.1f}: precision {p:.3f}   recall {r:.3f}   F1 {f1:.3f}")


def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def read_articles(shared: Path, ids) -> dict[str, dict]:
    """The corpus records (id, date, title, text) of the gold's articles."""
    articles = {}
    with open(shared / "corpus" / "fr_news.jsonl", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] in ids:
                articles[a["id"]] = a
    return articles


def analyse(ids: list[str], articles: dict[str, dict]) -> dict[str, dict]:
    """veille's whole analysis of each article, dated as the corpus dates it."""
    from veille.analyze import nlp
    from veille.analyze.context import Context
    from veille.analyze.registry import run_all

    outputs = {}
    for doc_id, doc in zip(ids, nlp.load().pipe((articles[i]["text"] for i in ids), batch_size=16)):
        a = articles[doc_id]
        outputs[doc_id] = run_all(doc, Context(date=a["date"], date_precision="day", title=a["title"]))
    return outputs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--errors", action="store_true", help="Print missed and spurious events and figures per article.")
    parser.add_argument("--gold", default=str(GOLD), help="Gold file: annotations.txt (evaluation, default) or dev_tuning.txt / "
                        "dev_tuning_2.txt (tuning sets); several joined by commas.")
    parser.add_argument("--learned-filter", action="store_true",
                        help="Also run the learned-filter experiment (leave-one-article-out); meant for the dev tuning set.")
    args = parser.parse_args()

    gold = {}
    expected_of = {}
    for path in args.gold.split(","):  # several files: "dev_tuning.txt,dev_tuning_2.txt"
        gold_path = Path(path)
        part = read_gold(gold_path)
        gold.update(part)
        expected_of.update(dict.fromkeys(part, expected_split(gold_path)))
    articles = read_articles(Path(args.shared), gold)
    split = dict(line.rstrip("\n").split("\t") for line in open(Path(args.shared) / "corpus" / "split.tsv", encoding="utf-8"))
    wrong = [i for i in gold if split[i] != expected_of[i]]
    assert not wrong, f"{args.gold}: {wrong[:3]} not of the split their file is meant for"

    countries = _countries()
    ids = list(gold)
    started = time.perf_counter()
    outputs = analyse(ids, articles)
    elapsed = time.perf_counter() - started
    chars = sum(len(articles[i]["text"]) for i in ids)

    has_figures = any(g["figures"] for g in gold.values())
    tp = n_sys = n_gold = 0
    type_tp = type_sys = type_gold = 0
    modality_hits = modality_total = 0
    invented = not_happened_gold = 0
    f_tp = f_sys = f_gold = v_tp = 0
    for doc_id in ids:
        result, g = outputs[doc_id], gold[doc_id]
        sys_modalities: dict[tuple, set] = defaultdict(set)
        triggers: dict[tuple, list] = defaultdict(list)  # for --errors: what made each output tuple
        for e in result.get("events", []):
            for t in event_tuples(e, countries):
                sys_modalities[t].add((e["modality"], e["polarity"]))
                triggers[t].append(e["text"])
        gold_modalities: dict[tuple, set] = defaultdict(set)
        for e in g["events"]:
            gold_modalities[(e["type"], e["source"], e["target"])].add((e["modality"], e["polarity"]))
        matched = set(sys_modalities) & set(gold_modalities)
        sys_types, gold_types = {t[0] for t in sys_modalities}, {t[0] for t in gold_modalities}
        type_tp, type_sys, type_gold = type_tp + len(sys_types & gold_types), type_sys + len(sys_types), type_gold + len(gold_types)
        tp, n_sys, n_gold = tp + len(matched), n_sys + len(sys_modalities), n_gold + len(gold_modalities)
        for t in matched:
            modality_total += 1
            modality_hits += bool({m for m, _ in gold_modalities[t]} & {m for m, _ in sys_modalities[t]})
        for t, mods in gold_modalities.items():
            if all(m in NOT_HAPPENED or p == "negated" for m, p in mods):
                not_happened_gold += 1
                if ("actual", "asserted") in sys_modalities.get(t, set()):
                    invented += 1
                    if args.errors:
                        print(f"  INVENTED {doc_id} {t} gold={mods}")
        sys_figs = {(float(f["value"]), f["qualifier"], f["category"]) for f in result.get("figures", [])}
        gold_figs = set(g["figures"])
        f_tp, f_sys, f_gold = f_tp + len(sys_figs & gold_figs), f_sys + len(sys_figs), f_gold + len(gold_figs)
        v_tp += len({v for v, _, _ in sys_figs} & {v for v, _, _ in gold_figs})
        if args.errors:
            print(f"== {doc_id} {articles[doc_id]['title']}")
            for t in sorted(set(gold_modalities) - matched):
                print(f"  MISSED   {t} {gold_modalities[t]}")
            for t in sorted(set(sys_modalities) - matched):
                print(f"  SPURIOUS {t} {sys_modalities[t]} {triggers[t]}")
            for fig in sorted(gold_figs - sys_figs) if has_figures else ():
                print(f"  FIG MISSED   {fig}")
            for fig in sorted(sys_figs - gold_figs) if has_figures else ():
                print(f"  FIG SPURIOUS {fig}")

    p, r, f1 = prf(tp, n_sys, n_gold)
    fp, fr, ff = prf(f_tp, f_sys, f_gold)
    vp, vr, vf = prf(v_tp, f_sys, f_gold)
    print(f"gold: {', '.join(Path(p).name for p in args.gold.split(','))}, {len(ids)} articles of the {'/'.join(sorted(set(expected_of.values())))} split, {n_gold} events (type, source, target), {f_gold} figures")
    print(f"analysed in {elapsed:.1f} s ({chars / elapsed:,.0f} characters/s, whole pipeline)")
    print()
    print("events matched on (type, source country, target country), per article")
    print(f"  precision {p:.3f}   recall {r:.3f}   F1 {f1:.3f}   ({tp} matched, {n_sys} output, {n_gold} gold)   goal P >= 0.80 at R >= 0.60")
    tp_, tr_, tf_ = prf(type_tp, type_sys, type_gold)
    print(f"  diagnostic, event types alone per article: precision {tp_:.3f}   recall {tr_:.3f}   F1 {tf_:.3f}")
    print(f"  modality accuracy on matched events {modality_hits / modality_total if modality_total else 0:.3f} ({modality_hits}/{modality_total})")
    print(f"  gold events not said to have happened (denied/intended/hypothetical/future/negated): {not_happened_gold}; "
          f"output as actual and asserted: {invented}   goal 0")
    if has_figures:
        print("figures matched on (value, qualifier, category), per article")
        print(f"  precision {fp:.3f}   recall {fr:.3f}   F1 {ff:.3f}   ({f_tp} matched, {f_sys} output, {f_gold} gold)   goal P and R >= 0.85")
        print(f"  on values alone: precision {vp:.3f}   recall {vr:.3f}")
    else:
        print("figures: not annotated in this gold file")
    print()
    print("published reference points (other data, other languages; not comparable, for scale):")
    print("  GDELT protest events judged real: 21% (Wang et al., Science 2016)")
    print("  PETRARCH multilingual port on Spanish: 44% of events correct, +315% spurious events")
    print("English PLOVER gold (../shared/eval/events): not run — the method is a French lexicon over French parses.")
    if args.learned_filter:
        print()
        learned_filter(outputs, gold, articles, countries)


if __name__ == "__main__":
    main()
