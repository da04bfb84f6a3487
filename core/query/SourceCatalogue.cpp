#include "query/SourceCatalogue.h"

#include "query/QueryText.h"
#include "store/SqlQuery.h"

namespace innoatlas {

using namespace QueryText;

QVector<SourceEntry> SourceCatalogue::query(const QSqlDatabase &database)
{
    SqlQuery query(database,
                   QStringLiteral("SELECT e.key, s.kind, s.published, s.published_precision, s.language, s.seed_file, "
                                  "s.url, (SELECT count(*) FROM quote q WHERE q.source_id = s.id), ") +
                       textColumns(QStringLiteral("pb")) + QStringLiteral(", ") + textColumns(QStringLiteral("tt")) +
                       QStringLiteral(" FROM source s JOIN entity e ON e.id = s.id ") +
                       textJoins(QStringLiteral("pb"), QStringLiteral("s.id"), QStringLiteral("publisher")) +
                       textJoins(QStringLiteral("tt"), QStringLiteral("s.id"), QStringLiteral("title")) +
                       QStringLiteral(" ORDER BY s.ordinal"));
    query.exec();
    QVector<SourceEntry> result;
    while (query.next()) {
        SourceEntry entry;
        entry.key = query.value(0).toString();
        entry.kind = query.value(1).toString();
        entry.published = readDate(query.value(2), query.value(3));
        entry.language = query.value(4).toString();
        entry.seedFile = query.value(5).toString();
        entry.url = query.value(6).toString();
        entry.quotes = query.value(7).toInt();
        entry.publisher = readText(query, 8);
        entry.title = readText(query, 12);
        result.append(entry);
    }
    return result;
}

} // namespace innoatlas
