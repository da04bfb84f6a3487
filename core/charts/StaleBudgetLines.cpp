#include "charts/StaleBudgetLines.h"

#include "store/BulkStatement.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>

namespace innoatlas {

namespace {
/** A kind or funding as read, and its index in the texts. */
struct Interned
{
    QByteArray bytes;
    int number;
};

/** The index of @p text in @p texts, added when new: a plan's lines share a handful of kinds and fundings. */
int internText(QVector<Interned> &interned, QStringList &texts, QByteArrayView text)
{
    for (const Interned &known : std::as_const(interned)) {
        if (known.bytes == text)
            return known.number;
    }
    texts.append(QString::fromUtf8(text));
    interned.append(Interned{text.toByteArray(), int(texts.size() - 1)});
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
    QVector<Interned> interned;
    QHash<qint64, int> bySource;  ///< one source's id → its index in m_texts
    QHash<QString, int> byJoined; ///< several sources' keys → the index
    QVarLengthArray<Quoted, 4> quoted;
    auto finishLine = [&] {
        if (m_planIds.empty() || quoted.isEmpty())
            return;
        int &sources = m_lines.sources.back();
        if (quoted.size() == 1) {
            const qint64 id = quoted.front().sourceId;
            auto found = bySource.constFind(id);
            if (found == bySource.cend()) {
                m_texts.append(sourceKeys.value(id));
                found = bySource.insert(id, int(m_texts.size() - 1));
            }
            sources = *found;
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
                m_texts.append(joined);
                found = byJoined.insert(joined, int(m_texts.size() - 1));
            }
            sources = *found;
        }
        quoted.clear();
    };
    while (lines.next()) {
        const qint64 lineId = lines.int64At(1);
        if (m_lines.ids.empty() || m_lines.ids.back() != lineId) {
            finishLine();
            LineNesting::Line line;
            line.kind = internText(interned, m_texts, lines.textAt(3));
            line.funding = internText(interned, m_texts, lines.textAt(4));
            const QString &funding = m_texts.at(line.funding);
            line.openFunding = funding == u"mixed" || funding == u"unknown";
            line.hasYears = !lines.isNullAt(5) && !lines.isNullAt(6);
            if (line.hasYears) {
                line.fromYear = int(lines.int64At(5));
                line.toYear = int(lines.int64At(6));
            }
            line.won = lines.int64At(7);
            m_planIds.push_back(lines.int64At(0));
            m_ordinals.push_back(lines.int64At(2));
            m_lines.lines.push_back(line);
            m_lines.ids.push_back(lineId);
            m_lines.sources.push_back(-1);
        }
        if (!lines.isNullAt(9))
            quoted.append(Quoted{lines.int64At(8), lines.int64At(9)});
    }
    finishLine();
    sortLines();
}

namespace {
/** @p column in the order @p order gives. */
template <typename T>
void reorder(std::vector<T> &column, const std::vector<int> &order)
{
    std::vector<T> sorted;
    sorted.reserve(column.size());
    for (const int i : order)
        sorted.push_back(column[size_t(i)]);
    column.swap(sorted);
}

/** Removes the first @p begin and everything from @p end on. */
template <typename T>
void keepRange(std::vector<T> &column, size_t begin, size_t end)
{
    column.resize(end);
    column.erase(column.begin(), column.begin() + qsizetype(begin));
}
} // namespace

void StaleBudgetLines::sortLines()
{
    const size_t count = m_planIds.size();
    auto before = [this](size_t a, size_t b) {
        return m_planIds[a] != m_planIds[b] ? m_planIds[a] < m_planIds[b] : m_ordinals[a] < m_ordinals[b];
    };
    // Lines written in list order are read in it: then there is nothing to sort.
    bool sorted = true;
    for (size_t i = 1; i < count && sorted; ++i)
        sorted = !before(i, i - 1);
    if (sorted)
        return;
    std::vector<int> order(count);
    for (size_t i = 0; i < count; ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return before(size_t(a), size_t(b)); });
    reorder(m_planIds, order);
    reorder(m_ordinals, order);
    reorder(m_lines.lines, order);
    reorder(m_lines.ids, order);
    reorder(m_lines.sources, order);
}

bool StaleBudgetLines::next(qint64 *planId, PlanLines *plan)
{
    if (m_nextPlan >= m_plans.size())
        return false;
    const qint64 id = m_plans.at(m_nextPlan++);
    *planId = id;
    while (m_nextRow < m_planIds.size() && m_planIds[m_nextRow] < id)
        ++m_nextRow;
    size_t end = m_nextRow;
    while (end < m_planIds.size() && m_planIds[end] == id)
        ++end;
    if (m_nextPlan == m_plans.size()) {
        // The last plan takes the columns themselves: a plan of a million lines is not held twice.
        keepRange(m_lines.lines, m_nextRow, end);
        keepRange(m_lines.ids, m_nextRow, end);
        keepRange(m_lines.sources, m_nextRow, end);
        *plan = std::move(m_lines);
        m_lines = PlanLines();
        std::vector<qint64>().swap(m_planIds);
        std::vector<qint64>().swap(m_ordinals);
        m_nextRow = 0;
        return true;
    }
    plan->lines.assign(m_lines.lines.begin() + qsizetype(m_nextRow), m_lines.lines.begin() + qsizetype(end));
    plan->ids.assign(m_lines.ids.begin() + qsizetype(m_nextRow), m_lines.ids.begin() + qsizetype(end));
    plan->sources.assign(m_lines.sources.begin() + qsizetype(m_nextRow), m_lines.sources.begin() + qsizetype(end));
    m_nextRow = end;
    return true;
}

} // namespace innoatlas
