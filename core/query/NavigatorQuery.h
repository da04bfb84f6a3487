#pragma once

#include "model/LocalizedText.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace innoatlas {

/**
 * One entity the navigator lists. Parents come before their children: regions, then plans,
 * then a plan's elements (depth first), budget lines, targets, events and participations.
 */
struct NavigatorEntry
{
    QString key;
    QString kind;      ///< entity kind: "region", "plan", "element", "budget_line", "target", "event", "participation"
    QString parentKey; ///< the region of a plan, the plan or parent element of an element, the plan of a line ...
    QString planKey;   ///< the plan the entry belongs to (empty for a region)
    QString regionKey; ///< the region the entry belongs to
    QString subKind;   ///< element kind, funding source, event kind or participation role
    LocalizedText label;
};

/** A theme and the plans filed under it. */
struct NavigatorTheme
{
    QString key;
    LocalizedText name;
    QStringList planKeys;
};

/** What the navigator shows. */
struct NavigatorData
{
    QVector<NavigatorEntry> entries;
    QVector<NavigatorTheme> themes;
};

/**
 * Reads the navigator's tree: the regions that have plans or events, their plans and each plan's
 * structure, budget lines, targets, events and participants; and the plans under each theme.
 */
class NavigatorQuery
{
public:
    static NavigatorData query(const QSqlDatabase &database);
};

} // namespace innoatlas
