#include "query/DatabaseStatistics.h"

#include "store/ReadOnlyConnection.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"

namespace innoatlas {

DatabaseCounts DatabaseStatistics::query(const QSqlDatabase &database)
{
    DatabaseCounts result = counts(database);
    addReview(database, &result);
    return result;
}

DatabaseCounts DatabaseStatistics::counts(const QSqlDatabase &database)
{
    DatabaseCounts counts;
    SqlQuery query(database,
                   QStringLiteral("SELECT (SELECT count(DISTINCT region_id) FROM plan), (SELECT count(*) FROM plan), "
                                  "(SELECT count(*) FROM element), (SELECT count(*) FROM budget_line), "
                                  "(SELECT count(*) FROM target), (SELECT count(*) FROM event), "
                                  "(SELECT count(*) FROM source), (SELECT count(*) FROM quote)"));
    query.exec();
    if (query.next()) {
        counts.regions = query.value(0).toInt();
        counts.plans = query.value(1).toInt();
        counts.elements = query.value(2).toInt();
        counts.budgetLines = query.value(3).toInt();
        counts.targets = query.value(4).toInt();
        counts.events = query.value(5).toInt();
        counts.sources = query.value(6).toInt();
        counts.quotes = query.value(7).toInt();
    }
    return counts;
}

void DatabaseStatistics::addReview(const QSqlDatabase &database, DatabaseCounts *counts)
{
    // One row per (entity, field): a field counts once, with the status of each language.
    SqlQuery fields(database,
                    QStringLiteral("SELECT count(*), "
                                   "sum(CASE WHEN ko_status IN ('reviewed', 'approved') THEN 1 ELSE 0 END), "
                                   "sum(CASE WHEN en_status IN ('reviewed', 'approved') THEN 1 ELSE 0 END) FROM ("
                                   "SELECT max(CASE WHEN lang = 'ko' THEN status END) AS ko_status, "
                                   "max(CASE WHEN lang = 'en' THEN status END) AS en_status "
                                   "FROM localized_text GROUP BY entity_id, field "
                                   "HAVING max(CASE WHEN text <> '' THEN 1 ELSE 0 END) = 1) AS per_field"));
    fields.exec();
    if (fields.next()) {
        counts->contentFields = fields.value(0).toInt();
        counts->reviewedKo = fields.value(1).toInt();
        counts->reviewedEn = fields.value(2).toInt();
    }
    counts->reviewCounted = true;
}

bool DatabaseStatistics::queryFile(const QString &path, const std::function<void(const DatabaseCounts &)> &report)
{
    const ReadOnlyConnection reader(path);
    if (!reader.isOpen())
        return false;
    try {
        DatabaseCounts result = counts(reader.connection());
        report(result);
        addReview(reader.connection(), &result);
        report(result);
        return true;
    } catch (const StoreError &) {
        return false;
    }
}

} // namespace innoatlas
