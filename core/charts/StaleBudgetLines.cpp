#include "charts/StaleBudgetLines.h"

#include "store/BulkStatement.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>

namespace innoatlas {

namespace {
/** The index of @p text in @p texts, added when new: a plan's lines share a handful of kinds and fundings. */
int internText(QVector<QByteArray> &bytes, QStringList &texts, QByteArrayView text)
{
    for (int i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == text)
            return i;
    }
    bytes.append(text.toByteArray());
    texts.append(QString::fromUtf8(text));
    return int(texts.size() - 1);
}

struct Quoted
{
    qint64 ordinal;
    qint64 sourceId;
};
} // namespace

StaleBudgetLines::StaleBudgetLines(const QSqlDatabase &database)
{
    read(database);
}

void StaleBudgetLines::read(const QSqlDatabase &database)
{
    BulkStatement plans(database, "SELECT plan_id FROM budget_piece_stale ORDER BY plan_id");
    while (plans.next())
        m_plans.append(plans.int64At(0));

    QHash<qint64, QString> sourceKeys;
    BulkStatement sources(database, "SELECT s.id, e.key FROM source s JOIN entity e ON e.id = s.id");
    while (sources.next())
        sourceKeys.insert(sources.int64At(0), QString::fromUtf8(sources.textAt(1)));

    // The stale plans first (CROSS JOIN keeps that order: a plan edited alone reads its own lines, not
    // the nation's), each line with one row per quote of its amount; a line's rows come one after another.
    BulkStatement lines(database,
                        "SELECT b.plan_id, b.id, b.ordinal, b.kind, b.funding, b.from_year, b.to_year, b.amount, "
                        "fq.ordinal, q.source_id FROM budget_piece_stale s CROSS JOIN budget_line b "
                        "ON b.plan_id = s.plan_id LEFT JOIN figure f ON f.owner_id = b.id AND f.field = 'amount' "
                        "LEFT JOIN figure_quote fq ON fq.figure_id = f.id LEFT JOIN quote q ON q.id = fq.quote_id");
    QVector<QByteArray> textBytes;
    QHash<qint64, int> bySource;  ///< one source's id → its index in m_sources
    QHash<QString, int> byJoined; ///< several sources' keys → the index
    QVarLengthArray<Quoted, 4> quoted;
    auto finishLine = [&] {
        if (m_rows.empty())
            return;
        Row &row = m_rows.back();
        if (quoted.isEmpty())
            return;
        if (quoted.size() == 1) {
            const qint64 id = quoted.front().sourceId;
            auto found = bySource.constFind(id);
            if (found == bySource.cend()) {
                m_sources.append(QStringList{sourceKeys.value(id)});
                found = bySource.insert(id, int(m_sources.size() - 1));
            }
            row.sources = *found;
        } else {
            std::stable_sort(quoted.begin(), quoted.end(),
                             [](const Quoted &a, const Quoted &b) { return a.ordinal < b.ordinal; });
            QStringList keys;
            for (const Quoted &q : std::as_const(quoted)) {
                const QString key = sourceKeys.value(q.sourceId);
                if (!keys.contains(key))
                    keys << key;
            }
            const QString joined = keys.join(QLatin1Char('\n'));
            auto found = byJoined.constFind(joined);
            if (found == byJoined.cend()) {
                m_sources.append(QStringList{joined});
                found = byJoined.insert(joined, int(m_sources.size() - 1));
            }
            row.sources = *found;
        }
        quoted.clear();
    };
    while (lines.next()) {
        const qint64 lineId = lines.int64At(1);
        if (m_rows.empty() || m_rows.back().lineId != lineId) {
            finishLine();
            Row row;
            row.planId = lines.int64At(0);
            row.lineId = lineId;
            row.ordinal = lines.int64At(2);
            row.kind = internText(textBytes, m_texts, lines.textAt(3));
            row.funding = internText(textBytes, m_texts, lines.textAt(4));
            row.hasYears = !lines.isNullAt(5) && !lines.isNullAt(6);
            if (row.hasYears) {
                row.fromYear = int(lines.int64At(5));
                row.toYear = int(lines.int64At(6));
            }
            row.won = lines.int64At(7);
            m_rows.push_back(row);
        }
        if (!lines.isNullAt(9))
            quoted.append(Quoted{lines.int64At(8), lines.int64At(9)});
    }
    finishLine();
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return a.planId != b.planId ? a.planId < b.planId : a.ordinal < b.ordinal;
    });
}

bool StaleBudgetLines::next(qint64 *planId, Plan *plan)
{
    if (m_nextPlan >= m_plans.size())
        return false;
    const qint64 id = m_plans.at(m_nextPlan++);
    *planId = id;
    *plan = Plan{};
    while (m_nextRow < m_rows.size() && m_rows[m_nextRow].planId < id)
        ++m_nextRow;
    size_t end = m_nextRow;
    while (end < m_rows.size() && m_rows[end].planId == id)
        ++end;
    plan->budgetLines.reserve(qsizetype(end - m_nextRow));
    for (; m_nextRow < end; ++m_nextRow) {
        const Row &row = m_rows[m_nextRow];
        BudgetLine line;
        line.key = QString::number(row.lineId);
        line.kind = m_texts.at(row.kind);
        line.funding = m_texts.at(row.funding);
        if (row.hasYears) {
            line.fromYear = row.fromYear;
            line.toYear = row.toYear;
        }
        line.amount.won = row.won;
        if (row.sources >= 0)
            line.amount.citation.quoteKeys = m_sources.at(row.sources);
        plan->budgetLines.append(std::move(line));
    }
    if (m_nextPlan == m_plans.size())
        std::vector<Row>().swap(m_rows); // the last plan's pieces are counted without the rows read for it
    return true;
}

} // namespace innoatlas
