#pragma once

#include "model/Dataset.h"

#include <QSqlDatabase>

namespace innoatlas {

/**
 * Reads the part of a dataset that investment charts built from stored pieces
 * (StoredBudgetPieces) need: the regions with their names and populations, the themes, the plans
 * with their region, title and themes, and the sources with the quotes that population figures
 * cite. No budget line is read, so that a chart of a national database does not wait for a
 * million of them.
 */
class ChartDatasetReader
{
public:
    /** Throws StoreError. */
    static Dataset read(const QSqlDatabase &database);
};

} // namespace innoatlas
