#pragma once

// Preset answers for the editing questions, so GUI tests never block on a dialog.

#include "editing/EditingPrompts.h"
#include "editing/EntityForm.h"

#include <functional>

namespace innoatlas {

class FakePrompts : public EditingPrompts
{
public:
    /** Fills the form (may be empty) and answers OK (true) or Cancel; called once per form run. */
    std::function<bool(EntityForm &form, int run)> form;
    QString kind;
    ConflictChoice conflict = ConflictChoice::Cancel;
    bool deleteAnswer = false;
    int forms = 0;
    int conflicts = 0;
    int deleteQuestions = 0;
    QStringList errors;
    EditOutcome lastDeleteQuestion;

    bool runForm(EntityForm &f) override { return form ? form(f, forms++) : false; }
    QString chooseKind(QWidget *, const QStringList &, const QString &) override { return kind; }
    ConflictChoice askConflict(QWidget *, const QString &) override
    {
        ++conflicts;
        return conflict;
    }
    bool confirmDelete(QWidget *, const EditOutcome &outcome) override
    {
        ++deleteQuestions;
        lastDeleteQuestion = outcome;
        return deleteAnswer;
    }
    void showError(QWidget *, const QString &message) override { errors << message; }
};

} // namespace innoatlas
