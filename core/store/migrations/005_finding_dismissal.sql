-- Findings of the bilingual checks that a translator accepted as they are (core/review/FindingDismissals).
-- A dismissal names its finding by check, field, language and the excerpts the finding quotes, so a
-- changed text that raises a different finding is reported again.
CREATE TABLE finding_dismissal (
    entity_id    INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    field        TEXT NOT NULL,
    lang         TEXT NOT NULL CHECK (lang IN ('ko', 'en')),
    check_id     TEXT NOT NULL,
    arguments    TEXT NOT NULL,
    dismissed_at TEXT NOT NULL,
    dismissed_by TEXT NOT NULL,
    PRIMARY KEY (entity_id, field, lang, check_id, arguments)
) WITHOUT ROWID;
