-- Quotes (issue 4): who said what, relayed by whom. One row per quote, with the speaker, verb,
-- relay and date flattened into columns so `veille quotes` filters by speaker, country, date and
-- text without reading JSON; `data` keeps the record exactly as `veille analyze` prints it.

CREATE TABLE quotes (
    doc_id          VARCHAR NOT NULL,
    idx             INTEGER NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,   -- direct | indirect | mixed
    speaker_start   INTEGER,            -- NULL when no speaker was found
    speaker_end     INTEGER,
    speaker_text    VARCHAR,
    actor_id        VARCHAR,            -- the speaker's actor: person:..., gov:RUS, local:...
    actor_name      VARCHAR,
    actor_country   VARCHAR,            -- ISO 3166-1 alpha-3 or organisation code
    verb_lemma      VARCHAR,
    via_text        VARCHAR,            -- the relay: "l'agence TASS", "l'AFP"
    date_value      VARCHAR,            -- TIMEX3 value of the speech's date when the text gives one
    data            JSON NOT NULL
);
