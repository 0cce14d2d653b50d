"""JSONL, CSV and Parquet: one record per line or row, streamed so memory stays bounded."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import BinaryIO, Iterator

from veille.ingest.decoding import decode
from veille.ingest.records import Record, Reject, excerpt, normalise_text, parse_date


@dataclass(frozen=True)
class Fields:
    """Which input field holds what (`--id-field` and friends)."""

    id: str = "id"
    date: str = "date"
    title: str = "title"
    text: str = "text"
    url: str = "url"


def record_from_mapping(row: dict, fields: Fields, source: str, index: int, locator: str) -> Record | Reject:
    name = f"{source}#{index}"
    text = row.get(fields.text)
    if not isinstance(text, str) or not text.strip():
        return Reject(name, locator, f"record has no text in field {fields.text!r}", excerpt(str(row)))
    try:
        date, precision = parse_date(row.get(fields.date))
    except ValueError as err:
        return Reject(name, locator, str(err), excerpt(text))
    source_id = row.get(fields.id)
    title = row.get(fields.title)
    url = row.get(fields.url)
    return Record(
        source=name,
        text=normalise_text(text),
        date=date,
        date_precision=precision,
        title=normalise_text(str(title)) if title else None,
        url=str(url) if url else None,
        source_id=str(source_id) if source_id not in (None, "") else None,
        record=index,
        locator=locator,
    )


def read_jsonl(stream: BinaryIO, source: str, fields: Fields) -> Iterator[Record | Reject]:
    index = 0
    for lineno, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        index += 1
        locator = f"line {lineno}"
        try:
            line, _ = decode(raw)
            row = json.loads(line)
        except (ValueError, UnicodeDecodeError) as err:
            yield Reject(f"{source}#{index}", locator, f"not JSON: {err}", excerpt(raw.decode("utf-8", "replace")))
            continue
        if not isinstance(row, dict):
            yield Reject(f"{source}#{index}", locator, "JSON line is not an object", excerpt(line))
            continue
        yield record_from_mapping(row, fields, source, index, locator)


def read_csv(stream: BinaryIO, source: str, fields: Fields, delimiter: str = ",") -> Iterator[Record | Reject]:
    # Detect the encoding on a sample, then stream the rest through a text wrapper.
    buffered = io.BufferedReader(stream, buffer_size=1 << 16) if not hasattr(stream, "peek") else stream
    sample = buffered.peek(1 << 16)[: 1 << 16]
    _, encoding = decode(sample) if sample else ("", "utf-8")
    if encoding in ("utf-8", "utf-8-sig") or encoding.startswith("utf"):
        encoding = "utf-8-sig" if encoding.startswith("utf-8") else encoding
    text_stream = io.TextIOWrapper(buffered, encoding=encoding, errors="replace", newline="")
    csv.field_size_limit(1 << 30)
    reader = csv.DictReader(text_stream, delimiter=delimiter)
    if reader.fieldnames is None:  # reads the header line
        return
    first_line = reader.line_num + 1
    for index, row in enumerate(reader, start=1):
        # A quoted field may span lines: point at the line where the record starts.
        yield record_from_mapping(row, fields, source, index, f"line {first_line}")
        first_line = reader.line_num + 1


def read_parquet(path: str, fields: Fields) -> Iterator[Record | Reject]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    wanted = [f for f in (fields.id, fields.date, fields.title, fields.text, fields.url) if f in parquet.schema_arrow.names]
    index = 0
    for batch in parquet.iter_batches(batch_size=512, columns=wanted):
        for row in batch.to_pylist():
            index += 1
            yield record_from_mapping(row, fields, path, index, f"row {index}")
