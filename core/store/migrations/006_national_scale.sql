-- What a national database (243 local governments, a million budget lines) needs to stay quick.
--
-- The pieces the investment charts count (core/charts/BudgetAllocation), kept so that a chart over a
-- national database is one GROUP BY over an index instead of a million lines read and counted.
-- Derived data: any change to a plan's budget lines marks the plan in budget_piece_stale, and
-- BudgetPieceTable::refresh() computes that plan's pieces again before a chart is read.
CREATE TABLE budget_piece (
    plan_id   INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    split     INTEGER NOT NULL CHECK (split IN (0, 1, 2)), -- 0 whole line, 1 share of a year, 2 years not stated
    kind      TEXT NOT NULL,
    funding   TEXT NOT NULL,
    year      INTEGER,
    estimated INTEGER NOT NULL CHECK (estimated IN (0, 1)),
    remainder INTEGER NOT NULL CHECK (remainder IN (0, 1)),
    sources   TEXT NOT NULL, -- the keys of the sources quoted for the line's amount, one per line of text
    won       INTEGER NOT NULL,
    line_id   INTEGER NOT NULL
);

-- Covers the charts' query: the pieces of one split and kind, grouped in index order.
CREATE INDEX budget_piece_chart ON budget_piece(split, kind, plan_id, funding, year, estimated, remainder, sources, won);

CREATE TABLE budget_piece_stale (
    plan_id INTEGER NOT NULL PRIMARY KEY
);

-- Plans that existed before this table have no pieces yet.
INSERT OR IGNORE INTO budget_piece_stale (plan_id) SELECT id FROM plan;

CREATE TRIGGER budget_piece_line_inserted AFTER INSERT ON budget_line BEGIN
    INSERT OR IGNORE INTO budget_piece_stale (plan_id) VALUES (NEW.plan_id);
END;

CREATE TRIGGER budget_piece_line_updated AFTER UPDATE ON budget_line BEGIN
    INSERT OR IGNORE INTO budget_piece_stale (plan_id) VALUES (OLD.plan_id);
    INSERT OR IGNORE INTO budget_piece_stale (plan_id) VALUES (NEW.plan_id);
END;

CREATE TRIGGER budget_piece_line_deleted AFTER DELETE ON budget_line BEGIN
    INSERT OR IGNORE INTO budget_piece_stale (plan_id) VALUES (OLD.plan_id);
END;

-- Refreshing a plan deletes its pieces; deleting a plan deletes them through the foreign key.
CREATE INDEX budget_piece_plan ON budget_piece(plan_id);

-- The overview lists the first page of budget lines by funding source, then plan, then line: these
-- let it read that page plan by plan and stop, instead of sorting every line of the nation.
CREATE INDEX plan_ordinal ON plan(ordinal);
CREATE INDEX budget_line_funding ON budget_line(plan_id, funding, ordinal);
