"""From command-line paths to a stream of records: folders, files by kind, and stdin."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterable, Iterator

from veille.ingest.decoding import UndecodableError, decode
from veille.ingest.html import parse_html
from veille.ingest.records import Record, Reject
from veille.ingest.tables import Fields, read_csv, read_jsonl, read_parquet
from veille.ingest.textfile import parse_record_text

JSONL = {".jsonl", ".ndjson"}
CSV = {".csv"}
TSV = {".tsv"}
PARQUET = {".parquet", ".pq"}
HTML = {".html", ".htm", ".xhtml"}
TEXT = {".txt", ".text", ""}
# A folder walk takes only files of these kinds; a file named on the command line is read whatever
# its extension (by content sniffing), so a stray index.tsv in a folder is not taken for an article.
FOLDER_KINDS = JSONL | CSV | PARQUET | HTML | {".txt", ".text"}


def iter_paths(paths: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """Yield (path, named) for each file: named files as given, folders walked in sorted order."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in FOLDER_KINDS:
                        yield os.path.join(root, name), False
        else:
            yield path, True


def read_sources(paths: Iterable[str], fields: Fields = Fields()) -> Iterator[Record | Reject]:
    """Every record of every path, in order; problems come out as `Reject`s, never exceptions."""
    for path, _named in iter_paths(paths):
        try:
            yield from read_path(path, fields)
        except OSError as err:
            yield Reject(path, None, f"unreadable file: {err.strerror or err}")


def read_path(path: str, fields: Fields) -> Iterator[Record | Reject]:
    if path == "-":
        yield from read_stream(sys.stdin.buffer, "<stdin>", fields)
        return
    suffix = Path(path).suffix.lower()
    if suffix in PARQUET:
        try:
            yield from read_parquet(path, fields)
        except Exception as err:  # pyarrow raises several types for a broken file
            if isinstance(err, OSError) and not str(err).startswith("Parquet"):
                raise
            yield Reject(path, None, f"unreadable Parquet file: {err}")
        return
    with open(path, "rb") as stream:
        if suffix in JSONL:
            yield from read_jsonl(stream, path, fields)
        elif suffix in CSV | TSV:
            yield from read_csv(stream, path, fields, delimiter="\t" if suffix in TSV else ",")
        else:
            yield from read_stream(stream, path, fields, html=suffix in HTML or None)


def read_stream(stream, source: str, fields: Fields, html: bool | None = None) -> Iterator[Record | Reject]:
    """A single-document stream (record format or HTML), or JSONL when it sniffs as such."""
    head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    if html is None and head.lstrip().startswith(b"{"):
        yield from read_jsonl(stream, source, fields)
        return
    data = stream.read()
    if not data.strip():
        yield Reject(source, None, "empty file")
        return
    try:
        text, _ = decode(data)
    except UndecodableError as err:
        yield Reject(source, None, str(err))
        return
    if html is None:
        html = text.lstrip()[:15].lower().startswith(("<!doctype html", "<html", "<?xml"))
    yield parse_html(text, source) if html else parse_record_text(text, source)
