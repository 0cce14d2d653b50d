"""The extractors, registered in one place, in the order they run.

An extractor is a plain function `(doc, ctx) -> dict` over a parsed spaCy `Doc`: it returns the
keys it adds to the document's output object (`{"entities": [...]}`), each a list of records
with `start`/`end` character offsets into the body. Later extractors read earlier ones'
results from `ctx.results`. Adding an extractor is one module and one line below.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Doc

from veille.analyze.actors import extract_actors
from veille.analyze.context import Context
from veille.analyze.entities import extract_entities
from veille.analyze.events import extract_events
from veille.analyze.figures import extract_figures
from veille.analyze.quotes import extract_quotes
from veille.analyze.sentences import extract_sentences
from veille.analyze.tokens import extract_tokens
from veille.analyze.times import extract_times

ExtractorFn = Callable[[Doc, Context], dict]


@dataclass(frozen=True)
class Extractor:
    name: str
    fn: ExtractorFn
    provides: tuple[str, ...]  # keys of the output object it sets
    default: bool = True  # False: runs only when asked for (`veille analyze --with NAME`)


EXTRACTORS: list[Extractor] = [
    Extractor("sentences", extract_sentences, ("sentences",)),
    Extractor("tokens", extract_tokens, ("tokens",), default=False),
    Extractor("entities", extract_entities, ("entities",)),
    Extractor("actors", extract_actors, ("entities", "actor_mentions", "actors")),
    Extractor("times", extract_times, ("times", "date_estimate")),
    Extractor("quotes", extract_quotes, ("quotes",)),
    Extractor("events", extract_events, ("events",)),
    Extractor("figures", extract_figures, ("figures",)),
]


def get(name: str) -> Extractor:
    for extractor in EXTRACTORS:
        if extractor.name == name:
            return extractor
    raise KeyError(f"no extractor named {name!r}; known: {', '.join(e.name for e in EXTRACTORS)}")


def optional_names() -> list[str]:
    return [e.name for e in EXTRACTORS if not e.default]


def run_all(doc: Doc, ctx: Context, include: frozenset[str] = frozenset()) -> dict:
    """Run the default extractors, plus the optional ones named in `include`, in registry order
    over one parsed document; return the merged keys."""
    for extractor in EXTRACTORS:
        if not (extractor.default or extractor.name in include):
            continue
        ctx.results.update(extractor.fn(doc, ctx))
    return ctx.results
