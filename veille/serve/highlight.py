"""Cut a text into runs for highlighting: each run carries the spans that cover it.

Spans nest and overlap (an entity inside a quote inside an event's sentence), so the article
is cut at every span boundary; the template then wraps each run in one element whose classes
name the kinds covering it. Text stays text: the template escapes every run.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Run:
    text: str
    spans: list[int] = field(default_factory=list)  # indexes into the span list, innermost first
    kinds: list[str] = field(default_factory=list)
    start: int = 0  # offset of the run in the text


def runs(text: str, spans: list[dict]) -> list[Run]:
    """spans: dicts with `start`, `end`, `kind`; those out of range or empty are left out."""
    valid = [
        (i, s) for i, s in enumerate(spans)
        if isinstance(s.get("start"), int) and isinstance(s.get("end"), int) and 0 <= s["start"] < s["end"] <= len(text)
    ]
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, s in valid:
        starts.setdefault(s["start"], []).append(i)
        ends.setdefault(s["end"], []).append(i)
    cuts = sorted({0, len(text), *starts, *ends})
    active: set[int] = set()
    out = []
    for left, right in zip(cuts, cuts[1:]):  # one sweep: spans open and close at the cuts
        active.difference_update(ends.get(left, ()))
        active.update(starts.get(left, ()))
        covering = sorted(active, key=lambda i: (spans[i]["end"] - spans[i]["start"], i))
        kinds = list(dict.fromkeys(spans[i]["kind"] for i in covering))
        out.append(Run(text[left:right], covering, kinds, left))
    return out


def snippet_runs(snippet: str, highlights: list[list[int]]) -> list[Run]:
    """A search snippet cut at its highlighted words (`kind` "hit")."""
    return runs(snippet, [{"start": s, "end": e, "kind": "hit"} for s, e in highlights])
