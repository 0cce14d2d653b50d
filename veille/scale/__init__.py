"""Scaling out: the Ray engine, the Parquet lake, near-duplicate story clusters."""
