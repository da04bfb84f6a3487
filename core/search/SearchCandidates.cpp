#include "search/SearchCandidates.h"

#include "search/HangulInitials.h"
#include "search/SearchIndexer.h"
#include "store/StoreError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace innoatlas {

namespace {
// Larger than any character: "key" <= term < "key" + U+10FFFF is every term beginning with key.
const QString afterAll = QString::fromUcs4(U"\U0010FFFF", 1);

qsizetype codePoints(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

/** An FTS5 phrase that is exactly @p text: inside double quotes only '"' is special, and it is doubled. */
QString phrase(const QString &column, QString text)
{
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return column + QLatin1String(" : \"") + text + QLatin1Char('"');
}
} // namespace

SearchCandidates::SearchCandidates(QSqlDatabase database, const SearchQuery &query, int cap)
    : m_database(std::move(database)), m_query(query), m_cap(cap)
{
}

QVector<SearchCandidate> SearchCandidates::run(const QString &source, const QString &condition,
                                               const QVariantList &values)
{
    const QString sql = QLatin1String("SELECT d.id, d.entity_id, e.key, e.kind, d.field, d.lang, d.tier, "
                                      "COALESCE(t.text, q.text, '') FROM ") +
                        source +
                        QLatin1String(" JOIN entity e ON e.id = d.entity_id "
                                      "LEFT JOIN localized_text t ON d.origin = 'text' AND t.entity_id = d.entity_id "
                                      "AND t.field = d.field AND t.lang = d.lang "
                                      "LEFT JOIN quote q ON d.origin = 'quote' AND q.id = d.entity_id ") +
                        condition;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StoreError(QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), sql));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        throw StoreError(QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), sql));
    QVector<SearchCandidate> rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toInt(), query.value(7).toString()});
    }
    return rows;
}

QVector<SearchCandidate> SearchCandidates::contained(const QString &column)
{
    const QString &key = m_query.indexKey();
    QVector<SearchCandidate> rows;
    if (codePoints(key) >= 3) {
        rows = run(QStringLiteral("(SELECT rowid AS id FROM search_fts WHERE search_fts MATCH ? LIMIT ?) c "
                                  "JOIN search_doc d ON d.id = c.id"),
                   QString(), {phrase(column, key), m_cap});
    } else {
        // A trigram index cannot answer one or two characters, and LIKE on it misses short Korean
        // matches in SQLite 3.40; the occurrences of the trigrams that begin with the key can.
        rows = run(QStringLiteral("(SELECT DISTINCT doc AS id FROM search_vocab "
                                  "WHERE term >= ? AND term < ? AND col = ? LIMIT ?) c "
                                  "JOIN search_doc d ON d.id = c.id"),
                   QString(), {key, key + afterAll, column, m_cap});
    }
    if (rows.size() >= m_cap)
        m_capped = true;
    return rows;
}

QVector<SearchCandidate> SearchCandidates::fetch(Stage stage)
{
    const bool initials = m_query.initialConsonants();
    switch (stage) {
    case Stage::Prefix: {
        const QString key = initials ? HangulInitials::initials(m_query.text()).left(SearchIndexer::prefixLength)
                                     : SearchIndexer::prefixOf(m_query.text());
        const QString column = initials ? QStringLiteral("d.iprefix") : QStringLiteral("d.prefix");
        QVector<SearchCandidate> rows =
            run(QStringLiteral("search_doc d"),
                QStringLiteral("WHERE d.tier = 0 AND %1 >= ? AND %1 < ? LIMIT ?").arg(column),
                {key, key + afterAll, m_cap});
        if (rows.size() >= m_cap)
            m_capped = true;
        return rows;
    }
    case Stage::Head:
        return contained(initials ? QStringLiteral("ihead") : QStringLiteral("head"));
    case Stage::Body:
        return contained(initials ? QStringLiteral("ibody") : QStringLiteral("body"));
    case Stage::Pending:
        return run(QStringLiteral("search_doc d"), QStringLiteral("WHERE d.indexed = 0"), {});
    }
    return {};
}

} // namespace innoatlas
