#pragma once

#include "review/FieldPair.h"
#include "review/Finding.h"

#include <QVector>

namespace innoatlas {

/** One row of the translator workspace: a bilingual field with where it belongs, its last change and open findings. */
struct ReviewRow
{
    FieldPair pair;
    QString cityKey;
    QString planKey;
    QString lastEditedBy;
    QString lastEditedAt; ///< UTC, ISO 8601; empty when never edited
    QVector<Finding> findings;
};

} // namespace innoatlas
