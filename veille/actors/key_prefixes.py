"""Which spelling keys the registry holds begin with a given text: the linker's pruning test.

The linker tries every run of up to six tokens as a registry name. A run's key begins with the
key of its first tokens (keys fold character by character and collapse separators, so a
prefix's key is a prefix of the whole key), unless the run opens with an article, which the key
drops. So once the first tokens' key begins no registry key, no longer run can be one: most
tokens are dismissed after one look-up instead of six keyings.
"""

from __future__ import annotations

import bisect

from veille.actors import lexicon
from veille.actors.normalize import key
from veille.actors.registry import Registry


class KeyPrefixes:
    def __init__(self, keys):
        self.keys = sorted(keys)
        self._known: dict[str, bool] = {}  # the same first words come back in every article

    def begins_any(self, prefix: str) -> bool:
        """Does some key begin with `prefix`?"""
        found = self._known.get(prefix)
        if found is None:
            if len(self._known) > 100_000:
                self._known.clear()
            i = bisect.bisect_left(self.keys, prefix)
            found = self._known[prefix] = i < len(self.keys) and self.keys[i].startswith(prefix)
        return found


def of(registry: Registry) -> tuple[KeyPrefixes, KeyPrefixes]:
    """(every name or seat key, the keys a run in lower case may have), built once per registry
    and rebuilt when user entries have added names since."""
    size = (len(registry.names), len(registry.seats))
    cached = getattr(registry, "_key_prefixes", None)
    if cached is None or cached[0] != size:
        # the news outlets the lexicon lists are names too ("en continu I-Télé"), and so are the
        # curated places ("le réseau de bus de Toulouse")
        every = KeyPrefixes(set(registry.names) | set(registry.seats) | registry.curated_places
                            | {key(name) for name in lexicon.MEDIA})
        # Runs in lower case: international organisations' full names, and the names the curated
        # lists write in lower case ("gilets jaunes").
        igo = KeyPrefixes({k for k, actors in registry.names.items() if any(a.kind == "igo" for a in actors)}
                          | registry.lower_case)
        cached = registry._key_prefixes = (size, every, igo)
    return cached[1], cached[2]
