#include "search/SearchIndexer.h"

#include "search/HangulInitials.h"
#include "store/SqlDialect.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace innoatlas {

namespace {
// Pending rows are read in batches so that a sync after a large import holds bounded memory.
constexpr int batchSize = 2000;
// FTS5 leaves a bulk insert in many segments, and a phrase query then reads every segment's doclist
// of each trigram: five to ten times slower on 270,000 texts. After that many texts, merge them all.
constexpr int optimizeAfter = 2000;

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

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

bool hasSyllable(QStringView text)
{
    for (QChar c : text) {
        if (HangulInitials::isSyllable(c.unicode()))
            return true;
    }
    return false;
}

// The texts behind search_doc rows; the same expression lists them in rebuild() and refresh().
const QString listTexts =
    QStringLiteral("INSERT INTO search_doc (entity_id, origin, field, lang, tier) "
                   "SELECT t.entity_id, 'text', t.field, t.lang, COALESCE(f.tier, 2) "
                   "FROM localized_text t LEFT JOIN search_field_tier f ON f.field = t.field WHERE t.text <> '' %1");
const QString listQuotes =
    QStringLiteral("INSERT INTO search_doc (entity_id, origin, field, lang, tier) "
                   "SELECT q.id, 'quote', 'text', s.language, 3 FROM quote q JOIN source s ON s.id = q.source_id "
                   "WHERE q.text <> '' %1");
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

int SearchIndexer::sync()
{
    Transaction transaction(m_database);
    const int indexed = indexPending();
    if (indexed >= optimizeAfter)
        optimize();
    transaction.commit();
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

    Statement pending(m_database,
                      QStringLiteral("SELECT d.id, d.tier, COALESCE(t.text, q.text, '') FROM search_doc d "
                                     "LEFT JOIN localized_text t ON d.origin = 'text' AND t.entity_id = d.entity_id "
                                     "AND t.field = d.field AND t.lang = d.lang "
                                     "LEFT JOIN quote q ON d.origin = 'quote' AND q.id = d.entity_id "
                                     "WHERE d.indexed = 0 ORDER BY d.id LIMIT ?"));
    Statement insert(m_database, QStringLiteral("INSERT INTO search_fts (rowid, head, body, ihead, ibody, tier) "
                                                "VALUES (?, ?, ?, ?, ?, ?)"));
    Statement mark(m_database,
                   QStringLiteral("UPDATE search_doc SET indexed = 1, prefix = ?, iprefix = ? WHERE id = ?"));
    int total = 0;
    for (;;) {
        struct Row
        {
            qint64 id;
            int tier;
            QString text;
        };
        QVector<Row> rows;
        pending.run({batchSize});
        while (pending.query().next())
            rows.append({pending.query().value(0).toLongLong(), pending.query().value(1).toInt(),
                         pending.query().value(2).toString()});
        pending.query().finish();
        if (rows.isEmpty())
            break;
        for (const Row &row : std::as_const(rows)) {
            const bool head = row.tier == 0;
            const bool korean = hasSyllable(row.text);
            const QVariant text = columnValue(row.text);
            const QVariant initials = korean ? QVariant(columnValue(HangulInitials::initials(row.text))) : nullText();
            insert.run({row.id, head ? text : nullText(), head ? nullText() : text, head ? initials : nullText(),
                        head ? nullText() : initials, row.tier});
            const QString prefix = head ? prefixOf(row.text) : QString();
            mark.run({head ? QVariant(prefix) : nullText(),
                      head && korean ? QVariant(HangulInitials::initials(prefix)) : nullText(), row.id});
        }
        total += int(rows.size());
    }
    return total;
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
    indexPending();
    optimize();
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
