"""Analysis: parse with spaCy, then run the registered extractors over each parsed document."""

from veille.analyze.pipeline import analyze, analyze_batch, analyser_version

__all__ = ["analyze", "analyze_batch", "analyser_version"]
