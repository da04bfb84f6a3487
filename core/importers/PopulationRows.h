#pragma once

#include "importers/RowConverter.h"

namespace innoatlas {

/**
 * Population figures by region and year, each quoting its row. Regions are found by legal-dong
 * code when the mapping has a code column, else by Korean name: a region of the database with
 * that name, or one of the 17 governments (KOSIS's own two-digit codes differ from legal-dong
 * codes, and its 2010 tables say 제주도 for 제주특별자치도), which is added when the database
 * does not have it yet. Totals such as 전국 are skipped.
 */
class PopulationRows : public RowConverter
{
public:
    using RowConverter::RowConverter;

    ImportBatch finish() override;

protected:
    void convertRow(const CsvRecord &record) override;

private:
    struct Row
    {
        qint64 line = 0;
        QString regionKey;
        int year = 0;
        qint64 value = 0;
        QString quoteKey;
    };

    /** The key of the region a row names, adding a government to m_newRegions when needed. */
    QString regionFor(const CsvRecord &record, const QString &name, const QString &code);

    QVector<Row> m_rows;
    QVector<Region> m_newRegions;
    QHash<QString, int> m_newRegionIndex;           ///< key → index in m_newRegions
    QHash<QPair<QString, int>, qint64> m_firstLine; ///< (region key, year) → line
};

} // namespace innoatlas
