"""Quotation-mark scanning: where quoted passages open and close in a text.

French news quotes with « », “ ”, ‹ › and straight " marks, nests one kind inside another
(« il a crié "Allah Akbar" »), and runs a long quote over several paragraphs by reopening each
one with « and closing only the last. A plain stack over the marks handles all of these; this
module knows nothing about speech, only about marks, so it stays small and testable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPENERS = {"«": "»", "“": "”", "‹": "›"}
CLOSERS = {close: open_ for open_, close in OPENERS.items()}
STRAIGHT = '"'
PARAGRAPH = re.compile(r"\n\s*\n")
_MARK_CHARS = set(OPENERS) | set(CLOSERS) | {STRAIGHT}
_MARK = re.compile("[" + re.escape("".join(sorted(_MARK_CHARS))) + "]")


@dataclass
class Quoted:
    """One top-level quoted passage. `start`/`end` enclose the marks; `inner_*` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    # Inner pieces when the passage spans paragraphs (each « reopened): one (start, end) each.
    pieces: list[tuple[int, int]] = field(default_factory=list)
    closed: bool = True


def _straight_is_unit(text: str, i: int) -> bool:
    """A " right after a digit is an inch or second mark (19"78), not a quotation mark."""
    return i > 0 and text[i - 1].isdigit()


def _straight_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{'’«“-–—/") and not after.isspace()


def scan(text: str) -> list[Quoted]:
    """Top-level quoted passages, in text order. Nested marks stay inside their passage."""
    paragraph_ends = [m.start() for m in PARAGRAPH.finditer(text)] + [len(text)]
    found: list[Quoted] = []
    stack: list[tuple[str, int]] = []  # (opening mark, offset) of the marks still open
    outer_start = None
    pieces_start = None
    pieces: list[tuple[int, int]] = []
    par = 0

    def close_outer(end_inner: int, end_outer: int, closed: bool) -> None:
        nonlocal outer_start, pieces_start, pieces
        all_pieces = pieces + [(pieces_start, end_inner)]
        found.append(Quoted(outer_start, end_outer, all_pieces[0][0], end_inner, all_pieces, closed))
        outer_start, pieces_start, pieces = None, None, []
        stack.clear()

    i = 0
    while i < len(text):
        while par < len(paragraph_ends) and i >= paragraph_ends[par]:
            # A paragraph ends with a quote still open: it goes on only if the next paragraph
            # reopens with the same mark; otherwise the quote ends with its paragraph.
            if stack:
                reopen = re.match(r"\s*([«“‹])", text[paragraph_ends[par]:])
                end_par = paragraph_ends[par]
                if reopen and reopen.group(1) == stack[0][0]:
                    pieces.append((pieces_start, end_par))
                    j = paragraph_ends[par] + reopen.end()
                    pieces_start = j
                    stack[:] = stack[:1]
                    par += 1
                    i = j
                    break
                close_outer(end_par, end_par, closed=False)
            par += 1
        if i >= len(text):
            break
        ch = text[i]
        if ch in OPENERS or (ch == STRAIGHT and not _straight_is_unit(text, i) and not (stack and stack[-1][0] == STRAIGHT) and _straight_opens(text, i)):
            if not stack:
                outer_start, pieces_start = i, i + 1
            stack.append((ch, i))
        elif ch in CLOSERS or (ch == STRAIGHT and stack and stack[-1][0] == STRAIGHT):
            opener = CLOSERS.get(ch, STRAIGHT)
            # Close the innermost matching mark; unmatched closers are typos and are ignored.
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == opener:
                    del stack[depth:]
                    if not stack:
                        close_outer(i, i + 1, closed=True)
                    break
        i += 1
        if i < len(text) and text[i] not in _MARK_CHARS:
            # Nothing happens between marks but paragraph ends: go to the next of either.
            mark = _MARK.search(text, i)
            i = max(i, min(mark.start() if mark else len(text), paragraph_ends[par] if par < len(paragraph_ends) else len(text)))
    if stack:
        close_outer(len(text), len(text), closed=False)
    return found


DIALOGUE_LINE = re.compile(r"(?m)^[ \t]*[—–][ \t]*(?=\S)")


def dialogue(text: str) -> list[Quoted]:
    """Lines opened by a dialogue dash ("— Tiens, nous avons eu la même idée, dit-il."): the
    way novels and interviews mark speech turns. The whole line is the passage."""
    found = []
    for match in DIALOGUE_LINE.finditer(text):
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        while end > match.end() and text[end - 1].isspace():
            end -= 1
        found.append(Quoted(match.start(), end, match.end(), end, [(match.end(), end)]))
    return found
