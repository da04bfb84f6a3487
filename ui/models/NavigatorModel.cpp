#include "models/NavigatorModel.h"

#include "common/ContentFormat.h"
#include "common/ItemRoles.h"
#include "common/Terms.h"

#include <QHash>

#include <functional>
#include <map>

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
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

NavigatorModel::NavigatorModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

NavigatorModel::~NavigatorModel() = default;

void NavigatorModel::reload(const QSqlDatabase &database)
{
    setNavigatorData(NavigatorQuery::query(database));
}

void NavigatorModel::setNavigatorData(NavigatorData data)
{
    beginResetModel();
    m_data = std::move(data);
    rebuild();
    endResetModel();
}

void NavigatorModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuild();
    endResetModel();
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

void NavigatorModel::rebuild()
{
    m_root = std::make_unique<Node>();
    // One pass to index the entries, so building stays linear however many plans there are.
    QHash<QString, QVector<const NavigatorEntry *>> byPlan;
    QHash<QString, QVector<const NavigatorEntry *>> byRegion;
    for (const NavigatorEntry &entry : std::as_const(m_data.entries)) {
        if (entry.kind == QLatin1String("plan"))
            byRegion[entry.parentKey].append(&entry);
        else if (!entry.planKey.isEmpty())
            byPlan[entry.planKey].append(&entry);
        else if (entry.kind == QLatin1String("event"))
            byRegion[entry.regionKey].append(&entry);
    }
    if (m_grouping == Grouping::Region) {
        for (const NavigatorEntry &entry : std::as_const(m_data.entries)) {
            if (entry.kind != QLatin1String("region"))
                continue;
            auto region = std::make_unique<Node>();
            region->key = entry.key;
            region->kind = entry.kind;
            region->entry = &entry;
            Node *regionNode = m_root->add(std::move(region));
            // The region's plans, then a folder of its events that belong to no plan.
            std::unique_ptr<Node> folder;
            for (const NavigatorEntry *child : byRegion.value(entry.key)) {
                auto node = std::make_unique<Node>();
                node->key = child->key;
                node->kind = child->kind;
                node->entry = child;
                if (child->kind == QLatin1String("plan")) {
                    addPlanSubtree(regionNode->add(std::move(node)), byPlan.value(child->key));
                    continue;
                }
                if (!folder) {
                    folder = std::make_unique<Node>();
                    folder->kind = QStringLiteral("folder");
                    folder->folderOf = child->kind;
                }
                folder->add(std::move(node));
            }
            if (folder)
                regionNode->add(std::move(folder));
        }
        return;
    }
    QHash<QString, const NavigatorEntry *> plans;
    for (const NavigatorEntry &entry : std::as_const(m_data.entries)) {
        if (entry.kind == QLatin1String("plan"))
            plans.insert(entry.key, &entry);
    }
    for (const NavigatorTheme &theme : std::as_const(m_data.themes)) {
        auto themeNode = std::make_unique<Node>();
        themeNode->key = theme.key;
        themeNode->kind = QStringLiteral("theme");
        themeNode->theme = &theme;
        Node *parent = m_root->add(std::move(themeNode));
        for (const QString &planKey : theme.planKeys) {
            const NavigatorEntry *plan = plans.value(planKey);
            if (!plan)
                continue;
            auto node = std::make_unique<Node>();
            node->key = plan->key;
            node->kind = plan->kind;
            node->entry = plan;
            addPlanSubtree(parent->add(std::move(node)), byPlan.value(plan->key));
        }
    }
}

void NavigatorModel::addPlanSubtree(Node *planNode, const QVector<const NavigatorEntry *> &entries)
{
    QHash<QString, Node *> elements;
    elements.insert(planNode->key, planNode);
    const QStringList folderKinds = {QStringLiteral("budget_line"), QStringLiteral("target"),
                                     QStringLiteral("indicator"), QStringLiteral("event"),
                                     QStringLiteral("participation")};
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

QModelIndex NavigatorModel::indexOfKey(const QString &key) const
{
    if (key.isEmpty())
        return {};
    std::function<const Node *(const Node *)> find = [&](const Node *node) -> const Node * {
        for (const auto &child : node->children) {
            if (child->key == key)
                return child.get();
            if (const Node *found = find(child.get()))
                return found;
        }
        return nullptr;
    };
    return indexOfNode(find(m_root.get()));
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
            .arg(node.children.size());
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
