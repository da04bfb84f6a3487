#include "review/GlossaryCommand.h"

#include "review/Glossary.h"

#include <QCoreApplication>

namespace innoatlas {

QString GlossaryCommand::push(QUndoStack *stack, const QSqlDatabase &database,
                              const std::optional<GlossaryTerm> &before, const std::optional<GlossaryTerm> &after,
                              const Notify &notify)
{
    auto *command = new GlossaryCommand(database, before, after, notify);
    const QString error = command->change(command->m_before, command->m_after);
    if (!error.isEmpty() || !stack)
        delete command;
    else
        stack->push(command);
    if (notify)
        notify(error);
    return error;
}

GlossaryCommand::GlossaryCommand(const QSqlDatabase &database, const std::optional<GlossaryTerm> &before,
                                 const std::optional<GlossaryTerm> &after, const Notify &notify)
    : m_database(database), m_before(before), m_after(after), m_notify(notify)
{
    const GlossaryTerm &shown = after ? *after : *before;
    const QString term = shown.ko + QStringLiteral(" / ") + shown.en;
    if (!before)
        setText(QCoreApplication::translate("GlossaryCommand", "Add glossary term %1").arg(term));
    else if (!after)
        setText(QCoreApplication::translate("GlossaryCommand", "Delete glossary term %1").arg(term));
    else
        setText(QCoreApplication::translate("GlossaryCommand", "Edit glossary term %1").arg(term));
}

QString GlossaryCommand::change(const std::optional<GlossaryTerm> &from, std::optional<GlossaryTerm> &to)
{
    Glossary glossary(m_database);
    QString error;
    if (!from && to) {
        const qint64 id = glossary.add(*to, &error);
        if (id != 0)
            to->id = id;
    } else if (from && !to) {
        glossary.remove(from->id, &error);
    } else if (from && to) {
        GlossaryTerm updated = *to;
        updated.id = from->id;
        glossary.update(updated, &error);
        to->id = from->id;
    }
    return error;
}

void GlossaryCommand::undo()
{
    const QString error = change(m_after, m_before);
    if (!error.isEmpty())
        setObsolete(true);
    else if (m_after && m_before)
        m_after->id = m_before->id;
    if (m_notify)
        m_notify(error);
}

void GlossaryCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    const QString error = change(m_before, m_after);
    if (!error.isEmpty())
        setObsolete(true);
    if (m_notify)
        m_notify(error);
}

} // namespace innoatlas
