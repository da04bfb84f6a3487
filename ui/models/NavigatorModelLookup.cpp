// NavigatorModel's lookups: what the database tells of a filter text, read on any connection (another thread's
// included), and for a text asked about plan by plan what the first regions (or themes) shown will ask, read ahead.

#include "models/NavigatorModel.h"
#include "models/NavigatorModelNode.h"

namespace innoatlas {

NavigatorModel::FilterLookup NavigatorModel::lookUp(const QSqlDatabase &database, const QString &text,
                                                    int scanThreshold, LookAhead ahead)
{
    FilterLookup lookup;
    lookup.text = text.trimmed();
    // A text found in much of the database is asked about plan by plan, for the rows the tree shows;
    // any other is looked up at once.
    lookup.scanning = NavigatorQuery::findsMoreThan(database, lookup.text, scanThreshold);
    if (!lookup.scanning)
        lookup.finds = NavigatorQuery::filter(database, lookup.text);
    else
        readAhead(database, lookup.text, ahead);
    lookup.ahead = std::move(ahead);
    lookup.lookedUp = true;
    return lookup;
}

NavigatorModel::LookAhead NavigatorModel::lookAhead(const QString &text) const
{
    LookAhead ahead;
    const QString trimmed = text.trimmed();
    if (!m_top || trimmed.isEmpty())
        return ahead;
    const LabelMatcher matcher(trimmed);
    const auto add = [&](const NavigatorEntry *plan, bool groupFound) {
        ahead.plans.append({plan->key, groupFound || labelHolds(plan->label, matcher)});
    };
    for (int group = 0; group < groupCount() && ahead.plans.size() < lookAheadPlans; ++group) {
        if (m_grouping == Grouping::Region) {
            const NavigatorEntry &region = *m_top->regions.at(group);
            const bool found = labelHolds(region.label, matcher);
            for (const NavigatorEntry *child : m_top->byRegion.value(region.key)) {
                if (child->kind == QLatin1String("plan"))
                    add(child, found);
            }
            if (!found && m_data.regionEventCounts.value(region.key) > 0)
                ahead.regions.append(region.key);
        } else {
            const NavigatorTheme &theme = m_data.themes.at(group);
            const bool found = labelHolds(theme.name, matcher);
            for (const QString &key : theme.planKeys) {
                if (const NavigatorEntry *plan = m_top->plan(key))
                    add(plan, found);
            }
        }
    }
    return ahead;
}

void NavigatorModel::readAhead(const QSqlDatabase &database, const QString &text, LookAhead &ahead)
{
    QStringList asked;
    for (const auto &[key, whole] : std::as_const(ahead.plans)) {
        if (!whole)
            asked.append(key);
    }
    const QSet<QString> holding = NavigatorQuery::plansHoldingFinds(database, asked, text);
    for (const QString &key : std::as_const(asked))
        ahead.holds.insert(key, holding.contains(key));
    for (const QString &region : std::as_const(ahead.regions))
        ahead.regionEvents.insert(region, NavigatorQuery::regionEventFinds(database, region, text));
    // The plans the tree opens first, read as contentsOf() reads them.
    int opened = 0;
    for (const auto &[key, whole] : std::as_const(ahead.plans)) {
        if (opened == lookAheadOpened)
            break;
        if (!whole && !holding.contains(key))
            continue;
        int budgetLines = 0;
        const QVector<NavigatorEntry> read = readPlan(database, key, whole, text, ahead.planFinds, budgetLines);
        if (whole) {
            ahead.outlines.insert(key, read);
            ahead.outlinedBudgetLines.insert(key, budgetLines);
        } else {
            ahead.found.insert(key, read);
        }
        ++opened;
    }
}

void NavigatorModel::takeAhead(LookAhead ahead)
{
    for (auto it = ahead.holds.cbegin(); it != ahead.holds.cend(); ++it)
        m_holds.insert(it.key(), it.value());
    for (auto it = ahead.regionEvents.cbegin(); it != ahead.regionEvents.cend(); ++it)
        m_finds.regionEvents.insert(it.key(), it.value());
    for (auto it = ahead.found.cbegin(); it != ahead.found.cend(); ++it) {
        m_finds.plans.insert(it.key(), ahead.planFinds.plans.value(it.key()));
        m_found[it.key()] = std::make_unique<Entries>(it->cbegin(), it->cend());
    }
    for (auto it = ahead.outlines.cbegin(); it != ahead.outlines.cend(); ++it) {
        std::unique_ptr<Entries> &contents = m_contents[it.key()];
        if (contents)
            continue;
        contents = std::make_unique<Entries>(it->cbegin(), it->cend());
        m_outlined.insert(it.key(), ahead.outlinedBudgetLines.value(it.key()));
    }
}

} // namespace innoatlas
