"""Shared fixtures: the read-only corpus beside the checkout, and small stores built from it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VEILLE_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
SEED = CORPUS / "seed_format"


def read_split() -> dict[str, str]:
    lines = (CORPUS / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return dict(line.split("\t") for line in lines)


def corpus_articles(split: str = "dev", limit: int | None = None) -> list[dict]:
    """Articles of one split of the shared corpus, in corpus order."""
    wanted = read_split()
    out = []
    with open(CORPUS / "fr_news.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if wanted.get(row["id"]) == split:
                out.append(row)
                if limit and len(out) >= limit:
                    break
    return out


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    if not SEED.is_dir():
        pytest.skip(f"shared corpus not found at {SEED}")
    return SEED


@pytest.fixture(scope="session")
def nlp():
    from veille.analyze import nlp as nlp_module

    return nlp_module.load()


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "test.duckdb")
