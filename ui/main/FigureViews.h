#pragma once

#include "charts/ChartSnapshot.h"
#include "charts/SlideData.h"
#include "model/Dataset.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace innoatlas {

class Database;
class InvestmentChartCache;
class InvestmentChartView;
class LazyPage;
class MainWindow;
class TargetsView;
class TimelineWidget;
struct PresenterSlide;

/**
 * Puts the figure views (investment charts, timeline, targets) into the main window's central
 * tabs, with presenter mode (F5) and the deck they add slides to, and keeps their tab titles
 * in the interface language.
 *
 * Each tab holds a light page at start; its view, and the dataset the views share, are created
 * the first time the tab is shown or a view is asked for (charts(), timeline(), targets()). The timeline's and the
 * targets' dataset, and the first investment chart, are read ahead on another thread once the window has painted: at
 * national scale reading them takes most of a second, which the first visit to the tab then does not wait for.
 * After MainWindow::dataReloaded the views that exist are refreshed (a hidden one when next shown).
 */
class FigureViews : public QObject
{
    Q_OBJECT

public:
    FigureViews(MainWindow &window, Database &database);

    /** The view of each tab, created now when it does not exist yet. */
    InvestmentChartView *charts();
    TimelineWidget *timeline();
    TargetsView *targets();
    /** Whether the view exists (its tab was shown or it was asked for). */
    bool chartsCreated() const;
    bool timelineCreated() const;
    bool targetsCreated() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** The dataset the views are computed from, read from the database on first use after each reload. */
    std::shared_ptr<const Dataset> snapshot();
    void readAhead();
    /** Whether what was read ahead is still what the database holds: the window's connection has not written since. */
    bool readAheadHolds() const;
    /** What @p read gives, when it has started and still holds (readAheadHolds()); dropped either way. */
    template <typename T>
    T takeReadAhead(QFuture<T> &read) const;
    /** The investment charts read ahead, when they were and still hold, reading on through the window's connection. */
    std::shared_ptr<InvestmentChartCache> takeChartsReadAhead();
    ChartSnapshot chartSnapshot();
    /** What presenter mode makes its slides of: the Investment tab's charts and the dataset the views share. */
    SlideData slideData();
    QWidget *createCharts();
    QWidget *createTimeline();
    QWidget *createTargets();
    void addToDeck(const PresenterSlide &slide);
    void retranslate();

    MainWindow &m_window;
    Database &m_database;
    std::shared_ptr<const Dataset> m_snapshot;
    /** The dataset read ahead, valid until a reload; what the window's connection had written when it was asked. */
    QFuture<std::shared_ptr<const Dataset>> m_readAhead;
    /** The investment charts read ahead, with the first one built; null when the stored pieces were stale. */
    QFuture<std::shared_ptr<InvestmentChartCache>> m_chartsAhead;
    qint64 m_readAheadChanges = -1;
    LazyPage *m_chartsPage = nullptr;
    LazyPage *m_timelinePage = nullptr;
    LazyPage *m_targetsPage = nullptr;
};

} // namespace innoatlas
