#include "charts/BudgetPieceTable.h"

#include "charts/BudgetAllocation.h"
#include "query/QueryText.h"
#include "store/BulkStatement.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"

#include <QHash>

namespace innoatlas {

namespace {
/** The lines of one stale plan as BudgetAllocation reads them: a line's key is its id. */
struct StalePlan
{
    qint64 id = 0;
    Plan plan;
    QHash<qint64, QByteArray> sources; ///< line id → its sources' keys, one per line of text
};

QByteArray distinctLines(const QString &joined)
{
    QStringList keys;
    for (const QString &key : joined.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!keys.contains(key))
            keys << key;
    }
    return keys.join(QLatin1Char('\n')).toUtf8();
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

    void write(const StalePlan &stale)
    {
        m_delete.bind(stale.id).run();
        QVector<BudgetPiece> unplaced;
        const QVector<BudgetPiece> years = BudgetAllocation::yearPieces(stale.plan, &unplaced);
        add(stale, 0, BudgetAllocation::wholePieces(stale.plan));
        add(stale, 1, years);
        add(stale, 2, unplaced);
    }

private:
    void add(const StalePlan &stale, int split, const QVector<BudgetPiece> &pieces)
    {
        for (const BudgetPiece &piece : pieces) {
            const qint64 lineId = piece.lineKey.toLongLong();
            m_insert.bind(stale.id).bind(qint64(split)).bind(piece.kind).bind(piece.funding);
            if (piece.year)
                m_insert.bind(qint64(*piece.year));
            else
                m_insert.bindNull();
            m_insert.bind(qint64(piece.estimated)).bind(qint64(piece.remainder));
            m_insert.bindUtf8(stale.sources.value(lineId)).bind(piece.won).bind(lineId).run();
        }
    }

    BulkStatement m_delete;
    BulkStatement m_insert;
};
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
    const int total = SqlQuery::scalar(database, QStringLiteral("SELECT count(*) FROM budget_piece_stale")).toInt();
    // The lines of every stale plan in plan and list order, each with the sources of its amount's quotes.
    SqlQuery lines(database,
                   QStringLiteral("SELECT s.plan_id, b.id, b.kind, b.funding, b.from_year, b.to_year, b.amount, "
                                  "(SELECT group_concat(k, char(10)) FROM (SELECT e.key AS k FROM figure f "
                                  "JOIN figure_quote fq ON fq.figure_id = f.id JOIN quote q ON q.id = fq.quote_id "
                                  "JOIN entity e ON e.id = q.source_id WHERE f.owner_id = b.id AND f.field = 'amount' "
                                  "ORDER BY fq.ordinal)) "
                                  "FROM budget_piece_stale s LEFT JOIN budget_line b ON b.plan_id = s.plan_id "
                                  "ORDER BY s.plan_id, b.ordinal"));
    lines.exec();
    PieceWriter writer(database);
    StalePlan stale;
    int count = 0;
    auto flush = [&] {
        if (stale.id != 0) {
            writer.write(stale);
            ++count;
            if (progress)
                progress(count, total);
        }
    };
    while (lines.next()) {
        const qint64 planId = lines.value(0).toLongLong();
        if (planId != stale.id) {
            flush();
            stale = StalePlan{};
            stale.id = planId;
        }
        if (lines.value(1).isNull())
            continue; // a plan without lines, or one deleted since it was marked
        BudgetLine line;
        const qint64 lineId = lines.value(1).toLongLong();
        line.key = QString::number(lineId);
        line.kind = lines.value(2).toString();
        line.funding = lines.value(3).toString();
        line.fromYear = QueryText::optionalInt(lines.value(4));
        line.toYear = QueryText::optionalInt(lines.value(5));
        line.amount.won = lines.value(6).toLongLong();
        const QString sources = lines.value(7).toString();
        if (!sources.isEmpty())
            stale.sources.insert(lineId, distinctLines(sources));
        stale.plan.budgetLines.append(std::move(line));
    }
    flush();
    SqlQuery::run(database, QStringLiteral("DELETE FROM budget_piece_stale"));
    transaction.commit();
    return count;
}

} // namespace innoatlas
