-- InnoAtlas schema, presenter decks.
-- A deck is an ordered list of slides kept with the data it shows: its slides name cities,
-- plans and themes of this database by key, so the deck travels with the file. A slide is a
-- view ('chart', 'timeline', 'targets') and that view's settings as a JSON object.

CREATE TABLE presenter_deck (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE CHECK (name <> ''),
    ordinal INTEGER NOT NULL
);

CREATE TABLE presenter_slide (
    deck_id  INTEGER NOT NULL REFERENCES presenter_deck(id) ON DELETE CASCADE,
    ordinal  INTEGER NOT NULL CHECK (ordinal >= 0),
    view     TEXT NOT NULL CHECK (view IN ('chart', 'timeline', 'targets')),
    -- A JSON object. (json_valid() cannot be used here: the schema is not trusted with it.)
    settings TEXT NOT NULL DEFAULT '{}' CHECK (substr(settings, 1, 1) = '{' AND substr(settings, -1, 1) = '}'),
    PRIMARY KEY (deck_id, ordinal)
) WITHOUT ROWID;
