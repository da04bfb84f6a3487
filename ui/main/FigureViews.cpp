#include "main/FigureViews.h"

#include "charts/DatasetSnapshot.h"
#include "charts/DeckStore.h"
#include "charts/InvestmentChartView.h"
#include "charts/TargetsView.h"
#include "main/MainActions.h"
#include "main/MainWindow.h"
#include "presenter/PresenterWindow.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "timeline/TimelineWidget.h"

#include <QAction>
#include <QEvent>
#include <QStatusBar>

namespace innoatlas {

FigureViews::FigureViews(MainWindow &window, Database &database)
    : QObject(&window), m_window(window), m_database(database)
{
    m_charts = new InvestmentChartView(database);
    m_charts->setObjectName(QStringLiteral("investmentChartView"));
    m_timeline = new TimelineWidget(database);
    m_timeline->setObjectName(QStringLiteral("timelineView"));
    m_targets = new TargetsView(database);
    m_targets->setObjectName(QStringLiteral("targetsView"));
    // Their toolbars would otherwise claim the width of the whole window and squeeze the docks.
    for (QWidget *view :
         {static_cast<QWidget *>(m_charts), static_cast<QWidget *>(m_timeline), static_cast<QWidget *>(m_targets)})
        view->setMinimumSize(320, 240);
    retranslate();
    window.addCentralView(m_charts);
    window.addCentralView(m_timeline);
    window.addCentralView(m_targets);

    const auto open = [this](const QString &key) { m_window.navigateTo(key); };
    connect(m_timeline, &TimelineWidget::entitySelected, this, open);
    connect(m_targets, &TargetsView::entitySelected, this, open);

    // Slides collected from any view go to the deck stored with the data, which presenter mode shows.
    const auto addToDeck = [this](const PresenterSlide &slide) {
        try {
            const PresenterDeck deck = DeckStore(m_database.connection()).appendSlide(slide);
            m_window.statusBar()->showMessage(tr("Added to the deck: %n slide(s)", nullptr, int(deck.slides.size())),
                                              4000);
        } catch (const StoreError &e) {
            m_window.statusBar()->showMessage(tr("The slide could not be added: %1").arg(e.message()), 8000);
        }
    };
    connect(m_charts, &InvestmentChartView::addToDeckRequested, this, addToDeck);
    connect(m_timeline, &TimelineWidget::addToDeckRequested, this, addToDeck);

    // After an import the figures are computed from the database as it now is.
    connect(&window, &MainWindow::dataReloaded, this, [this] {
        const std::shared_ptr<const Dataset> dataset = DatasetSnapshot::load(m_database);
        m_charts->setDataset(dataset);
        m_timeline->setDataset(dataset);
        m_targets->setDataset(dataset);
    });

    window.actions()->addViewAction(PresenterWindow::createStartAction(database, &window));
    m_charts->installEventFilter(this);
}

bool FigureViews::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_charts && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void FigureViews::retranslate()
{
    m_charts->setWindowTitle(tr("Investment"));
    m_timeline->setWindowTitle(tr("Timeline"));
    m_targets->setWindowTitle(tr("Targets"));
}

} // namespace innoatlas
