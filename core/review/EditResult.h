#pragma once

#include "review/FieldChange.h"
#include "review/FieldEdit.h"

#include <QHash>
#include <QVector>

namespace innoatlas {

/**
 * What ContentEditor::apply() did: either every requested change (ok, with the edits made,
 * including the other languages sent back to draft) or none of them (error says why).
 */
struct EditResult
{
    bool ok = false;
    /** True when a change was refused because its entity's row version had moved on. */
    bool conflict = false;
    /** Why nothing was changed, in the interface language. */
    QString error;
    QVector<FieldEdit> edits;
    /** Entity key → row version after the change, for every entity changed. */
    QHash<QString, int> rowVersions;
    /** The history batch the edits were recorded under; 0 for a dry run or when nothing changed. */
    qint64 batch = 0;

    /**
     * The changes that restore every field touched to its earlier text and state (for undo):
     * texts first, in the order they were changed, then states.
     */
    QVector<FieldChange> undoChanges() const;
};

} // namespace innoatlas
