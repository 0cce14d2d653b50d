-- Scale: near-duplicate story clusters, and the Parquet lakes registered with this store.

-- One row per document, whichever engine analysed it: the wire story it belongs to. Counting
-- `DISTINCT story_id` instead of documents counts a republished dispatch once.
CREATE TABLE stories (
    doc_id     VARCHAR PRIMARY KEY,
    story_id   VARCHAR NOT NULL,   -- id of the story's first document (its own id if it is first)
    similarity DOUBLE,             -- estimated Jaccard to the document it was linked to; NULL if first
    date       DATE,               -- the document's date_earliest: the near-duplicate window
    minhash    BLOB NOT NULL       -- the MinHash signature (uint32 values), so later runs link to it
);

-- Parquet folders (local paths or s3:// URIs) written by `veille ingest --engine ray`; the store
-- exposes them as the views lake_<table> (veille.scale.lake.register).
CREATE TABLE lake_datasets (
    root          VARCHAR PRIMARY KEY,
    registered_at TIMESTAMP NOT NULL
);
