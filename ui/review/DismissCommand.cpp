#include "review/DismissCommand.h"

#include "review/FindingDismissals.h"

#include <QCoreApplication>

namespace innoatlas {

QString DismissCommand::push(QUndoStack *stack, const QSqlDatabase &database, const Finding &finding,
                             const QString &userName, const Notify &notify)
{
    auto *command = new DismissCommand(database, finding, userName, notify);
    const QString error = command->dismiss();
    if (!error.isEmpty() || !stack)
        delete command;
    else
        stack->push(command);
    if (notify)
        notify(error);
    return error;
}

DismissCommand::DismissCommand(const QSqlDatabase &database, const Finding &finding, const QString &userName,
                               const Notify &notify)
    : m_database(database), m_finding(finding), m_userName(userName), m_notify(notify)
{
    setText(QCoreApplication::translate("DismissCommand", "Dismiss finding on %1").arg(finding.key.toString()));
}

QString DismissCommand::dismiss()
{
    QString error;
    FindingDismissals(m_database).dismiss(m_finding, m_userName, &error);
    return error;
}

void DismissCommand::undo()
{
    QString error;
    FindingDismissals(m_database).restore(m_finding, &error);
    if (!error.isEmpty())
        setObsolete(true);
    if (m_notify)
        m_notify(error);
}

void DismissCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    const QString error = dismiss();
    if (!error.isEmpty())
        setObsolete(true);
    if (m_notify)
        m_notify(error);
}

} // namespace innoatlas
