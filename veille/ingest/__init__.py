"""Ingestion: any supported input becomes a stream of `Record`s (or `Reject`s with a reason)."""

from veille.ingest.records import Record, Reject, document_id, parse_date
from veille.ingest.sources import read_sources
from veille.ingest.tables import Fields

__all__ = ["Fields", "Record", "Reject", "document_id", "parse_date", "read_sources"]
