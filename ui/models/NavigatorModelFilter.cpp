// NavigatorModel's filter: a text looked up at once (NavigatorQuery::filter()), or asked about plan by plan as
// the regions (or themes) are shown, for a text found in much of a large database; in memory without a database.

#include "models/NavigatorModel.h"
#include "models/NavigatorModelNode.h"

#include "store/StoreError.h"

#include <QScopedValueRollback>

namespace innoatlas {

void NavigatorModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    if (needsLookup(trimmed)) {
        applyLookup(lookUp(m_database, trimmed, m_scanThreshold));
        return;
    }
    FilterLookup nothing;
    nothing.text = trimmed;
    applyLookup(std::move(nothing));
}

bool NavigatorModel::needsLookup(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || !m_database.isValid())
        return false;
    // A text that holds one found nowhere is found nowhere either (a label holding it would hold that one).
    for (const QString &empty : std::as_const(m_foundNowhere)) {
        if (trimmed.contains(empty, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

void NavigatorModel::applyLookup(FilterLookup lookup)
{
    const QString trimmed = lookup.text;
    const bool scanning = lookup.scanning;
    NavigatorFinds finds = std::move(lookup.finds);
    // Asked plan by plan, the plans are asked on this model's connection: it throws here, before the tree changes,
    // when the database fails.
    if (scanning)
        NavigatorQuery::plansHoldingFinds(m_database, {}, trimmed);
    // Asked plan by plan, what the last text told of a plan holds for this one where this one is narrower (a plan
    // without a find has none of a longer text) or wider (a plan with a find has one of a shorter text).
    QHash<QString, bool> holds;
    if (scanning && m_scanning) {
        const bool narrower = trimmed.contains(m_filterText, Qt::CaseInsensitive);
        const bool wider = m_filterText.contains(trimmed, Qt::CaseInsensitive);
        for (auto it = m_holds.cbegin(); it != m_holds.cend(); ++it) {
            if (it.value() ? wider : narrower)
                holds.insert(it.key(), it.value());
        }
    }
    // One reset: removing the rows that do not match one block at a time costs far more with 100k rows.
    beginResetModel();
    m_filterText = trimmed;
    m_found.clear();
    m_holds = std::move(holds);
    m_scanning = scanning;
    if (scanning) {
        m_finds = topLevelFinds(LabelMatcher(trimmed));
        takeAhead(std::move(lookup.ahead));
    } else
        m_finds = m_database.isValid() || trimmed.isEmpty() ? std::move(finds) : filterInMemory(trimmed);
    rebuild();
    finishReset();
    if (lookup.lookedUp && !hasMoreGroups() && m_root->children.empty() && !m_foundNowhere.contains(trimmed)) {
        m_foundNowhere.append(trimmed);
        // The last few are what typing on after a mistake extends.
        if (m_foundNowhere.size() > 16)
            m_foundNowhere.removeFirst();
    }
}

NavigatorFinds NavigatorModel::topLevelFinds(const LabelMatcher &matcher) const
{
    NavigatorFinds finds;
    for (const NavigatorEntry &entry : std::as_const(m_data.entries)) {
        if (labelHolds(entry.label, matcher))
            finds.keys.insert(entry.key);
    }
    for (const NavigatorTheme &theme : std::as_const(m_data.themes)) {
        if (labelHolds(theme.name, matcher))
            finds.keys.insert(theme.key);
    }
    return finds;
}

NavigatorFinds NavigatorModel::filterInMemory(const QString &text)
{
    const LabelMatcher matcher(text);
    const auto matches = [&](const LocalizedText &label) { return labelHolds(label, matcher); };
    NavigatorFinds finds = topLevelFinds(matcher);
    for (const auto &[planKey, contents] : m_contents) {
        QHash<QString, const NavigatorEntry *> byKey;
        QSet<QString> shown;
        QSet<QString> hit; // found, or below a found element (parents come first)
        for (const NavigatorEntry &entry : *contents) {
            byKey.insert(entry.key, &entry);
            if (!matches(entry.label) && !hit.contains(entry.parentKey))
                continue;
            hit.insert(entry.key);
            // A found element's parents are shown too.
            for (const NavigatorEntry *at = &entry; at && !shown.contains(at->key); at = byKey.value(at->parentKey))
                shown.insert(at->key);
        }
        if (shown.isEmpty())
            continue;
        auto found = std::make_unique<Entries>();
        for (const NavigatorEntry &entry : *contents) {
            if (shown.contains(entry.key))
                found->push_back(entry);
        }
        finds.plans.insert(planKey, {});
        m_found.emplace(planKey, std::move(found));
    }
    return finds;
}

bool NavigatorModel::holdsFinds(const QString &planKey) const
{
    return m_scanning ? m_holds.value(planKey) : m_finds.plans.contains(planKey);
}

int NavigatorModel::groupCount() const
{
    return int(m_grouping == Grouping::Region ? m_top->regions.size() : m_data.themes.size());
}

void NavigatorModel::buildFiltered()
{
    m_nextGroup = 0;
    if (m_scanning) {
        // The first regions (or themes) now, the others as the tree is scrolled to them (fetchMore()).
        addFilteredGroups(m_root.get());
        return;
    }
    for (const int count = groupCount(); m_nextGroup < count; ++m_nextGroup)
        addFilteredGroup(m_root.get(), m_nextGroup);
}

int NavigatorModel::addFilteredGroups(Node *parent)
{
    int rows = 0;
    for (const int count = groupCount(); m_nextGroup < count && rows < m_scanBatchRows; ++m_nextGroup)
        rows += addFilteredGroup(parent, m_nextGroup);
    return rows;
}

QSet<QString> NavigatorModel::plansHoldingFinds(const QVector<const NavigatorEntry *> &plans)
{
    QStringList unknown;
    for (const NavigatorEntry *plan : plans) {
        if (!m_holds.contains(plan->key))
            unknown << plan->key;
    }
    if (!unknown.isEmpty()) {
        QSet<QString> holding;
        try {
            holding = NavigatorQuery::plansHoldingFinds(m_database, unknown, m_filterText);
        } catch (const StoreError &error) {
            // Asked while the tree is shown or scrolled, there is no caller to tell: the plans are left out.
            qWarning("Navigator filter: %s", qPrintable(error.message()));
        }
        for (const QString &key : std::as_const(unknown))
            m_holds.insert(key, holding.contains(key));
    }
    QSet<QString> result;
    for (const NavigatorEntry *plan : plans) {
        if (m_holds.value(plan->key))
            result.insert(plan->key);
    }
    return result;
}

int NavigatorModel::addFilteredGroup(Node *parent, int group)
{
    // As the filter always did: a find is shown under its ancestors and with everything below it
    // (a found region lists all its plans, a found plan all its contents).
    const auto found = [this](const QString &key) { return m_finds.keys.contains(key); };
    // The plans that hold finds, among those not found themselves; asked all at once when scanning.
    const auto holding = [&](const QVector<const NavigatorEntry *> &plans) {
        QVector<const NavigatorEntry *> asked;
        for (const NavigatorEntry *plan : plans) {
            if (!found(plan->key))
                asked.append(plan);
        }
        if (m_scanning)
            return plansHoldingFinds(asked);
        QSet<QString> result;
        for (const NavigatorEntry *plan : std::as_const(asked)) {
            if (m_finds.plans.contains(plan->key))
                result.insert(plan->key);
        }
        return result;
    };
    const size_t before = parent->children.size();
    if (m_grouping == Grouping::Region) {
        const NavigatorEntry &entry = *m_top->regions.at(group);
        const bool regionFound = found(entry.key);
        const QVector<const NavigatorEntry *> all = m_top->byRegion.value(entry.key);
        QSet<QString> plansHolding;
        if (!regionFound) {
            QVector<const NavigatorEntry *> plans;
            for (const NavigatorEntry *child : all) {
                if (child->kind == QLatin1String("plan"))
                    plans.append(child);
            }
            plansHolding = holding(plans);
        }
        QVector<const NavigatorEntry *> children;
        for (const NavigatorEntry *child : all) {
            if (regionFound || found(child->key) || plansHolding.contains(child->key))
                children.append(child);
        }
        // Read from a database, the region's events of no plan are counted here and read when opened.
        const int events = m_data.regionEventCounts.value(entry.key);
        int eventsFound = 0;
        if (regionFound) {
            eventsFound = events;
        } else if (events > 0) {
            if (m_scanning && !m_finds.regionEvents.contains(entry.key)) {
                try {
                    m_finds.regionEvents.insert(entry.key,
                                                NavigatorQuery::regionEventFinds(m_database, entry.key, m_filterText));
                } catch (const StoreError &error) {
                    qWarning("Navigator filter: %s", qPrintable(error.message()));
                    m_finds.regionEvents.insert(entry.key, {});
                }
            }
            eventsFound = int(m_finds.regionEvents.value(entry.key).size());
        }
        if (!regionFound && children.isEmpty() && eventsFound == 0)
            return 0;
        auto region = Node::of(&entry);
        Node *regionNode = parent->add(std::move(region));
        std::unique_ptr<Node> folder;
        for (const NavigatorEntry *child : std::as_const(children)) {
            if (child->kind == QLatin1String("plan")) {
                addPlan(regionNode, child, regionFound || found(child->key));
                continue;
            }
            if (!folder) {
                folder = Node::folder(child->kind);
            }
            auto node = Node::of(child);
            folder->add(std::move(node));
        }
        if (folder)
            regionNode->add(std::move(folder));
        else
            addRegionEvents(regionNode, eventsFound, regionFound);
        return 1 + int(regionNode->children.size());
    }
    const NavigatorTheme &theme = m_data.themes.at(group);
    const bool themeFound = found(theme.key);
    QVector<const NavigatorEntry *> plans;
    for (const QString &planKey : theme.planKeys) {
        if (const NavigatorEntry *plan = m_top->plan(planKey))
            plans.append(plan);
    }
    const QSet<QString> plansHolding = themeFound ? QSet<QString>() : holding(plans);
    QVector<const NavigatorEntry *> themePlans;
    for (const NavigatorEntry *plan : std::as_const(plans)) {
        if (themeFound || found(plan->key) || plansHolding.contains(plan->key))
            themePlans.append(plan);
    }
    if (!themeFound && themePlans.isEmpty())
        return 0;
    auto themeNode = Node::of(&theme);
    Node *themeParent = parent->add(std::move(themeNode));
    for (const NavigatorEntry *plan : std::as_const(themePlans))
        addPlan(themeParent, plan, themeFound || found(plan->key));
    return int(parent->children.size() - before) + int(themeParent->children.size());
}

bool NavigatorModel::hasMoreGroups() const
{
    return m_scanning && !m_filterText.isEmpty() && m_nextGroup < groupCount();
}

void NavigatorModel::fetchMoreGroups()
{
    if (m_announcing || !hasMoreGroups())
        return;
    Node batch;
    addFilteredGroups(&batch);
    if (batch.children.empty())
        return;
    const int first = int(m_root->children.size());
    beginInsertRows({}, first, first + int(batch.children.size()) - 1);
    for (auto &child : batch.children)
        m_root->add(std::move(child));
    const QScopedValueRollback<bool> announcing(m_announcing, true);
    endInsertRows();
    for (int row = first; row < int(m_root->children.size()); ++row) {
        Node *child = m_root->children.at(size_t(row)).get();
        if (!child->key.isEmpty() && !m_nodes.contains(child->key))
            m_nodes.insert(child->key, child);
        remember(child);
    }
}

int NavigatorModel::groupOfKey(const QString &key)
{
    // The region (or the first theme) a top-level entry or a plan's contents are listed under.
    const NavigatorEntry *entry = m_top->byKey.value(key);
    QString planKey;
    if (!entry) {
        try {
            planKey = NavigatorQuery::planOf(m_database, key);
            if (planKey.isEmpty() && m_grouping == Grouping::Region)
                return m_top->regionRow.value(NavigatorQuery::regionOfEvent(m_database, key), -1);
        } catch (const StoreError &) {
            return -1;
        }
        entry = m_top->plan(planKey);
        if (!entry)
            return -1;
    }
    if (m_grouping == Grouping::Region)
        return m_top->regionRow.value(entry->regionKey, -1);
    if (entry->kind != QLatin1String("plan"))
        return -1;
    for (int group = 0; group < int(m_data.themes.size()); ++group) {
        if (m_data.themes.at(group).planKeys.contains(entry->key))
            return group;
    }
    return -1;
}

} // namespace innoatlas
