#pragma once

#include <QString>
#include <QStringList>

namespace innoatlas {

/** What kind of value a column of an editable entity holds, and so how a form asks for it. */
enum class ColumnType
{
    Text,
    Choice,
    Integer,
    Year,
    Money,
    Date,
    Reference,
};

/** One column of an entity kind's own table that the editor writes. */
struct ColumnSpec
{
    QString name;
    ColumnType type = ColumnType::Text;
    bool required = false;
    /** Choice: the allowed values (a Vocabulary list). */
    QStringList choices;
    /** Reference: the entity kinds the column may point at. */
    QStringList referenceKinds;
    /** Date: the column that holds the date's precision. */
    QString precisionColumn;
};

} // namespace innoatlas
