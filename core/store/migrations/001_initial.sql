-- InnoAtlas schema, version 1.
-- Every content entity has a row in `entity` (stable key, row version for conflict
-- detection); its bilingual texts live in `localized_text`, one row per field and
-- language with its review status. Every figure is a `figure` row linked to quotes.

CREATE TABLE entity (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('source', 'quote', 'theme', 'region', 'population', 'organisation',
                    'plan', 'element', 'stated_count', 'budget_line', 'target', 'indicator', 'event', 'participation',
                    'figure')),
    key         TEXT NOT NULL UNIQUE,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE localized_text (
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    field     TEXT NOT NULL,
    lang      TEXT NOT NULL CHECK (lang IN ('ko', 'en')),
    text      TEXT NOT NULL DEFAULT '',
    status    TEXT NOT NULL CHECK (status IN ('missing', 'draft', 'reviewed', 'approved')),
    CHECK ((status = 'missing') = (text = '')),
    PRIMARY KEY (entity_id, field, lang)
) WITHOUT ROWID;

CREATE TABLE source (
    id                  INTEGER PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE,
    ordinal             INTEGER NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('article', 'press-release', 'statistics', 'dataset', 'report')),
    published           TEXT,
    published_precision TEXT CHECK (published_precision IN ('day', 'month', 'year', 'approximate')),
    language            TEXT NOT NULL CHECK (language IN ('ko', 'en')),
    seed_file           TEXT NOT NULL DEFAULT '',
    url                 TEXT NOT NULL DEFAULT ''
);

CREATE TABLE quote (
    id        INTEGER PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    text      TEXT NOT NULL CHECK (text <> '')
);
CREATE INDEX quote_source ON quote(source_id);

CREATE TABLE theme (
    id      INTEGER PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL
);

CREATE TABLE region (
    id        INTEGER PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    code      TEXT UNIQUE CHECK (code IS NULL OR (length(code) = 10 AND code NOT GLOB '*[^0-9]*')),
    level     TEXT NOT NULL CHECK (level IN ('country', 'special-city', 'metropolitan-city',
                  'special-self-governing-city', 'province', 'special-self-governing-province', 'city', 'county',
                  'district', 'foreign-city', 'foreign-region')),
    country   TEXT NOT NULL DEFAULT 'KR',
    parent_id INTEGER REFERENCES region(id) ON DELETE RESTRICT
);
CREATE INDEX region_parent ON region(parent_id);

CREATE TABLE population (
    id        INTEGER PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE,
    region_id INTEGER NOT NULL REFERENCES region(id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    year      INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    value     INTEGER NOT NULL CHECK (value >= 0),
    UNIQUE (region_id, year)
);

CREATE TABLE organisation (
    id        INTEGER PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('government', 'ministry', 'agency', 'company', 'institute', 'university',
                  'association', 'committee', 'international', 'other')),
    country   TEXT NOT NULL DEFAULT 'KR',
    region_id INTEGER REFERENCES region(id) ON DELETE SET NULL
);

CREATE TABLE plan (
    id                  INTEGER PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE,
    ordinal             INTEGER NOT NULL,
    region_id           INTEGER NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
    announced           TEXT,
    announced_precision TEXT CHECK (announced_precision IN ('day', 'month', 'year', 'approximate')),
    period_from         INTEGER,
    period_to           INTEGER,
    headline_budget     INTEGER CHECK (headline_budget >= 0),
    headline_original_amount   TEXT,
    headline_original_currency TEXT,
    CHECK (period_from IS NULL OR period_to IS NULL OR period_from <= period_to)
);
CREATE INDEX plan_region ON plan(region_id);

CREATE TABLE plan_theme (
    plan_id  INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE RESTRICT,
    ordinal  INTEGER NOT NULL,
    PRIMARY KEY (plan_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX plan_theme_theme ON plan_theme(theme_id);

CREATE TABLE element (
    id        INTEGER PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE,
    plan_id   INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES element(id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('goal', 'strategy', 'field', 'area', 'task', 'project'))
);
CREATE INDEX element_plan ON element(plan_id);
CREATE INDEX element_parent ON element(parent_id);

CREATE TABLE stated_count (
    id      INTEGER PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE,
    plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('goal', 'strategy', 'field', 'area', 'task', 'project')),
    count   INTEGER NOT NULL CHECK (count >= 0),
    UNIQUE (plan_id, kind)
);

CREATE TABLE budget_line (
    id                INTEGER PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE,
    plan_id           INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    element_id        INTEGER REFERENCES element(id) ON DELETE SET NULL,
    ordinal           INTEGER NOT NULL,
    amount            INTEGER NOT NULL CHECK (amount >= 0),
    original_amount   TEXT,
    original_currency TEXT,
    from_year         INTEGER,
    to_year           INTEGER,
    funding           TEXT NOT NULL CHECK (funding IN ('national', 'city', 'provincial', 'private',
                          'foreign-investment', 'mixed', 'unknown')),
    kind              TEXT NOT NULL CHECK (kind IN ('planned', 'secured', 'invested')),
    CHECK ((from_year IS NULL) = (to_year IS NULL) AND (from_year IS NULL OR from_year <= to_year)),
    CHECK ((original_amount IS NULL) = (original_currency IS NULL))
);
CREATE INDEX budget_line_plan ON budget_line(plan_id);

CREATE TABLE target (
    id             INTEGER PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE,
    plan_id        INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    unit           TEXT NOT NULL CHECK (unit IN ('percent', 'won', 'persons', 'companies', 'rank', 'count', 'km2', 'm2')),
    has_baseline   INTEGER NOT NULL CHECK (has_baseline IN (0, 1)),
    baseline_value TEXT,
    baseline_year  INTEGER,
    target_value   TEXT NOT NULL,
    target_year    INTEGER
);
CREATE INDEX target_plan ON target(plan_id);

-- A fact a source states about a plan or a region (not a goal, not money spent).
CREATE TABLE indicator (
    id       INTEGER PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE,
    owner_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    ordinal  INTEGER NOT NULL,
    unit     TEXT NOT NULL CHECK (unit IN ('percent', 'won', 'persons', 'companies', 'rank', 'count', 'km2', 'm2')),
    value    TEXT NOT NULL,
    year     INTEGER
);
CREATE INDEX indicator_owner ON indicator(owner_id);

CREATE TABLE event (
    id        INTEGER PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    region_id INTEGER NOT NULL REFERENCES region(id) ON DELETE RESTRICT,
    plan_id   INTEGER REFERENCES plan(id) ON DELETE SET NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('announcement', 'ceremony', 'meeting', 'designation', 'agreement', 'visit',
                  'investment', 'milestone', 'forum', 'other')),
    date      TEXT NOT NULL,
    precision TEXT NOT NULL CHECK (precision IN ('day', 'month', 'year', 'approximate'))
);
CREATE INDEX event_region ON event(region_id);
CREATE INDEX event_plan ON event(plan_id);

CREATE TABLE participation (
    id              INTEGER PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    organisation_id INTEGER REFERENCES organisation(id) ON DELETE CASCADE,
    region_id       INTEGER REFERENCES region(id) ON DELETE CASCADE,
    plan_id         INTEGER REFERENCES plan(id) ON DELETE CASCADE,
    event_id        INTEGER REFERENCES event(id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('lead', 'partner', 'member', 'prospective-member', 'investor', 'host',
                        'organiser', 'chair', 'attendee', 'operator', 'funder', 'other')),
    CHECK ((organisation_id IS NULL) <> (region_id IS NULL)),
    CHECK (plan_id IS NOT NULL OR event_id IS NOT NULL)
);

-- A figure of an entity (its field names it) and the correction a curator made to it.
-- The curator note is the figure's localized_text field 'note'.
CREATE TABLE figure (
    id       INTEGER PRIMARY KEY REFERENCES entity(id) ON DELETE CASCADE,
    owner_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    field    TEXT NOT NULL,
    printed  TEXT,
    UNIQUE (owner_id, field)
);

CREATE TABLE figure_quote (
    figure_id INTEGER NOT NULL REFERENCES figure(id) ON DELETE CASCADE,
    quote_id  INTEGER NOT NULL REFERENCES quote(id) ON DELETE RESTRICT,
    ordinal   INTEGER NOT NULL,
    PRIMARY KEY (figure_id, quote_id)
) WITHOUT ROWID;
CREATE INDEX figure_quote_quote ON figure_quote(quote_id);

-- Quotes that back an entity as a whole (the sentence that names an element, a partner).
CREATE TABLE citation (
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    quote_id  INTEGER NOT NULL REFERENCES quote(id) ON DELETE RESTRICT,
    ordinal   INTEGER NOT NULL,
    PRIMARY KEY (entity_id, quote_id)
) WITHOUT ROWID;
CREATE INDEX citation_quote ON citation(quote_id);

-- Deleting a row of a concrete table deletes its entity row too (and with it its texts and
-- figures), so a cascade from a plan to its budget lines leaves no orphaned entity behind.
CREATE TRIGGER source_entity AFTER DELETE ON source BEGIN DELETE FROM entity WHERE id = OLD.id; END;
CREATE TRIGGER quote_entity AFTER DELETE ON quote BEGIN DELETE FROM entity WHERE id = OLD.id; END;
CREATE TRIGGER theme_entity AFTER DELETE ON theme BEGIN DELETE FROM entity WHERE id = OLD.id; END;
CREATE TRIGGER region_entity AFTER DELETE ON region BEGIN DELETE FROM entity WHERE id = OLD.id; END;
CREATE TRIGGER population_entity AFTER DELETE ON population BEGIN DELETE FROM entity WHERE id = OLD.id; END;
CREATE TRIGGER organisation_entity AFTER DELETE ON organisation BEGIN DELETE FROM entity WHERE id = OLD.id; END;
CREATE TRIGGER plan_entity AFTER DELETE ON plan BEGIN DELETE FROM entity WHERE id = OLD.id; END;
CREATE TRIGGER element_entity AFTER DELETE ON element BEGIN DELETE FROM entity WHERE id = OLD.id; END;
CREATE TRIGGER stated_count_entity AFTER DELETE ON stated_count BEGIN DELETE FROM entity WHERE id = OLD.id; END;
CREATE TRIGGER budget_line_entity AFTER DELETE ON budget_line BEGIN DELETE FROM entity WHERE id = OLD.id; END;
CREATE TRIGGER target_entity AFTER DELETE ON target BEGIN DELETE FROM entity WHERE id = OLD.id; END;
CREATE TRIGGER indicator_entity AFTER DELETE ON indicator BEGIN DELETE FROM entity WHERE id = OLD.id; END;
CREATE TRIGGER event_entity AFTER DELETE ON event BEGIN DELETE FROM entity WHERE id = OLD.id; END;
CREATE TRIGGER participation_entity AFTER DELETE ON participation BEGIN DELETE FROM entity WHERE id = OLD.id; END;
CREATE TRIGGER figure_entity AFTER DELETE ON figure BEGIN DELETE FROM entity WHERE id = OLD.id; END;
