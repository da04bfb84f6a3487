#pragma once

#include "model/LocalizedText.h"

#include <QHash>
#include <QSet>
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
    /** From top(): the number of events of no plan of each region, whose entries regionEvents() reads. */
    QHash<QString, int> regionEventCounts;
};

/**
 * What a filter text finds (NavigatorQuery::filter()). The contents of a plan that hold a find are
 * read when that plan is opened: NavigatorQuery::planContents(database, planKey, finds).
 */
struct NavigatorFinds
{
    QSet<QString> keys; ///< found regions, plans, themes and events of no plan
    /** The plans whose contents hold a find: the ids found there and of the elements above them. */
    QHash<QString, QVector<qint64>> plans;
    /** The found events of no plan, by region (read from a database; their keys are in keys too). */
    QHash<QString, QSet<QString>> regionEvents;
};

/**
 * Reads the navigator's tree: the regions that have plans or events, their plans and each plan's
 * structure, budget lines, targets, events and participants; and the plans under each theme.
 *
 * Order: regions, plans, then a plan's elements (depth first), budget lines, targets, indicators,
 * events (by date) and participations. A large database is read a part at a time: top() at first,
 * planContents() when a plan is opened, filter() for what a filter text finds.
 */
class NavigatorQuery
{
public:
    /** Everything at once. */
    static NavigatorData query(const QSqlDatabase &database);

    /**
     * Regions, plans and themes, and how many events of no plan each region has: no plan's contents, and the
     * events of regions are read when their folder is opened (regionEvents()).
     */
    static NavigatorData top(const QSqlDatabase &database);

    /** The events of no plan of the region @p regionKey, in the navigator's order (by date). */
    static QVector<NavigatorEntry> regionEvents(const QSqlDatabase &database, const QString &regionKey);

    /** The region whose folder of events of no plan lists the event @p key; empty for any other entity. */
    static QString regionOfEvent(const QSqlDatabase &database, const QString &key);

    /**
     * The keys of the events of no plan of the region @p regionKey whose title holds the filter @p text (the rule
     * of filter()); reads that region's events only. Throws StoreError.
     */
    static QSet<QString> regionEventFinds(const QSqlDatabase &database, const QString &regionKey, const QString &text);

    /** The contents of the plan @p planKey in the navigator's order; empty for an unknown plan. */
    static QVector<NavigatorEntry> planContents(const QSqlDatabase &database, const QString &planKey);

    /**
     * The contents of the plan @p planKey without its budget lines (most of a plan's rows, listed in a folder that is
     * read when opened: planBudgetLines()); @p budgetLines is set to how many it has. Throws StoreError.
     */
    static QVector<NavigatorEntry> planOutline(const QSqlDatabase &database, const QString &planKey, int &budgetLines);

    /** The budget lines of the plan @p planKey in the navigator's order. Throws StoreError. */
    static QVector<NavigatorEntry> planBudgetLines(const QSqlDatabase &database, const QString &planKey);

    /**
     * The plan whose contents list the entity @p key (a plan's element, budget line, event ...);
     * empty for a region, a plan, an event of no plan or an entity the navigator does not list.
     */
    static QString planOf(const QSqlDatabase &database, const QString &key);

    /**
     * What the filter @p text finds: every listed entity whose label (Korean or English, in the
     * field the navigator shows; a participant's name for a participation) contains the trimmed
     * text, ignoring case; with a found element, the elements below it. Only keys and ids are read, so a filter that
     * finds most of a national database costs little until the plans are opened. Uses the search index (core/search)
     * where there is one. Throws StoreError.
     */
    static NavigatorFinds filter(const QSqlDatabase &database, const QString &text);

    /**
     * Whether the filter @p text (as filter() takes it) is found in more than @p limit labels. Finding every
     * match of such a text costs more than asking plan by plan (plansHoldingFinds()), region by region as the tree is
     * shown. True where the search index cannot tell (no index, texts not indexed yet). Throws StoreError.
     */
    static bool findsMoreThan(const QSqlDatabase &database, const QString &text, int limit);

    /**
     * Those of the plans @p planKeys whose contents hold a find of the filter @p text (the rule of filter());
     * reads those plans' labels only, each as far as its first find. Throws StoreError.
     */
    static QSet<QString> plansHoldingFinds(const QSqlDatabase &database, const QStringList &planKeys,
                                           const QString &text);

    /**
     * What the filter @p text finds in the contents of the plan @p planKey: filter() for that plan alone
     * (NavigatorFinds::plans holds at most that plan). Reads that plan's labels only. Throws StoreError.
     */
    static NavigatorFinds filterPlan(const QSqlDatabase &database, const QString &planKey, const QString &text);

    /** The part of the plan @p planKey's contents that @p finds holds, with the elements above each find. */
    static QVector<NavigatorEntry> planContents(const QSqlDatabase &database, const QString &planKey,
                                                const NavigatorFinds &finds);
};

} // namespace innoatlas
