#include "editing/ChangeApplier.h"

#include "editing/EditFailure.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace innoatlas {

ChangeApplier::ChangeApplier(QSqlDatabase database, QString databasePath)
    : m_database(std::move(database)), m_path(std::move(databasePath))
{
}

EditOutcome ChangeApplier::undo(const ChangeSet &change)
{
    return apply(change, change.after, change.before);
}

EditOutcome ChangeApplier::redo(const ChangeSet &change)
{
    return apply(change, change.before, change.after);
}

EditOutcome ChangeApplier::apply(const ChangeSet &change, const RowSet &expected, const RowSet &wanted)
{
    EditOutcome outcome;
    outcome.key = change.key;
    try {
        Transaction transaction(m_database);
        const RowSet current = RowSet::capture(m_database, change.ids);
        if (current != expected) {
            outcome.status = EditOutcome::Status::Conflict;
            outcome.message = QCoreApplication::translate("ChangeApplier",
                                                          "“%1” was changed by someone else since; this step cannot be "
                                                          "undone or redone without losing their change.")
                                  .arg(change.key);
            return outcome;
        }
        wanted.restoreOver(m_database, current);
        transaction.commit();
    } catch (const StoreError &e) {
        return EditFailure::from(e, m_path);
    }
    outcome.status = EditOutcome::Status::Done;
    outcome.change = change;
    return outcome;
}

} // namespace innoatlas
