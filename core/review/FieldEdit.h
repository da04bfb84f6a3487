#pragma once

#include "model/LocalizedText.h"
#include "review/FieldKey.h"

namespace innoatlas {

/** Why a field's text or state changed; stored in the history as "edit", "status" or "counterpart-changed". */
enum class EditReason
{
    Edit,              ///< its text changed (and perhaps its state)
    Status,            ///< only its review state changed
    CounterpartChanged ///< sent back to draft because the other language's text changed
};

QString editReasonName(EditReason reason);
bool parseEditReason(const QString &name, EditReason *reason);

/** One change that was made (or, in a dry run, would be made) to one language of a field. */
struct FieldEdit
{
    FieldKey key;
    Language language = Language::English;
    QString oldText;
    QString newText;
    ReviewStatus oldStatus = ReviewStatus::Missing;
    ReviewStatus newStatus = ReviewStatus::Missing;
    EditReason reason = EditReason::Edit;

    bool textChanged() const { return oldText != newText; }
};

} // namespace innoatlas
