"""The one spelling key under which names are indexed and looked up.

French press spellings vary in accents, hyphens, apostrophes and articles ("l'Élysée",
"Elysée", "la Maison-Blanche", "Maison Blanche", "Erdoğan", "Erdogan"): all give one key.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters NFKD does not decompose into a base letter and a mark.
_FOLD = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "Œ": "OE", "’": "'", "‘": "'", "ʼ": "'"})
_ARTICLE = re.compile(r"^(?:l'|le |la |les |the )", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s\-‐–—.]+")


@functools.lru_cache(maxsize=1 << 16)  # the same words and names come back in every article
def fold(text: str) -> str:
    """Lower case, without accents."""
    if text.isascii():
        return text.lower()  # nothing to decompose or translate: most words of most texts
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@functools.lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """Index key: folded, leading article dropped, hyphens, dots and spaces as one space."""
    return key_of_folded(fold(text))


@functools.lru_cache(maxsize=1 << 16)
def key_of_folded(folded: str) -> str:
    """`key` of a text already folded. Folding works character by character, so the folded text
    of a span is its tokens' folded texts joined: the linker folds each token once and keys
    thousands of candidate spans per document from them."""
    return _SEPARATORS.sub(" ", _ARTICLE.sub("", folded.strip())).strip(" '")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def word_occurrences(text: str, form: str, start: int = 0):
    """(start, end) of each occurrence of `form` in `text[start:]` that no letter, digit, "_" or
    "-" touches: what `re.finditer(r"(?<![\\w-])" + re.escape(form) + r"(?![\\w-])", text[start:])`
    finds, shifted by `start`, without compiling a pattern per name (there are hundreds per batch,
    more than the regex cache holds)."""
    n, i = len(form), text.find(form, start)
    while i != -1 and n:
        if not _joins(text[i - 1] if i > start else "") and not _joins(text[i + n] if i + n < len(text) else ""):
            yield i, i + n
            i = text.find(form, i + n)
        else:
            i = text.find(form, i + 1)


def _joins(char: str) -> bool:
    return bool(char) and (char.isalnum() or char in "_-")
