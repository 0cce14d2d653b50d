-- Foundation: documents, their sentences and entities, generic extractions, rejects, runs.
-- Offsets are Python code-point offsets into documents.text, end exclusive. Columns are
-- start_char/end_char because "end" is an SQL keyword; the JSON contract says start/end.

CREATE TABLE documents (
    id               VARCHAR PRIMARY KEY,  -- sha256(source id, whitespace-folded text)[:16]
    source           VARCHAR NOT NULL,     -- input path, "#N" for the Nth record of a file
    record           INTEGER,
    source_id        VARCHAR,
    url              VARCHAR,
    date             VARCHAR,              -- YYYY-MM-DD | YYYY-MM | YYYY | NULL
    date_precision   VARCHAR NOT NULL,     -- day | month | year | none
    date_earliest    DATE,                 -- the interval the date stands for
    date_latest      DATE,
    title            VARCHAR,
    text             VARCHAR NOT NULL,     -- the body exactly as analysed
    ingested_at      TIMESTAMP NOT NULL,
    analyser_version VARCHAR NOT NULL
);

CREATE TABLE sentences (
    doc_id     VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    tokens     INTEGER NOT NULL
);

CREATE TABLE entities (
    doc_id     VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    label      VARCHAR NOT NULL
);

-- Every other extractor's records land here until it earns a table of its own.
CREATE TABLE extractions (
    doc_id     VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,   -- the output key: "quotes", "times", ...
    idx        INTEGER NOT NULL,
    start_char INTEGER,
    end_char   INTEGER,
    text       VARCHAR,
    data       JSON NOT NULL       -- the record exactly as `veille analyze` prints it
);

CREATE TABLE rejects (
    source     VARCHAR NOT NULL,
    locator    VARCHAR NOT NULL,   -- "line 12", "row 3", or '' for a whole file
    reason     VARCHAR NOT NULL,
    excerpt    VARCHAR,
    first_seen TIMESTAMP NOT NULL,
    PRIMARY KEY (source, locator, reason)
);

CREATE SEQUENCE runs_id START 1;
CREATE TABLE runs (
    id          INTEGER PRIMARY KEY DEFAULT nextval('runs_id'),
    command     VARCHAR NOT NULL,
    started_at  TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    stored      INTEGER,
    skipped     INTEGER,
    rejected    INTEGER
);
