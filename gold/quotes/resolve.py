"""Turn the hand-written annotations into the offset gold the benchmark reads.

`annotations.jsonl` holds, per article, quotes written as they read in the text ("prefix ||| suffix"
for long ones), so the annotator never types an offset. This script finds each one in the article
of `../shared/corpus/fr_news.jsonl` and writes `news_test.jsonl`, one article per line, with
`start`/`end` code-point offsets. It fails loudly when a quote is missing or ambiguous; a quote the
article repeats word for word names its occurrence with `"nth": 2`.

    .venv/bin/python gold/quotes/resolve.py             # annotations.jsonl -> news_test.jsonl
    .venv/bin/python gold/quotes/resolve.py dev_tuning_annotations.jsonl dev_tuning.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / ".." / "shared" / "corpus" / "fr_news.jsonl"


def read_objects(path: Path) -> list[dict]:
    """The annotation file is a sequence of JSON objects, each possibly spread over lines."""
    text, decoder, pos, out = path.read_text(encoding="utf-8"), json.JSONDecoder(), 0, []
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            return out
        obj, pos = decoder.raw_decode(text, pos)
        out.append(obj)


def locate(body: str, pattern: str, doc_id: str, nth: int | None = None) -> tuple[int, int]:
    """`nth` (1-based) picks one occurrence of a prefix the article repeats word for word."""
    prefix, _, suffix = pattern.partition(" ||| ")
    start = body.find(prefix)
    if nth is not None:
        for _ in range(nth - 1):
            start = body.find(prefix, start + 1) if start >= 0 else start
        if start < 0:
            raise ValueError(f"{doc_id}: {prefix[:60]!r} has no occurrence {nth}")
    elif start < 0 or body.find(prefix, start + 1) >= 0:
        raise ValueError(f"{doc_id}: {prefix[:60]!r} is {'missing' if start < 0 else 'ambiguous'}")
    if not suffix:
        return start, start + len(prefix)
    end = body.find(suffix, start + len(prefix))
    if end < 0:
        raise ValueError(f"{doc_id}: suffix {suffix[:60]!r} not found after its prefix")
    return start, end + len(suffix)


def main(argv: list[str]) -> int:
    source, target = (argv + ["annotations.jsonl", "news_test.jsonl"][len(argv):])[:2]
    articles = {}
    with open(CORPUS, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            articles[record["id"]] = record["text"]
    out = []
    for item in read_objects(HERE / source):
        body = articles[item["doc"]]
        quotes = []
        for q in item["quotes"]:
            start, end = locate(body, q["text"], item["doc"], q.get("nth"))
            speaker = q["speaker"]
            quotes.append({
                "start": start, "end": end, "text": body[start:end], "kind": q["kind"],
                "speaker": [speaker] if isinstance(speaker, str) else speaker,
                "verb": q["verb"], **({"via": q["via"]} if "via" in q else {}),
            })
        out.append({"id": item["doc"], "quotes": quotes})
    with open(HERE / target, "w", encoding="utf-8") as handle:
        for row in out:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(out)} articles, {sum(len(r['quotes']) for r in out)} quotes -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
