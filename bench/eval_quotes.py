"""Quote extraction against gold: P/R/F1 at two token-overlap thresholds, speaker and verb accuracy.

    .venv/bin/python bench/eval_quotes.py            # news gold (gold/quotes) + French LitBank
    .venv/bin/python bench/eval_quotes.py --news     # news gold only
    .venv/bin/python bench/eval_quotes.py --errors   # print LitBank misses and false alarms
    .venv/bin/python bench/eval_quotes.py --gold gold/quotes/dev_tuning.jsonl --news --errors
                                                     # the dev tuning set, with its per-quote errors

The news test gold is for measuring only: the script prints no per-quote errors for it, so that no
rule is written from the test split. Per-quote errors are printed only for a gold whose articles
all belong to the `dev` split (../shared/corpus/split.tsv), such as the dev tuning set
gold/quotes/dev_tuning.jsonl, the set rules are tuned on.

News gold: 42 articles of the corpus `test` split annotated by hand for this project
(gold/quotes/README.md). Literary gold: the direct-speech layer of French LitBank
(../shared/eval/quotes/fr_litbank_citations), reported apart because fiction quotes differently
(dialogue dashes, few reporting frames), against direct quotes only.

A system quote matches a gold quote when they share at least the threshold's share of word
tokens, counted against the longer of the two (so an over-long span cannot match everything);
matching is one-to-one, best overlap first. Speaker accuracy is over gold quotes that have a
speaker and are matched at 0.3: the system speaker is right when its text and one of the gold
names contain one another (case-insensitive), so "Lacourt" matches "Camille Lacourt". Verb
accuracy is over matched quotes whose gold names a verb: the lemma must be one of those named.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from veille.analyze import nlp as nlp_module  # noqa: E402
from veille.analyze import registry  # noqa: E402
from veille.analyze.context import Context  # noqa: E402

SHARED = ROOT.parent / "shared"
NEWS_GOLD = ROOT / "gold" / "quotes" / "news_test.jsonl"
SPLIT = SHARED / "corpus" / "split.tsv"
CORPUS = SHARED / "corpus" / "fr_news.jsonl"
LITBANK = SHARED / "eval" / "quotes" / "fr_litbank_citations" / "fr_litbank_quotes.jsonl"
WORD = re.compile(r"\w+")
PIPELINE = ("sentences", "entities", "actors", "times", "quotes")  # quotes and what it reads
# Radar de Parité V7.0 (French Gender Gap Tracker), the best published French system.
PUBLISHED = {"f1@0.3": 81.7, "f1@0.8": 72.6, "speaker": 80.4}


def tokens(text: str, start: int, end: int) -> set[int]:
    return {m.start() for m in WORD.finditer(text, start, end)}


def overlap(text: str, a: dict, b: dict) -> float:
    ta, tb = tokens(text, a["start"], a["end"]), tokens(text, b["start"], b["end"])
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / max(len(ta), len(tb))


def match(text: str, gold: list[dict], system: list[dict], threshold: float) -> list[tuple[dict, dict]]:
    pairs = sorted(((overlap(text, g, s), gi, si) for gi, g in enumerate(gold) for si, s in enumerate(system)), reverse=True)
    used_g, used_s, out = set(), set(), []
    for score, gi, si in pairs:
        if score < threshold:
            break
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        out.append((gold[gi], system[si]))
    return out


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return " ".join(WORD.findall("".join(c for c in text if not unicodedata.combining(c))))


def speaker_right(gold_names: list[str], speaker: dict | None, local: bool = False) -> bool:
    """`local`: the gold names the local mention (LitBank: "il"), so the system's local
    mention counts too."""
    if not speaker:
        return False
    candidates = [speaker["text"]] + ([speaker["mention"]["text"]] if local and speaker.get("mention") else [])
    for candidate in candidates:
        said = fold(candidate)
        if said and any(fold(name) in said or said in fold(name) for name in gold_names):
            return True
    return False


class Tally:
    def __init__(self):
        self.gold = self.system = 0
        self.matched = {0.3: 0, 0.8: 0}
        self.speaker_total = self.speaker_ok = 0
        self.speaker_by_kind: dict[str, list[int]] = {}  # gold kind -> [quotes, right, no speaker given]
        self.verb_total = self.verb_ok = 0

    def prf(self, threshold: float) -> tuple[float, float, float]:
        m = self.matched[threshold]
        p = m / self.system if self.system else 0.0
        r = m / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def analyse(texts: list[str], dates: list[str] | None = None) -> list[list[dict]]:
    """Quotes as `veille analyze` gives them: every extractor quotes depends on runs first."""
    nlp = nlp_module.load()
    out = []
    for doc, date in zip(nlp.pipe(texts, batch_size=16), dates or [None] * len(texts)):
        ctx = Context(date=date, date_precision="day" if date else "none")
        for name in PIPELINE:
            ctx.results.update(registry.get(name).fn(doc, ctx))
        out.append(ctx.results["quotes"])
    return out


def score(tally: Tally, text: str, gold: list[dict], system: list[dict], errors: bool, label: str, local: bool = False) -> None:
    tally.gold += len(gold)
    tally.system += len(system)
    for threshold in (0.3, 0.8):
        pairs = match(text, gold, system, threshold)
        tally.matched[threshold] += len(pairs)
        if threshold != 0.3:
            continue
        for g, s in pairs:
            if g.get("speaker"):
                tally.speaker_total += 1
                ok = speaker_right(g["speaker"], s["speaker"], local)
                tally.speaker_ok += ok
                by_kind = tally.speaker_by_kind.setdefault(g["kind"], [0, 0, 0])
                by_kind[0] += 1
                by_kind[1] += ok
                by_kind[2] += s["speaker"] is None
                if errors and not ok:
                    print(f"  [{label}] SPEAKER {g['speaker']} got {s['speaker'] and s['speaker']['text']!r}: {g['text'][:70]!r}")
            if g.get("verb"):
                tally.verb_total += 1
                tally.verb_ok += bool(s.get("verb") and s["verb"]["lemma"] in g["verb"])
        if errors:
            for g, s in pairs:
                if overlap(text, g, s) < 0.8:
                    print(f"  [{label}] SPAN gold {g['text'][:60]!r}…{g['text'][-25:]!r} got {s['text'][:60]!r}…{s['text'][-25:]!r}")
            hit_g = {id(g) for g, _ in pairs}
            hit_s = {id(s) for _, s in pairs}
            for g in gold:
                if id(g) not in hit_g:
                    print(f"  [{label}] MISS {g['kind']}: {g['text'][:100]!r}")
            for s in system:
                if id(s) not in hit_s:
                    print(f"  [{label}] FALSE {s['kind']}: {s['text'][:100]!r}")


def report(name: str, tally: Tally, seconds: float, chars: int, published: bool) -> None:
    print(f"\n== {name}: {tally.gold} gold quotes, {tally.system} system quotes ({chars / seconds:,.0f} chars/s incl. parsing)")
    print(f"{'measure':<24}{'veille':>10}{'Radar V7.0':>12}")
    for threshold in (0.3, 0.8):
        p, r, f = tally.prf(threshold)
        ref = f"{PUBLISHED[f'f1@{threshold}']:.1f}" if published else "-"
        print(f"{f'P / R @{threshold}':<24}{f'{100 * p:.1f} / {100 * r:.1f}':>10}{'':>12}")
        print(f"{f'F1 @{threshold}':<24}{100 * f:>10.1f}{ref:>12}")
    if tally.speaker_total:
        ref = f"{PUBLISHED['speaker']:.1f}" if published else "-"
        print(f"{'speaker accuracy':<24}{100 * tally.speaker_ok / tally.speaker_total:>10.1f}{ref:>12}   (n={tally.speaker_total})")
    if tally.speaker_by_kind:
        print("speaker accuracy by gold kind: " + ", ".join(
            f"{kind} {100 * right / n:.0f}% (n={n}, {missing} without speaker)" for kind, (n, right, missing) in tally.speaker_by_kind.items()))
    if tally.verb_total:
        print(f"{'verb accuracy':<24}{100 * tally.verb_ok / tally.verb_total:>10.1f}{'-':>12}   (n={tally.verb_total})")


def news(path: Path, errors: bool) -> None:
    gold = [json.loads(line) for line in path.open(encoding="utf-8")]
    wanted = {g["id"] for g in gold}
    texts, dates = {}, {}
    for line in CORPUS.open(encoding="utf-8"):
        record = json.loads(line)
        if record["id"] in wanted:
            texts[record["id"]], dates[record["id"]] = record["text"], record["date"]
    began = time.perf_counter()
    system = analyse([texts[g["id"]] for g in gold], [dates[g["id"]] for g in gold])
    seconds = time.perf_counter() - began
    tally, by_kind = Tally(), {}
    for g, s in zip(gold, system):
        score(tally, texts[g["id"]], g["quotes"], s, errors, g["id"][-12:])
        for kind in ("direct", "indirect", "mixed"):
            kind_tally = by_kind.setdefault(kind, Tally())
            kind_tally.gold += sum(q["kind"] == kind for q in g["quotes"])
            kind_tally.matched[0.3] += len(match(texts[g["id"]], [q for q in g["quotes"] if q["kind"] == kind], s, 0.3))
    report(f"news gold {path.name} ({len(gold)} articles)", tally, seconds, sum(map(len, texts.values())), published=True)
    print("recall @0.3 by gold kind: " + ", ".join(f"{k} {100 * t.matched[0.3] / t.gold:.0f}% (n={t.gold})" for k, t in by_kind.items()))


def litbank(errors: bool) -> None:
    docs = [json.loads(line) for line in LITBANK.open(encoding="utf-8")]
    began = time.perf_counter()
    system = analyse([d["text"] for d in docs])
    seconds = time.perf_counter() - began
    tally = Tally()
    for d, s in zip(docs, system):
        gold = []
        for q in d["quotes"]:
            start, end = q["spans"][0][0], q["spans"][-1][1]
            speaker = q.get("speaker")
            gold.append({"start": start, "end": end, "text": d["text"][start:end], "kind": "direct",
                         "speaker": [speaker["text"]] if speaker else None,
                         "verb": []})
        score(tally, d["text"], gold, [q for q in s if q["kind"] != "indirect"], errors, d["doc_id"][:12], local=True)
    report("French LitBank direct speech (literary, not comparable)", tally, seconds, sum(len(d["text"]) for d in docs), published=False)
    print("(LitBank speakers are local mentions, often pronouns: the system's local mention counts too)")


def _all_dev(path: Path) -> bool:
    split = dict(line.rstrip("\n").split("\t")[:2] for line in SPLIT.open(encoding="utf-8") if "\t" in line)
    ids = [json.loads(line)["id"] for line in path.open(encoding="utf-8")]
    return bool(ids) and all(split.get(i) == "dev" for i in ids)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--news", action="store_true", help="news gold only")
    parser.add_argument("--errors", action="store_true", help="print per-quote errors (LitBank, dev tuning set)")
    parser.add_argument("--gold", type=Path, default=NEWS_GOLD, help="news gold file (default: the test gold)")
    args = parser.parse_args()
    # errors on the test gold would invite rules written from it: only a gold made of `dev`
    # articles alone (the tuning set) shows them
    news(args.gold, args.errors and _all_dev(args.gold))
    if not args.news:
        litbank(args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
