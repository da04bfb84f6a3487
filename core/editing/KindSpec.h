#pragma once

#include "editing/ColumnSpec.h"

#include <QVector>

namespace innoatlas {

/** Which link table an entity kind edits as a list of other entities' ids. */
enum class LinkKind
{
    /** figure_quote: the quotes a figure is taken from. */
    FigureQuotes,
    /** plan_theme: the themes of a plan. */
    PlanThemes,
    /** citation: quotes that back the entity as a whole. */
    Citations,
};

/** How one kind of entity is stored: its table, the columns and texts the editor writes, its links. */
struct KindSpec
{
    QString kind;
    QVector<ColumnSpec> columns;
    /** localized_text fields, in form order. */
    QStringList textFields;
    /** Text fields that need a text in at least one language. */
    QStringList requiredTexts;
    QVector<LinkKind> links;
    /** The column whose value numbers the ordinals (a plan's budget lines); empty: numbered across the table. */
    QString ordinalScope;

    const ColumnSpec *column(const QString &name) const
    {
        for (const ColumnSpec &c : columns) {
            if (c.name == name)
                return &c;
        }
        return nullptr;
    }
};

} // namespace innoatlas
