#include "charts/BudgetPieceTable.h"

#include "charts/BudgetAllocation.h"
#include "charts/StaleBudgetLines.h"
#include "store/BulkStatement.h"
#include "store/SqlQuery.h"
#include "store/SqliteHandle.h"
#include "store/Transaction.h"

#include <algorithm>

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

class PieceWriter
{
public:
    explicit PieceWriter(const QSqlDatabase &database)
        : m_delete(database, "DELETE FROM budget_piece WHERE plan_id = ?"),
          m_insert(database, "INSERT INTO budget_piece (plan_id, split, kind, funding, year, estimated, remainder, "
                             "sources, won, line_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
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
        add(planId, 2, std::move(unplaced));
    }

private:
    void add(qint64 planId, int split, QVector<BudgetPiece> pieces)
    {
        // In the index's order, the inserts append to the plan's part of budget_piece_chart instead of
        // touching pages all over it: a plan of a million lines no longer outgrows the page cache.
        std::sort(pieces.begin(), pieces.end(), indexOrder);
        QByteArray kind;
        QByteArray funding;
        QByteArray sources;
        const QString *lastKind = nullptr;
        const QString *lastFunding = nullptr;
        const QString *lastSources = nullptr;
        auto utf8 = [](const QString &text, const QString *&last, QByteArray &bytes) {
            if (!last || *last != text) {
                bytes = text.toUtf8();
                last = &text;
            }
            return bytes;
        };
        static const QString none;
        for (const BudgetPiece &piece : std::as_const(pieces)) {
            m_insert.bind(planId).bind(qint64(split));
            m_insert.bindUtf8(utf8(piece.kind, lastKind, kind)).bindUtf8(utf8(piece.funding, lastFunding, funding));
            if (piece.year)
                m_insert.bind(qint64(*piece.year));
            else
                m_insert.bindNull();
            m_insert.bind(qint64(piece.estimated)).bind(qint64(piece.remainder));
            const QString &keys = piece.quoteKeys.isEmpty() ? none : piece.quoteKeys.constFirst();
            m_insert.bindUtf8(utf8(keys, lastSources, sources)).bind(piece.won).bind(piece.lineKey.toLongLong());
            m_insert.run();
        }
    }

    BulkStatement m_delete;
    BulkStatement m_insert;
};

int store(const QSqlDatabase &database, const BudgetPieceTable::Progress &progress)
{
    // Every line of the stale plans in one read; their amounts' sources ride as each line's one quote key.
    StaleBudgetLines stale(database);
    const int total = stale.planCount();
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
