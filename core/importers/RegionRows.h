#pragma once

#include "importers/RowConverter.h"

namespace innoatlas {

/**
 * Regions from a table of legal-dong codes (법정동코드): the metropolitan and provincial
 * governments (시도), and with RegionLevels::All also their cities, counties and districts
 * (시군구), each linked to its parent. Towns and villages below are skipped.
 *
 * Which rows are 시도: codes ending in 00000000, and 세종특별자치시, which has no 시군구 tier
 * and appears only as 3611000000 (a code ending in 00000 whose name is one word). A 시군구's
 * parent is the region whose full name its own full name continues ("경기도 수원시" for
 * "경기도 수원시 장안구"); its name is the rest ("장안구"). English names come from the table
 * of the 17 governments (as drafts) or a mapped column; otherwise they are missing.
 */
class RegionRows : public RowConverter
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
        QString code;
        QString fullName;
        QString nameEn;
        QString level;
        QString parentCode;
        bool top = false;
    };

    /** Index of the row or -1; the existing region through @p existing. */
    int findParent(const Row &row, const ExistingRegion **existing, QString *localName) const;
    QString keyFor(const Row &row, const ExistingRegion *existing) const;

    QVector<Row> m_rows;
    QHash<QString, int> m_byCode;
    QHash<QString, int> m_byFullName;
};

} // namespace innoatlas
