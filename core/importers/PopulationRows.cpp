#include "importers/PopulationRows.h"

#include "importers/FieldParser.h"
#include "importers/KoreanGovernments.h"

namespace innoatlas {

QString PopulationRows::regionFor(const CsvRecord &record, const QString &name, const QString &code)
{
    const int regionColumn = column(QStringLiteral("region"));
    if (!code.isEmpty()) {
        if (const ExistingRegion *region = m_regions.byCode(code))
            return region->key;
    }
    const Government *government = code.isEmpty() ? KoreanGovernments::byName(name) : KoreanGovernments::byCode(code);
    if (government) {
        if (const ExistingRegion *region = m_regions.byCode(government->code))
            return region->key;
    }
    if (code.isEmpty()) {
        const QVector<const ExistingRegion *> named = m_regions.byKoreanName(name);
        if (named.size() == 1)
            return named.constFirst()->key;
        if (named.size() > 1) {
            QStringList keys;
            for (const ExistingRegion *region : named)
                keys << region->key;
            reject(record, regionColumn,
                   tr("several regions are named \"%1\" (%2): map a code column")
                       .arg(name, keys.join(QStringLiteral(", "))));
            return {};
        }
    }
    if (!government) {
        reject(record, code.isEmpty() ? regionColumn : column(QStringLiteral("regionCode")),
               tr("no region named \"%1\" is in the database; import the regions first")
                   .arg(code.isEmpty() ? name : code));
        return {};
    }
    // One of the 17 governments the database does not have yet: add it with its legal-dong code.
    QString key = QStringLiteral("region.") + government->slug;
    if (m_regions.keyInUse(key))
        key = QStringLiteral("region.kr-") + government->code;
    if (!m_newRegionIndex.contains(key)) {
        Region region;
        region.key = key;
        region.code = government->code;
        region.level = government->level;
        region.parentKey = m_regions.countryKey();
        region.name = LocalizedText::draft(government->ko, government->en);
        m_newRegionIndex.insert(key, int(m_newRegions.size()));
        m_newRegions.append(region);
    }
    return key;
}

void PopulationRows::convertRow(const CsvRecord &record)
{
    const int regionColumn = column(QStringLiteral("region"));
    const int codeColumn = column(QStringLiteral("regionCode"));
    const int yearColumn = column(QStringLiteral("year"));
    const int valueColumn = column(QStringLiteral("value"));
    const QString name = FieldParser::text(record.fields.at(regionColumn));
    if (m_mapping.notRegions.contains(name)) {
        m_report.skip(tr("a total, not a region (%1)").arg(m_mapping.notRegions.join(QStringLiteral(", "))));
        return;
    }
    Row row;
    row.line = record.line;
    row.year = m_mapping.year;
    QString error;
    if (yearColumn >= 0) {
        qint64 year = 0;
        if (!FieldParser::count(record.fields.at(yearColumn), &year, &error) || year < 1900 || year > 2200) {
            reject(record, yearColumn,
                   error.isEmpty() ? tr("%1 is not a year between 1900 and 2200").arg(year) : error);
            return;
        }
        row.year = int(year);
    }
    if (!FieldParser::count(record.fields.at(valueColumn), &row.value, &error)) {
        reject(record, valueColumn, error);
        return;
    }
    const QString code = codeColumn >= 0 ? FieldParser::code(record.fields.at(codeColumn)) : QString();
    if (name.isEmpty() && code.isEmpty()) {
        reject(record, regionColumn, tr("the region is empty"));
        return;
    }
    row.regionKey = regionFor(record, name, code);
    if (row.regionKey.isEmpty())
        return;
    const QPair<QString, int> id(row.regionKey, row.year);
    if (const auto first = m_firstLine.constFind(id); first != m_firstLine.constEnd()) {
        reject(record, valueColumn,
               tr("the population of %1 in %2 is given twice (first on line %3)").arg(name).arg(row.year).arg(*first));
        return;
    }
    m_firstLine.insert(id, row.line);
    row.quoteKey = quote(record);
    m_rows.append(row);
}

ImportBatch PopulationRows::finish()
{
    ImportBatch batch;
    for (const Row &row : std::as_const(m_rows)) {
        PopulationFigure figure{row.year, row.value, Citation{{row.quoteKey}, std::nullopt}};
        if (const auto index = m_newRegionIndex.constFind(row.regionKey); index != m_newRegionIndex.constEnd()) {
            m_newRegions[*index].population.append(figure);
            ++m_report.imported;
            continue;
        }
        const ExistingRegion *region = m_regions.byKey(row.regionKey);
        const auto known = region->population.constFind(row.year);
        if (known == region->population.constEnd()) {
            batch.populations.append({region->id, region->key, 0, row.year, row.value, row.quoteKey});
            ++m_report.imported;
        } else if (known->second == row.value) {
            ++m_report.unchanged;
        } else if (m_mapping.existing == ImportMapping::Existing::Skip) {
            m_report.skip(tr("the database has another figure for the region and year, and the mapping skips "
                             "existing data"));
        } else {
            batch.populations.append({region->id, region->key, known->first, row.year, row.value, row.quoteKey});
            ++m_report.updated;
        }
    }
    if (!m_newRegions.isEmpty())
        m_report.notes << tr("%n region(s) added from the table of the 17 governments, with their legal-dong codes.",
                             nullptr, int(m_newRegions.size()));
    batch.dataset.regions = m_newRegions;
    batch.dataset.sources = sources();
    return batch;
}

} // namespace innoatlas
