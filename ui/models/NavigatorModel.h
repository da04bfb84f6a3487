#pragma once

#include "common/ContentLanguage.h"
#include "query/NavigatorQuery.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <map>
#include <memory>
#include <vector>

namespace innoatlas {

class LabelMatcher;

/**
 * The navigator's tree. Grouped by region: region → plan → the plan's elements (nested), then
 * folders of its budget lines, targets, events and participants. Grouped by theme: theme → plan
 * → the same. Texts are in the content language; folders are named in the interface language.
 *
 * Read from a database, the tree holds the regions (or themes) and plans at first; a plan's
 * contents are read when it is expanded (canFetchMore()/fetchMore()) or when indexOfKey() looks
 * for one of them. With a filter text the tree is what NavigatorQuery::filter() finds, each find
 * under its ancestors and with everything below it: the regions (or themes) and plans at once,
 * a plan's contents (or the finds among them) when it is expanded. An empty filter returns to the
 * whole tree.
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

    /** Reads the regions, themes and plans from @p database and clears the filter (throws StoreError). */
    void reload(const QSqlDatabase &database);
    /** As reload(), with the top level (NavigatorQuery::top()) already read from the same database. */
    void reload(const QSqlDatabase &database, NavigatorData top);
    /** Shows @p data, every plan's contents included (no database is read). */
    void setNavigatorData(NavigatorData data);
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    void setContentLanguage(ContentLanguage language);
    /** Folder names follow the interface language: call after it changed. */
    void retranslate();

    /**
     * Shows only the entities whose Korean or English label holds @p text (ignoring case) and their
     * ancestors, in one reset; an empty text shows the whole tree again. Throws StoreError.
     */
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    /**
     * For a text asked about plan by plan, what the first regions (or themes) the tree shows will ask: read with the
     * lookup, on its connection, rather than while the tree is shown.
     */
    struct LookAhead
    {
        QVector<QPair<QString, bool>> plans; ///< the first plans listed, in order, and whether they are listed whole
        QStringList regions;                 ///< the first regions with events of no plan
        QHash<QString, bool> holds;          ///< read: whether each plan not listed whole holds a find
        QHash<QString, QSet<QString>> regionEvents;       ///< read: the regions' events found
        NavigatorFinds planFinds;                         ///< read: the first plans opened that hold finds
        QHash<QString, QVector<NavigatorEntry>> found;    ///< read: their contents found
        QHash<QString, QVector<NavigatorEntry>> outlines; ///< read: the first plans opened whole
        QHash<QString, int> outlinedBudgetLines;          ///< read: how many budget lines those have
    };
    /** What the database tells of a filter text: what setFilterText() reads before it changes the tree. */
    struct FilterLookup
    {
        QString text;          ///< trimmed
        bool scanning = false; ///< found in more labels than the scan threshold: asked plan by plan
        NavigatorFinds finds;  ///< otherwise, what NavigatorQuery::filter() found
        LookAhead ahead;       ///< scanning, what the first regions (or themes) shown ask
        bool lookedUp = false; ///< false for a text that needs no lookup (needsLookup())
    };
    /** The plans and regions the tree shows first with the filter @p text, were it asked about plan by plan. */
    LookAhead lookAhead(const QString &text) const;
    /** Whether setting the filter to @p text reads the database (it does not for an empty text, or one known to be
     * found nowhere). */
    bool needsLookup(const QString &text) const;
    /**
     * Reads what the filter needs to know of @p text from @p database: a connection to the model's database, which
     * may be another one on another thread. Throws StoreError.
     */
    static FilterLookup lookUp(const QSqlDatabase &database, const QString &text, int scanThreshold,
                               LookAhead ahead = {});
    int scanThreshold() const { return m_scanThreshold; }
    /** Filters by @p lookup, which lookUp() read (or, for a text that needs none, holds only the text). Throws
     * StoreError before the tree changes. */
    void applyLookup(FilterLookup lookup);

    /**
     * The first row showing the entity @p key, or an invalid index. Reads the contents of the
     * entity's plan first when they are not read yet (so rows may be inserted).
     */
    QModelIndex indexOfKey(const QString &key);

    /**
     * Whether the filter lists further regions (or themes) on request. Not through canFetchMore() of the
     * root: QTreeView would fetch until it holds a screen of top-level rows, each of them open and long.
     */
    bool hasMoreGroups() const;
    /** Lists the next regions (or themes) that hold finds, at least the batch's rows (setScanThreshold()). */
    void fetchMoreGroups();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /**
     * A filter text found in more labels than @p labels is not looked up all at once: the regions (or themes)
     * are listed as the tree is shown (hasMoreGroups(), fetchMoreGroups()), asking each plan whether it holds
     * a find, at least @p batchRows rows at a time. The rows are the same either way.
     */
    void setScanThreshold(int labels, int batchRows = 1)
    {
        m_scanThreshold = labels;
        m_scanBatchRows = qMax(1, batchRows);
    }

private:
    struct Node;
    struct TopLevel;
    using Entries = std::vector<NavigatorEntry>;

    void rebuild();
    void finishReset();
    void buildFiltered();
    int groupCount() const;
    int addFilteredGroups(Node *parent);
    int addFilteredGroup(Node *parent, int group);
    QSet<QString> plansHoldingFinds(const QVector<const NavigatorEntry *> &plans);
    bool holdsFinds(const QString &planKey) const;
    int groupOfKey(const QString &key);
    NavigatorFinds topLevelFinds(const LabelMatcher &matcher) const;
    /**
     * The rows of the plan @p planKey the tree lists: @p whole, its outline (@p budgetLines set); otherwise the part
     * @p finds holds, its finds first looked for when the filter @p scanText is asked plan by plan (empty otherwise).
     */
    static QVector<NavigatorEntry> readPlan(const QSqlDatabase &database, const QString &planKey, bool whole,
                                            const QString &scanText, NavigatorFinds &finds, int &budgetLines);
    static void readAhead(const QSqlDatabase &database, const QString &text, LookAhead &ahead);
    void takeAhead(LookAhead ahead);
    NavigatorFinds filterInMemory(const QString &text);
    Node *addPlan(Node *parent, const NavigatorEntry *plan, bool whole);
    void addPlanSubtree(Node *planNode, const std::vector<const NavigatorEntry *> &entries);
    void addBudgetLineFolder(Node *planNode);
    std::vector<std::unique_ptr<Node>> readBudgetLines(const Node &folder);
    void insertChildren(const QModelIndex &parent, std::vector<std::unique_ptr<Node>> children);
    void addRegionEvents(Node *region, int count, bool whole);
    std::vector<std::unique_ptr<Node>> readRegionEvents(const Node &folder);
    const Entries &contentsOf(const QString &planKey, bool whole);
    void remember(Node *node);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;
    QString label(const Node &node) const;
    QString toolTip(const Node &node) const;
    void emitChanged(const QModelIndex &parent);

    QSqlDatabase m_database;
    NavigatorData m_data;                                       // regions, plans, events of regions, themes
    std::map<QString, std::unique_ptr<Entries>> m_contents;     // a plan's contents, once read
    std::map<QString, std::unique_ptr<Entries>> m_regionEvents; // a region's events of no plan, once read
    QHash<QString, int> m_outlined; // plans whose contents were read without their budget lines: how many they have
    std::map<QString, std::unique_ptr<Entries>> m_budgetLines; // those plans' budget lines, once read
    NavigatorFinds m_finds;                                    // what the filter found
    std::map<QString, std::unique_ptr<Entries>> m_found;       // the found part of a plan's contents, once read
    QString m_filterText;
    std::unique_ptr<TopLevel> m_top; // m_data's regions, plans and events of regions, by key
    bool m_scanning = false;         // the filter is asked plan by plan as the tree is shown
    int m_nextGroup = 0;             // scanning: the next region or theme to ask about
    QHash<QString, bool> m_holds;    // scanning: whether a plan's contents hold a find
    QStringList m_foundNowhere;      // filter texts found nowhere in the database (until it is reloaded)
    // Looked up on another thread, how many of the first plans are asked about, and how many of them opened.
    static constexpr int lookAheadPlans = 20;
    static constexpr int lookAheadOpened = 4;
    int m_scanThreshold = 5000;
    int m_scanBatchRows = 1;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_nodes; // the first node of each key
    bool m_announcing = false;      ///< set while endResetModel()/endInsertRows() signal
    Grouping m_grouping = Grouping::Region;
    ContentLanguage m_language = ContentLanguage::Korean;
};

} // namespace innoatlas
