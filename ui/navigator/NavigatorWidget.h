#pragma once

#include "common/ContentLanguage.h"
#include "common/EntityRef.h"
#include "models/NavigatorModel.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;
class QSqlDatabase;
class QTreeView;

namespace innoatlas {

class NavigatorLookups;

/**
 * The navigator: regions (or themes) → plans → the plan's structure, budget lines, targets,
 * events and participants, with a filter box. Reports the entity the user moves to. A plan's
 * contents are read when it is opened; the filter box shows what NavigatorQuery::filter() finds.
 */
class NavigatorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit NavigatorWidget(QWidget *parent = nullptr);

    /** Reads the tree again from @p database (throws StoreError). */
    void reload(const QSqlDatabase &database);
    /** As reload(), with the top level (NavigatorQuery::top()) already read from the same database. */
    void reload(const QSqlDatabase &database, NavigatorData top);
    void setContentLanguage(ContentLanguage language);
    void setGrouping(NavigatorModel::Grouping grouping);
    NavigatorModel::Grouping grouping() const;
    /**
     * Looks filter texts up in the SQLite file @p path (the database the tree is read from) on another thread, so
     * that typing does not wait for them; the tree changes when the answer comes (filterShown()). An empty path
     * looks them up at once on the tree's own connection, as for a server or a database in memory.
     */
    void setLookupFile(const QString &path);
    /** The file set by setLookupFile(), whose connection is closed when another one (or none) is set. */
    QString lookupFile() const;
    /** Whether a filter text typed is still being looked up (the tree shows the one before). */
    bool isLookingUp() const;

    /**
     * Selects the entity @p key (clearing the filter if it hides it) and makes it visible.
     * Returns false when the navigator does not list the entity.
     */
    bool select(const QString &key);
    /** The entity of the current row (invalid for a folder or no row). */
    EntityRef current() const;

    QTreeView *treeView() const { return m_tree; }
    NavigatorModel *model() const { return m_model; }

signals:
    void currentEntityChanged(const innoatlas::EntityRef &entity);
    void groupingChanged(innoatlas::NavigatorModel::Grouping grouping);
    /** The tree shows the filter text typed (or could not: the filter box's tool tip says why). */
    void filterShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    /** After the model was read again: the tree opened, filtered and on @p key as before. */
    void showReloaded(const QString &key);
    void retranslate();
    void onCurrentChanged(const QModelIndex &current);
    void applyFilter(const QString &text);
    /** Changes the tree by @p filter (which throws StoreError when it cannot), keeping the user's row. */
    void showFiltered(const std::function<void()> &filter);
    void expandTopLevel();
    void listMoreGroups();
    void expandFound();
    int rowsShown() const;

    NavigatorModel *m_model = nullptr;
    QComboBox *m_grouping = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTreeView *m_tree = nullptr;
    NavigatorLookups *m_lookups = nullptr;
    bool m_quiet = false; ///< set while the current row is put back after a filter change
};

} // namespace innoatlas
