#include "search/SearchIndexer.h"

#include "search/SearchColumnFunctions.h"
#include "store/SqlDialect.h"
#include "store/SqlQuery.h"
#include "store/SqliteHandle.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

#include <sqlite3.h>

namespace innoatlas {

namespace {
// FTS5's own settings when search_fts_config does not name them.
constexpr int defaultAutomerge = 4;
constexpr int defaultCrisismerge = 16;
constexpr int deferredCrisismerge = 1000;

int ftsSetting(const QSqlDatabase &database, const QString &key, int fallback)
{
    const QVariant value =
        SqlQuery::scalar(database, QStringLiteral("SELECT v FROM search_fts_config WHERE k = '%1'").arg(key));
    return value.isNull() ? fallback : value.toInt();
}

void setFtsSetting(const QSqlDatabase &database, const QString &key, int value)
{
    SqlQuery::run(database,
                  QStringLiteral("INSERT INTO search_fts (search_fts, rank) VALUES ('%1', %2)").arg(key).arg(value));
}

/** A statement prepared once and run many times with positional values. */
class Statement
{
public:
    Statement(const QSqlDatabase &database, const QString &sql)
        : m_query(database), m_sql(SqlDialect::translate(SqlDialect::of(database), sql))
    {
        m_query.setForwardOnly(!SqlDialect::isPostgres(database));
        if (!m_query.prepare(sql))
            fail();
    }
    void run(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        if (!m_query.exec())
            fail();
    }
    QSqlQuery &query() { return m_query; }

private:
    [[noreturn]] void fail() const
    {
        throw StoreError(QStringLiteral("%1 (in: %2)").arg(m_query.lastError().text(), m_sql.simplified()));
    }
    QSqlQuery m_query;
    QString m_sql;
};

// The texts behind search_doc rows; the same expression lists them in rebuild() and refresh().
const QString listTexts =
    QStringLiteral("INSERT INTO search_doc (entity_id, origin, field, lang, tier) "
                   "SELECT t.entity_id, 'text', t.field, t.lang, COALESCE(f.tier, 2) "
                   "FROM localized_text t LEFT JOIN search_field_tier f ON f.field = t.field WHERE t.text <> '' %1");
const QString listQuotes =
    QStringLiteral("INSERT INTO search_doc (entity_id, origin, field, lang, tier) "
                   "SELECT q.id, 'quote', 'text', s.language, 3 FROM quote q JOIN source s ON s.id = q.source_id "
                   "WHERE q.text <> '' %1");
// Every row not indexed yet, with its text, in id order.
const QString pendingTexts =
    QStringLiteral("SELECT d.id, d.tier, COALESCE(t.text, q.text, '') AS text FROM search_doc d "
                   "LEFT JOIN localized_text t ON d.origin = 'text' AND t.entity_id = d.entity_id "
                   "AND t.field = d.field AND t.lang = d.lang "
                   "LEFT JOIN quote q ON d.origin = 'quote' AND q.id = d.entity_id "
                   "WHERE d.indexed = 0 ORDER BY d.id");
} // namespace

SearchIndexer::SearchIndexer(QSqlDatabase database) : m_database(std::move(database)) {}

QString SearchIndexer::columnValue(const QString &text)
{
    return text + QStringLiteral("\u0001\u0001");
}

QString SearchIndexer::prefixOf(QStringView text)
{
    return text.trimmed().left(prefixLength).toString().toLower();
}

bool SearchIndexer::hasPending() const
{
    return SqlQuery::scalar(m_database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_doc WHERE indexed = 0) "
                                                       "OR EXISTS (SELECT 1 FROM search_gone)"))
        .toBool();
}

SearchIndexer::MergesDeferred::MergesDeferred(QSqlDatabase database) : m_database(std::move(database))
{
    if (SqlDialect::isPostgres(m_database))
        return;
    m_automerge = ftsSetting(m_database, QStringLiteral("automerge"), defaultAutomerge);
    m_crisismerge = ftsSetting(m_database, QStringLiteral("crisismerge"), defaultCrisismerge);
    setFtsSetting(m_database, QStringLiteral("automerge"), 0);
    setFtsSetting(m_database, QStringLiteral("crisismerge"), deferredCrisismerge);
}

SearchIndexer::MergesDeferred::~MergesDeferred()
{
    // After a rollback the settings are back already, and nothing may be written outside the transaction.
    sqlite3 *db = SqliteHandle::of(m_database);
    if (!db || sqlite3_get_autocommit(db))
        return;
    try {
        setFtsSetting(m_database, QStringLiteral("automerge"), m_automerge);
        setFtsSetting(m_database, QStringLiteral("crisismerge"), m_crisismerge);
    } catch (const StoreError &) {
        // Only the speed of later writes depends on them; the caller's commit or rollback decides the rest.
    }
}

int SearchIndexer::pendingCount() const
{
    return SqlQuery::scalar(m_database, QStringLiteral("SELECT count(*) FROM search_doc WHERE indexed = 0")).toInt();
}

int SearchIndexer::sync()
{
    Transaction transaction(m_database);
    const int indexed = indexWritten();
    transaction.commit();
    return indexed;
}

int SearchIndexer::indexWritten()
{
    // PostgreSQL lists the texts and never marks them indexed (it has no trigram index): nothing to count.
    if (SqlDialect::isPostgres(m_database))
        return indexPending();
    std::optional<MergesDeferred> deferred;
    if (pendingCount() >= optimizeAfter)
        deferred.emplace(m_database);
    const int indexed = indexPending();
    if (indexed >= optimizeAfter)
        optimize();
    return indexed;
}

int SearchIndexer::indexPending()
{
    // PostgreSQL has no FTS5: search scans the listed texts there (SearchCandidates::Stage::Pending).
    if (SqlDialect::isPostgres(m_database)) {
        SqlQuery::run(m_database, QStringLiteral("DELETE FROM search_gone"));
        return 0;
    }
    // Forget deleted texts first: their ids are never given to new rows (AUTOINCREMENT).
    SqlQuery::run(m_database, QStringLiteral("DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_gone)"));
    SqlQuery::run(m_database, QStringLiteral("DELETE FROM search_gone"));

    // Two statements over every pending row, in id order (FTS5 appends rows in rowid order). The columns
    // are computed inside SQLite by SearchColumnFunctions: columnValue(), prefixOf() and the initials.
    SearchColumnFunctions::ensure(m_database);
    SqlQuery index(m_database,
                   QStringLiteral("INSERT INTO search_fts (rowid, head, body, ihead, ibody, tier) "
                                  "SELECT id, CASE WHEN tier = 0 THEN text || char(1, 1) END, "
                                  "CASE WHEN tier <> 0 THEN text || char(1, 1) END, "
                                  "CASE WHEN tier = 0 THEN initials END, CASE WHEN tier <> 0 THEN initials END, tier "
                                  "FROM (SELECT id, tier, text, innoatlas_search_initials(text) AS initials FROM (%1))")
                       .arg(pendingTexts));
    index.exec();
    const int indexed = index.numRowsAffected();
    if (indexed == 0)
        return 0;
    // Only names and titles (tier 0) keep a prefix; their texts are always localized_text rows.
    SqlQuery::run(m_database,
                  QStringLiteral("UPDATE search_doc SET indexed = 1, "
                                 "prefix = CASE WHEN tier = 0 THEN innoatlas_search_prefix(%1) END, "
                                 "iprefix = CASE WHEN tier = 0 THEN innoatlas_search_prefix_initials(%1) END "
                                 "WHERE indexed = 0")
                      .arg(QStringLiteral("(SELECT t.text FROM localized_text t WHERE search_doc.origin = 'text' "
                                          "AND t.entity_id = search_doc.entity_id AND t.field = search_doc.field "
                                          "AND t.lang = search_doc.lang)")));
    return indexed;
}

void SearchIndexer::optimize()
{
    if (SqlDialect::isPostgres(m_database))
        return;
    SqlQuery::run(m_database, QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('optimize')"));
}

void SearchIndexer::relist(const QString &where, const QVariantList &values)
{
    const auto condition = [&where](const QString &column) { return where.isEmpty() ? where : where.arg(column); };
    for (const QString &sql :
         {listTexts.arg(condition(QStringLiteral("t.entity_id"))), listQuotes.arg(condition(QStringLiteral("q.id")))}) {
        Statement statement(m_database, sql);
        statement.run(values);
    }
}

void SearchIndexer::rebuild()
{
    Transaction transaction(m_database);
    SqlQuery::run(m_database, QStringLiteral("DELETE FROM search_doc"));
    SqlQuery::run(m_database, QStringLiteral("DELETE FROM search_gone"));
    if (!SqlDialect::isPostgres(m_database))
        SqlQuery::run(m_database, QStringLiteral("DELETE FROM search_fts"));
    relist(QString(), {});
    {
        const MergesDeferred deferred(m_database);
        indexPending();
        optimize();
    }
    transaction.commit();
}

void SearchIndexer::refresh(qint64 entityId)
{
    Transaction transaction(m_database);
    Statement remove(m_database, QStringLiteral("DELETE FROM search_doc WHERE entity_id = ?"));
    remove.run({entityId});
    relist(QStringLiteral("AND %1 = ?"), {entityId});
    indexPending();
    transaction.commit();
}

} // namespace innoatlas
