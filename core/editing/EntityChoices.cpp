#include "editing/EntityChoices.h"

#include "store/SqlQuery.h"

namespace innoatlas {

QVector<EntityChoice> EntityChoices::ofKinds(const QSqlDatabase &database, const QStringList &kinds)
{
    QStringList quoted;
    for (const QString &kind : kinds)
        quoted << QLatin1Char('\'') + QString(kind).remove(QLatin1Char('\'')) + QLatin1Char('\'');
    const QString where = kinds.isEmpty() ? QString() : QStringLiteral(" WHERE e.kind IN (%1)").arg(quoted.join(','));
    // The most prominent text of each entity: name, title, label or metric, in each language.
    SqlQuery query(database,
                   QStringLiteral("SELECT e.id, e.key, e.kind, "
                                  "(SELECT text FROM localized_text t WHERE t.entity_id = e.id AND t.lang = 'ko' AND "
                                  "t.field IN ('name', 'title', 'label', 'metric') AND t.text <> '' ORDER BY "
                                  "t.field = 'metric', t.field = 'label', t.field = 'title' LIMIT 1), "
                                  "(SELECT text FROM localized_text t WHERE t.entity_id = e.id AND t.lang = 'en' AND "
                                  "t.field IN ('name', 'title', 'label', 'metric') AND t.text <> '' ORDER BY "
                                  "t.field = 'metric', t.field = 'label', t.field = 'title' LIMIT 1) "
                                  "FROM entity e%1 ORDER BY e.key")
                       .arg(where));
    query.exec();
    QVector<EntityChoice> choices;
    while (query.next())
        choices.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString()});
    return choices;
}

QVector<EntityChoice> EntityChoices::quotesOf(const QSqlDatabase &database, qint64 sourceId)
{
    SqlQuery query(database, QStringLiteral("SELECT e.id, e.key, q.text FROM quote q JOIN entity e ON e.id = q.id "
                                            "WHERE q.source_id = ? ORDER BY q.ordinal"));
    query.bind(sourceId).exec();
    QVector<EntityChoice> choices;
    while (query.next())
        choices.append({query.value(0).toLongLong(), query.value(1).toString(), QStringLiteral("quote"),
                        query.value(2).toString(), query.value(2).toString()});
    return choices;
}

qint64 EntityChoices::sourceOf(const QSqlDatabase &database, qint64 quoteId)
{
    SqlQuery query(database, QStringLiteral("SELECT source_id FROM quote WHERE id = ?"));
    query.bind(quoteId).exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace innoatlas
