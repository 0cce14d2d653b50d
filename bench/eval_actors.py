"""Evaluate veille's actors: NER repair, and actor country and kind accuracy.

    .venv/bin/python bench/eval_actors.py [--shared ../shared] [--europeana] [--gold FILE]

(a) NER span F1 (strict: same span, same PER/LOC/ORG label), the statistical model alone vs.
    veille (the model's entities repaired by the actor registry), in the same run, on
    - NewsEye French test (HIPE-2022, 19th-20th c. newspapers, CC BY 4.0), `eval/ner`;
    - WiNER-fr gold of the corpus `test` split (`corpus/fr_news_entities.jsonl`);
    - with --europeana, the Europeana BnF set too (noisy OCR, IO tags: adjacent names merge).
(b) Actor country and kind accuracy on the project's own gold, `gold/actors/annotations.yaml`
    (42 articles of the corpus `test` split, annotated before the extractor ran on them; the
    fresh `gold/actors/fresh_test.yaml`, 40 other test articles, with `--gold`);
    `--gold gold/actors/dev_tuning.yaml gold/actors/dev_tuning_2.yaml --skip-ner` runs the same
    on the tuning sets of `dev` articles that rules are tuned on (not a measurement).
    A gold mention counts as right when the extractor's mention with the same span (or,
    failing that, the one overlapping it most) has the gold country (kind); a gold mention
    without any extractor mention counts as wrong.

Published baselines for orientation (not the same sets): HIPE-2022 NewsEye fr test NERC-coarse
strict F1 0.656 (best team) / 0.654 (neural baseline); spaCy fr_core_news_md on its WikiNER
dev set, F1 0.832 (model card).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from veille.analyze import nlp as nlp_module  # noqa: E402
from veille.analyze.actors import extract_actors  # noqa: E402
from veille.analyze.context import Context  # noqa: E402
from veille.analyze.entities import extract_entities  # noqa: E402

LABELS = {"PER", "LOC", "ORG"}
WINER_LABELS = {"Person": "PER", "Location": "LOC", "Organization": "ORG"}
GOLD = ROOT / "gold" / "actors" / "annotations.yaml"


def analyse(texts: list[str], dates: list[str | None], titles: list[str | None]):
    """Yield (model entities, veille entities, actor mentions) per text."""
    nlp = nlp_module.load()
    for doc, date, title in zip(nlp.pipe(texts, batch_size=16), dates, titles):
        ctx = Context(date=date, title=title)
        ctx.results.update(extract_entities(doc, ctx))
        model = list(ctx.results["entities"])
        out = extract_actors(doc, ctx)
        yield model, out["entities"], out["actor_mentions"]


def prf(gold: set, pred: set) -> tuple[float, float, float]:
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ner_eval(name: str, records: list[tuple[str, set, str | None, str | None]]) -> dict:
    gold, model, veille = set(), set(), set()
    started = time.perf_counter()
    chars = 0
    for i, ((text, spans, date, title), (m, v, _)) in enumerate(zip(records, analyse([r[0] for r in records], [r[2] for r in records], [r[3] for r in records]))):
        chars += len(text)
        gold |= {(i, s, e, label) for s, e, label in spans}
        model |= {(i, e["start"], e["end"], e["label"]) for e in m if e["label"] in LABELS}
        veille |= {(i, e["start"], e["end"], e["label"]) for e in v if e["label"] in LABELS}
    seconds = time.perf_counter() - started
    row = {"set": name, "docs": len(records), "gold": len(gold), "model": prf(gold, model), "veille": prf(gold, veille),
           "chars_per_s": chars / seconds}
    print(f"{name:<28} {len(records):>5} docs {len(gold):>6} gold  "
          f"model P/R/F1 {row['model'][0]:.3f}/{row['model'][1]:.3f}/{row['model'][2]:.3f}   "
          f"veille P/R/F1 {row['veille'][0]:.3f}/{row['veille'][1]:.3f}/{row['veille'][2]:.3f}   "
          f"({row['chars_per_s']:.0f} chars/s, parse included)")
    return row


def newseye(shared: Path) -> list:
    path = shared / "eval" / "ner" / "newseye_fr_hipe2022" / "newseye_fr_test.jsonl"
    out = []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        spans = {(e["start"], e["end"], e["type"]) for e in d["entities"] if e["type"] in LABELS}
        out.append((d["text"], spans, d.get("date"), None))
    return out


def europeana(shared: Path) -> list:
    path = shared / "eval" / "ner" / "europeana_fr_bnf" / "europeana_fr_bnf.jsonl"
    out = []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        spans = {(e["start"], e["end"], e["type"]) for e in d["entities"] if e["type"] in LABELS}
        out.append((d["text"], spans, None, None))
    return out


def corpus(shared: Path) -> tuple[dict, dict, dict]:
    split = dict(line.rstrip("\n").split("\t")[:2] for line in open(shared / "corpus" / "split.tsv", encoding="utf-8"))
    articles = {}
    for line in open(shared / "corpus" / "fr_news.jsonl", encoding="utf-8"):
        a = json.loads(line)
        articles[a["id"]] = a
    entities = {}
    for line in open(shared / "corpus" / "fr_news_entities.jsonl", encoding="utf-8"):
        r = json.loads(line)
        entities[r["id"]] = [e for e in r["entities"] if e["field"] == "text"]
    return split, articles, entities


def winer(shared: Path, part: str = "test") -> list:
    split, articles, entities = corpus(shared)
    out = []
    for doc_id, ents in entities.items():
        if split.get(doc_id) != part:
            continue
        a = articles[doc_id]
        spans = {(e["start"], e["end"], WINER_LABELS[e["type"]]) for e in ents if e["type"] in WINER_LABELS}
        out.append((a["text"], spans, a["date"], a["title"]))
    return out


def gold_mentions(shared: Path, gold: Path) -> list[tuple[dict, list[dict]]]:
    """Expand the annotations into spans: WiNER spans with that text, else every occurrence."""
    split, articles, entities = corpus(shared)
    annotations = yaml.safe_load(open(gold, encoding="utf-8"))
    # A tuning set (`dev_*.yaml`) must hold dev articles only; a measurement gold, test articles only.
    expected = "dev" if gold.name.startswith("dev_") else "test"
    out = []
    for doc_id, labels in annotations.items():
        assert split.get(doc_id) == expected, f"{doc_id} is not a {expected} article"
        a = articles[doc_id]
        spans = {}
        for surface, (country, kind) in labels.items():
            found = [(e["start"], e["end"]) for e in entities.get(doc_id, []) if e["text"] == surface and e["type"] in WINER_LABELS]
            if not found:
                start = a["text"].find(surface)
                while start >= 0:
                    found.append((start, start + len(surface)))
                    start = a["text"].find(surface, start + 1)
            assert found, f"{doc_id}: {surface!r} not in the text"
            for s, e in found:
                spans[(s, e)] = {"start": s, "end": e, "text": surface, "country": country, "kind": kind}
        out.append((a, sorted(spans.values(), key=lambda m: m["start"])))
    return out


def match(gold: dict, mentions: list[dict]) -> dict | None:
    for m in mentions:
        if m["start"] == gold["start"] and m["end"] == gold["end"]:
            return m
    best, best_overlap = None, 0
    for m in mentions:
        overlap = min(m["end"], gold["end"]) - max(m["start"], gold["start"])
        if overlap > best_overlap:
            best, best_overlap = m, overlap
    return best


def actor_eval(shared: Path, gold_paths: list[Path], show_errors: bool) -> dict:
    docs = [doc for path in gold_paths for doc in gold_mentions(shared, path)]
    tallies = collections.defaultdict(lambda: [0, 0])  # group -> [right, total]
    errors = []
    results = analyse([a["text"] for a, _ in docs], [a["date"] for a, _ in docs], [a["title"] for a, _ in docs])
    for (article, gold), (_, _, mentions) in zip(docs, results):
        for g in gold:
            m = match(g, mentions)
            actor = m["actor"] if m else {"country": None, "kind": None}
            named = g["kind"] != "location"
            if g["country"] is not None:
                right = actor["country"] == g["country"]
                for group in (["country/named actors"] if named else []) + ["country/all mentions", f"country/{g['kind']}"]:
                    tallies[group][0] += right
                    tallies[group][1] += 1
                if not right:
                    errors.append((article["id"], g["text"], "country", g["country"], actor["country"], m["text"] if m else None))
            right = actor["kind"] == g["kind"]
            for group in ["kind/all mentions"] + (["kind/named actors"] if named else []):
                tallies[group][0] += right
                tallies[group][1] += 1
            if not right:
                errors.append((article["id"], g["text"], "kind", g["kind"], actor["kind"], m["text"] if m else None))
    print(f"\nActor gold: {len(docs)} articles, {sum(len(g) for _, g in docs)} mentions ({', '.join(map(str, gold_paths))})")
    for group in sorted(tallies, key=lambda g: (not g.endswith("actors"), g)):
        right, total = tallies[group]
        print(f"  {group:<28} {right / total:.3f}  ({right}/{total})")
    if show_errors:
        for e in errors:
            print("  ERR", *e)
    return {g: v[0] / v[1] for g, v in tallies.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    parser.add_argument("--europeana", action="store_true", help="also the Europeana BnF NER set (slow, noisy)")
    parser.add_argument("--errors", action="store_true", help="list every actor error")
    parser.add_argument("--skip-ner", action="store_true")
    parser.add_argument("--winer-split", choices=("test", "dev"), default="test",
                        help="the corpus split whose WiNER spans are scored (dev: for writing NER repairs)")
    parser.add_argument("--gold", type=Path, nargs="+", default=[GOLD],
                        help="actor gold file(s), scored together (default: the test-split measurement set)")
    args = parser.parse_args()
    if not args.skip_ner:
        print("NER span F1, strict, PER/LOC/ORG: spaCy fr_core_news_md alone vs. veille (registry repair)")
        ner_eval("NewsEye fr test (eval/ner)", newseye(args.shared))
        ner_eval(f"WiNER-fr corpus {args.winer_split} split", winer(args.shared, args.winer_split))
        if args.europeana:
            ner_eval("Europeana fr BnF (eval/ner)", europeana(args.shared))
    actor_eval(args.shared, args.gold, args.errors)


if __name__ == "__main__":
    main()
