#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

/** The rows of a table as text, one line each in key order, to compare a database before and after. */
namespace ReviewDatabaseRows {

inline QStringList dump(const QSqlDatabase &database, const QString &sql)
{
    QStringList rows;
    QSqlQuery query(database);
    if (!query.exec(sql))
        return {QStringLiteral("error: ") + sql};
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells << query.value(i).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

inline QStringList texts(const QSqlDatabase &database)
{
    return dump(database, QStringLiteral("SELECT entity_id, field, lang, text, status FROM localized_text "
                                         "ORDER BY entity_id, field, lang"));
}

inline QStringList flags(const QSqlDatabase &database)
{
    return dump(database, QStringLiteral("SELECT entity_id, field, lang, counterpart_text FROM review_flag "
                                         "ORDER BY entity_id, field, lang"));
}

inline QStringList history(const QSqlDatabase &database)
{
    return dump(database, QStringLiteral("SELECT id, entity_id, field, lang, batch, user_name, reason, old_text, "
                                         "new_text, old_status, new_status FROM text_history ORDER BY id"));
}

} // namespace ReviewDatabaseRows
