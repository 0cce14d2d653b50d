"""Draw a fresh batch of `dev` articles for the quote tuning set (seed-51 batch and after).

    .venv/bin/python gold/quotes/draw.py 51 20      # seed, size: prints the drawn ids

Candidates: `dev` articles of 400–3,000 characters not yet in dev_tuning_annotations.jsonl, holding
at least two « marks, a reporting expression somewhere, and at least one « … » passage of eight
words or more whose own sentence holds none: the speaker is then named in another sentence, which is what the seed-51
batch was drawn to test. `random.sample` over the candidates sorted by id.

    .venv/bin/python gold/quotes/draw.py 52 10 pronoun   # the seed-52 batch

`pronoun` filter (seed-52 batch): `dev` articles of 400–3,000 characters not yet annotated, holding
at least two « marks and a speaker given by a pronoun at a reporting expression (PRONOUN below:
"-t-il", "elle a déclaré", "ils ont estimé", "selon lui"…), to test pronoun and cataphora speakers.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / ".." / "shared" / "corpus"
REPORTING = re.compile(
    r"déclar|affirm|\ba dit\b|\bdit\b|selon|d'après|expliqu|estim|ajout|indiqu|précis|assur|dénonc"
    r"|soulign|lanc|confi|racont|-t-il|-t-elle|-t-ils|-t-elles|\bpour (?:lui|elle)\b|\bpoursuit\b")
PASSAGE = re.compile(r"«[^«»]{15,}»")
LONG = 8  # words: a passage this long is speech, not a scare-quoted name or term
PRONOUN = re.compile(
    r"-t-(?:il|elle|ils|elles)\b|\b(?:[Ii]ls?|[Ee]lles?) (?:a|ont|avait|avaient) (?:déclaré|affirmé|dit|expliqué"
    r"|estimé|ajouté|indiqué|précisé|assuré|dénoncé|souligné|lancé|confié|raconté)|\bselon (?:lui|elle|eux|elles)\b")
SENTENCE_END = re.compile(r"[.!?…]\s|\n")


def own_sentence(text: str, start: int, end: int) -> str:
    """From the last sentence end before the passage to the first one after it."""
    before = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    after = SENTENCE_END.search(text, end)
    return text[before:start] + " " + text[end:after.start() if after else len(text)]


def candidates(kind: str = "other-sentence") -> list[str]:
    split = dict(line.rstrip("\n").split("\t")[:2] for line in (SHARED / "split.tsv").open(encoding="utf-8"))
    done = set(re.findall(r'"doc": "([^"]+)"', (HERE / "dev_tuning_annotations.jsonl").read_text(encoding="utf-8")))
    out = []
    for line in (SHARED / "fr_news.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        text = record["text"]
        if split.get(record["id"]) != "dev" or record["id"] in done or not 400 <= len(text) <= 3000:
            continue
        if text.count("«") < 2 or not REPORTING.search(text):
            continue
        if kind == "pronoun":
            if PRONOUN.search(text):
                out.append(record["id"])
            continue
        if any(len(m.group().split()) >= LONG and not REPORTING.search(own_sentence(text, m.start(), m.end()))
               for m in PASSAGE.finditer(text)):
            out.append(record["id"])
    return sorted(out)


def main(argv: list[str]) -> int:
    seed, size = int(argv[0]), int(argv[1])
    pool = candidates(argv[2] if len(argv) > 2 else "other-sentence")
    random.seed(seed)
    print(f"{len(pool)} candidates", file=sys.stderr)
    for doc_id in random.sample(pool, min(size, len(pool))):
        print(doc_id)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
