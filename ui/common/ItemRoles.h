#pragma once

#include <Qt>

namespace innoatlas {

/** Data roles the program's item models share. */
enum ItemRole
{
    KeyRole = Qt::UserRole + 1, ///< QString: the entity key of the row
    KindRole,                   ///< QString: the entity kind ("plan", "budget_line" ...)
    PlanKeyRole,                ///< QString: the plan the row belongs to
    RegionKeyRole,              ///< QString: the region the row belongs to
    BadgeRole,                  ///< int (Badge): a status badge drawn by BadgeDelegate
    SearchTextRole,             ///< QString: Korean and English text a filter matches against
    MatchesRole,                ///< QVariantList of QPoint(start, length): highlighted ranges of DisplayRole
    SortRole,                   ///< a value to sort by (amounts as qint64, dates as text)
    WarningRole,                ///< bool: the row shows a problem (a count that does not match)
    FieldRole,                  ///< QString: the field of an entity a row shows ("title", "amount" ...)
};

} // namespace innoatlas
