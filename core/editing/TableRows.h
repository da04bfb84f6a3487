#pragma once

#include <QMap>
#include <QStringList>
#include <QVariantList>

namespace innoatlas {

/** Rows of one table, keyed by their primary key (written as text), with every column's value. */
struct TableRows
{
    QString table;
    QStringList columns;
    /** How many leading columns form the primary key. */
    int keyColumns = 1;
    QMap<QString, QVariantList> rows;

    bool operator==(const TableRows &o) const { return table == o.table && rows == o.rows; }
    bool operator!=(const TableRows &o) const { return !(*this == o); }
};

} // namespace innoatlas
