#pragma once

// The parts of NavigatorModel its two source files share: the tree's node and the top level read at reload.

#include "models/NavigatorModel.h"
#include "query/LabelMatcher.h"

#include <memory>
#include <vector>

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

    /** The node of an entity the navigator read. */
    static std::unique_ptr<Node> of(const NavigatorEntry *entry)
    {
        auto node = std::make_unique<Node>();
        node->key = entry->key;
        node->kind = entry->kind;
        node->entry = entry;
        return node;
    }

    /** The node of a theme (grouping by theme). */
    static std::unique_ptr<Node> of(const NavigatorTheme *theme)
    {
        auto node = std::make_unique<Node>();
        node->key = theme->key;
        node->kind = QStringLiteral("theme");
        node->theme = theme;
        return node;
    }

    /** A folder of entities of @p kind. */
    static std::unique_ptr<Node> folder(const QString &kind)
    {
        auto node = std::make_unique<Node>();
        node->kind = QStringLiteral("folder");
        node->folderOf = kind;
        return node;
    }

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

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

/** Whether the Korean or English label holds the filter text of @p matcher, ignoring case: the filter's rule. */
inline bool labelHolds(const LocalizedText &label, const LabelMatcher &matcher)
{
    return matcher.isIn(label.ko) || matcher.isIn(label.en);
}

} // namespace innoatlas
