"""Scaling out: the Ray engine (ray_engine), the Parquet lake (lake), near-duplicate story
clusters (stories), and speed-ups to the stock spaCy pipeline (spacy_speedups)."""
