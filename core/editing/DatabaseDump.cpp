#include "editing/DatabaseDump.h"

#include "store/SqlQuery.h"

namespace innoatlas {

namespace {
QString cell(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QString)
        return QLatin1Char('\'') + value.toString() + QLatin1Char('\'');
    if (value.typeId() == QMetaType::QByteArray)
        return QStringLiteral("x'") + QString::fromLatin1(value.toByteArray().toHex()) + QLatin1Char('\'');
    return value.toString();
}
} // namespace

QStringList DatabaseDump::of(const QSqlDatabase &database)
{
    QStringList tables;
    {
        SqlQuery list(database, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE "
                                               "'CREATE VIRTUAL TABLE%' ORDER BY name"));
        list.exec();
        while (list.next()) {
            const QString name = list.value(0).toString();
            if (name.startsWith(QLatin1String("search_fts")) || name.startsWith(QLatin1String("search_vocab")) ||
                name == QLatin1String("search_gone") || name == QLatin1String("sqlite_sequence"))
                continue;
            tables << name;
        }
    }
    QStringList lines;
    for (const QString &table : tables) {
        QStringList columns;
        SqlQuery info(database, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
        info.bind(table).exec();
        while (info.next()) {
            const QString column = info.value(0).toString();
            if (table == QLatin1String("search_doc") &&
                (column == QLatin1String("id") || column == QLatin1String("indexed") ||
                 column == QLatin1String("prefix") || column == QLatin1String("iprefix")))
                continue;
            columns << column;
        }
        SqlQuery rows(database, QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
        rows.exec();
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < columns.size(); ++i)
                cells << cell(rows.value(i));
            lines << table + QLatin1Char('|') + cells.join(QLatin1Char('|'));
        }
    }
    lines.sort();
    return lines;
}

} // namespace innoatlas
