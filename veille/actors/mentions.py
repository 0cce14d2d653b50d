"""What the linker produces: mentions with their actor, and the per-document actor records."""

from __future__ import annotations

from dataclasses import dataclass, field

from veille.actors.registry import Actor


@dataclass
class Mention:
    start: int
    end: int
    text: str
    via: str  # name | coreference | metonymy | role | apposition
    actor: Actor
    entity: int | None = None  # index into the entities list


@dataclass
class LinkResult:
    entities: list[dict]
    mentions: list[Mention] = field(default_factory=list)

    def actors(self) -> list[dict]:
        """One record per actor: the actor, how often it is mentioned, its first mention."""
        seen: dict[str, dict] = {}
        for m in sorted(self.mentions, key=lambda m: m.start):
            record = seen.get(m.actor.id)
            if record is None:
                seen[m.actor.id] = {"actor": m.actor.to_dict(), "mentions": 1,
                                    "first": {"start": m.start, "end": m.end, "text": m.text}}
            else:
                record["mentions"] += 1
                if record["actor"]["role"] is None and m.actor.role:
                    record["actor"] = m.actor.to_dict()
        return list(seen.values())
