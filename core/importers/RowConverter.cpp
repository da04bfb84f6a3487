#include "importers/RowConverter.h"

#include "importers/BudgetRows.h"
#include "importers/FieldParser.h"
#include "importers/PopulationRows.h"
#include "importers/RegionRows.h"

namespace innoatlas {

RowConverter::RowConverter(const ImportContext &context)
    : m_mapping(*context.mapping), m_report(*context.report), m_regions(*context.regions), m_context(context)
{
    m_source = m_mapping.source;
    m_source.key = QStringLiteral("src.import.%1").arg(context.tag);
}

RowConverter::~RowConverter() = default;

std::unique_ptr<RowConverter> RowConverter::create(const ImportContext &context)
{
    switch (context.mapping->target) {
    case ImportMapping::Target::Regions:
        return std::make_unique<RegionRows>(context);
    case ImportMapping::Target::Population:
        return std::make_unique<PopulationRows>(context);
    case ImportMapping::Target::BudgetLines:
        return std::make_unique<BudgetRows>(context);
    }
    return nullptr;
}

int RowConverter::resolve(const ColumnRef &column, const QString &what, bool *ok)
{
    if (column.number > 0) {
        if (column.number <= m_header.size())
            return column.number - 1;
    } else {
        for (int i = 0; i < m_header.size(); ++i) {
            if (m_header.at(i).trimmed() == column.name)
                return i;
        }
    }
    if (*ok) {
        m_report.fatalError = tr("the mapping's column %1 for %2 is not in the header on line %3 (%4)")
                                  .arg(column.label(), what)
                                  .arg(m_report.headerLine)
                                  .arg(m_header.join(QStringLiteral(", ")));
    }
    *ok = false;
    return -1;
}

bool RowConverter::begin(const CsvReader &reader)
{
    m_header = reader.header().fields;
    bool ok = true;
    for (auto it = m_mapping.columns.cbegin(); it != m_mapping.columns.cend(); ++it)
        m_columns.insert(it.key(), resolve(it.value(), it.key(), &ok));
    for (const RowFilter &filter : m_mapping.keep)
        m_filters.append({resolve(filter.column, tr("a filter"), &ok), filter.values});
    for (const HierarchyLevel &level : m_mapping.hierarchy)
        m_hierarchy.append(resolve(level.column, level.kind, &ok));
    return ok;
}

void RowConverter::convert(const CsvRecord &record)
{
    ++m_report.rowsRead;
    if (record.fields.size() != m_header.size()) {
        m_report.reject(record.line, 0, QString(),
                        tr("the row has %1 columns where the header has %2 (an unquoted delimiter in a field?)")
                            .arg(record.fields.size())
                            .arg(m_header.size()));
        return;
    }
    for (const auto &filter : std::as_const(m_filters)) {
        if (!filter.second.contains(FieldParser::code(record.fields.at(filter.first)))) {
            m_report.skip(
                tr("%1 is not %2").arg(header(filter.first).trimmed(), filter.second.join(QStringLiteral(" / "))));
            return;
        }
    }
    convertRow(record);
}

void RowConverter::reject(const CsvRecord &record, int column, const QString &reason)
{
    m_report.reject(record.line, column + 1, header(column).trimmed(), reason);
}

QString RowConverter::quote(const CsvRecord &record)
{
    const QString key = QStringLiteral("q.import.%1.%2").arg(m_context.tag).arg(record.line);
    if (!m_context.sourceExists && (!m_previewOnly || m_source.quotes.size() < previewRows))
        m_source.quotes.append({key, record.text, {}});
    return key;
}

bool RowConverter::startWriting(QSqlDatabase database, Transaction &transaction)
{
    Q_UNUSED(database);
    Q_UNUSED(transaction);
    return false;
}

void RowConverter::finishWriting() {}

QVector<Source> RowConverter::sources() const
{
    if (m_context.sourceExists || m_source.quotes.isEmpty())
        return {};
    return {m_source};
}

} // namespace innoatlas
