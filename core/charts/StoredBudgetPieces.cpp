#include "charts/StoredBudgetPieces.h"

#include "store/BulkStatement.h"
#include "store/SqlQuery.h"
#include "store/SqliteHandle.h"

#include <optional>

namespace innoatlas {

StoredBudgetPieces::StoredBudgetPieces(QSqlDatabase database) : m_database(std::move(database)) {}

std::shared_ptr<StoredBudgetPieces> StoredBudgetPieces::over(std::shared_ptr<StoredBudgetPieces> shared)
{
    auto pieces = std::make_shared<StoredBudgetPieces>(shared->m_database);
    pieces->m_planKeys = shared->m_planKeys;
    pieces->m_shared = std::move(shared);
    return pieces;
}

QString StoredBudgetPieces::keyOf(Split split, const QString &kind)
{
    return QString::number(int(split)) + QLatin1Char('/') + kind;
}

const QVector<BudgetPiece> &StoredBudgetPieces::pieces(Split split, const QString &kind, const QString &planKey)
{
    static const QVector<BudgetPiece> none;
    const QString key = keyOf(split, kind);
    auto read = m_read.find(key);
    if (read == m_read.end()) {
        if (m_shared && m_shared->m_read.contains(key))
            return m_shared->pieces(split, kind, planKey);
        PlanPieces pieces;
        this->read(split, kind, pieces);
        for (QVector<BudgetPiece> &plan : pieces)
            plan.squeeze(); // read row by row, grown by half again each time: kept for as long as the data lasts
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
    ++m_queries;
    qint64 lastPlan = -1;
    QVector<BudgetPiece> *plan = nullptr;
    QPair<QString, QString> owner;
    QString lastSources;
    QStringList sourceKeys;
    const auto add = [&](qint64 planId, const QString &funding, std::optional<int> year, bool estimated, bool remainder,
                         const QString &sources, qint64 won, int lines) {
        if (planId != lastPlan) {
            lastPlan = planId;
            owner = m_planKeys.value(planId);
            plan = &into[owner.first];
        }
        BudgetPiece piece;
        piece.planKey = owner.first;
        piece.regionKey = owner.second;
        piece.funding = funding;
        piece.kind = kind;
        piece.year = year;
        piece.estimated = estimated;
        piece.remainder = remainder;
        if (sources != lastSources) {
            lastSources = sources;
            sourceKeys = sources.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
        piece.sourceKeys = sourceKeys;
        piece.won = won;
        piece.lines = lines;
        plan->append(std::move(piece));
    };
    // In the order of the index budget_piece_chart, which covers the query: no row of the table is read.
    const char *sql = "SELECT plan_id, funding, year, estimated, remainder, sources, sum(won), sum(lines) "
                      "FROM budget_piece WHERE split = ? AND kind = ? "
                      "GROUP BY plan_id, funding, year, estimated, remainder, sources";
    if (SqliteHandle::of(m_database)) {
        // A national database has tens of thousands of pieces: read without a QVariant a value (half of the time
        // the investment charts took to build), the texts turned into QString only when they change.
        BulkStatement query(m_database, sql);
        query.bind(int(split)).bind(kind);
        QByteArray fundingBytes, sourcesBytes;
        QString funding, sources;
        const auto text = [&query](int column, QByteArray &bytes, QString &value) {
            const QByteArrayView read = query.textAt(column);
            if (read != QByteArrayView(bytes) || value.isNull()) {
                bytes = read.toByteArray();
                value = QString::fromUtf8(read);
            }
        };
        while (query.next()) {
            text(1, fundingBytes, funding);
            text(5, sourcesBytes, sources);
            add(query.int64At(0), funding, query.isNullAt(2) ? std::nullopt : std::optional<int>(int(query.int64At(2))),
                query.int64At(3) != 0, query.int64At(4) != 0, sources, query.int64At(6), int(query.int64At(7)));
        }
        return;
    }
    SqlQuery query(m_database, QString::fromLatin1(sql));
    query.bind(int(split)).bind(kind).exec();
    while (query.next()) {
        add(query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).isNull() ? std::nullopt : std::optional<int>(query.value(2).toInt()),
            query.value(3).toInt() != 0, query.value(4).toInt() != 0, query.value(5).toString(),
            query.value(6).toLongLong(), query.value(7).toInt());
    }
}

} // namespace innoatlas
