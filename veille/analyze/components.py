"""spaCy components: a thin wrapper that runs a registered extractor inside `nlp(...)`.

    nlp.add_pipe("veille", config={"extractors": ["sentences", "entities"]})
    doc = nlp(text); doc._.veille["entities"]

The extractors themselves stay plain functions (`veille.analyze.registry`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from veille.analyze import registry
from veille.analyze.context import Context

if not Doc.has_extension("veille"):
    Doc.set_extension("veille", default=None)


class VeilleComponent:
    def __init__(self, extractors: list[str]):
        self.extractors = [registry.get(name) for name in extractors] if extractors else list(registry.EXTRACTORS)

    def __call__(self, doc: Doc) -> Doc:
        ctx = Context()
        for extractor in self.extractors:
            ctx.results.update(extractor.fn(doc, ctx))
        doc._.veille = ctx.results
        return doc


@Language.factory("veille", default_config={"extractors": []})
def make_veille(nlp: Language, name: str, extractors: list[str]) -> VeilleComponent:
    return VeilleComponent(extractors)
