#pragma once

#include "review/Clock.h"
#include "review/EditResult.h"
#include "review/FieldPair.h"

#include <QSqlDatabase>

namespace innoatlas {

/**
 * Changes the text and review state of content fields — the one way the translator
 * workspace and the XLIFF import write content.
 *
 * Each apply() is one transaction: every change is made or none is. For each change it
 * - refuses what the review states forbid: reviewed or approved (or draft) without text,
 *   missing with text, an unknown entity or field, a verbatim quote, a stale row version;
 * - writes the text and state; a changed text without an explicit state becomes a draft;
 * - sends the other language of the field back to draft when this language's text changed
 *   while the other was reviewed or approved, and keeps the text it had been reviewed
 *   against (a ReviewFlag) until it is reviewed or approved again;
 * - records every change in the history (who, when, old and new text and state);
 * - raises the row version of every entity changed, once per apply().
 *
 * The user name is the caller's (the interface takes it from the settings); the clock is
 * replaceable for tests.
 */
class ContentEditor
{
public:
    enum class Mode
    {
        Commit,
        DryRun ///< do everything, report it, then roll back
    };

    ContentEditor(QSqlDatabase database, QString userName, Clock clock = systemClock());

    QString userName() const { return m_userName; }

    /** The current state of one field (entityId 0 when the entity or field does not exist). */
    FieldPair field(const FieldKey &key) const;

    EditResult setText(const FieldKey &key, Language language, const QString &text, int expectedRowVersion = 0);
    EditResult setStatus(const FieldKey &key, Language language, ReviewStatus status, int expectedRowVersion = 0);
    /**
     * Applies @p changes in order in one transaction. @p origin is stored with each history
     * row ("XLIFF import of daejeon.xlf"); empty for edits made in the workspace.
     */
    EditResult apply(const QVector<FieldChange> &changes, const QString &origin = QString(), Mode mode = Mode::Commit);

private:
    struct EntityRow
    {
        qint64 id = 0;
        QString kind;
        int version = 0;
        std::optional<Language> verbatimLanguage;
    };
    struct Row
    {
        QString text;
        ReviewStatus status = ReviewStatus::Missing;
    };

    bool entity(const QString &key, EntityRow *row, QString *error) const;
    Row row(qint64 entityId, const QString &field, Language language) const;
    void write(const EntityRow &entity, const FieldEdit &edit, const QString &origin);
    QString applyOne(const FieldChange &change, const EntityRow &entity, const QString &origin,
                     QVector<FieldEdit> *edits);

    QSqlDatabase m_database;
    QString m_userName;
    Clock m_clock;
    // Set for the duration of one apply().
    QString m_now;
    qint64 m_batch = 0;
};

} // namespace innoatlas
