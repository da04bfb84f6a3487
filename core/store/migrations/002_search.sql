-- InnoAtlas schema, version 2: the search index (see core/search/SearchIndex.h).
--
-- search_doc lists every searchable text: each non-empty localized_text row (origin 'text') and
-- each quote's verbatim text (origin 'quote', field 'text', lang = its source's language). The
-- triggers below keep it exact whoever writes the texts (this program, the CLI, an sqlite3 shell).
-- A row is never changed in place: a new text is a new row (a new id), the old one is deleted.
--
-- search_fts is the trigram index over those rows (rowid = search_doc.id). SQLite refuses virtual
-- tables inside schema triggers while PRAGMA trusted_schema is OFF (as Database sets it), so the
-- index is brought up to date by SearchIndex::sync() from C++: it indexes the rows whose `indexed`
-- is 0 and removes the ids listed in search_gone. Until then search() also scans the pending rows,
-- so results are never stale. The initial-consonant (초성) columns are computed by sync() too.

-- How prominent a field is: 0 names and titles, 1 short summaries, 2 descriptions and notes
-- (the default for any other field), 3 quoted source text.
CREATE TABLE search_field_tier (
    field TEXT PRIMARY KEY,
    tier  INTEGER NOT NULL CHECK (tier BETWEEN 0 AND 3)
) WITHOUT ROWID;
INSERT INTO search_field_tier (field, tier) VALUES
    ('title', 0), ('name', 0), ('label', 0), ('metric', 0),
    ('publisher', 1), ('vision', 1), ('summary', 1),
    ('description', 2), ('note', 2),
    ('translation', 3);

CREATE TABLE search_doc (
    id        INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: search_fts may still hold a deleted id
    entity_id INTEGER NOT NULL,
    origin    TEXT NOT NULL CHECK (origin IN ('text', 'quote')),
    field     TEXT NOT NULL,
    lang      TEXT NOT NULL,
    tier      INTEGER NOT NULL,
    indexed   INTEGER NOT NULL DEFAULT 0 CHECK (indexed IN (0, 1)),
    -- Written by sync() for tier-0 rows: the first characters, lower-cased, and their initial consonants.
    prefix    TEXT,
    iprefix   TEXT,
    UNIQUE (entity_id, origin, field, lang)
);
CREATE INDEX search_doc_pending ON search_doc(id) WHERE indexed = 0;
CREATE INDEX search_doc_prefix ON search_doc(prefix) WHERE tier = 0;
CREATE INDEX search_doc_iprefix ON search_doc(iprefix) WHERE tier = 0;

-- Ids of indexed rows that were deleted since the last sync(): their index entries go next time.
CREATE TABLE search_gone (id INTEGER PRIMARY KEY);

-- head/body: the text of tier-0 rows and of all other rows; ihead/ibody: the same texts with every
-- Hangul syllable replaced by its initial consonant (only for texts with Hangul). Each value ends in
-- two U+0001 characters so that one- and two-character queries find every occurrence among the
-- trigrams (see search_vocab). tier is search_doc.tier, kept here so that candidates can be ranked
-- from the index alone.
CREATE VIRTUAL TABLE search_fts USING fts5(head, body, ihead, ibody, tier UNINDEXED, tokenize = 'trigram',
    columnsize = 0);
-- Every trigram occurrence; a range over `term` answers queries shorter than a trigram.
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'instance');

CREATE TRIGGER search_doc_deleted AFTER DELETE ON search_doc WHEN OLD.indexed = 1 BEGIN
    INSERT OR IGNORE INTO search_gone (id) VALUES (OLD.id);
END;

-- INSERT OR REPLACE deletes without firing delete triggers: the insert trigger removes the old row itself.
CREATE TRIGGER search_text_inserted AFTER INSERT ON localized_text BEGIN
    DELETE FROM search_doc
     WHERE entity_id = NEW.entity_id AND origin = 'text' AND field = NEW.field AND lang = NEW.lang;
    INSERT INTO search_doc (entity_id, origin, field, lang, tier)
    SELECT NEW.entity_id, 'text', NEW.field, NEW.lang,
           COALESCE((SELECT tier FROM search_field_tier WHERE field = NEW.field), 2)
     WHERE NEW.text <> '';
END;

CREATE TRIGGER search_text_updated AFTER UPDATE OF entity_id, field, lang, text ON localized_text
WHEN OLD.text IS NOT NEW.text OR OLD.entity_id IS NOT NEW.entity_id OR OLD.field IS NOT NEW.field
     OR OLD.lang IS NOT NEW.lang BEGIN
    DELETE FROM search_doc
     WHERE entity_id = OLD.entity_id AND origin = 'text' AND field = OLD.field AND lang = OLD.lang;
    DELETE FROM search_doc
     WHERE entity_id = NEW.entity_id AND origin = 'text' AND field = NEW.field AND lang = NEW.lang;
    INSERT INTO search_doc (entity_id, origin, field, lang, tier)
    SELECT NEW.entity_id, 'text', NEW.field, NEW.lang,
           COALESCE((SELECT tier FROM search_field_tier WHERE field = NEW.field), 2)
     WHERE NEW.text <> '';
END;

CREATE TRIGGER search_text_deleted AFTER DELETE ON localized_text BEGIN
    DELETE FROM search_doc
     WHERE entity_id = OLD.entity_id AND origin = 'text' AND field = OLD.field AND lang = OLD.lang;
END;

CREATE TRIGGER search_quote_inserted AFTER INSERT ON quote BEGIN
    DELETE FROM search_doc WHERE entity_id = NEW.id AND origin = 'quote';
    INSERT INTO search_doc (entity_id, origin, field, lang, tier)
    SELECT NEW.id, 'quote', 'text', COALESCE((SELECT language FROM source WHERE id = NEW.source_id), ''), 3
     WHERE NEW.text <> '';
END;

CREATE TRIGGER search_quote_updated AFTER UPDATE OF id, source_id, text ON quote
WHEN OLD.text IS NOT NEW.text OR OLD.id IS NOT NEW.id OR OLD.source_id IS NOT NEW.source_id BEGIN
    DELETE FROM search_doc WHERE entity_id = OLD.id AND origin = 'quote';
    DELETE FROM search_doc WHERE entity_id = NEW.id AND origin = 'quote';
    INSERT INTO search_doc (entity_id, origin, field, lang, tier)
    SELECT NEW.id, 'quote', 'text', COALESCE((SELECT language FROM source WHERE id = NEW.source_id), ''), 3
     WHERE NEW.text <> '';
END;

CREATE TRIGGER search_quote_deleted AFTER DELETE ON quote BEGIN
    DELETE FROM search_doc WHERE entity_id = OLD.id AND origin = 'quote';
END;

-- The language of a quote is its source's: not part of the indexed text, so it is updated in place.
CREATE TRIGGER search_source_language AFTER UPDATE OF language ON source BEGIN
    UPDATE search_doc SET lang = NEW.language
     WHERE origin = 'quote' AND entity_id IN (SELECT id FROM quote WHERE source_id = NEW.id);
END;

-- Indexes for amount queries ("3500억" finds budget lines, headline budgets and won targets).
CREATE INDEX budget_line_amount ON budget_line(amount);
CREATE INDEX plan_headline_budget ON plan(headline_budget) WHERE headline_budget IS NOT NULL;
CREATE INDEX target_won_value ON target(CAST(target_value AS INTEGER)) WHERE unit = 'won';
CREATE INDEX target_won_baseline ON target(CAST(baseline_value AS INTEGER)) WHERE unit = 'won';

-- A database of version 1 already holds texts: list them all; the first sync() indexes them.
INSERT INTO search_doc (entity_id, origin, field, lang, tier)
SELECT t.entity_id, 'text', t.field, t.lang, COALESCE(f.tier, 2)
  FROM localized_text t LEFT JOIN search_field_tier f ON f.field = t.field
 WHERE t.text <> '';
INSERT INTO search_doc (entity_id, origin, field, lang, tier)
SELECT q.id, 'quote', 'text', s.language, 3
  FROM quote q JOIN source s ON s.id = q.source_id
 WHERE q.text <> '';
