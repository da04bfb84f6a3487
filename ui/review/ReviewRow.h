#pragma once

#include "review/FieldPair.h"
#include "review/Finding.h"

#include <QVector>

namespace innoatlas {

/**
 * One row of the translator workspace: a bilingual field with its open findings. Where it belongs and its last change
 * are the model's to look up (ReviewTableModel::cityOf(), planOf(), lastEdit()): held in each row they were four
 * strings of 75,000 rows of a city of a national database.
 */
struct ReviewRow
{
    FieldPair pair;
    QVector<Finding> findings;
};

} // namespace innoatlas
