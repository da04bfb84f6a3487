#pragma once

#include "editing/EditingPrompts.h"
#include <QCoreApplication>

namespace innoatlas {

/** EditingPrompts with the program's dialogs. */
class DialogPrompts : public EditingPrompts
{
    Q_DECLARE_TR_FUNCTIONS(DialogPrompts)

public:
    bool runForm(EntityForm &form) override;
    QString chooseKind(QWidget *parent, const QStringList &kinds, const QString &suggested) override;
    ConflictChoice askConflict(QWidget *parent, const QString &message) override;
    bool confirmDelete(QWidget *parent, const EditOutcome &outcome) override;
    void showError(QWidget *parent, const QString &message) override;

    /** The list of affected entries as the delete dialog shows it (one per line). */
    static QString impactText(const DeleteImpact &impact);
};

} // namespace innoatlas
