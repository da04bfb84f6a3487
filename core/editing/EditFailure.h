#pragma once

#include "editing/EditOutcome.h"

namespace innoatlas {

class StoreError;

/** Turns a store failure into an outcome: a locked or read-only database is named as such. */
class EditFailure
{
public:
    static EditOutcome from(const StoreError &error, const QString &databasePath);
};

} // namespace innoatlas
