-- Watch: per-source fetch state and cursors, per-item progress, rule hits and alerts.
-- All of a watcher's state lives here, so a watcher killed at any point resumes from the store.

CREATE TABLE watch_sources (
    source          VARCHAR PRIMARY KEY,  -- feed URL or folder path
    kind            VARCHAR NOT NULL,     -- feed | folder
    etag            VARCHAR,              -- validators for the next conditional GET
    last_modified   VARCHAR,
    last_polled_at  TIMESTAMP,
    last_success_at TIMESTAMP,
    last_error      VARCHAR,              -- NULL once a later poll succeeds
    last_error_at   TIMESTAMP,
    polls           INTEGER NOT NULL DEFAULT 0,
    failures        INTEGER NOT NULL DEFAULT 0
);

-- One row per feed entry or folder file ever seen: the cursor. An item is `pending` until its
-- article is stored (`stored`) and its alerts evaluated (`done`), or it failed for good.
CREATE TABLE watch_items (
    source       VARCHAR NOT NULL,
    item         VARCHAR NOT NULL,   -- the entry's id (else its link), or the file path
    signature    VARCHAR,            -- folder files: mtime and size, to see a file rewritten
    url          VARCHAR,
    title        VARCHAR,
    published_at TIMESTAMP,          -- the feed's date for the entry, the file's mtime
    first_seen_at TIMESTAMP NOT NULL,
    status       VARCHAR NOT NULL,   -- pending | stored | done | rejected | failed
    doc_ids      VARCHAR[],          -- the documents the item became
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   VARCHAR,
    stored_at    TIMESTAMP,
    PRIMARY KEY (source, item)
);

-- What a windowed rule counted in each document: the rule's series, read back per window.
CREATE TABLE watch_hits (
    rule     VARCHAR NOT NULL,
    doc_id   VARCHAR NOT NULL,
    idx      INTEGER NOT NULL,        -- several hits per document (one per matching event)
    hit_at   TIMESTAMP NOT NULL,      -- publication time (feed date, else when first seen)
    value    DOUBLE,                  -- the measured value (an event's intensity), NULL to count
    evidence JSON NOT NULL,           -- {"doc_id", "kind", "start", "end", "text"}
    alert_id VARCHAR,                 -- the alert that used this hit: evidence alerts once
    PRIMARY KEY (rule, doc_id, idx)
);

CREATE TABLE alerts (
    id                VARCHAR PRIMARY KEY,  -- sha256(rule, evidence)[:16]: the same evidence alerts once
    rule              VARCHAR NOT NULL,
    summary           VARCHAR NOT NULL,
    created_at        TIMESTAMP NOT NULL,
    window_start      TIMESTAMP,            -- windowed rules only
    window_end        TIMESTAMP,
    value             DOUBLE,               -- the count or mean that crossed the threshold
    doc_ids           VARCHAR[] NOT NULL,
    evidence          JSON NOT NULL,        -- [{"doc_id", "kind", "start", "end", "text"}...]
    delivered_at      TIMESTAMP,            -- webhook delivery; NULL while pending or without one
    delivery_attempts INTEGER NOT NULL DEFAULT 0,
    delivery_error    VARCHAR
);
