"""The one spelling key under which names are indexed and looked up.

French press spellings vary in accents, hyphens, apostrophes and articles ("l'Élysée",
"Elysée", "la Maison-Blanche", "Maison Blanche", "Erdoğan", "Erdogan"): all give one key.
"""

from __future__ import annotations

import re
import unicodedata

# Letters NFKD does not decompose into a base letter and a mark.
_FOLD = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "Œ": "OE", "’": "'", "‘": "'", "ʼ": "'"})
_ARTICLE = re.compile(r"^(?:l'|le |la |les |the )", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s\-‐–—.]+")


def fold(text: str) -> str:
    """Lower case, without accents."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def key(text: str) -> str:
    """Index key: folded, leading article dropped, hyphens, dots and spaces as one space."""
    text = _ARTICLE.sub("", fold(text).strip())
    return _SEPARATORS.sub(" ", text).strip(" '")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
