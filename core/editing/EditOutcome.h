#pragma once

#include "editing/ChangeSet.h"
#include "editing/DeleteImpact.h"
#include "editing/FieldError.h"

#include <QVector>

namespace innoatlas {

/** What an edit did: done (with the change to undo), or nothing at all and why. */
struct EditOutcome
{
    enum class Status
    {
        Done,
        /** Some fields are invalid (errors names them); nothing was written. */
        Invalid,
        /** The entity changed since it was read (another writer); nothing was written. */
        Conflict,
        /** Deleting it affects other entities (impact lists them): call again with the deletion confirmed. */
        NeedsConfirmation,
        /** Other entities refer to it and must be moved or deleted first (impact lists them). */
        Blocked,
        /** Another program holds the database's write lock beyond the busy timeout. */
        Busy,
        /** The database cannot be written. */
        ReadOnly,
        /** The entity does not exist (any more). */
        NotFound,
        /** The store refused the change (message says why). */
        Failed,
    };
    Status status = Status::Failed;
    /** Why nothing was written, in the interface language, naming the entity or the file. */
    QString message;
    QVector<FieldError> errors;
    DeleteImpact impact;
    /** Done: what changed, for undo and redo. */
    ChangeSet change;
    /** The entity's key after the edit (a new entity's generated key). */
    QString key;

    bool ok() const { return status == Status::Done; }
};

} // namespace innoatlas
