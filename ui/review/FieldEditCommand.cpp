#include "review/FieldEditCommand.h"

#include "review/ContentEditor.h"

namespace innoatlas {

EditResult FieldEditCommand::push(QUndoStack *stack, const QSqlDatabase &database, const QString &userName,
                                  const QVector<FieldChange> &changes, const QString &text, const Notify &notify)
{
    const EditResult result = ContentEditor(database, userName).apply(changes);
    if (result.ok && !result.edits.isEmpty() && stack)
        stack->push(new FieldEditCommand(database, userName, changes, result, text, notify));
    if (notify)
        notify(result);
    return result;
}

FieldEditCommand::FieldEditCommand(const QSqlDatabase &database, const QString &userName,
                                   const QVector<FieldChange> &changes, const EditResult &done, const QString &text,
                                   const Notify &notify)
    : m_database(database), m_userName(userName), m_changes(changes), m_done(done), m_notify(notify)
{
    setText(text);
    // Redo repeats the change whatever the row version has become since: undo itself moved it on.
    for (FieldChange &change : m_changes)
        change.expectedRowVersion = 0;
}

void FieldEditCommand::undo()
{
    const EditResult result = ContentEditor(m_database, m_userName).apply(m_done.undoChanges());
    if (!result.ok)
        setObsolete(true);
    if (m_notify)
        m_notify(result);
}

void FieldEditCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    const EditResult result = ContentEditor(m_database, m_userName).apply(m_changes);
    if (result.ok)
        m_done = result;
    else
        setObsolete(true);
    if (m_notify)
        m_notify(result);
}

} // namespace innoatlas
