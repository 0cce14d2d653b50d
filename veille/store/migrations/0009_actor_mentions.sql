-- Actors, typed (issue 3): one row per actor mention, with its actor flattened into columns so
-- `veille actors`, `veille actor` and the dashboard count and filter actors without reading JSON.
-- The same mentions stay in `extractions` (kind "actor_mentions", JSON) for readers of that form.
CREATE TABLE actor_mentions (
    doc_id      VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    via         VARCHAR NOT NULL,   -- name | coreference | metonymy | role | apposition
    entity_idx  INTEGER,            -- index into the document's entities; NULL for role mentions
    actor_id    VARCHAR NOT NULL,   -- person:..., gov:RUS, org:..., local:...
    actor_name  VARCHAR,
    country     VARCHAR,            -- ISO 3166-1 alpha-3 or organisation code
    kind        VARCHAR,
    role        VARCHAR
);
