#include "search/SearchCandidates.h"

#include "search/HangulInitials.h"
#include "search/SearchIndexer.h"
#include "store/SqlDialect.h"
#include "store/StoreError.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace innoatlas {

namespace {
// Larger than any character: "key" <= term < "key" + U+10FFFF is every term beginning with key.
const QString afterAll = QString::fromUcs4(U"\U0010FFFF", 1);
const QString padding = SearchIndexer::columnValue(QString());
constexpr int maxPhraseLength = 48;

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

QSqlQuery prepared(const QSqlDatabase &database, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(database);
    query.setForwardOnly(!SqlDialect::isPostgres(database)); // see SqlQuery
    if (!query.prepare(SqlDialect::translate(SqlDialect::of(database), sql)))
        throw StoreError(QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), sql));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        throw StoreError(QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), sql));
    return query;
}
} // namespace

SearchCandidates::SearchCandidates(QSqlDatabase database, const SearchQuery &query, int cap, bool indexCurrent)
    : m_database(std::move(database)), m_query(query), m_cap(cap), m_indexCurrent(indexCurrent)
{
}

QVector<SearchCandidate> SearchCandidates::run(const QString &sql, const QVariantList &values, bool capped)
{
    QSqlQuery query = prepared(m_database, sql, values);
    QVector<SearchCandidate> rows;
    while (query.next()) {
        SearchCandidate row;
        row.docId = query.value(0).toLongLong();
        row.tier = query.value(1).toInt();
        row.text = query.value(2).toString();
        if (row.text.endsWith(padding))
            row.text.chop(padding.size());
        rows.append(row);
    }
    if (capped && rows.size() >= m_cap)
        m_capped = true;
    return rows;
}

QVector<SearchCandidate> SearchCandidates::contained(const QString &indexColumn, const QString &textColumn)
{
    // A phrase of a few dozen characters is rare enough; a longer one only makes FTS5 read more doclists.
    QString key = m_query.indexKey().left(maxPhraseLength);
    if (!key.isEmpty() && key.back().isHighSurrogate())
        key.chop(1);
    // Until the next sync() the index still holds the texts deleted since the last one.
    const auto current = [this](const QString &rowid) {
        return m_indexCurrent ? QString() : QStringLiteral(" AND %1 NOT IN (SELECT id FROM search_gone)").arg(rowid);
    };
    if (codePoints(key) >= 3) {
        return run(QStringLiteral("SELECT rowid, tier, %1 FROM search_fts WHERE search_fts MATCH ?%2 LIMIT ?")
                       .arg(textColumn, current(QStringLiteral("rowid"))),
                   {phrase(indexColumn, key), m_cap}, true);
    }
    // A trigram index cannot answer one or two characters, and LIKE on it misses short Korean matches
    // in SQLite 3.40; the occurrences of the trigrams that begin with the key can.
    return run(QStringLiteral("SELECT f.rowid, f.tier, f.%1 FROM (SELECT DISTINCT doc AS id FROM search_vocab "
                              "WHERE term >= ? AND term < ? AND col = ? LIMIT ?) c "
                              "JOIN search_fts f ON f.rowid = c.id WHERE 1%2")
                   .arg(textColumn, current(QStringLiteral("f.rowid"))),
               {key, key + afterAll, indexColumn, m_cap}, true);
}

QVector<SearchCandidate> SearchCandidates::fetch(Stage stage)
{
    const bool initials = m_query.initialConsonants();
    // Without FTS5 (PostgreSQL) only the scan of the listed texts answers.
    if (stage != Stage::Pending && SqlDialect::isPostgres(m_database))
        return {};
    switch (stage) {
    case Stage::Prefix: {
        const QString key = initials ? HangulInitials::initials(m_query.text()).left(SearchIndexer::prefixLength)
                                     : SearchIndexer::prefixOf(m_query.text());
        return run(QStringLiteral("SELECT d.id, d.tier, f.head FROM search_doc d JOIN search_fts f ON f.rowid = d.id "
                                  "WHERE d.tier = 0 AND d.%1 >= ? AND d.%1 < ? LIMIT ?")
                       .arg(initials ? QStringLiteral("iprefix") : QStringLiteral("prefix")),
                   {key, key + afterAll, m_cap}, true);
    }
    case Stage::Head:
        return contained(initials ? QStringLiteral("ihead") : QStringLiteral("head"), QStringLiteral("head"));
    case Stage::Body:
        return contained(initials ? QStringLiteral("ibody") : QStringLiteral("body"), QStringLiteral("body"));
    case Stage::Pending: {
        QSqlQuery query = prepared(m_database,
                                   QStringLiteral("SELECT d.id, d.tier, COALESCE(t.text, q.text, ''), d.entity_id, "
                                                  "e.key, e.kind, d.field, d.lang FROM search_doc d "
                                                  "JOIN entity e ON e.id = d.entity_id "
                                                  "LEFT JOIN localized_text t ON d.origin = 'text' "
                                                  "AND t.entity_id = d.entity_id AND t.field = d.field "
                                                  "AND t.lang = d.lang "
                                                  "LEFT JOIN quote q ON d.origin = 'quote' AND q.id = d.entity_id "
                                                  "WHERE d.indexed = 0"),
                                   {});
        QVector<SearchCandidate> rows;
        while (query.next()) {
            rows.append({query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toString(), true,
                         query.value(3).toLongLong(), query.value(4).toString(), query.value(5).toString(),
                         query.value(6).toString(), query.value(7).toString()});
        }
        return rows;
    }
    }
    return {};
}

void SearchCandidates::describe(QVector<SearchCandidate *> candidates) const
{
    QHash<qint64, SearchCandidate *> byDoc;
    QStringList ids;
    for (SearchCandidate *candidate : candidates) {
        if (!candidate->described) {
            byDoc.insert(candidate->docId, candidate);
            ids << QString::number(candidate->docId);
        }
    }
    if (ids.isEmpty())
        return;
    QSqlQuery query = prepared(m_database,
                               QStringLiteral("SELECT d.id, d.entity_id, e.key, e.kind, d.field, d.lang "
                                              "FROM search_doc d JOIN entity e ON e.id = d.entity_id "
                                              "WHERE d.id IN (SELECT value FROM json_each(?))"),
                               {QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']')});
    while (query.next()) {
        SearchCandidate *candidate = byDoc.value(query.value(0).toLongLong());
        candidate->described = true;
        candidate->entityId = query.value(1).toLongLong();
        candidate->entityKey = query.value(2).toString();
        candidate->entityKind = query.value(3).toString();
        candidate->field = query.value(4).toString();
        candidate->language = query.value(5).toString();
    }
}

} // namespace innoatlas
