"""Actors: every entity, and every role or adjectival mention of an actor, linked to who it is.

Adds `entities[*].actor` (and repairs the model's entities with the registry's knowledge),
`actor_mentions` (every mention with its actor, entity or not) and `actors` (one record per
actor of the document). See docs/output.md, section Actors.
"""

from __future__ import annotations

from spacy.tokens import Doc

from veille.actors import registry
from veille.actors.linker import link
from veille.analyze.context import Context


def extract_actors(doc: Doc, ctx: Context) -> dict:
    result = link(doc, ctx.results.get("entities", []), registry.load(), ctx.date, ctx.title)
    mentions = [
        {"start": m.start, "end": m.end, "text": m.text, "via": m.via, "entity": m.entity, "actor": m.actor.to_dict()}
        for m in result.mentions
    ]
    return {"entities": result.entities, "actor_mentions": mentions, "actors": result.actors()}
