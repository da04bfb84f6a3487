#pragma once

#include <QStringList>
#include <QVector>

namespace innoatlas {

/** One column of an exported table. */
struct CsvColumn
{
    QString name;         ///< English snake_case header, stable for scripts
    bool numeric = false; ///< holds plain numbers (see CsvWriter on formula neutralisation)
};

/** A table to export: a header and rows of text cells, one per column. */
struct CsvTable
{
    QVector<CsvColumn> columns;
    QVector<QStringList> rows;

    QStringList header() const
    {
        QStringList names;
        for (const CsvColumn &column : columns)
            names << column.name;
        return names;
    }
};

} // namespace innoatlas
