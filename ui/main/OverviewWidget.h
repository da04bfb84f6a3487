#pragma once

#include "common/ContentLanguage.h"
#include "common/EntityRef.h"
#include "query/Overview.h"

#include <QSqlDatabase>
#include <QStackedWidget>

#include <optional>

namespace innoatlas {

class GroupOverviewPage;
class PlanOverviewPage;

/**
 * The central overview of what is selected: a plan (when a plan or anything of a plan is
 * selected), a region or a theme, or all plans when nothing is.
 */
class OverviewWidget : public QStackedWidget
{
    Q_OBJECT

public:
    explicit OverviewWidget(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &database);
    /**
     * As setDatabase(), with the overview of all (OverviewQuery::all(), a page of each) already read from it. When
     * its budget lines were not counted, GroupOverviewPage::setEveryLineCount() brings their number.
     */
    void setDatabase(const QSqlDatabase &database, GroupOverview all);
    /** Shows the overview that belongs to @p entity (see the class comment). */
    void showEntity(const EntityRef &entity);
    /** Reads what is shown again (after the data changed). */
    void reload();
    void setContentLanguage(ContentLanguage language);

    /** The page of a plan, built when first wanted (the window starts on the overview of all or of a region). */
    PlanOverviewPage *planPage();
    GroupOverviewPage *groupPage() const { return m_groupPage; }

signals:
    void entityActivated(const innoatlas::EntityRef &entity);

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(const QString &kind, const QString &key);
    /** Makes @p kind and @p key the page to show, with a first page of rows; false when it already is. */
    bool choose(const QString &kind, const QString &key);
    /** Reads the overview of m_kind and m_key, with at most m_lineLimit budget lines and m_planLimit plans. */
    void read();
    /** Reads the overview shown again with its first @p rows budget lines (-1: all), where the reader is. */
    void readBudgetLines(int rows);
    /** The same with the first @p rows plans (-1: all) of the overview of all plans. */
    void readPlans(int rows);
    /** Reads the overview again, the page scrolled as it was. */
    void readAgain();
    /** Puts the plan page's controls after the group page's in the keyboard's order, as if built with it. */
    void placeInTabOrder(QWidget *page);

    QSqlDatabase m_database;
    PlanOverviewPage *m_planPage = nullptr;
    GroupOverviewPage *m_groupPage = nullptr;
    QString m_kind;
    QString m_key;
    qint64 m_lineLimit = 0;
    qint64 m_planLimit = 0;
    std::optional<ContentLanguage> m_language; ///< as set, for the plan page when it is built
};

} // namespace innoatlas
