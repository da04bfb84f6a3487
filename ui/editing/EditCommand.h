#pragma once

#include "editing/ChangeSet.h"

#include <QUndoCommand>

#include <functional>

namespace innoatlas {

/**
 * One user action on the undo stack. The action itself was already written when the command is
 * pushed (its first redo does nothing); undo and redo re-apply the recorded rows through @p apply,
 * which reports whether that worked.
 */
class EditCommand : public QUndoCommand
{
public:
    using Apply = std::function<bool(const ChangeSet &change, bool redo)>;

    EditCommand(const QString &text, ChangeSet change, Apply apply);

    void undo() override;
    void redo() override;
    const ChangeSet &change() const { return m_change; }

private:
    ChangeSet m_change;
    Apply m_apply;
    bool m_applied = true;
};

} // namespace innoatlas
