#include "main/FigureViews.h"

#include "charts/DatasetSnapshot.h"
#include "charts/DeckStore.h"
#include "charts/InterfaceLanguage.h"
#include "charts/InvestmentChartCache.h"
#include "charts/InvestmentChartView.h"
#include "charts/TargetsView.h"
#include "common/AfterFirstPaint.h"
#include "common/BackgroundReads.h"
#include "main/LazyPage.h"
#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "presenter/PresenterWindow.h"
#include "store/Database.h"
#include "store/SqliteHandle.h"
#include "store/StoreError.h"
#include "timeline/TimelineWidget.h"

#include <QAction>
#include <QEvent>
#include <QGuiApplication>
#include <QPointer>
#include <QProgressDialog>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace innoatlas {

FigureViews::FigureViews(MainWindow &window, Database &database)
    : QObject(&window), m_window(window), m_database(database)
{
    m_chartsPage = new LazyPage(
        QStringLiteral("investmentChartPage"), [this] { return createCharts(); },
        [this](QWidget *view) { static_cast<InvestmentChartView *>(view)->setSnapshot(chartSnapshot()); });
    m_timelinePage = new LazyPage(
        QStringLiteral("timelinePage"), [this] { return createTimeline(); },
        [this](QWidget *view) { static_cast<TimelineWidget *>(view)->setDataset(snapshot()); });
    m_targetsPage = new LazyPage(
        QStringLiteral("targetsPage"), [this] { return createTargets(); },
        [this](QWidget *view) { static_cast<TargetsView *>(view)->setDataset(snapshot()); });
    // Their toolbars would otherwise claim the width of the whole window and squeeze the docks.
    for (LazyPage *page : {m_chartsPage, m_timelinePage, m_targetsPage})
        page->setMinimumSize(320, 240);
    retranslate();
    window.addCentralView(m_chartsPage);
    window.addCentralView(m_timelinePage);
    window.addCentralView(m_targetsPage);

    // After an import the figures are computed from the database as it now is; views not built yet
    // read it when they are.
    connect(&window, &MainWindow::dataReloaded, this, [this] {
        m_snapshot.reset();
        m_readAhead = {};
        m_chartsAhead = {};
        for (LazyPage *page : {m_chartsPage, m_timelinePage, m_targetsPage})
            page->refresh();
    });

    window.actions()->addViewAction(
        PresenterWindow::createStartAction([this] { return slideData(); }, database, &window));
    m_chartsPage->installEventFilter(this);
    // After the first paint, so that the read does not share the cores with the window's first layout.
    AfterFirstPaint::run(&window, this, [this] { readAhead(); });
}

void FigureViews::readAhead()
{
    if (m_database.isServer())
        return;
    m_readAheadChanges = SqliteHandle::totalChanges(m_database.connection());
    if (m_readAheadChanges < 0)
        return;
    // The charts first: the first tab of the three, and the shorter read.
    if (!chartsCreated()) {
        m_chartsAhead = QtConcurrent::run(
            BackgroundReads::pool(), [path = m_database.path(), language = InterfaceLanguage::current()] {
                return InvestmentChartCache::readAhead(path, InvestmentRequest(), language);
            });
    }
    if (!m_snapshot) {
        m_readAhead = QtConcurrent::run(BackgroundReads::pool(), [path = m_database.path()] {
            return DatasetSnapshot::readForTimelinesAndTargets(path);
        });
    }
}

bool FigureViews::readAheadHolds() const
{
    return SqliteHandle::totalChanges(m_database.connection()) == m_readAheadChanges;
}

template <typename T>
T FigureViews::takeReadAhead(QFuture<T> &read) const
{
    // A read still waiting for a thread is not waited for: reading here takes no longer.
    T result{};
    if (read.isValid()) {
        if (read.isStarted() && readAheadHolds())
            result = read.result();
        else
            read.cancel();
    }
    read = {};
    return result;
}

std::shared_ptr<InvestmentChartCache> FigureViews::takeChartsReadAhead()
{
    std::shared_ptr<InvestmentChartCache> charts = takeReadAhead(m_chartsAhead);
    if (charts)
        charts->setDatabase(m_database.connection());
    return charts;
}

InvestmentChartView *FigureViews::charts()
{
    return static_cast<InvestmentChartView *>(m_chartsPage->ensureView());
}

TimelineWidget *FigureViews::timeline()
{
    return static_cast<TimelineWidget *>(m_timelinePage->ensureView());
}

TargetsView *FigureViews::targets()
{
    return static_cast<TargetsView *>(m_targetsPage->ensureView());
}

bool FigureViews::chartsCreated() const
{
    return m_chartsPage->view() != nullptr;
}

bool FigureViews::timelineCreated() const
{
    return m_timelinePage->view() != nullptr;
}

bool FigureViews::targetsCreated() const
{
    return m_targetsPage->view() != nullptr;
}

std::shared_ptr<const Dataset> FigureViews::snapshot()
{
    // The timeline and the targets show no budget line nor element: a national budget is not read for them.
    // What was read ahead, unless the window has written since it was asked for (a reload drops it).
    if (!m_snapshot)
        m_snapshot = takeReadAhead(m_readAhead);
    if (!m_snapshot)
        m_snapshot = DatasetSnapshot::loadForTimelinesAndTargets(m_database);
    return m_snapshot;
}

ChartSnapshot FigureViews::chartSnapshot()
{
    // The stored pieces when the database has them: a national budget is then not read line by line.
    // Counting them again after a large import takes a while: the dialog shows after half a second.
    QProgressDialog progress(tr("Counting the budget lines for the investment charts…"), QString(), 0, 0, &m_window);
    progress.setObjectName(QStringLiteral("chartPiecesProgress"));
    progress.setWindowTitle(tr("Investment charts"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(500);
    progress.setCancelButton(nullptr);
    const auto told = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
    };
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<ChartSnapshot> stored;
    try {
        stored = ChartSnapshot::readStored(m_database, told);
    } catch (const StoreError &e) {
        m_window.statusBar()->showMessage(tr("The charts count every budget line: %1").arg(e.message()), 8000);
    }
    QGuiApplication::restoreOverrideCursor();
    return stored ? *stored : ChartSnapshot{DatasetSnapshot::load(m_database), nullptr};
}

SlideData FigureViews::slideData()
{
    // The deck's charts are counted as the Investment tab counts them, from the pieces it has read (the stored pieces
    // of a national database), but kept apart, and with their values only (a slide has no tooltip): a deck's charts,
    // and the pieces it read that the tab had not, go when it closes or shows a slide of another view, rather than
    // filling the tab's. Its timelines and targets read the timelines' part of the dataset, which the Timeline and
    // Targets tabs share. Neither is read before a slide needs it, and no budget line is read.
    const QPointer<FigureViews> self(this);
    return SlideData(
        [self]() -> std::shared_ptr<InvestmentChartCache> {
            if (!self)
                return nullptr;
            const auto &tab = static_cast<InvestmentChartView *>(self->m_chartsPage->upToDateView())->chartCache();
            return std::make_shared<InvestmentChartCache>(
                tab->dataset(), tab->stored() ? StoredBudgetPieces::over(tab->stored()) : nullptr, 1);
        },
        [self]() -> std::shared_ptr<const Dataset> { return self ? self->snapshot() : nullptr; });
}

QWidget *FigureViews::createCharts()
{
    std::shared_ptr<InvestmentChartCache> ahead = takeChartsReadAhead();
    auto *charts = ahead ? new InvestmentChartView(std::move(ahead), m_chartsPage)
                         : new InvestmentChartView(chartSnapshot(), m_chartsPage);
    charts->setObjectName(QStringLiteral("investmentChartView"));
    charts->setWindowTitle(m_chartsPage->windowTitle());
    connect(charts, &InvestmentChartView::addToDeckRequested, this, &FigureViews::addToDeck);
    return charts;
}

QWidget *FigureViews::createTimeline()
{
    auto *timeline = new TimelineWidget(snapshot(), m_timelinePage);
    timeline->setObjectName(QStringLiteral("timelineView"));
    timeline->setWindowTitle(m_timelinePage->windowTitle());
    connect(timeline, &TimelineWidget::entitySelected, this, [this](const QString &key) { m_window.navigateTo(key); });
    connect(timeline, &TimelineWidget::addToDeckRequested, this, &FigureViews::addToDeck);
    return timeline;
}

QWidget *FigureViews::createTargets()
{
    auto *targets = new TargetsView(snapshot(), m_targetsPage);
    targets->setObjectName(QStringLiteral("targetsView"));
    targets->setWindowTitle(m_targetsPage->windowTitle());
    connect(targets, &TargetsView::entitySelected, this, [this](const QString &key) { m_window.navigateTo(key); });
    return targets;
}

// Slides collected from any view go to the deck stored with the data, which presenter mode shows.
void FigureViews::addToDeck(const PresenterSlide &slide)
{
    try {
        const PresenterDeck deck = DeckStore(m_database.connection()).appendSlide(slide);
        m_window.statusBar()->showMessage(tr("Added to the deck: %n slide(s)", nullptr, int(deck.slides.size())), 4000);
    } catch (const StoreError &e) {
        m_window.statusBar()->showMessage(tr("The slide could not be added: %1").arg(e.message()), 8000);
    }
}

bool FigureViews::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartsPage && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void FigureViews::retranslate()
{
    // The tabs are labelled with their pages' titles; the views carry the same, as before.
    const QList<QPair<LazyPage *, QString>> titles{
        {m_chartsPage, tr("Investment")}, {m_timelinePage, tr("Timeline")}, {m_targetsPage, tr("Targets")}};
    for (const auto &[page, title] : titles) {
        page->setWindowTitle(title);
        if (page->view())
            page->view()->setWindowTitle(title);
    }
}

} // namespace innoatlas
