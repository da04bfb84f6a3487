#include "store/StoreCopy.h"

#include "store/Database.h"
#include "store/ServerSchema.h"
#include "store/SqlDialect.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

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

qint64 copyTable(const QSqlDatabase &source, const QSqlDatabase &target, const QString &table)
{
    QSqlQuery rows(source);
    rows.setForwardOnly(!SqlDialect::isPostgres(source));
    if (!rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)))
        throw StoreError(QStringLiteral("%1: cannot read: %2").arg(table, rows.lastError().text()));
    const QSqlRecord record = rows.record();
    QStringList columns;
    QStringList marks;
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
        marks << QStringLiteral("?");
    }
    const QString parent = selfReference(table);
    const int parentColumn = parent.isEmpty() ? -1 : columns.indexOf(parent);
    SqlQuery insert(target, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    QVector<QPair<QVariant, QVariant>> parents;
    qint64 count = 0;
    while (rows.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = rows.value(i);
            if (i == parentColumn && !value.isNull()) {
                parents.append({rows.value(0), value});
                insert.bind(QVariant(QMetaType::fromType<qint64>()));
            } else {
                insert.bind(value);
            }
        }
        try {
            insert.exec();
        } catch (const StoreError &e) {
            throw StoreError(QStringLiteral("%1, row %2 (id %3): %4")
                                 .arg(table)
                                 .arg(count + 1)
                                 .arg(rows.value(0).toString(), e.message()));
        }
        ++count;
    }
    if (!parents.isEmpty()) {
        SqlQuery update(target,
                        QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?").arg(table, parent, columns.first()));
        for (const auto &[id, parentId] : std::as_const(parents))
            update.bind(parentId).bind(id).exec();
    }
    return count;
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
