#include "charts/StoredBudgetPieces.h"

#include "store/SqlQuery.h"

namespace innoatlas {

StoredBudgetPieces::StoredBudgetPieces(QSqlDatabase database) : m_database(std::move(database)) {}

const QVector<BudgetPiece> &StoredBudgetPieces::pieces(Split split, const QString &kind, const QString &planKey)
{
    static const QVector<BudgetPiece> none;
    const QString key = QString::number(int(split)) + QLatin1Char('/') + kind;
    auto read = m_read.find(key);
    if (read == m_read.end()) {
        PlanPieces pieces;
        this->read(split, kind, pieces);
        read = m_read.insert(key, std::move(pieces));
    }
    const auto plan = read->constFind(planKey);
    return plan == read->cend() ? none : *plan;
}

void StoredBudgetPieces::read(Split split, const QString &kind, PlanPieces &into)
{
    if (m_planKeys.isEmpty()) {
        SqlQuery plans(m_database, QStringLiteral("SELECT p.id, e.key, r.key FROM plan p JOIN entity e ON e.id = p.id "
                                                  "LEFT JOIN entity r ON r.id = p.region_id"));
        plans.exec();
        while (plans.next())
            m_planKeys.insert(plans.value(0).toLongLong(), {plans.value(1).toString(), plans.value(2).toString()});
    }
    // In the order of the index budget_piece_chart, which covers the query: no row of the table is read.
    SqlQuery query(m_database, QStringLiteral("SELECT plan_id, funding, year, estimated, remainder, sources, "
                                              "sum(won), sum(lines) FROM budget_piece WHERE split = ? AND kind = ? "
                                              "GROUP BY plan_id, funding, year, estimated, remainder, sources"));
    query.bind(int(split)).bind(kind).exec();
    ++m_queries;
    qint64 lastPlan = -1;
    QVector<BudgetPiece> *plan = nullptr;
    QPair<QString, QString> owner;
    QString lastSources;
    QStringList sourceKeys;
    while (query.next()) {
        const qint64 planId = query.value(0).toLongLong();
        if (planId != lastPlan) {
            lastPlan = planId;
            owner = m_planKeys.value(planId);
            plan = &into[owner.first];
        }
        BudgetPiece piece;
        piece.planKey = owner.first;
        piece.regionKey = owner.second;
        piece.funding = query.value(1).toString();
        piece.kind = kind;
        if (!query.value(2).isNull())
            piece.year = query.value(2).toInt();
        piece.estimated = query.value(3).toInt() != 0;
        piece.remainder = query.value(4).toInt() != 0;
        const QString sources = query.value(5).toString();
        if (sources != lastSources) {
            lastSources = sources;
            sourceKeys = sources.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
        piece.sourceKeys = sourceKeys;
        piece.won = query.value(6).toLongLong();
        piece.lines = query.value(7).toInt();
        plan->append(std::move(piece));
    }
}

} // namespace innoatlas
