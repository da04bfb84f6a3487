#include "search/AmountSearch.h"

#include "money/MoneyFormatter.h"
#include "store/SqlQuery.h"

#include <algorithm>
#include <limits>

namespace innoatlas {

namespace {
/** A column of amounts in won: which table, which value, which text labels it. */
struct Column
{
    QLatin1String field;
    QLatin1String table;
    QLatin1String value;
    QLatin1String label;
    QLatin1String condition;
};

const Column columns[] = {
    {QLatin1String("amount"), QLatin1String("budget_line"), QLatin1String("x.amount"), QLatin1String("label"),
     QLatin1String("")},
    {QLatin1String("headline_budget"), QLatin1String("plan"), QLatin1String("x.headline_budget"),
     QLatin1String("title"), QLatin1String("")},
    // Won targets keep their values as decimal text; migration 002 indexes them as integers.
    {QLatin1String("target_value"), QLatin1String("target"), QLatin1String("CAST(x.target_value AS INTEGER)"),
     QLatin1String("metric"), QLatin1String("x.unit = 'won' AND")},
    {QLatin1String("baseline_value"), QLatin1String("target"), QLatin1String("CAST(x.baseline_value AS INTEGER)"),
     QLatin1String("metric"), QLatin1String("x.unit = 'won' AND")},
};

QString statement(const Column &column)
{
    return QStringLiteral("SELECT e.id, e.key, e.kind, %1, "
                          "(SELECT text FROM localized_text WHERE entity_id = e.id AND field = '%2' AND lang = 'ko'), "
                          "(SELECT text FROM localized_text WHERE entity_id = e.id AND field = '%2' AND lang = 'en') "
                          "FROM %3 x JOIN entity e ON e.id = x.id WHERE %4 %1 BETWEEN ? AND ? "
                          "ORDER BY %1 = ? DESC, x.ordinal LIMIT ?")
        .arg(column.value, column.label, column.table, column.condition);
}
} // namespace

AmountSearch::AmountSearch(QSqlDatabase database, QString language)
    : m_database(std::move(database)), m_language(std::move(language))
{
}

QVector<AmountSearch::Found> AmountSearch::find(qint64 won, int limit) const
{
    QVector<Found> found;
    if (won < 0 || limit <= 0)
        return found;
    const qint64 margin = tolerance(won);
    const qint64 low = won - margin;
    const qint64 high =
        won > std::numeric_limits<qint64>::max() - margin ? std::numeric_limits<qint64>::max() : won + margin;
    const bool korean = !m_language.startsWith(QLatin1String("en"));
    for (const Column &column : columns) {
        SqlQuery query(m_database, statement(column));
        query.bind(low).bind(high).bind(won).bind(limit).exec();
        while (query.next()) {
            Found item;
            item.entityId = query.value(0).toLongLong();
            SearchHit &hit = item.hit;
            hit.entityKey = query.value(1).toString();
            hit.entityKind = query.value(2).toString();
            hit.field = column.field;
            hit.language = korean ? QStringLiteral("ko") : QStringLiteral("en");
            hit.amountWon = query.value(3).toLongLong();
            hit.approximate = hit.amountWon != won;
            QString label = query.value(korean ? 4 : 5).toString();
            if (label.isEmpty())
                label = query.value(korean ? 5 : 4).toString();
            const QString amount =
                korean ? MoneyFormatter::formatKorean(hit.amountWon) : MoneyFormatter::formatEnglish(hit.amountWon);
            hit.text = label.isEmpty() ? amount : label + QStringLiteral(" · ") + amount;
            hit.matches.append({int(hit.text.size() - amount.size()), int(amount.size())});
            found.append(item);
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Found &a, const Found &b) { return !a.hit.approximate && b.hit.approximate; });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

} // namespace innoatlas
