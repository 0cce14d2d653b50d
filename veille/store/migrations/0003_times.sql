-- Time expressions (issue 5) and the estimated date of undated documents.
-- earliest/latest are ISO strings as in the JSON contract: a date (2021-12-07) for DATE, a
-- datetime (2021-12-07T15:00, with Z or an offset when the text gave a zone) for TIME; NULL for
-- DURATION and SET, and when the anchor is unknown.

CREATE TABLE times (
    doc_id     VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    type       VARCHAR NOT NULL,   -- DATE | TIME | DURATION | SET
    value      VARCHAR NOT NULL,   -- TIMEX3 value: 2021-12-07, 2021-W49, P3D, XXXX-WXX-2, 2021-1X-XX ...
    earliest   VARCHAR,
    latest     VARCHAR,
    anchor     VARCHAR,            -- NULL (absolute) | 'document' | 'estimate' | 'time:N'
    mod        VARCHAR             -- START | MID | END | APPROX | MORE_THAN | ... or NULL
);

-- One row per undated document that went through dating (documents with a date have none).
CREATE TABLE date_estimates (
    doc_id     VARCHAR PRIMARY KEY,
    earliest   DATE,
    latest     DATE,
    value      VARCHAR,            -- the likeliest day, month or year; NULL when nothing dates it
    confidence DOUBLE NOT NULL,
    basis      VARCHAR,            -- dateline | day | day_without_year | month | year
    evidence   JSON NOT NULL       -- the spans the estimate rests on
);
