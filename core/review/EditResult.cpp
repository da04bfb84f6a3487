#include "review/EditResult.h"

#include <QSet>

namespace innoatlas {

QString editReasonName(EditReason reason)
{
    switch (reason) {
    case EditReason::Edit:
        return QStringLiteral("edit");
    case EditReason::Status:
        return QStringLiteral("status");
    case EditReason::CounterpartChanged:
        return QStringLiteral("counterpart-changed");
    }
    return QString();
}

bool parseEditReason(const QString &name, EditReason *reason)
{
    for (EditReason candidate : {EditReason::Edit, EditReason::Status, EditReason::CounterpartChanged}) {
        if (editReasonName(candidate) == name) {
            *reason = candidate;
            return true;
        }
    }
    return false;
}

QVector<FieldChange> EditResult::undoChanges() const
{
    // The earliest edit of each field language holds the state to go back to. Texts go back
    // first: restoring a text may send the other language to draft, which the state
    // restorations that follow undo.
    QSet<QPair<FieldKey, int>> seen;
    QVector<FieldChange> texts;
    QVector<FieldChange> states;
    for (const FieldEdit &edit : edits) {
        const QPair<FieldKey, int> id{edit.key, int(edit.language)};
        if (seen.contains(id))
            continue;
        seen.insert(id);
        bool textChangedLater = false;
        for (const FieldEdit &other : edits)
            textChangedLater |= other.key == edit.key && other.language == edit.language && other.textChanged();
        FieldChange change{edit.key, edit.language, std::nullopt, edit.oldStatus, 0};
        if (textChangedLater) {
            change.text = edit.oldText;
            texts << change;
        } else {
            states << change;
        }
    }
    return texts + states;
}

} // namespace innoatlas
