#include "charts/BudgetPieceTable.h"

#include "charts/BudgetAllocation.h"
#include "charts/StaleBudgetLines.h"
#include "store/BulkStatement.h"
#include "store/SqlQuery.h"
#include "store/SqliteHandle.h"
#include "store/Transaction.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace innoatlas {

namespace {
/** The order of the index budget_piece_chart within one split and plan. */
bool indexOrder(const BudgetPiece &a, const BudgetPiece &b)
{
    if (a.kind != b.kind)
        return a.kind < b.kind;
    if (a.funding != b.funding)
        return a.funding < b.funding;
    if (a.year != b.year)
        return a.year < b.year;
    if (a.estimated != b.estimated)
        return a.estimated < b.estimated;
    if (a.remainder != b.remainder)
        return a.remainder < b.remainder;
    const QString &sa = a.quoteKeys.isEmpty() ? QString() : a.quoteKeys.constFirst();
    const QString &sb = b.quoteKeys.isEmpty() ? QString() : b.quoteKeys.constFirst();
    if (sa != sb)
        return sa < sb;
    return a.won < b.won;
}

/** Whether two pieces of one plan and split count alike: a chart adds them up whatever it shows. */
bool countAlike(const BudgetPiece &a, const BudgetPiece &b)
{
    const QString &sa = a.quoteKeys.isEmpty() ? QString() : a.quoteKeys.constFirst();
    const QString &sb = b.quoteKeys.isEmpty() ? QString() : b.quoteKeys.constFirst();
    return a.kind == b.kind && a.funding == b.funding && a.year == b.year && a.estimated == b.estimated &&
           a.remainder == b.remainder && sa == sb;
}

/** An insert of @p rows pieces in one statement. */
QByteArray insertStatement(int rows)
{
    QByteArray sql = "INSERT INTO budget_piece (plan_id, split, kind, funding, year, estimated, remainder, sources, "
                     "won, line_id, lines) VALUES ";
    for (int i = 0; i < rows; ++i)
        sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    return sql;
}

class PieceWriter
{
public:
    /** Pieces per insert statement. */
    static constexpr int rowsPerInsert = 128;

    explicit PieceWriter(const QSqlDatabase &database)
        : m_delete(database, "DELETE FROM budget_piece WHERE plan_id = ?"),
          m_insertMany(database, insertStatement(rowsPerInsert).constData()),
          m_insertOne(database, insertStatement(1).constData())
    {
    }

    void write(qint64 planId, const Plan &plan)
    {
        m_delete.bind(planId).run();
        if (plan.budgetLines.isEmpty())
            return;
        add(planId, 0, BudgetAllocation::wholePieces(plan));
        QVector<BudgetPiece> unplaced;
        add(planId, 1, BudgetAllocation::yearPieces(plan, &unplaced));
        add(planId, 2, unplaced);
    }

private:
    void add(qint64 planId, int split, const QVector<BudgetPiece> &pieces)
    {
        // In the index's order, the inserts append to the plan's part of budget_piece_chart instead of
        // touching pages all over it: a plan of a million lines no longer outgrows the page cache.
        std::vector<const BudgetPiece *> order;
        order.reserve(pieces.size());
        for (const BudgetPiece &piece : pieces)
            order.push_back(&piece);
        std::sort(order.begin(), order.end(),
                  [](const BudgetPiece *a, const BudgetPiece *b) { return indexOrder(*a, *b); });
        // Pieces that count alike are next to each other now: one row holds their sum and how many
        // lines they are (the first line's id stands for them).
        std::vector<Group> groups;
        groups.reserve(order.size());
        for (const BudgetPiece *piece : order) {
            if (!groups.empty() && countAlike(*groups.back().first, *piece)) {
                groups.back().won += piece->won;
                ++groups.back().lines;
            } else {
                groups.push_back(Group{piece, piece->won, 1});
            }
        }
        // Many rows a statement: the CHECK (split IN (0, 1, 2)) builds a little table each time a
        // statement runs, which cost more than the rows themselves when each piece was one statement.
        size_t next = 0;
        for (; next + rowsPerInsert <= groups.size(); next += rowsPerInsert) {
            for (int i = 0; i < rowsPerInsert; ++i)
                bindGroup(m_insertMany, planId, split, groups[next + size_t(i)]);
            m_insertMany.run();
        }
        for (; next < groups.size(); ++next) {
            bindGroup(m_insertOne, planId, split, groups[next]);
            m_insertOne.run();
        }
    }

    /** Pieces of one plan and split that count alike, summed. */
    struct Group
    {
        const BudgetPiece *first;
        qint64 won;
        qint64 lines;
    };

    void bindGroup(BulkStatement &insert, qint64 planId, int split, const Group &group)
    {
        const BudgetPiece &piece = *group.first;
        insert.bind(planId).bind(qint64(split));
        insert.bindUtf8(utf8(piece.kind)).bindUtf8(utf8(piece.funding));
        if (piece.year)
            insert.bind(qint64(*piece.year));
        else
            insert.bindNull();
        insert.bind(qint64(piece.estimated)).bind(qint64(piece.remainder));
        insert.bindUtf8(utf8(piece.quoteKeys.isEmpty() ? QString() : piece.quoteKeys.constFirst()));
        insert.bind(group.won).bind(piece.lineKey.toLongLong()).bind(group.lines);
    }

    /** The UTF-8 of a kind, funding or sources: the few there are are converted once. */
    QByteArray utf8(const QString &text)
    {
        auto found = m_utf8.constFind(text);
        if (found == m_utf8.cend())
            found = m_utf8.insert(text, text.toUtf8());
        return *found;
    }

    BulkStatement m_delete;
    BulkStatement m_insertMany;
    BulkStatement m_insertOne;
    QHash<QString, QByteArray> m_utf8;
};

/**
 * Skips the CHECK constraints of the connection while it lives. SQLite evaluates a CHECK of the form
 * x IN (a, b, c) by building a small table for every row inserted (budget_piece.split), which cost a
 * third of storing a piece; the pieces are made by BudgetAllocation here, not typed in, so their
 * values hold by construction. Statements prepared meanwhile are prepared again afterwards (SQLite
 * expires them when the setting changes), so no other write goes unchecked.
 */
class UncheckedPieces
{
public:
    explicit UncheckedPieces(const QSqlDatabase &database) : m_database(database)
    {
        m_was = SqlQuery::scalar(m_database, QStringLiteral("PRAGMA ignore_check_constraints")).toBool();
        if (!m_was)
            BulkStatement::exec(m_database, "PRAGMA ignore_check_constraints = ON");
    }
    ~UncheckedPieces()
    {
        if (!m_was)
            sqlite3_exec(SqliteHandle::of(m_database), "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr,
                         nullptr);
    }
    UncheckedPieces(const UncheckedPieces &) = delete;
    UncheckedPieces &operator=(const UncheckedPieces &) = delete;

private:
    QSqlDatabase m_database;
    bool m_was = false;
};

int store(const QSqlDatabase &database, const BudgetPieceTable::Progress &progress)
{
    // Every line of the stale plans in one read; their amounts' sources ride as each line's one quote key.
    StaleBudgetLines stale(database);
    const int total = stale.planCount();
    const UncheckedPieces unchecked(database);
    PieceWriter writer(database);
    qint64 planId = 0;
    Plan plan;
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
