#include "editing/RowSet.h"

#include "store/SqlQuery.h"

#include <QHash>

namespace innoatlas {

namespace {
struct TableDef
{
    const char *table;
    /** Columns whose value, when one of the entity ids, makes the row part of the set. */
    QStringList match;
};

// In insertion order: an entity before its own table's row, a source before its quotes (the search
// index takes a quote's language from its source), texts before their review flags.
const QVector<TableDef> &tableDefs()
{
    static const QVector<TableDef> defs = [] {
        const QStringList byId{QStringLiteral("id")};
        const QStringList byEntity{QStringLiteral("entity_id")};
        QVector<TableDef> d;
        d.append({"entity", byId});
        for (const char *kind :
             {"source", "quote", "theme", "region", "population", "organisation", "plan", "element", "stated_count",
              "budget_line", "target", "indicator", "event", "participation", "figure"})
            d.append({kind, byId});
        d.append({"plan_theme", {QStringLiteral("plan_id"), QStringLiteral("theme_id")}});
        d.append({"figure_quote", {QStringLiteral("figure_id"), QStringLiteral("quote_id")}});
        d.append({"citation", {QStringLiteral("entity_id"), QStringLiteral("quote_id")}});
        d.append({"localized_text", byEntity});
        d.append({"review_flag", byEntity});
        d.append({"text_history", byEntity});
        return d;
    }();
    return defs;
}

struct Layout
{
    QStringList columns;
    int keyColumns = 0;
};

/** The columns of @p table with the primary key's first. */
Layout layoutOf(const QSqlDatabase &database, const QString &table)
{
    static QHash<QString, Layout> cache; // the schema is fixed per program version
    const auto it = cache.constFind(table);
    if (it != cache.constEnd())
        return *it;
    SqlQuery info(database, QStringLiteral("SELECT name, pk FROM pragma_table_info(?) ORDER BY pk = 0, pk, cid"));
    info.bind(table).exec();
    Layout layout;
    while (info.next()) {
        layout.columns << info.value(0).toString();
        if (info.value(1).toInt() > 0)
            ++layout.keyColumns;
    }
    cache.insert(table, layout);
    return layout;
}

QString rowKey(const QVariantList &row, int keyColumns)
{
    QStringList parts;
    for (int i = 0; i < keyColumns; ++i)
        parts << row.at(i).toString();
    return parts.join(QChar(0x1F));
}

QString keyCondition(const TableRows &rows)
{
    QStringList parts;
    for (int i = 0; i < rows.keyColumns; ++i)
        parts << rows.columns.at(i) + QStringLiteral(" = ?");
    return parts.join(QStringLiteral(" AND "));
}
} // namespace

RowSet RowSet::capture(const QSqlDatabase &database, const QList<qint64> &ids)
{
    RowSet set;
    set.m_ids = ids;
    QStringList idList;
    for (qint64 id : ids)
        idList << QString::number(id);
    const QString in = QStringLiteral(" IN (%1)").arg(idList.join(QLatin1Char(',')));
    for (const TableDef &def : tableDefs()) {
        const QString table = QString::fromLatin1(def.table);
        const Layout layout = layoutOf(database, table);
        TableRows rows{table, layout.columns, layout.keyColumns, {}};
        if (!ids.isEmpty()) {
            QStringList where;
            for (const QString &column : def.match)
                where << column + in;
            SqlQuery query(database, QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                         .arg(layout.columns.join(QStringLiteral(", ")), table,
                                              where.join(QStringLiteral(" OR "))));
            query.exec();
            while (query.next()) {
                QVariantList row;
                for (int i = 0; i < layout.columns.size(); ++i)
                    row << query.value(i);
                rows.rows.insert(rowKey(row, layout.keyColumns), row);
            }
        }
        set.m_tables.append(rows);
    }
    return set;
}

void RowSet::restoreOver(const QSqlDatabase &database, const RowSet &current) const
{
    // Rows are put back in any order; their references are checked when the transaction commits.
    SqlQuery::run(database, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    // Deletions from the innermost tables outwards: removing an entity's own row removes its entity row
    // (and what cascades from it) through the schema's triggers.
    for (int t = current.m_tables.size() - 1; t >= 0; --t) {
        const TableRows &now = current.m_tables.at(t);
        const TableRows &wanted = m_tables.at(t);
        for (auto it = now.rows.cbegin(); it != now.rows.cend(); ++it) {
            if (wanted.rows.contains(it.key()))
                continue;
            SqlQuery remove(database, QStringLiteral("DELETE FROM %1 WHERE %2").arg(now.table, keyCondition(now)));
            for (int i = 0; i < now.keyColumns; ++i)
                remove.bind(it.value().at(i));
            remove.exec();
        }
    }
    for (int t = 0; t < m_tables.size(); ++t) {
        const TableRows &wanted = m_tables.at(t);
        const TableRows &now = current.m_tables.at(t);
        for (auto it = wanted.rows.cbegin(); it != wanted.rows.cend(); ++it) {
            const auto existing = now.rows.constFind(it.key());
            if (existing != now.rows.constEnd()) {
                if (*existing == it.value())
                    continue;
                QStringList sets;
                for (int i = wanted.keyColumns; i < wanted.columns.size(); ++i)
                    sets << wanted.columns.at(i) + QStringLiteral(" = ?");
                SqlQuery update(database,
                                QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                                    .arg(wanted.table, sets.join(QStringLiteral(", ")), keyCondition(wanted)));
                for (int i = wanted.keyColumns; i < wanted.columns.size(); ++i)
                    update.bind(it.value().at(i));
                for (int i = 0; i < wanted.keyColumns; ++i)
                    update.bind(it.value().at(i));
                update.exec();
                continue;
            }
            QStringList marks;
            for (int i = 0; i < wanted.columns.size(); ++i)
                marks << QStringLiteral("?");
            SqlQuery insert(database, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                          .arg(wanted.table, wanted.columns.join(QStringLiteral(", ")),
                                               marks.join(QStringLiteral(", "))));
            for (const QVariant &value : it.value())
                insert.bind(value);
            insert.exec();
        }
    }
}

} // namespace innoatlas
