-- The chart pieces of a plan stored summed: one row for all the lines of a plan whose pieces count
-- alike (split, kind, funding source, year, estimate, remainder and sources), with how many lines
-- they are. A chart's GROUP BY then reads about 20,000 index entries of a national database for one
-- split and kind instead of a third of a million: fewer than the lines a plain GROUP BY over the
-- budget lines reads.
DROP INDEX budget_piece_chart;

ALTER TABLE budget_piece ADD COLUMN lines INTEGER NOT NULL DEFAULT 1;

CREATE INDEX budget_piece_chart ON budget_piece(split, kind, plan_id, funding, year, estimated, remainder, sources, won, lines);

-- Pieces stored one per line are counted again, summed, before the next chart.
DELETE FROM budget_piece;
INSERT OR IGNORE INTO budget_piece_stale (plan_id) SELECT id FROM plan;

-- The navigator asks plan by plan whether a plan's participations hold a filter's text, and deleting
-- a plan deletes its participations: both look them up by plan.
CREATE INDEX participation_plan ON participation(plan_id);
