-- Events and figures (issue 6). One row per event trigger, its source and target actors in
-- event_actors (one row per actor, so "events with a Russian source" is a join), and one row per
-- figure. `data` keeps the record exactly as `veille analyze` prints it. Dates are ISO strings
-- as in the JSON contract (a day, or a datetime when the text gave a clock time).

CREATE TABLE events (
    doc_id         VARCHAR NOT NULL,
    idx            INTEGER NOT NULL,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    type           VARCHAR NOT NULL,   -- PLOVER category: ASSAULT, ACCUSE, ...
    mode           VARCHAR,            -- PLOVER mode when known: aerial, visit, arrest, ...
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    polarity       VARCHAR NOT NULL,   -- asserted | negated
    modality       VARCHAR NOT NULL,   -- actual | alleged | intended | hypothetical | future | denied
    date_value     VARCHAR,
    date_earliest  VARCHAR,
    date_latest    VARCHAR,
    date_source    VARCHAR,            -- text (a time expression of the clause) | article
    location       VARCHAR,
    intensity      DOUBLE,             -- PLOVER Goldstein-style score, -10 .. 10
    reported_kind  VARCHAR NOT NULL,   -- article | quote | speaker
    data           JSON NOT NULL
);

CREATE TABLE event_actors (
    doc_id     VARCHAR NOT NULL,
    event_idx  INTEGER NOT NULL,
    role       VARCHAR NOT NULL,       -- source | target
    idx        INTEGER NOT NULL,       -- position in the event's source or target list
    actor_id   VARCHAR,
    actor_name VARCHAR,
    country    VARCHAR,                -- ISO 3166-1 alpha-3 or an organisation code (NATO, UN, EU)
    kind       VARCHAR,
    start_char INTEGER,
    end_char   INTEGER,
    text       VARCHAR
);

CREATE TABLE figures (
    doc_id     VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    value      DOUBLE NOT NULL,
    qualifier  VARCHAR NOT NULL,       -- exact | more_than | at_least | about | less_than
    category   VARCHAR NOT NULL,       -- killed | wounded | arrested | displaced | troops | protesters | money | percent | other
    currency   VARCHAR,                -- ISO 4217 for money
    event_idx  INTEGER,                -- the event it quantifies (events.idx of the same document)
    data       JSON NOT NULL
);
