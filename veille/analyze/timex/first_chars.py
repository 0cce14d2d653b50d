"""The characters a pattern's match can begin with, as a regex class: a cheap gate for scans.

Every time rule is tried at every word start of an article; most word starts fail only after
the engine has entered the rule's optional groups and alternations. A lookahead on the first
character (`(?=[cdjlmsv])` for the weekday rules) rejects them at once. The class is computed
from the parsed pattern and is conservative: a construct it does not follow gives no gate, and
zero-width assertions are passed over, so a gated rule matches exactly what the rule matches
(checked on every corpus text when this was written).
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse

_CATEGORY_CLASS = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w",
                   sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_NOT_WORD: r"\W"}
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def first_class(pattern: str, flags: int = 0) -> str | None:
    """`[...]` holding every character a match of `pattern` can start with, or None when that is
    not known (or the pattern can match the empty string)."""
    parts, nullable = _sequence(list(sre_parse.parse(pattern, flags)))
    if parts is None or nullable or not parts:
        return None
    return "[" + "".join(sorted(parts)) + "]"


def _sequence(items) -> tuple[set[str] | None, bool]:
    """(class parts, can be empty) of items matched one after the other."""
    out: set[str] = set()
    for item in items:
        parts, nullable = _item(item)
        if parts is None:
            return None, True
        out |= parts
        if not nullable:
            return out, False
    return out, True


def _item(item) -> tuple[set[str] | None, bool]:
    op, av = item
    if op is sre.LITERAL:
        return {re.escape(chr(av))}, False
    if op is sre.IN:
        return _char_set(av), False
    if op is sre.BRANCH:
        out, nullable = set(), False
        for branch in av[1]:
            parts, empty = _sequence(list(branch))
            if parts is None:
                return None, True
            out |= parts
            nullable = nullable or empty
        return out, nullable
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return _sequence(list(sub)) if not (add_flags or del_flags) else (None, True)
    if op in _REPEATS:
        low, _, sub = av
        parts, nullable = _sequence(list(sub))
        return (parts, nullable or low == 0) if parts is not None else (None, True)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in _ZERO_WIDTH:
        return set(), True  # consumes nothing: the next item gives the first character
    return None, True  # any character, back-references, negated classes: no gate


def _char_set(items) -> set[str] | None:
    parts = set()
    for op, av in items:
        if op is sre.LITERAL:
            parts.add(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.add(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is sre.CATEGORY and av in _CATEGORY_CLASS:
            parts.add(_CATEGORY_CLASS[av])
        else:
            return None
    return parts
