#include "importers/BudgetRows.h"

#include "importers/FieldParser.h"

#include <QFileInfo>

namespace innoatlas {

BudgetRows::BudgetRows(const ImportContext &context) : RowConverter(context)
{
    m_planKey = m_mapping.planKey.isEmpty() ? QStringLiteral("plan.import.%1").arg(context.tag) : m_mapping.planKey;
}

int BudgetRows::element(int parent, int level, const QString &name)
{
    const QPair<int, QString> id(parent, name);
    if (const auto it = m_nodeIndex.constFind(id); it != m_nodeIndex.constEnd())
        return *it;
    Node node;
    node.element.key = QStringLiteral("el.import.%1.%2").arg(m_context.tag).arg(m_nodes.size() + 1);
    node.element.kind = m_mapping.hierarchy.at(level).kind;
    node.element.name = LocalizedText::draft(name, QString());
    const int index = int(m_nodes.size());
    QVector<int> &siblings = parent < 0 ? m_roots : m_nodes[parent].children;
    if (writing()) {
        const qint64 parentId = parent < 0 ? 0 : m_nodeIds.at(parent);
        m_nodeIds.append(m_stream->addElement(parentId, int(siblings.size()), node.element));
    }
    siblings.append(index);
    m_nodes.append(node);
    m_nodeIndex.insert(id, index);
    return index;
}

void BudgetRows::convertRow(const CsvRecord &record)
{
    QStringList names;
    for (int level = 0; level < m_hierarchy.size(); ++level) {
        const int levelColumn = m_hierarchy.at(level);
        names << FieldParser::text(record.fields.at(levelColumn)).simplified();
        if (names.constLast().isEmpty()) {
            reject(record, levelColumn, tr("the name is empty"));
            return;
        }
    }
    const int amountColumn = column(QStringLiteral("amount"));
    qint64 won = 0;
    QString error;
    if (!FieldParser::amount(record.fields.at(amountColumn), m_mapping.unit, &won, &error)) {
        reject(record, amountColumn, error);
        return;
    }
    std::optional<int> year;
    if (const int yearColumn = column(QStringLiteral("year")); yearColumn >= 0) {
        qint64 value = 0;
        if (!FieldParser::count(record.fields.at(yearColumn), &value, &error) || value < 1900 || value > 2200) {
            reject(record, yearColumn,
                   error.isEmpty() ? tr("%1 is not a year between 1900 and 2200").arg(value) : error);
            return;
        }
        year = int(value);
    }
    if (__builtin_add_overflow(m_report.totalWon, won, &m_report.totalWon)) {
        reject(record, amountColumn, tr("the total of the amounts exceeds what InnoAtlas can hold"));
        return;
    }

    int node = -1;
    for (int level = 0; level < names.size(); ++level)
        node = element(node, level, names.at(level));

    BudgetLine line;
    line.key = QStringLiteral("bl.import.%1.%2").arg(m_context.tag).arg(record.line);
    line.label = LocalizedText::draft(names.constLast(), QString());
    line.amount.won = won;
    const QString quoteKey = quote(record);
    line.amount.citation.quoteKeys = QStringList{quoteKey};
    line.fromYear = year;
    line.toYear = year;
    line.funding = m_mapping.funding;
    line.kind = m_mapping.budgetKind;
    line.elementKey = m_nodes.at(node).element.key;
    if (writing())
        m_stream->addLine(line, m_nodeIds.at(node), quoteKey, record.text);
    if (!m_stream || m_lines.size() < previewRows)
        m_lines.append(line);
    ++m_lineCount;
    if (year) {
        m_firstYear = m_firstYear == 0 ? *year : qMin(m_firstYear, *year);
        m_lastYear = qMax(m_lastYear, *year);
    }
}

QVector<Element> BudgetRows::assemble(const QVector<int> &nodes) const
{
    QVector<Element> elements;
    elements.reserve(nodes.size());
    for (int index : nodes) {
        Element element = m_nodes.at(index).element;
        element.children = assemble(m_nodes.at(index).children);
        elements.append(element);
    }
    return elements;
}

QString BudgetRows::regionKey() const
{
    return m_mapping.regionKey.isEmpty() ? m_regions.countryKey() : m_mapping.regionKey;
}

LocalizedText BudgetRows::planTitle() const
{
    LocalizedText title = m_mapping.planTitle.isEmpty()
                              ? LocalizedText::draft(QFileInfo(m_report.file).fileName(), QString())
                              : m_mapping.planTitle;
    if (m_firstYear > 0 && !title.ko.isEmpty())
        title.ko += m_firstYear == m_lastYear ? QStringLiteral(" (%1)").arg(m_firstYear)
                                              : QStringLiteral(" (%1–%2)").arg(m_firstYear).arg(m_lastYear);
    if (m_firstYear > 0 && !title.en.isEmpty())
        title.en += m_firstYear == m_lastYear ? QStringLiteral(" (%1)").arg(m_firstYear)
                                              : QStringLiteral(" (%1–%2)").arg(m_firstYear).arg(m_lastYear);
    return title;
}

bool BudgetRows::startWriting(QSqlDatabase database, Transaction &transaction)
{
    const QString region = regionKey();
    if (region.isEmpty() || !m_regions.byKey(region))
        return false; // finish() reports it
    const bool exists = m_regions.keyInUse(m_planKey);
    if (exists && m_mapping.existing == ImportMapping::Existing::Skip)
        return false;
    m_planExisted = exists;
    Plan plan;
    plan.key = m_planKey;
    plan.regionKey = region;
    plan.title = planTitle();
    Source source = importSource();
    source.quotes.clear();
    m_stream = std::make_unique<BudgetStream>(database);
    m_stream->begin(transaction, m_context.sourceExists ? nullptr : &source, source.key, plan,
                    exists ? m_planKey : QString());
    m_previewOnly = true;
    return true;
}

void BudgetRows::finishWriting()
{
    if (m_stream)
        m_stream->finish(planTitle());
}

ImportBatch BudgetRows::finish()
{
    ImportBatch batch;
    const qint64 rows = m_lineCount;
    const QString regionKey = this->regionKey();
    if (regionKey.isEmpty() || !m_regions.byKey(regionKey)) {
        m_report.fatalError = regionKey.isEmpty()
                                  ? tr("the plan needs a region: name one in the mapping (budget.region)")
                                  : tr("the plan's region \"%1\" is not in the database").arg(regionKey);
        return batch;
    }
    // A streaming import has written the plan already: whether it was there is what startWriting() saw.
    if (m_stream ? m_planExisted : m_regions.keyInUse(m_planKey)) {
        if (m_mapping.existing == ImportMapping::Existing::Skip) {
            m_report.skip(
                tr("the plan %1 is in the database already, and the mapping skips existing data").arg(m_planKey), rows);
            return batch;
        }
        batch.replacedPlanKey = m_planKey;
        m_report.updated += rows;
        m_report.notes << tr("The plan %1 is replaced by the one imported.").arg(m_planKey);
    } else {
        m_report.imported += rows;
    }
    Plan plan;
    plan.key = m_planKey;
    plan.regionKey = regionKey;
    plan.title = planTitle();
    plan.elements = assemble(m_roots);
    plan.budgetLines = m_lines;
    batch.dataset.plans.append(plan);
    batch.dataset.sources = sources();
    return batch;
}

} // namespace innoatlas
