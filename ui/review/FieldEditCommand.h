#pragma once

#include "review/EditResult.h"

#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

namespace innoatlas {

/**
 * One edit of the translator workspace on the undo stack: texts and review states of one or
 * more fields, written through ContentEditor (one transaction each way). Undo writes the
 * earlier texts and states back, so the other language's state and its review flag come back
 * too; redo makes the same changes again. The history keeps every step.
 */
class FieldEditCommand : public QUndoCommand
{
public:
    /** Told after every apply, undo and redo, with what was written or why nothing was. */
    using Notify = std::function<void(const EditResult &)>;

    /**
     * Applies @p changes as @p userName and, when something changed, pushes the command onto
     * @p stack (already done, so the push does not apply it twice). Returns what apply() did.
     */
    static EditResult push(QUndoStack *stack, const QSqlDatabase &database, const QString &userName,
                           const QVector<FieldChange> &changes, const QString &text, const Notify &notify);

    void undo() override;
    void redo() override;

private:
    FieldEditCommand(const QSqlDatabase &database, const QString &userName, const QVector<FieldChange> &changes,
                     const EditResult &done, const QString &text, const Notify &notify);

    QSqlDatabase m_database;
    QString m_userName;
    QVector<FieldChange> m_changes;
    EditResult m_done;
    Notify m_notify;
    bool m_firstRedo = true;
};

} // namespace innoatlas
