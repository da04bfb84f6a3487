#pragma once

#include "importers/ImportBatch.h"

#include <QSqlDatabase>

namespace innoatlas {

/**
 * Writes an ImportBatch in one transaction: the replaced plan is deleted, the new entities are
 * inserted through DatasetStore, existing regions and population figures are updated, the chart
 * pieces of the plans written are stored (BudgetPieceTable::refreshWithin()), and only
 * then is anything committed. On any error it throws StoreError and the database is unchanged.
 */
class ImportWriter
{
public:
    explicit ImportWriter(QSqlDatabase database);

    void write(const ImportBatch &batch);

private:
    qint64 idOf(const QString &key) const;
    void bumpVersion(qint64 id);
    void updateRegion(const RegionUpdate &update);
    void setText(qint64 id, const QString &field, Language language, const QString &text, ReviewStatus status);
    void writePopulation(const PopulationChange &change);

    QSqlDatabase m_database;
};

} // namespace innoatlas
