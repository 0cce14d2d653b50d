"""The store: one DuckDB file with a versioned schema."""

from veille.store.db import Store, StoreError, default_path

__all__ = ["Store", "StoreError", "default_path"]
