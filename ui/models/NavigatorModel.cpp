#include "models/NavigatorModel.h"
#include "models/NavigatorModelNode.h"

#include "common/ContentFormat.h"
#include "common/ItemRoles.h"
#include "common/Terms.h"

#include "store/StoreError.h"

#include <QScopedValueRollback>
#include <QSet>

namespace innoatlas {

namespace {
const QStringList folderKinds = {QStringLiteral("budget_line"), QStringLiteral("target"), QStringLiteral("indicator"),
                                 QStringLiteral("event"), QStringLiteral("participation")};

/** Entries listed under a region or a theme rather than in a plan's contents. */
bool isTopLevel(const NavigatorEntry &entry)
{
    return entry.kind == QLatin1String("region") || entry.kind == QLatin1String("plan") || entry.planKey.isEmpty();
}
} // namespace

NavigatorModel::NavigatorModel(QObject *parent)
    : QAbstractItemModel(parent), m_top(std::make_unique<TopLevel>(m_data.entries)), m_root(std::make_unique<Node>())
{
}

NavigatorModel::~NavigatorModel() = default;

void NavigatorModel::reload(const QSqlDatabase &database)
{
    reload(database, NavigatorQuery::top(database));
}

void NavigatorModel::reload(const QSqlDatabase &database, NavigatorData data)
{
    beginResetModel();
    m_foundNowhere.clear();
    m_database = database;
    m_data = std::move(data);
    m_top = std::make_unique<TopLevel>(m_data.entries);
    m_contents.clear();
    m_regionEvents.clear();
    m_outlined.clear();
    m_budgetLines.clear();
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
    m_outlined.clear();
    m_budgetLines.clear();
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

QVector<NavigatorEntry> NavigatorModel::readPlan(const QSqlDatabase &database, const QString &planKey, bool whole,
                                                 const QString &scanText, NavigatorFinds &finds, int &budgetLines)
{
    // A whole plan's budget lines (most of its rows) are read when their folder is opened.
    if (whole)
        return NavigatorQuery::planOutline(database, planKey, budgetLines);
    // Asked plan by plan, a plan's finds are looked for when the plan is opened.
    if (!scanText.isEmpty() && !finds.plans.contains(planKey))
        finds.plans.insert(planKey, NavigatorQuery::filterPlan(database, planKey, scanText).plans.value(planKey));
    return NavigatorQuery::planContents(database, planKey, finds);
}

const NavigatorModel::Entries &NavigatorModel::contentsOf(const QString &planKey, bool whole)
{
    const bool filtered = !whole;
    std::unique_ptr<Entries> &contents = filtered ? m_found[planKey] : m_contents[planKey];
    if (!contents) {
        contents = std::make_unique<Entries>();
        if (m_database.isValid()) {
            int budgetLines = 0;
            const QVector<NavigatorEntry> read =
                readPlan(m_database, planKey, whole, m_scanning ? m_filterText : QString(), m_finds, budgetLines);
            contents->assign(read.cbegin(), read.cend());
            if (!filtered)
                m_outlined.insert(planKey, budgetLines);
        }
    }
    return *contents;
}

NavigatorModel::Node *NavigatorModel::addPlan(Node *parent, const NavigatorEntry *plan, bool whole)
{
    auto node = Node::of(plan);
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
            auto region = Node::of(&entry);
            Node *regionNode = m_root->add(std::move(region));
            // The region's plans, then a folder of its events that belong to no plan.
            std::unique_ptr<Node> folder;
            for (const NavigatorEntry *child : byRegion.value(entry.key)) {
                if (child->kind == QLatin1String("plan")) {
                    addPlan(regionNode, child, true);
                    continue;
                }
                auto node = Node::of(child);
                if (!folder) {
                    folder = Node::folder(child->kind);
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
            auto themeNode = Node::of(&theme);
            Node *parent = m_root->add(std::move(themeNode));
            for (const QString &planKey : theme.planKeys) {
                if (const NavigatorEntry *plan = m_top->plan(planKey))
                    addPlan(parent, plan, true);
            }
        }
    }
    remember(m_root.get());
}

void NavigatorModel::addRegionEvents(Node *region, int count, bool whole)
{
    if (count <= 0)
        return;
    auto folder = Node::folder(QStringLiteral("event"));
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
        auto node = Node::of(&event);
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
        auto node = Node::of(entry);
        if (entry->kind == QLatin1String("element")) {
            Node *parent = elements.value(entry->parentKey, planNode);
            elements.insert(entry->key, parent->add(std::move(node)));
        } else if (folderKinds.contains(entry->kind)) {
            std::unique_ptr<Node> &folder = folders[entry->kind];
            if (!folder) {
                folder = Node::folder(entry->kind);
            }
            folder->add(std::move(node));
        }
    }
    // A plan read without its budget lines lists them in a folder of its own (the first of the folders).
    if (planNode->whole)
        addBudgetLineFolder(planNode);
    for (const QString &kind : folderKinds) {
        const auto it = folders.find(kind);
        if (it != folders.end())
            planNode->add(std::move(it->second));
    }
    planNode->fetched = true;
}

void NavigatorModel::addBudgetLineFolder(Node *planNode)
{
    const int count = m_outlined.value(planNode->key);
    if (count <= 0)
        return;
    auto folder = Node::folder(QStringLiteral("budget_line"));
    folder->count = count;
    folder->fetched = false;
    Node *added = planNode->add(std::move(folder));
    // Read before (the plan shown again after a filter change): listed at once.
    if (m_budgetLines.count(planNode->key)) {
        for (auto &line : readBudgetLines(*added))
            added->add(std::move(line));
        added->fetched = true;
    }
}

std::vector<std::unique_ptr<NavigatorModel::Node>> NavigatorModel::readBudgetLines(const Node &folder)
{
    const QString planKey = folder.parent->key;
    std::unique_ptr<Entries> &lines = m_budgetLines[planKey];
    if (!lines) {
        lines = std::make_unique<Entries>();
        try {
            const QVector<NavigatorEntry> read = NavigatorQuery::planBudgetLines(m_database, planKey);
            lines->assign(read.cbegin(), read.cend());
        } catch (const StoreError &error) {
            // Opened from the view, there is no caller to tell: the folder shows no rows.
            qWarning("Navigator: %s", qPrintable(error.message()));
            m_budgetLines.erase(planKey);
            return {};
        }
    }
    std::vector<std::unique_ptr<Node>> nodes;
    nodes.reserve(lines->size());
    for (const NavigatorEntry &line : *lines) {
        auto node = Node::of(&line);
        nodes.push_back(std::move(node));
    }
    return nodes;
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
        // A folder of a plan's budget lines, or of a region's events of no plan.
        plan->fetched = true;
        insertChildren(parent,
                       plan->parent->kind == QLatin1String("plan") ? readBudgetLines(*plan) : readRegionEvents(*plan));
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
    built.whole = plan->whole;
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

void NavigatorModel::insertChildren(const QModelIndex &parent, std::vector<std::unique_ptr<Node>> children)
{
    Node *folder = nodeOf(parent);
    if (children.empty()) {
        // No rows to insert, but the expand sign goes away.
        emit dataChanged(parent, parent);
        return;
    }
    beginInsertRows(parent, 0, int(children.size()) - 1);
    for (auto &child : children)
        folder->add(std::move(child));
    const QScopedValueRollback<bool> announcing(m_announcing, true);
    endInsertRows();
    for (const auto &child : folder->children) {
        if (!m_nodes.contains(child->key))
            m_nodes.insert(child->key, child.get());
    }
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
    if (!unread)
        return {};
    if (!unread->fetched)
        fetchMore(indexOfNode(unread));
    if (const Node *node = m_nodes.value(key))
        return indexOfNode(node);
    // A budget line of a plan whose folder of budget lines is not read yet.
    for (const auto &child : unread->children) {
        if (!child->fetched && child->folderOf == QLatin1String("budget_line")) {
            fetchMore(indexOfNode(child.get()));
            return indexOfNode(m_nodes.value(key));
        }
    }
    return {};
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
