#include "models/NavigatorModel.h"

#include "common/ContentFormat.h"
#include "common/ItemRoles.h"
#include "common/Terms.h"

#include "store/StoreError.h"

#include <QScopedValueRollback>
#include <QSet>

namespace innoatlas {

struct NavigatorModel::Node
{
    QString key;      ///< entity key; empty for a folder
    QString kind;     ///< entity kind, or "folder"
    QString folderOf; ///< for a folder: the kind of entity it holds
    const NavigatorEntry *entry = nullptr;
    const NavigatorTheme *theme = nullptr;
    Node *parent = nullptr;
    int row = 0;
    bool fetched = true; ///< false for a plan whose contents are not in the tree yet
    bool whole = true;   ///< a plan listing all its contents: unfiltered, or found itself or under a find
    int count = 0;       ///< for a folder of a region's events not read yet: how many it lists
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {
const QStringList folderKinds = {QStringLiteral("budget_line"), QStringLiteral("target"), QStringLiteral("indicator"),
                                 QStringLiteral("event"), QStringLiteral("participation")};

/** Entries listed under a region or a theme rather than in a plan's contents. */
bool isTopLevel(const NavigatorEntry &entry)
{
    return entry.kind == QLatin1String("region") || entry.kind == QLatin1String("plan") || entry.planKey.isEmpty();
}
} // namespace

/** A region's plans and its events of no plan, in the order read; the regions; the top-level entries by key. */
struct NavigatorModel::TopLevel
{
    QVector<const NavigatorEntry *> regions;
    QHash<QString, QVector<const NavigatorEntry *>> byRegion;
    QHash<QString, const NavigatorEntry *> byKey;
    QHash<QString, int> regionRow;

    explicit TopLevel(const QVector<NavigatorEntry> &entries)
    {
        for (const NavigatorEntry &entry : entries) {
            byKey.insert(entry.key, &entry);
            if (entry.kind == QLatin1String("region")) {
                regionRow.insert(entry.key, int(regions.size()));
                regions.append(&entry);
            } else if (entry.kind == QLatin1String("plan")) {
                byRegion[entry.parentKey].append(&entry);
            } else if (entry.kind == QLatin1String("event") && entry.planKey.isEmpty()) {
                byRegion[entry.regionKey].append(&entry);
            }
        }
    }
    const NavigatorEntry *plan(const QString &key) const
    {
        const NavigatorEntry *entry = byKey.value(key);
        return entry && entry->kind == QLatin1String("plan") ? entry : nullptr;
    }
};

namespace {
bool labelHolds(const LocalizedText &label, const QString &text)
{
    return label.ko.contains(text, Qt::CaseInsensitive) || label.en.contains(text, Qt::CaseInsensitive);
}
} // namespace

NavigatorModel::NavigatorModel(QObject *parent)
    : QAbstractItemModel(parent), m_top(std::make_unique<TopLevel>(m_data.entries)), m_root(std::make_unique<Node>())
{
}

NavigatorModel::~NavigatorModel() = default;

void NavigatorModel::reload(const QSqlDatabase &database)
{
    NavigatorData data = NavigatorQuery::top(database);
    beginResetModel();
    m_database = database;
    m_data = std::move(data);
    m_top = std::make_unique<TopLevel>(m_data.entries);
    m_contents.clear();
    m_regionEvents.clear();
    m_finds = NavigatorFinds();
    m_found.clear();
    m_filterText.clear();
    m_scanning = false;
    m_holds.clear();
    rebuild();
    finishReset();
}

void NavigatorModel::setNavigatorData(NavigatorData data)
{
    beginResetModel();
    m_database = QSqlDatabase();
    m_data = NavigatorData();
    m_data.themes = std::move(data.themes);
    m_contents.clear();
    m_regionEvents.clear();
    for (const NavigatorEntry &entry : std::as_const(data.entries)) {
        if (entry.kind == QLatin1String("plan"))
            m_contents.emplace(entry.key, std::make_unique<Entries>());
    }
    for (NavigatorEntry &entry : data.entries) {
        if (isTopLevel(entry)) {
            m_data.entries.append(std::move(entry));
        } else {
            std::unique_ptr<Entries> &contents = m_contents[entry.planKey];
            if (!contents)
                contents = std::make_unique<Entries>();
            contents->push_back(std::move(entry));
        }
    }
    m_top = std::make_unique<TopLevel>(m_data.entries);
    m_finds = NavigatorFinds();
    m_found.clear();
    m_filterText.clear();
    m_scanning = false;
    m_holds.clear();
    rebuild();
    finishReset();
}

void NavigatorModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuild();
    finishReset();
}

void NavigatorModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    NavigatorFinds finds;
    bool scanning = false;
    if (!trimmed.isEmpty() && m_database.isValid()) {
        // A text found in much of the database is asked about plan by plan, for the rows the tree shows;
        // any other is looked up at once. Both throw before the tree changes when the database fails.
        scanning = NavigatorQuery::findsMoreThan(m_database, trimmed, m_scanThreshold);
        if (scanning)
            NavigatorQuery::plansHoldingFinds(m_database, {}, trimmed);
        else
            finds = NavigatorQuery::filter(m_database, trimmed);
    }
    // One reset: removing the rows that do not match one block at a time costs far more with 100k rows.
    beginResetModel();
    m_filterText = trimmed;
    m_found.clear();
    m_holds.clear();
    m_scanning = scanning;
    if (scanning)
        m_finds = topLevelFinds(trimmed);
    else
        m_finds = m_database.isValid() || trimmed.isEmpty() ? std::move(finds) : filterInMemory(trimmed);
    rebuild();
    finishReset();
}

NavigatorFinds NavigatorModel::topLevelFinds(const QString &text) const
{
    NavigatorFinds finds;
    for (const NavigatorEntry &entry : std::as_const(m_data.entries)) {
        if (labelHolds(entry.label, text))
            finds.keys.insert(entry.key);
    }
    for (const NavigatorTheme &theme : std::as_const(m_data.themes)) {
        if (labelHolds(theme.name, text))
            finds.keys.insert(theme.key);
    }
    return finds;
}

NavigatorFinds NavigatorModel::filterInMemory(const QString &text)
{
    const auto matches = [&](const LocalizedText &label) { return labelHolds(label, text); };
    NavigatorFinds finds = topLevelFinds(text);
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

void NavigatorModel::setContentLanguage(ContentLanguage language)
{
    if (language == m_language)
        return;
    m_language = language;
    emitChanged({});
}

void NavigatorModel::retranslate()
{
    emitChanged({});
    emit headerDataChanged(Qt::Horizontal, 0, 0);
}

void NavigatorModel::emitChanged(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    emit dataChanged(index(0, 0, parent), index(rows - 1, 0, parent));
    for (int row = 0; row < rows; ++row)
        emitChanged(index(row, 0, parent));
}

const NavigatorModel::Entries &NavigatorModel::contentsOf(const QString &planKey, bool whole)
{
    const bool filtered = !whole;
    std::unique_ptr<Entries> &contents = filtered ? m_found[planKey] : m_contents[planKey];
    if (!contents) {
        contents = std::make_unique<Entries>();
        if (m_database.isValid()) {
            // Scanning, a plan's finds are looked for when the plan is opened.
            if (filtered && m_scanning && !m_finds.plans.contains(planKey))
                m_finds.plans.insert(
                    planKey, NavigatorQuery::filterPlan(m_database, planKey, m_filterText).plans.value(planKey));
            const QVector<NavigatorEntry> read = filtered ? NavigatorQuery::planContents(m_database, planKey, m_finds)
                                                          : NavigatorQuery::planContents(m_database, planKey);
            contents->assign(read.cbegin(), read.cend());
        }
    }
    return *contents;
}

NavigatorModel::Node *NavigatorModel::addPlan(Node *parent, const NavigatorEntry *plan, bool whole)
{
    auto node = std::make_unique<Node>();
    node->key = plan->key;
    node->kind = plan->kind;
    node->entry = plan;
    node->whole = whole;
    Node *added = parent->add(std::move(node));
    // Filtered, a plan that is only an ancestor of finds lists those; one that is neither has no rows.
    if (whole || holdsFinds(plan->key)) {
        // A plan read before shows its contents at once; any other is read when it is opened.
        const auto &cache = whole ? m_contents : m_found;
        const auto cached = cache.find(plan->key);
        if (cached != cache.end() && cached->second) {
            std::vector<const NavigatorEntry *> entries;
            for (const NavigatorEntry &entry : *cached->second)
                entries.push_back(&entry);
            addPlanSubtree(added, entries);
        } else {
            added->fetched = false;
        }
    }
    return added;
}

void NavigatorModel::rebuild()
{
    m_root = std::make_unique<Node>();
    m_nodes.clear();
    if (!m_filterText.isEmpty()) {
        buildFiltered();
        remember(m_root.get());
        return;
    }
    const auto &byRegion = m_top->byRegion;
    if (m_grouping == Grouping::Region) {
        for (const NavigatorEntry *regionEntry : std::as_const(m_top->regions)) {
            const NavigatorEntry &entry = *regionEntry;
            auto region = std::make_unique<Node>();
            region->key = entry.key;
            region->kind = entry.kind;
            region->entry = &entry;
            Node *regionNode = m_root->add(std::move(region));
            // The region's plans, then a folder of its events that belong to no plan.
            std::unique_ptr<Node> folder;
            for (const NavigatorEntry *child : byRegion.value(entry.key)) {
                if (child->kind == QLatin1String("plan")) {
                    addPlan(regionNode, child, true);
                    continue;
                }
                auto node = std::make_unique<Node>();
                node->key = child->key;
                node->kind = child->kind;
                node->entry = child;
                if (!folder) {
                    folder = std::make_unique<Node>();
                    folder->kind = QStringLiteral("folder");
                    folder->folderOf = child->kind;
                }
                folder->add(std::move(node));
            }
            if (folder)
                regionNode->add(std::move(folder));
            else
                addRegionEvents(regionNode, m_data.regionEventCounts.value(entry.key), true);
        }
    } else {
        for (const NavigatorTheme &theme : std::as_const(m_data.themes)) {
            auto themeNode = std::make_unique<Node>();
            themeNode->key = theme.key;
            themeNode->kind = QStringLiteral("theme");
            themeNode->theme = &theme;
            Node *parent = m_root->add(std::move(themeNode));
            for (const QString &planKey : theme.planKeys) {
                if (const NavigatorEntry *plan = m_top->plan(planKey))
                    addPlan(parent, plan, true);
            }
        }
    }
    remember(m_root.get());
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
        auto region = std::make_unique<Node>();
        region->key = entry.key;
        region->kind = entry.kind;
        region->entry = &entry;
        Node *regionNode = parent->add(std::move(region));
        std::unique_ptr<Node> folder;
        for (const NavigatorEntry *child : std::as_const(children)) {
            if (child->kind == QLatin1String("plan")) {
                addPlan(regionNode, child, regionFound || found(child->key));
                continue;
            }
            if (!folder) {
                folder = std::make_unique<Node>();
                folder->kind = QStringLiteral("folder");
                folder->folderOf = child->kind;
            }
            auto node = std::make_unique<Node>();
            node->key = child->key;
            node->kind = child->kind;
            node->entry = child;
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
    auto themeNode = std::make_unique<Node>();
    themeNode->key = theme.key;
    themeNode->kind = QStringLiteral("theme");
    themeNode->theme = &theme;
    Node *themeParent = parent->add(std::move(themeNode));
    for (const NavigatorEntry *plan : std::as_const(themePlans))
        addPlan(themeParent, plan, themeFound || found(plan->key));
    return int(parent->children.size() - before) + int(themeParent->children.size());
}

void NavigatorModel::addRegionEvents(Node *region, int count, bool whole)
{
    if (count <= 0)
        return;
    auto folder = std::make_unique<Node>();
    folder->kind = QStringLiteral("folder");
    folder->folderOf = QStringLiteral("event");
    folder->fetched = false;
    folder->whole = whole;
    folder->count = count;
    region->add(std::move(folder));
}

std::vector<std::unique_ptr<NavigatorModel::Node>> NavigatorModel::readRegionEvents(const Node &folder)
{
    const QString regionKey = folder.parent->key;
    std::unique_ptr<Entries> &events = m_regionEvents[regionKey];
    if (!events) {
        events = std::make_unique<Entries>();
        try {
            const QVector<NavigatorEntry> read = NavigatorQuery::regionEvents(m_database, regionKey);
            events->assign(read.cbegin(), read.cend());
        } catch (const StoreError &error) {
            // Opened from the view, there is no caller to tell: the folder shows no rows.
            qWarning("Navigator: %s", qPrintable(error.message()));
        }
    }
    const QSet<QString> found = folder.whole ? QSet<QString>() : m_finds.regionEvents.value(regionKey);
    std::vector<std::unique_ptr<Node>> nodes;
    for (const NavigatorEntry &event : *events) {
        if (!folder.whole && !found.contains(event.key))
            continue;
        auto node = std::make_unique<Node>();
        node->key = event.key;
        node->kind = event.kind;
        node->entry = &event;
        nodes.push_back(std::move(node));
    }
    return nodes;
}

void NavigatorModel::addPlanSubtree(Node *planNode, const std::vector<const NavigatorEntry *> &entries)
{
    QHash<QString, Node *> elements;
    elements.insert(planNode->key, planNode);
    std::map<QString, std::unique_ptr<Node>> folders;
    for (const NavigatorEntry *entry : entries) {
        auto node = std::make_unique<Node>();
        node->key = entry->key;
        node->kind = entry->kind;
        node->entry = entry;
        if (entry->kind == QLatin1String("element")) {
            Node *parent = elements.value(entry->parentKey, planNode);
            elements.insert(entry->key, parent->add(std::move(node)));
        } else if (folderKinds.contains(entry->kind)) {
            std::unique_ptr<Node> &folder = folders[entry->kind];
            if (!folder) {
                folder = std::make_unique<Node>();
                folder->kind = QStringLiteral("folder");
                folder->folderOf = entry->kind;
            }
            folder->add(std::move(node));
        }
    }
    for (const QString &kind : folderKinds) {
        const auto it = folders.find(kind);
        if (it != folders.end())
            planNode->add(std::move(it->second));
    }
    planNode->fetched = true;
}

void NavigatorModel::remember(Node *node)
{
    // Depth first, so that a key shown twice (a plan under two themes) finds its first row.
    for (const auto &child : node->children) {
        if (!child->key.isEmpty() && !m_nodes.contains(child->key))
            m_nodes.insert(child->key, child.get());
        remember(child.get());
    }
}

bool NavigatorModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    return !node->fetched || !node->children.empty();
}

bool NavigatorModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() == 0 && !nodeOf(parent)->fetched;
}

bool NavigatorModel::hasMoreGroups() const
{
    return m_scanning && !m_filterText.isEmpty() && m_nextGroup < groupCount();
}

void NavigatorModel::finishReset()
{
    const QScopedValueRollback<bool> announcing(m_announcing, true);
    endResetModel();
}

void NavigatorModel::fetchMore(const QModelIndex &parent)
{
    // Not while a change is being announced: a receiver that fetches then (QAbstractItemModelTester
    // of Qt 6.4 does) would see rows inserted inside the reset or insertion it is still handling.
    if (m_announcing || !canFetchMore(parent))
        return;
    Node *plan = nodeOf(parent);
    if (plan->kind == QLatin1String("folder")) {
        // A folder of a region's events of no plan.
        std::vector<std::unique_ptr<Node>> events = readRegionEvents(*plan);
        plan->fetched = true;
        if (events.empty()) {
            emit dataChanged(parent, parent);
            return;
        }
        beginInsertRows(parent, 0, int(events.size()) - 1);
        for (auto &event : events)
            plan->add(std::move(event));
        const QScopedValueRollback<bool> announcing(m_announcing, true);
        endInsertRows();
        for (const auto &child : plan->children) {
            if (!m_nodes.contains(child->key))
                m_nodes.insert(child->key, child.get());
        }
        return;
    }
    static const Entries none;
    const Entries *read = &none;
    try {
        read = &contentsOf(plan->key, plan->whole);
    } catch (const StoreError &error) {
        // Opened from the view, there is no caller to tell: the plan shows no rows.
        qWarning("Navigator: %s", qPrintable(error.message()));
    }
    const Entries &contents = *read;
    std::vector<const NavigatorEntry *> entries;
    entries.reserve(contents.size());
    for (const NavigatorEntry &entry : contents)
        entries.push_back(&entry);
    Node built;
    built.key = plan->key;
    addPlanSubtree(&built, entries);
    plan->fetched = true;
    if (built.children.empty()) {
        // No rows to insert, but the expand sign goes away.
        emit dataChanged(parent, parent);
        return;
    }
    beginInsertRows(parent, 0, int(built.children.size()) - 1);
    for (auto &child : built.children)
        plan->add(std::move(child));
    const QScopedValueRollback<bool> announcing(m_announcing, true);
    endInsertRows();
    for (const auto &child : plan->children) {
        if (!child->key.isEmpty() && !m_nodes.contains(child->key))
            m_nodes.insert(child->key, child.get());
        remember(child.get());
    }
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

NavigatorModel::Node *NavigatorModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex NavigatorModel::indexOfNode(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex NavigatorModel::indexOfKey(const QString &key)
{
    if (key.isEmpty())
        return {};
    if (const Node *node = m_nodes.value(key))
        return indexOfNode(node);
    if (!m_database.isValid())
        return {};
    // Filtered region by region, the regions up to the entity's are listed first.
    if (hasMoreGroups()) {
        const int group = groupOfKey(key);
        while (group >= m_nextGroup && hasMoreGroups())
            fetchMoreGroups();
        if (const Node *node = m_nodes.value(key))
            return indexOfNode(node);
    }
    // An entity of a plan whose contents are not read yet (or an event of a region whose folder is not):
    // read them, then look again.
    const Node *unread = nullptr;
    try {
        const QString planKey = NavigatorQuery::planOf(m_database, key);
        if (!planKey.isEmpty()) {
            unread = m_nodes.value(planKey);
        } else if (const Node *region = m_nodes.value(NavigatorQuery::regionOfEvent(m_database, key))) {
            for (const auto &child : region->children) {
                if (child->kind == QLatin1String("folder") && child->folderOf == QLatin1String("event"))
                    unread = child.get();
            }
        }
    } catch (const StoreError &) {
        return {};
    }
    if (!unread || unread->fetched)
        return {};
    fetchMore(indexOfNode(unread));
    return indexOfNode(m_nodes.value(key));
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *node = nodeOf(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString NavigatorModel::label(const Node &node) const
{
    if (node.kind == QLatin1String("folder"))
        return tr("%1 (%2)")
            .arg(Terms::interfaceName(QStringLiteral("entityKindPlural"), node.folderOf))
            .arg(node.fetched ? qsizetype(node.children.size()) : qsizetype(node.count));
    if (node.theme)
        return ContentFormat::line(node.theme->name, m_language);
    if (!node.entry)
        return node.key;
    QString text = ContentFormat::line(node.entry->label, m_language);
    if (text.isEmpty())
        text = node.key;
    if (node.kind == QLatin1String("participation"))
        return QStringLiteral("%1 (%2)").arg(text,
                                             Terms::name(QStringLiteral("role"), node.entry->subKind, m_language));
    return text;
}

QString NavigatorModel::toolTip(const Node &node) const
{
    if (node.kind == QLatin1String("folder"))
        return {};
    const LocalizedText text = node.theme ? node.theme->name : node.entry ? node.entry->label : LocalizedText();
    QString kind = Terms::interfaceName(QStringLiteral("entityKind"), node.kind);
    if (node.kind == QLatin1String("element") && node.entry)
        kind = Terms::interfaceName(QStringLiteral("elementKind"), node.entry->subKind);
    QStringList lines;
    lines << kind;
    if (!text.ko.isEmpty())
        lines << text.ko;
    if (!text.en.isEmpty() && text.en != text.ko)
        lines << text.en;
    return lines.join(QLatin1Char('\n'));
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = *nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return label(node);
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::AccessibleTextRole:
        return label(node);
    case KeyRole:
        return node.key;
    case KindRole:
        return node.kind;
    case PlanKeyRole:
        return node.entry ? node.entry->planKey : QString();
    case RegionKeyRole:
        return node.entry ? node.entry->regionKey : QString();
    case SearchTextRole: {
        const LocalizedText text = node.theme ? node.theme->name : node.entry ? node.entry->label : LocalizedText();
        return QStringList{text.ko, text.en, label(node)}.join(QLatin1Char('\n'));
    }
    }
    return {};
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section != 0 || orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return m_grouping == Grouping::Region ? tr("Regions and plans") : tr("Themes and plans");
}

} // namespace innoatlas
