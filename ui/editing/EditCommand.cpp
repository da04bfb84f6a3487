#include "editing/EditCommand.h"

namespace innoatlas {

EditCommand::EditCommand(const QString &text, ChangeSet change, Apply apply)
    : QUndoCommand(text), m_change(std::move(change)), m_apply(std::move(apply))
{
}

void EditCommand::undo()
{
    m_apply(m_change, false);
    m_applied = false;
}

void EditCommand::redo()
{
    // Pushed after the edit was saved: the first redo is the edit itself.
    if (m_applied)
        return;
    m_apply(m_change, true);
    m_applied = true;
}

} // namespace innoatlas
