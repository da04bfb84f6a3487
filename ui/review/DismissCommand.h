#pragma once

#include "review/Finding.h"

#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

namespace innoatlas {

/**
 * A finding dismissed, on the undo stack: undo forgets the dismissal (the finding is reported
 * again), redo records it again. Each step is one transaction of FindingDismissals.
 */
class DismissCommand : public QUndoCommand
{
public:
    /** Told after every step with an error message, empty when it worked. */
    using Notify = std::function<void(const QString &error)>;

    /**
     * Dismisses @p finding for @p userName and, when that worked, pushes the command onto
     * @p stack. Returns the error, empty on success.
     */
    static QString push(QUndoStack *stack, const QSqlDatabase &database, const Finding &finding,
                        const QString &userName, const Notify &notify);

    void undo() override;
    void redo() override;

private:
    DismissCommand(const QSqlDatabase &database, const Finding &finding, const QString &userName, const Notify &notify);
    QString dismiss();

    QSqlDatabase m_database;
    Finding m_finding;
    QString m_userName;
    Notify m_notify;
    bool m_firstRedo = true;
};

} // namespace innoatlas
