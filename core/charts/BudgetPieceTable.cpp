#include "charts/BudgetPieceTable.h"

#include "charts/LineNesting.h"
#include "charts/StaleBudgetLines.h"
#include "store/BulkStatement.h"
#include "store/SqlQuery.h"
#include "store/SqliteHandle.h"
#include "store/Transaction.h"

#include <QHash>

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace innoatlas {

namespace {
/** What the pieces of one plan and split that count alike share: a chart adds them up whatever it shows. */
struct Alike
{
    int kind = 0;
    int funding = 0;
    bool hasYear = false;
    int year = 0;
    bool estimated = false;
    bool remainder = false;
    int sources = -1;

    bool operator==(const Alike &o) const
    {
        return kind == o.kind && funding == o.funding && hasYear == o.hasYear && year == o.year &&
               estimated == o.estimated && remainder == o.remainder && sources == o.sources;
    }
};

struct AlikeHash
{
    size_t operator()(const Alike &a) const
    {
        return qHashMulti(0, a.kind, a.funding, a.hasYear, a.year, a.estimated, a.remainder, a.sources);
    }
};

/** Pieces that count alike, summed: one row of budget_piece. */
struct Sum
{
    qint64 won = 0;
    qint64 lines = 0;
    qint64 smallestWon = 0;
    qint64 lineId = 0; ///< the line of the smallest piece (the smallest id among equals) stands for them
};

class Sums
{
public:
    void add(const Alike &alike, qint64 won, qint64 lineId)
    {
        Sum &sum = m_sums[alike];
        if (sum.lines == 0 || won < sum.smallestWon || (won == sum.smallestWon && lineId < sum.lineId)) {
            sum.smallestWon = won;
            sum.lineId = lineId;
        }
        sum.won += won;
        ++sum.lines;
    }

    /** The sums in the order of the index budget_piece_chart within one split and plan. */
    std::vector<std::pair<Alike, Sum>> inIndexOrder(const StaleBudgetLines &names) const
    {
        std::vector<std::pair<Alike, Sum>> sums(m_sums.cbegin(), m_sums.cend());
        auto text = [&names](int number) { return number < 0 ? QString() : names.text(number); };
        std::sort(sums.begin(), sums.end(), [&](const auto &x, const auto &y) {
            const Alike &a = x.first;
            const Alike &b = y.first;
            if (a.kind != b.kind)
                return text(a.kind) < text(b.kind);
            if (a.funding != b.funding)
                return text(a.funding) < text(b.funding);
            if (a.hasYear != b.hasYear || a.year != b.year)
                return std::pair(a.hasYear, a.year) < std::pair(b.hasYear, b.year);
            if (a.estimated != b.estimated)
                return a.estimated < b.estimated;
            if (a.remainder != b.remainder)
                return a.remainder < b.remainder;
            return text(a.sources) < text(b.sources);
        });
        return sums;
    }

private:
    std::unordered_map<Alike, Sum, AlikeHash> m_sums;
};

/** An insert of @p rows pieces in one statement. */
QByteArray insertStatement(int rows)
{
    QByteArray sql = "INSERT INTO budget_piece (plan_id, split, kind, funding, year, estimated, remainder, sources, "
                     "won, line_id, lines) VALUES ";
    for (int i = 0; i < rows; ++i)
        sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    return sql;
}

/**
 * Writes a plan's pieces summed: every line whole (split 0), per year (split 1) and the lines
 * without years (split 2). The pieces are summed as they are counted, never held one per line.
 */
class PieceWriter
{
public:
    /** Pieces per insert statement. */
    static constexpr int rowsPerInsert = 128;

    PieceWriter(const QSqlDatabase &database, const StaleBudgetLines &names)
        : m_names(names), m_delete(database, "DELETE FROM budget_piece WHERE plan_id = ?"),
          m_insertMany(database, insertStatement(rowsPerInsert).constData()),
          m_insertOne(database, insertStatement(1).constData())
    {
    }

    void write(qint64 planId, const StaleBudgetLines::PlanLines &plan)
    {
        m_delete.bind(planId).run();
        if (plan.lines.empty())
            return;
        const LineNesting nesting(plan.lines);
        auto alike = [&](int line) {
            Alike a;
            a.kind = plan.lines[size_t(line)].kind;
            a.funding = plan.lines[size_t(line)].funding;
            a.remainder = nesting.holdsOthers(line);
            a.sources = plan.sources[size_t(line)];
            return a;
        };
        Sums whole;
        for (int i = 0; i < int(plan.lines.size()); ++i)
            whole.add(alike(i), nesting.rest(i), plan.ids[size_t(i)]);
        add(planId, 0, whole);
        Sums years;
        Sums unplaced;
        nesting.forEachYearPiece([&](const LineNesting::YearPiece &piece) {
            Alike a = alike(piece.line);
            a.hasYear = piece.hasYear;
            a.year = piece.year;
            a.estimated = piece.estimated;
            (piece.hasYear ? years : unplaced).add(a, piece.won, plan.ids[size_t(piece.line)]);
        });
        add(planId, 1, years);
        add(planId, 2, unplaced);
    }

private:
    void add(qint64 planId, int split, const Sums &sums)
    {
        // In the index's order, the inserts append to the plan's part of budget_piece_chart instead of
        // touching pages all over it.
        const std::vector<std::pair<Alike, Sum>> rows = sums.inIndexOrder(m_names);
        // Many rows a statement: the CHECK (split IN (0, 1, 2)) builds a little table each time a
        // statement runs, which cost more than the rows themselves when each piece was one statement.
        size_t next = 0;
        for (; next + rowsPerInsert <= rows.size(); next += rowsPerInsert) {
            for (int i = 0; i < rowsPerInsert; ++i)
                bindRow(m_insertMany, planId, split, rows[next + size_t(i)]);
            m_insertMany.run();
        }
        for (; next < rows.size(); ++next) {
            bindRow(m_insertOne, planId, split, rows[next]);
            m_insertOne.run();
        }
    }

    void bindRow(BulkStatement &insert, qint64 planId, int split, const std::pair<Alike, Sum> &row)
    {
        const Alike &alike = row.first;
        insert.bind(planId).bind(qint64(split));
        insert.bindUtf8(utf8(alike.kind)).bindUtf8(utf8(alike.funding));
        if (alike.hasYear)
            insert.bind(qint64(alike.year));
        else
            insert.bindNull();
        insert.bind(qint64(alike.estimated)).bind(qint64(alike.remainder));
        insert.bindUtf8(utf8(alike.sources));
        insert.bind(row.second.won).bind(row.second.lineId).bind(row.second.lines);
    }

    /** The UTF-8 of a kind, funding or sources: the few there are are converted once. */
    QByteArray utf8(int number)
    {
        if (number < 0)
            return QByteArray();
        auto found = m_utf8.constFind(number);
        if (found == m_utf8.cend())
            found = m_utf8.insert(number, m_names.text(number).toUtf8());
        return *found;
    }

    const StaleBudgetLines &m_names;
    BulkStatement m_delete;
    BulkStatement m_insertMany;
    BulkStatement m_insertOne;
    QHash<int, QByteArray> m_utf8;
};

int store(const QSqlDatabase &database, const BudgetPieceTable::Progress &progress)
{
    // Every line of the stale plans in one read; their amounts' sources ride as each line's one quote key.
    StaleBudgetLines stale(database);
    const int total = stale.planCount();
    PieceWriter writer(database, stale);
    qint64 planId = 0;
    StaleBudgetLines::PlanLines plan;
    int count = 0;
    while (stale.next(&planId, &plan)) {
        writer.write(planId, plan);
        ++count;
        if (progress)
            progress(count, total);
    }
    BulkStatement::exec(database, "DELETE FROM budget_piece_stale");
    return count;
}
} // namespace

bool BudgetPieceTable::isFresh(const QSqlDatabase &database)
{
    return SqlQuery::scalar(database, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM budget_piece_stale)")).toBool();
}

int BudgetPieceTable::refresh(const QSqlDatabase &database, const Progress &progress)
{
    if (isFresh(database))
        return 0;
    Transaction transaction(database);
    const int count = store(database, progress);
    transaction.commit();
    return count;
}

int BudgetPieceTable::refreshWithin(const QSqlDatabase &database, Transaction &, const Progress &progress)
{
    if (!SqliteHandle::of(database) || isFresh(database))
        return 0;
    return store(database, progress);
}

} // namespace innoatlas
