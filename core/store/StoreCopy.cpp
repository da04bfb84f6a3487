#include "store/StoreCopy.h"

#include "store/Database.h"
#include "store/ServerSchema.h"
#include "store/SqlDialect.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>

namespace innoatlas {

namespace {
/** Tables whose rows point at rows of the same table: the parent is set once every row is there. */
QString selfReference(const QString &table)
{
    if (table == QLatin1String("region") || table == QLatin1String("element"))
        return QStringLiteral("parent_id");
    return QString();
}

void clear(const QSqlDatabase &target)
{
    // Children first; a region's parent (ON DELETE RESTRICT) is let go before the regions go.
    SqlQuery::run(target, QStringLiteral("UPDATE region SET parent_id = NULL"));
    const QStringList &tables = StoreCopy::tables();
    for (auto it = tables.crbegin(); it != tables.crend(); ++it)
        SqlQuery::run(target, QStringLiteral("DELETE FROM %1").arg(*it));
}

/**
 * Inserts rows many at a time: one statement per batch rather than per row saves a round trip to a
 * server per row. A batch the target refuses is undone to its savepoint and replayed row by row, so
 * that the error names the row at fault.
 */
class BatchInsert
{
public:
    BatchInsert(QSqlDatabase target, QString table, QStringList columns)
        : m_target(std::move(target)), m_table(std::move(table)), m_columns(std::move(columns)),
          m_batchSize(qMax(1, 1000 / int(m_columns.size())))
    {
    }

    void add(QVector<QVariant> row)
    {
        m_rows.append(std::move(row));
        if (m_rows.size() >= m_batchSize)
            flush();
    }

    void flush()
    {
        if (m_rows.isEmpty())
            return;
        SqlQuery::run(m_target, QStringLiteral("SAVEPOINT innoatlas_copy"));
        try {
            SqlQuery &insert = statement(int(m_rows.size()));
            for (const QVector<QVariant> &row : std::as_const(m_rows)) {
                for (const QVariant &value : row)
                    insert.bind(value);
            }
            insert.exec();
            SqlQuery::run(m_target, QStringLiteral("RELEASE SAVEPOINT innoatlas_copy"));
        } catch (const StoreError &) {
            SqlQuery::run(m_target, QStringLiteral("ROLLBACK TO SAVEPOINT innoatlas_copy"));
            for (qsizetype i = 0; i < m_rows.size(); ++i) {
                try {
                    SqlQuery &single = statement(1);
                    for (const QVariant &value : m_rows.at(i))
                        single.bind(value);
                    single.exec();
                } catch (const StoreError &e) {
                    throw StoreError(QStringLiteral("%1, row %2 (id %3): %4")
                                         .arg(m_table)
                                         .arg(m_written + i + 1)
                                         .arg(m_rows.at(i).value(0).toString(), e.message()));
                }
            }
        }
        m_written += m_rows.size();
        m_rows.clear();
    }

    qint64 written() const { return m_written; }

private:
    SqlQuery &statement(int rows)
    {
        auto it = m_statements.find(rows);
        if (it == m_statements.end()) {
            QStringList marks(m_columns.size(), QStringLiteral("?"));
            const QString tuple = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
            QStringList tuples(rows, tuple);
            it = m_statements.insert(
                rows, std::make_shared<SqlQuery>(m_target, QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                                               .arg(m_table, m_columns.join(QStringLiteral(", ")),
                                                                    tuples.join(QStringLiteral(", ")))));
        }
        return **it;
    }

    QSqlDatabase m_target;
    QString m_table;
    QStringList m_columns;
    int m_batchSize;
    QVector<QVector<QVariant>> m_rows;
    QHash<int, std::shared_ptr<SqlQuery>> m_statements;
    qint64 m_written = 0;
};

qint64 copyTable(const QSqlDatabase &source, const QSqlDatabase &target, const QString &table)
{
    QSqlQuery rows(source);
    rows.setForwardOnly(!SqlDialect::isPostgres(source));
    if (!rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)))
        throw StoreError(QStringLiteral("%1: cannot read: %2").arg(table, rows.lastError().text()));
    const QSqlRecord record = rows.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    const QString parent = selfReference(table);
    const int parentColumn = parent.isEmpty() ? -1 : int(columns.indexOf(parent));
    BatchInsert insert(target, table, columns);
    QVector<QPair<QVariant, QVariant>> parents;
    while (rows.next()) {
        QVector<QVariant> row;
        row.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = rows.value(i);
            if (i == parentColumn && !value.isNull()) {
                parents.append({rows.value(0), value});
                row.append(QVariant(QMetaType::fromType<qint64>()));
            } else {
                row.append(value);
            }
        }
        insert.add(std::move(row));
    }
    insert.flush();
    if (!parents.isEmpty()) {
        SqlQuery update(target,
                        QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?").arg(table, parent, columns.first()));
        for (const auto &[id, parentId] : std::as_const(parents))
            update.bind(parentId).bind(id).exec();
    }
    return insert.written();
}
} // namespace

const QStringList &StoreCopy::tables()
{
    static const QStringList names = {
        QStringLiteral("entity"),         QStringLiteral("localized_text"),
        QStringLiteral("source"),         QStringLiteral("quote"),
        QStringLiteral("theme"),          QStringLiteral("region"),
        QStringLiteral("population"),     QStringLiteral("organisation"),
        QStringLiteral("plan"),           QStringLiteral("plan_theme"),
        QStringLiteral("element"),        QStringLiteral("stated_count"),
        QStringLiteral("budget_line"),    QStringLiteral("target"),
        QStringLiteral("indicator"),      QStringLiteral("event"),
        QStringLiteral("participation"),  QStringLiteral("figure"),
        QStringLiteral("figure_quote"),   QStringLiteral("citation"),
        QStringLiteral("presenter_deck"), QStringLiteral("presenter_slide"),
        QStringLiteral("text_history"),   QStringLiteral("review_flag"),
        QStringLiteral("glossary_term"),  QStringLiteral("glossary_variant"),
    };
    return names;
}

bool StoreCopy::hasContent(const Database &database)
{
    return SqlQuery::scalar(
               database.connection(),
               QStringLiteral("SELECT (SELECT count(*) FROM entity) + (SELECT count(*) FROM presenter_deck) "
                              "+ (SELECT count(*) FROM text_history)"))
               .toLongLong() > 0;
}

qint64 StoreCopy::copy(const Database &from, Database &to, bool replace)
{
    if (from.schemaVersion() != to.schemaVersion())
        throw StoreError(QStringLiteral("the databases have different schemas (%1 and %2)")
                             .arg(from.schemaVersion())
                             .arg(to.schemaVersion()));
    if (!replace && hasContent(to))
        throw StoreError(QStringLiteral("%1 already holds data; copy with --replace to overwrite it").arg(to.path()));
    const QSqlDatabase target = to.connection();
    Transaction transaction(target);
    // The target's own seed rows (the glossary of migration 004) give way to the source's.
    clear(target);
    qint64 rows = 0;
    for (const QString &table : tables())
        rows += copyTable(from.connection(), target, table);
    if (to.isServer())
        ServerSchema::syncIdentities(target);
    transaction.commit();
    return rows;
}

} // namespace innoatlas
