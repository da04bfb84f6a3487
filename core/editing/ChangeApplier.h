#pragma once

#include "editing/EditOutcome.h"

#include <QSqlDatabase>

namespace innoatlas {

/**
 * Undoes and redoes a ChangeSet: in one transaction, checks that the touched entities' rows are
 * still exactly as the change left them (or as they were before it, for redo) and puts back the
 * other state, row for row, row versions included. When another writer changed those rows in
 * between, nothing is written and the outcome is a Conflict naming the entity.
 */
class ChangeApplier
{
public:
    ChangeApplier(QSqlDatabase database, QString databasePath = QString());

    EditOutcome undo(const ChangeSet &change);
    EditOutcome redo(const ChangeSet &change);

private:
    EditOutcome apply(const ChangeSet &change, const RowSet &expected, const RowSet &wanted);

    QSqlDatabase m_database;
    QString m_path;
};

} // namespace innoatlas
