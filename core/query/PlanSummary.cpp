#include "query/PlanSummary.h"

#include "store/SqlQuery.h"

namespace innoatlas {

namespace {
ReviewStatus statusOf(const QVariant &name)
{
    ReviewStatus status = ReviewStatus::Missing;
    parseReviewStatus(name.toString(), &status);
    return status;
}

LocalizedText textAt(const SqlQuery &query, int column)
{
    LocalizedText text;
    text.ko = query.value(column).toString();
    text.koStatus = statusOf(query.value(column + 1));
    text.en = query.value(column + 2).toString();
    text.enStatus = statusOf(query.value(column + 3));
    return text;
}
} // namespace

QVector<PlanSummaryRow> PlanSummary::query(const QSqlDatabase &database, const QString &condition, qint64 id,
                                           qint64 limit)
{
    // With a limit, the first plans are chosen by their ids alone and only they are joined to their
    // texts: the whole country's two thousand plans are not all joined to be sorted for a page of them.
    QString from = QStringLiteral("plan p");
    if (limit >= 0) {
        from = QStringLiteral("(SELECT p.id AS id FROM plan p JOIN region r ON r.id = p.region_id");
        if (!condition.isEmpty())
            from += QStringLiteral(" WHERE ") + condition;
        from += QStringLiteral(" ORDER BY r.ordinal, p.ordinal LIMIT ") + QString::number(limit) +
                QStringLiteral(") pick JOIN plan p ON p.id = pick.id");
    }
    QString sql = QStringLiteral(R"(
        SELECT pe.key, re.key,
               rk.text, rk.status, rn.text, rn.status,
               tk.text, tk.status, tn.text, tn.status,
               p.announced, p.announced_precision, p.period_from, p.period_to, p.headline_budget
        FROM %1
        JOIN entity pe ON pe.id = p.id
        JOIN region r ON r.id = p.region_id
        JOIN entity re ON re.id = r.id
        LEFT JOIN localized_text rk ON rk.entity_id = r.id AND rk.field = 'name' AND rk.lang = 'ko'
        LEFT JOIN localized_text rn ON rn.entity_id = r.id AND rn.field = 'name' AND rn.lang = 'en'
        LEFT JOIN localized_text tk ON tk.entity_id = p.id AND tk.field = 'title' AND tk.lang = 'ko'
        LEFT JOIN localized_text tn ON tn.entity_id = p.id AND tn.field = 'title' AND tn.lang = 'en'
        )")
                      .arg(from);
    if (!condition.isEmpty() && limit < 0)
        sql += QStringLiteral(" WHERE ") + condition;
    sql += QStringLiteral(" ORDER BY r.ordinal, p.ordinal");
    SqlQuery query(database, sql);
    if (!condition.isEmpty())
        query.bind(id);
    query.exec();
    QVector<PlanSummaryRow> rows;
    while (query.next()) {
        PlanSummaryRow row;
        row.planKey = query.value(0).toString();
        row.regionKey = query.value(1).toString();
        row.region = textAt(query, 2);
        row.title = textAt(query, 6);
        DatePrecision precision;
        if (!query.value(10).isNull() && parseDatePrecision(query.value(11).toString(), &precision))
            row.announced = PartialDate::parse(query.value(10).toString(), precision);
        if (!query.value(12).isNull())
            row.periodFrom = query.value(12).toInt();
        if (!query.value(13).isNull())
            row.periodTo = query.value(13).toInt();
        if (!query.value(14).isNull())
            row.headlineBudget = query.value(14).toLongLong();
        rows.append(row);
    }
    return rows;
}

} // namespace innoatlas
