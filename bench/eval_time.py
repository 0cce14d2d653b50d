"""Time expressions on French TimeBank 1.1, with HeidelTime's published figures beside ours.

    .venv/bin/python bench/eval_time.py [--system veille|dateparser] [--errors N]

Reads ../shared/eval/time/fr_timebank_1.1/ftib_timex.jsonl (LGPL-LR, Bittar et al. 2011; not
copied into this repository). Each article is anchored on its document creation time, as
HeidelTime was. Measures (TempEval-3 style):

- extraction P/R/F1, strict (same start and end) and relaxed (overlapping spans);
- value F1: a system expression counts when it overlaps a gold one and has its exact value
  (P over system expressions, R over gold ones);
- type accuracy over relaxed matches.

`--system dateparser` runs dateparser's `search_dates` (French) the same way, for comparison:
it finds dates but gives no TIMEX3 types or values, so its value is the day (or the instant).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

FTIB = Path(__file__).resolve().parents[1].parent / "shared/eval/time/fr_timebank_1.1/ftib_timex.jsonl"
HEIDELTIME = {"strict F1": 0.860, "relaxed F1": 0.910, "value F1": 0.736}


def veille_system():
    from veille.analyze import nlp
    from veille.analyze.context import Context
    from veille.analyze.times import extract_times

    model = nlp.load()

    def run(text: str, dct: str) -> list[dict]:
        return extract_times(model(text), Context(date=dct, date_precision="day"))["times"]
    return run


def dateparser_system():
    import datetime as dt

    from dateparser.search import search_dates

    def run(text: str, dct: str) -> list[dict]:
        base = dt.datetime.fromisoformat(dct)
        found = search_dates(text, languages=["fr"], settings={"RELATIVE_BASE": base}) or []
        out, cursor = [], 0
        for phrase, when in found:
            start = text.find(phrase, cursor)
            if start < 0:
                continue
            cursor = start + len(phrase)
            timed = when.hour or when.minute
            value = when.strftime("%Y-%m-%dT%H:%M") if timed else when.date().isoformat()
            out.append({"start": start, "end": cursor, "text": phrase, "type": "TIME" if timed else "DATE", "value": value})
        return out
    return run


def prf(correct: int, system: int, gold: int) -> tuple[float, float, float]:
    p = correct / system if system else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(run, records: list[dict], show_errors: int = 0) -> dict:
    counts = dict(system=0, gold=0, strict=0, relaxed_sys=0, relaxed_gold=0, value=0, type_ok=0, matched=0)
    errors = []
    for record in records:
        gold = record["timexes"]
        predicted = run(record["text"], record["dct"])
        counts["system"] += len(predicted)
        counts["gold"] += len(gold)
        gold_spans = {(g["start"], g["end"]) for g in gold}
        counts["strict"] += sum((p["start"], p["end"]) in gold_spans for p in predicted)
        used = set()
        for p in predicted:
            overlapping = [g for g in gold if g["start"] < p["end"] and p["start"] < g["end"]]
            if not overlapping:
                errors.append(("false alarm", p["text"], p.get("value"), "", record["doc_id"]))
                continue
            counts["relaxed_sys"] += 1
            g = overlapping[0]
            if id(g) in used:
                continue
            used.add(id(g))
            counts["matched"] += 1
            counts["type_ok"] += p["type"] == g["type"]
            if p.get("value") == g["value"]:
                counts["value"] += 1
            else:
                errors.append(("value", p["text"], p.get("value"), f"{g['text']} = {g['value']}", record["doc_id"]))
        for g in gold:
            if not any(g["start"] < p["end"] and p["start"] < g["end"] for p in predicted):
                errors.append(("missed", g["text"], g["value"], g["type"], record["doc_id"]))
    strict = prf(counts["strict"], counts["system"], counts["gold"])
    relaxed_p = counts["relaxed_sys"] / counts["system"] if counts["system"] else 0.0
    relaxed_r = counts["matched"] / counts["gold"] if counts["gold"] else 0.0
    relaxed_f = 2 * relaxed_p * relaxed_r / (relaxed_p + relaxed_r) if relaxed_p + relaxed_r else 0.0
    value = prf(counts["value"], counts["system"], counts["gold"])
    for kind, text, value_, extra, doc in errors[:show_errors]:
        print(f"  {kind:11} {text!r:40} {value_!s:22} {extra}  [{doc}]")
    return {
        "strict P": strict[0], "strict R": strict[1], "strict F1": strict[2],
        "relaxed P": relaxed_p, "relaxed R": relaxed_r, "relaxed F1": relaxed_f,
        "value P": value[0], "value R": value[1], "value F1": value[2],
        "type accuracy": counts["type_ok"] / counts["matched"] if counts["matched"] else 0.0,
        "gold": counts["gold"], "system": counts["system"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--system", choices=["veille", "dateparser"], default="veille")
    parser.add_argument("--errors", type=int, default=0, help="print the first N errors")
    args = parser.parse_args()
    records = [json.loads(line) for line in FTIB.open(encoding="utf-8")]
    run = veille_system() if args.system == "veille" else dateparser_system()
    began = time.perf_counter()
    scores = evaluate(run, records, args.errors)
    elapsed = time.perf_counter() - began
    print(f"French TimeBank 1.1: {len(records)} documents, {scores['gold']} gold TIMEX3, {scores['system']} found by {args.system} ({elapsed:.1f}s)")
    print(f"{'measure':16}{args.system:>12}{'HeidelTime':>12}")
    for key in ("strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1", "value P", "value R", "value F1", "type accuracy"):
        published = HEIDELTIME.get(key)
        print(f"{key:16}{scores[key]:12.3f}{(f'{published:.3f}' if published else '—'):>12}")


if __name__ == "__main__":
    main()
