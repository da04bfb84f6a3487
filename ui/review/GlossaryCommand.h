#pragma once

#include "review/GlossaryTerm.h"

#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace innoatlas {

/**
 * One change of the glossary on the undo stack: a term added (no term before), edited (both)
 * or deleted (no term after). Each step is one transaction of Glossary. A term deleted and
 * restored by undo gets a new id; the command follows it.
 */
class GlossaryCommand : public QUndoCommand
{
public:
    /** Told after every step with an error message, empty when it worked. */
    using Notify = std::function<void(const QString &error)>;

    /**
     * Makes the change and, when it worked, pushes the command onto @p stack. Returns the error,
     * empty on success.
     */
    static QString push(QUndoStack *stack, const QSqlDatabase &database, const std::optional<GlossaryTerm> &before,
                        const std::optional<GlossaryTerm> &after, const Notify &notify);

    void undo() override;
    void redo() override;

private:
    GlossaryCommand(const QSqlDatabase &database, const std::optional<GlossaryTerm> &before,
                    const std::optional<GlossaryTerm> &after, const Notify &notify);
    /** Turns @p from into @p to in the database; @p to receives the id of a term added. */
    QString change(const std::optional<GlossaryTerm> &from, std::optional<GlossaryTerm> &to);

    QSqlDatabase m_database;
    std::optional<GlossaryTerm> m_before;
    std::optional<GlossaryTerm> m_after;
    Notify m_notify;
    bool m_firstRedo = true;
};

} // namespace innoatlas
