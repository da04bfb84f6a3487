#include "editing/EditFailure.h"

#include "store/StoreError.h"

#include <QCoreApplication>

namespace innoatlas {

EditOutcome EditFailure::from(const StoreError &error, const QString &databasePath)
{
    EditOutcome outcome;
    const QString message = error.message();
    const QString file = databasePath.isEmpty() ? QStringLiteral("?") : databasePath;
    // QtSql passes SQLite's messages through: "database is locked" (SQLITE_BUSY after the busy timeout),
    // "attempt to write a readonly database" (SQLITE_READONLY).
    if (error.kind() == StoreError::Kind::Busy || message.contains(QLatin1String("database is locked")) ||
        message.contains(QLatin1String("database is busy"))) {
        outcome.status = EditOutcome::Status::Busy;
        outcome.message =
            QCoreApplication::translate("EditFailure", "%1 is being changed by another program, which still holds "
                                                       "it after waiting. Nothing was changed; try again in a moment.")
                .arg(file);
    } else if (error.kind() == StoreError::Kind::ReadOnly || message.contains(QLatin1String("readonly")) ||
               message.contains(QLatin1String("read-only"))) {
        outcome.status = EditOutcome::Status::ReadOnly;
        outcome.message =
            QCoreApplication::translate("EditFailure", "%1 cannot be written (read-only). Nothing was changed.")
                .arg(file);
    } else {
        outcome.status = EditOutcome::Status::Failed;
        outcome.message =
            QCoreApplication::translate("EditFailure", "%1: the change was refused: %2").arg(file, message);
    }
    return outcome;
}

} // namespace innoatlas
