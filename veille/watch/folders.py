"""Folders: every readable file `veille ingest` would take from them, new or rewritten since last seen."""

from __future__ import annotations

import datetime as dt
import os
import time

from veille.ingest.sources import iter_paths
from veille.watch.state import Item


def list_folder(folder: str, settle: float = 1.0) -> list[Item]:
    """The folder's files as items, signed by mtime and size so a rewritten file is read again.

    A file modified less than `settle` seconds ago may still be being written; it waits a pass.
    """
    if not os.path.isdir(folder):
        raise FileNotFoundError(f"not a folder: {folder}")
    items = []
    now = time.time()
    for path, _ in iter_paths([folder]):
        try:
            info = os.stat(path)
        except OSError:
            continue  # removed between the listing and now
        if settle and now - info.st_mtime < settle:
            continue
        modified = dt.datetime.fromtimestamp(info.st_mtime, dt.timezone.utc).replace(tzinfo=None)
        items.append(Item(source=folder, key=os.path.abspath(path), url=None, title=None,
                          published_at=modified, signature=f"{info.st_mtime_ns}:{info.st_size}"))
    return items
