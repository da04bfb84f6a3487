#pragma once

#include "common/ContentLanguage.h"
#include "query/NavigatorQuery.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace innoatlas {

/**
 * The navigator's tree. Grouped by region: region → plan → the plan's elements (nested), then
 * folders of its budget lines, targets, events and participants. Grouped by theme: theme → plan
 * → the same. Texts are in the content language; folders are named in the interface language.
 */
class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Grouping
    {
        Region,
        Theme
    };

    explicit NavigatorModel(QObject *parent = nullptr);
    ~NavigatorModel() override;

    /** Reads the tree from @p database (throws StoreError). */
    void reload(const QSqlDatabase &database);
    void setNavigatorData(NavigatorData data);
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    void setContentLanguage(ContentLanguage language);
    /** Folder names follow the interface language: call after it changed. */
    void retranslate();

    /** The first row showing the entity @p key, or an invalid index. */
    QModelIndex indexOfKey(const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;

    void rebuild();
    void addPlanSubtree(Node *planNode, const QVector<const NavigatorEntry *> &entries);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;
    QString label(const Node &node) const;
    QString toolTip(const Node &node) const;
    void emitChanged(const QModelIndex &parent);

    NavigatorData m_data;
    std::unique_ptr<Node> m_root;
    Grouping m_grouping = Grouping::Region;
    ContentLanguage m_language = ContentLanguage::Korean;
};

} // namespace innoatlas
