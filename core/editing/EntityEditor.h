#pragma once

#include "editing/EditOutcome.h"
#include "editing/EntityRecord.h"
#include <QCoreApplication>

#include <QSqlDatabase>

#include <optional>

namespace innoatlas {

/**
 * Creates, updates and deletes entities of every kind (EntityKinds), each call one transaction.
 *
 * Every change checks the entity's row version (entity.row_version) inside its transaction: a record
 * read before another writer changed the entity is refused with a Conflict naming it, unless the
 * caller chose to overwrite. A deletion that affects other entities first returns the list of them
 * (NeedsConfirmation) and deletes only when confirmed. Every outcome that wrote something carries the
 * rows of the touched entities before and after, which ChangeApplier re-applies for undo and redo.
 * New and changed texts are drafts; an empty text is missing.
 */
class EntityEditor
{
    Q_DECLARE_TR_FUNCTIONS(EntityEditor)

public:
    enum class OnConflict
    {
        Refuse,
        Overwrite,
    };

    /** @p databasePath names the file in messages (a locked or read-only database). */
    explicit EntityEditor(QSqlDatabase database, QString databasePath = QString());

    /** The stored entity with key @p key; nothing when there is none or its kind is not editable. */
    std::optional<EntityRecord> load(const QString &key) const;
    /** A new record of @p kind with the usual defaults (country KR, precision day ...). */
    static EntityRecord blank(const QString &kind);

    EditOutcome create(EntityRecord record);
    EditOutcome update(EntityRecord record, OnConflict onConflict = OnConflict::Refuse);
    /** Deletes the entity @p key read at @p rowVersion (0: whatever its version). */
    EditOutcome remove(const QString &key, int rowVersion, bool confirmed);
    /** What deleting @p key would affect (throws StoreError). */
    DeleteImpact impactOfDeleting(const QString &key) const;

private:
    template <typename Write>
    EditOutcome guarded(Write write);
    qint64 idOf(const QString &key, QString *kind = nullptr, int *rowVersion = nullptr) const;
    QString newKey(const EntityRecord &record) const;
    void writeColumns(const EntityRecord &record, bool insert);
    void writeTexts(const EntityRecord &record);
    void writeLinks(const EntityRecord &record);

    QSqlDatabase m_database;
    QString m_path;
};

} // namespace innoatlas
