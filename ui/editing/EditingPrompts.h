#pragma once

#include "editing/EditOutcome.h"

#include <QStringList>

class QWidget;

namespace innoatlas {

class EntityForm;

/**
 * The questions editing asks the user. DialogPrompts asks with dialogs; tests give preset answers.
 */
class EditingPrompts
{
public:
    enum class ConflictChoice
    {
        /** Discard my change and show theirs. */
        Reload,
        /** Apply my change on top of theirs (recorded as an ordinary, undoable change). */
        Overwrite,
        Cancel,
    };

    virtual ~EditingPrompts() = default;
    /** Runs the form; true when the user pressed OK. */
    virtual bool runForm(EntityForm &form) = 0;
    /** Which kind of entity to create; empty to cancel. */
    virtual QString chooseKind(QWidget *parent, const QStringList &kinds, const QString &suggested) = 0;
    virtual ConflictChoice askConflict(QWidget *parent, const QString &message) = 0;
    /** Shows what deleting affects (outcome.impact); true to delete. */
    virtual bool confirmDelete(QWidget *parent, const EditOutcome &outcome) = 0;
    virtual void showError(QWidget *parent, const QString &message) = 0;
};

} // namespace innoatlas
