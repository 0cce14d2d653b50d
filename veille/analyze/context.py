"""What an extractor sees beside the parsed document."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Context:
    """The article's metadata and the outputs of the extractors that ran before this one."""

    date: str | None = None
    date_precision: str = "none"
    title: str | None = None
    results: dict = field(default_factory=dict)
    # Dated articles an undated one is compared with (`dating_reference.DatedReference`), if any.
    reference: object | None = None
