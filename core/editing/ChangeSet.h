#pragma once

#include "editing/RowSet.h"

#include <QString>

namespace innoatlas {

/** What one user action changed: the rows of the entities it touched, before and after. */
struct ChangeSet
{
    enum class Action
    {
        Create,
        Update,
        Delete,
    };
    Action action = Action::Update;
    QString kind;
    /** The key of the entity the action was about. */
    QString key;
    /** The entities whose rows before and after hold. */
    QList<qint64> ids;
    RowSet before;
    RowSet after;

    bool isEmpty() const { return before == after; }
};

} // namespace innoatlas
