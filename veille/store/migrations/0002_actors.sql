-- Actors: each entity's actor (the `actor` object of `entities[*]`, JSON, NULL when none).
-- The per-document `actor_mentions` and `actors` lists are kept in `extractions` (kinds
-- "actor_mentions" and "actors"), which `veille actors` and `veille actor` query.
ALTER TABLE entities ADD COLUMN actor JSON;
