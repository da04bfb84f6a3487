-- InnoAtlas schema, version 11: a plan is marked for counting its chart pieces again whatever
-- statement changes its budget lines.
--
-- The triggers of version 6 marked a plan with INSERT OR IGNORE. A trigger's conflict clause gives
-- way to the outer statement's, and a foreign key action runs its statement with ABORT: deleting an
-- element that budget lines name sets their element_id to NULL, and the line's second mark of its
-- plan then failed the delete ("UNIQUE constraint failed: budget_piece_stale.plan_id"). A plan is
-- now marked only when it is not marked yet, which needs no conflict clause. (PostgreSQL never
-- failed here; its triggers are made again the same way.)
DROP TRIGGER budget_piece_line_inserted;
DROP TRIGGER budget_piece_line_updated;
DROP TRIGGER budget_piece_line_deleted;

CREATE TRIGGER budget_piece_line_inserted AFTER INSERT ON budget_line BEGIN
    INSERT INTO budget_piece_stale (plan_id) SELECT NEW.plan_id
     WHERE NOT EXISTS (SELECT 1 FROM budget_piece_stale WHERE plan_id = NEW.plan_id);
END;

CREATE TRIGGER budget_piece_line_updated AFTER UPDATE ON budget_line BEGIN
    INSERT INTO budget_piece_stale (plan_id) SELECT OLD.plan_id
     WHERE NOT EXISTS (SELECT 1 FROM budget_piece_stale WHERE plan_id = OLD.plan_id);
    INSERT INTO budget_piece_stale (plan_id) SELECT NEW.plan_id
     WHERE NOT EXISTS (SELECT 1 FROM budget_piece_stale WHERE plan_id = NEW.plan_id);
END;

CREATE TRIGGER budget_piece_line_deleted AFTER DELETE ON budget_line BEGIN
    INSERT INTO budget_piece_stale (plan_id) SELECT OLD.plan_id
     WHERE NOT EXISTS (SELECT 1 FROM budget_piece_stale WHERE plan_id = OLD.plan_id);
END;
