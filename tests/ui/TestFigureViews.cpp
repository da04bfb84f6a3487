#include "BuiltinDatabase.h"
#include "charts/ChartFigure.h"
#include "charts/ChartSnapshot.h"
#include "charts/InvestmentChartCache.h"
#include "charts/InvestmentChartView.h"
#include "charts/TargetsView.h"
#include "common/BackgroundReads.h"
#include "common/ChartComparison.h"
#include "common/Settings.h"
#include "i18n/Translations.h"
#include "main/FigureViews.h"
#include "main/MainWindow.h"
#include "presenter/PresenterWindow.h"
#include "timeline/TimelineFigure.h"
#include "timeline/TimelineWidget.h"

#include <QAction>
#include <QPointer>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace innoatlas;

namespace {
bool deleteEntity(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM entity WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.numRowsAffected() == 1;
}

int scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

bool hasTarget(const TargetsView *view, const QString &key)
{
    for (const TargetRow &row : view->data().rows) {
        if (row.targetKey == key)
            return true;
    }
    return false;
}
} // namespace

/** The figure views of the central tabs are built when first shown and follow reloads once they exist. */
class TestFigureViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void init()
    {
        QVERIFY(m_settingsDir.isValid());
        m_db = std::make_unique<BuiltinDatabase>();
        m_settings = std::make_unique<Settings>(
            m_settingsDir.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction())));
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_db.reset();
    }

    void aViewIsBuiltWhenItsTabIsShown_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("title");
        QTest::newRow("investment") << "investmentChartPage"
                                    << "investmentChartView"
                                    << "Investment";
        QTest::newRow("timeline") << "timelinePage"
                                  << "timelineView"
                                  << "Timeline";
        QTest::newRow("targets") << "targetsPage"
                                 << "targetsView"
                                 << "Targets";
    }

    void aViewIsBuiltWhenItsTabIsShown()
    {
        QFETCH(QString, page);
        QFETCH(QString, view);
        QFETCH(QString, title);
        // At start the overview is shown and none of the figure views exists.
        QVERIFY(!m_window->findChild<InvestmentChartView *>(QStringLiteral("investmentChartView")));
        QVERIFY(!m_window->findChild<TimelineWidget *>(QStringLiteral("timelineView")));
        QVERIFY(!m_window->findChild<TargetsView *>(QStringLiteral("targetsView")));
        QVERIFY(!m_views->chartsCreated() && !m_views->timelineCreated() && !m_views->targetsCreated());

        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("centralTabs"));
        auto *pageWidget = m_window->findChild<QWidget *>(page);
        QVERIFY(tabs && pageWidget);
        const int index = tabs->indexOf(pageWidget);
        QVERIFY(index > 0);
        QCOMPARE(tabs->tabText(index), title);
        tabs->setCurrentIndex(index);

        QWidget *shown = pageWidget->findChild<QWidget *>(view);
        QVERIFY(shown);
        QVERIFY(shown->isVisible());
        QCOMPARE(int(m_views->chartsCreated()) + int(m_views->timelineCreated()) + int(m_views->targetsCreated()), 1);
        // Showing the tab again keeps the same view.
        tabs->setCurrentIndex(0);
        tabs->setCurrentIndex(index);
        QCOMPARE(pageWidget->findChild<QWidget *>(view), shown);
    }

    void chartsCountStoredPiecesAndFollowAChangedLine()
    {
        const QSqlDatabase db = m_db->connection();
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("centralTabs"));
        tabs->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("investmentChartPage")));
        auto *charts = m_window->findChild<InvestmentChartView *>(QStringLiteral("investmentChartView"));
        QVERIFY(charts);
        // Showing the charts stored the pieces of every plan: none is left to count.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM budget_piece_stale")), 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM budget_piece")) > 0);
        const ChartValue *daejeon = charts->spec().value(QStringLiteral("planned"), QStringLiteral("region.daejeon"));
        QVERIFY(daejeon);
        const qint64 before = daejeon->total();
        QVERIFY(before > 0);

        // Busan's plan has one planned line: 100억 원 more on it shows after the window reloads.
        QSqlQuery change(db);
        QVERIFY(change.exec(QStringLiteral("UPDATE budget_line SET amount = amount + 10000000000 WHERE id = "
                                           "(SELECT min(b.id) FROM budget_line b JOIN entity e ON e.id = b.plan_id "
                                           "WHERE e.key = 'plan.busan-digital-2030' AND b.kind = 'planned')")));
        QCOMPARE(change.numRowsAffected(), 1);
        const qint64 busanBefore =
            charts->spec().value(QStringLiteral("planned"), QStringLiteral("region.busan"))->total();
        m_window->reloadData();
        QCOMPARE(charts->spec().value(QStringLiteral("planned"), QStringLiteral("region.busan"))->total(),
                 busanBefore + 10'000'000'000);
        QCOMPARE(charts->spec().value(QStringLiteral("planned"), QStringLiteral("region.daejeon"))->total(), before);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM budget_piece_stale")), 0);
    }

    void askingForAViewBuildsItWithoutShowingIt()
    {
        TimelineWidget *timeline = m_views->timeline();
        QVERIFY(timeline);
        QCOMPARE(timeline->objectName(), QStringLiteral("timelineView"));
        QVERIFY(!timeline->isVisible());
        QVERIFY(!timeline->data().items.isEmpty());
        QCOMPARE(m_views->timeline(), timeline);
        QVERIFY(!m_views->chartsCreated());
        QVERIFY(!m_views->targetsCreated());
    }

    void theTimelineReadAheadIsWhatTheDatabaseHolds()
    {
        // Once the window has painted, the timeline's data is read ahead on another thread.
        QCoreApplication::processEvents();
        BackgroundReads::pool()->waitForDone();
        const QSqlDatabase db = m_db->connection();
        QSqlQuery events(db);
        QVERIFY(events.exec(QStringLiteral("SELECT e.key, e.id FROM event v JOIN entity e ON e.id = v.id "
                                           "ORDER BY e.key")));
        QVERIFY(events.next());
        const QString renamed = events.value(0).toString();
        const qint64 renamedId = events.value(1).toLongLong();
        QVERIFY(events.next());
        const QString removed = events.value(0).toString();
        events.finish();

        // What the window writes after that (a reload would drop the read, an edit does not always reload) is shown.
        QSqlQuery rename(db);
        rename.prepare(QStringLiteral("UPDATE localized_text SET text = 'A renamed event', status = 'draft' "
                                      "WHERE entity_id = ? AND field = 'title' AND lang = 'en'"));
        rename.addBindValue(renamedId);
        QVERIFY(rename.exec());
        QCOMPARE(rename.numRowsAffected(), 1);
        QVERIFY(deleteEntity(db, removed));
        const TimelineData &data = m_views->timeline()->data();
        QVERIFY(data.item(renamed));
        QCOMPARE(data.item(renamed)->label, QStringLiteral("A renamed event"));
        QVERIFY(!data.item(removed));
        QVERIFY(!data.items.isEmpty());
    }

    void theFirstChartReadAheadIsWhatTheDatabaseHolds()
    {
        const QSqlDatabase db = m_db->connection();
        const std::optional<ChartSnapshot> stored = reopenWithStoredPieces();
        QVERIFY(stored);
        const qint64 busanBefore = InvestmentChartView(*stored)
                                       .spec()
                                       .value(QStringLiteral("planned"), QStringLiteral("region.busan"))
                                       ->total();

        // What the window writes after that is shown: 100억 원 more on Busan's one planned line.
        QSqlQuery change(db);
        QVERIFY(change.exec(QStringLiteral("UPDATE budget_line SET amount = amount + 10000000000 WHERE id = "
                                           "(SELECT min(b.id) FROM budget_line b JOIN entity e ON e.id = b.plan_id "
                                           "WHERE e.key = 'plan.busan-digital-2030' AND b.kind = 'planned')")));
        QCOMPARE(change.numRowsAffected(), 1);
        const ChartValue *busan =
            m_views->charts()->spec().value(QStringLiteral("planned"), QStringLiteral("region.busan"));
        QVERIFY(busan);
        QCOMPARE(busan->total(), busanBefore + 10'000'000'000);
    }

    void chartsReadAheadGoOnToOtherCharts()
    {
        QVERIFY(reopenWithStoredPieces());

        // Other charts, of other kinds and splits, are read through the window's connection.
        InvestmentChartView *charts = m_views->charts();
        InvestmentChartView reference(*ChartSnapshot::readStored(m_db->database()));
        innoatlas::test::compareCharts(charts->spec(), reference.spec());
        InvestmentRequest other;
        other.dimension = ChartDimension::Year;
        other.breakdown = ChartBreakdown::Funding;
        other.kind = QStringLiteral("secured");
        charts->setRequest(other);
        reference.setRequest(other);
        QVERIFY(!charts->spec().series.isEmpty());
        innoatlas::test::compareCharts(charts->spec(), reference.spec());
    }

    void aReloadReachesTheViewOnScreen()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("centralTabs"));
        tabs->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("timelinePage")));
        TimelineWidget *timeline = m_views->timeline();
        QVERIFY(timeline->isVisible());
        QString eventKey;
        for (const TimelineItem &item : timeline->data().items) {
            if (!item.eventKind.isEmpty())
                eventKey = item.key;
        }
        QVERIFY(!eventKey.isEmpty());

        QVERIFY(deleteEntity(m_db->connection(), eventKey));
        QVERIFY(timeline->data().item(eventKey)); // nothing read until the window reloads
        m_window->reloadData();
        QVERIFY(!timeline->data().item(eventKey));
        QCOMPARE(m_views->timeline(), timeline);
        // Views that were never shown are still not built.
        QVERIFY(!m_views->chartsCreated());
        QVERIFY(!m_views->targetsCreated());
    }

    void aHiddenViewCatchesUpWhenShown()
    {
        TargetsView *targets = m_views->targets();
        QVERIFY(!targets->data().rows.isEmpty());
        const QString key = targets->data().rows.constFirst().targetKey;
        QVERIFY(deleteEntity(m_db->connection(), key));
        m_window->reloadData();
        QVERIFY(hasTarget(targets, key)); // hidden: it reads the data again when it is next shown

        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("centralTabs"));
        tabs->setCurrentWidget(m_window->findChild<QWidget *>(QStringLiteral("targetsPage")));
        QVERIFY(targets->isVisible());
        QVERIFY(!hasTarget(targets, key));
        QVERIFY(!targets->data().rows.isEmpty());
    }

    void presenterModeShowsWhatTheTabsShow()
    {
        // F5 counts the deck's charts from the stored pieces the Investment tab reads (not from a whole dataset read
        // for the deck), and makes its timelines from the dataset the Timeline and Targets tabs share.
        QSqlQuery event(m_db->connection());
        QVERIFY(event.exec(QStringLiteral("SELECT e.key FROM event v JOIN entity e ON e.id = v.id ORDER BY v.id")));
        QVERIFY(event.next());
        const QString eventKey = event.value(0).toString();
        event.finish();
        InvestmentChartView *charts = m_views->charts();
        QVERIFY(charts->chartCache()->stored());
        const int piecesRead = charts->chartCache()->stored()->queryCount();
        QVERIFY(piecesRead > 0);
        QPointer<PresenterWindow> presenter = present();
        QVERIFY(presenter);
        const auto *figure = dynamic_cast<const ChartFigure *>(presenter->currentFigure());
        QVERIFY(figure);
        QVERIFY(charts->request() == presenter->deck().slides.constFirst().chartRequest());
        innoatlas::test::compareCharts(figure->spec(), charts->spec());
        // Counted from the pieces the tab has read, not read again; the deck's charts are its own, and go with it.
        QVERIFY(charts->chartCache()->stored());
        QCOMPARE(charts->chartCache()->stored()->queryCount(), piecesRead);
        QCOMPARE(charts->chartCache()->builtCount(), 1);
        const qint64 busanBefore =
            figure->spec().value(QStringLiteral("planned"), QStringLiteral("region.busan"))->total();
        presenter->next(); // by year: pieces the tab had not read, read for the deck alone
        QCOMPARE(charts->chartCache()->stored()->queryCount(), piecesRead);
        QCOMPARE(charts->chartCache()->builtCount(), 1);
        const auto *byYear = dynamic_cast<const ChartFigure *>(presenter->currentFigure());
        QVERIFY(byYear);
        QVERIFY(byYear->spec().total() > 0);
        innoatlas::test::compareCharts(
            byYear->spec(),
            charts->chartCache()->chart(presenter->deck().slides.at(1).chartRequest(), byYear->spec().language));
        QVERIFY(charts->chartCache()->stored()->queryCount() > piecesRead); // the tab reads them for itself
        presenter->setCurrentIndex(presenter->count() - 2);
        const auto *timeline = dynamic_cast<const TimelineFigure *>(presenter->currentFigure());
        QVERIFY(timeline);
        QVERIFY(timeline->data().item(eventKey));
        presenter->close();
        QTRY_VERIFY(presenter.isNull());

        // After a reload, with the tabs hidden, the deck shows the database as it now is.
        QSqlQuery change(m_db->connection());
        QVERIFY(change.exec(QStringLiteral("UPDATE budget_line SET amount = amount + 10000000000 WHERE id = "
                                           "(SELECT min(b.id) FROM budget_line b JOIN entity e ON e.id = b.plan_id "
                                           "WHERE e.key = 'plan.busan-digital-2030' AND b.kind = 'planned')")));
        QCOMPARE(change.numRowsAffected(), 1);
        QVERIFY(deleteEntity(m_db->connection(), eventKey));
        m_window->reloadData();
        presenter = present();
        QVERIFY(presenter);
        figure = dynamic_cast<const ChartFigure *>(presenter->currentFigure());
        QVERIFY(figure);
        QCOMPARE(figure->spec().value(QStringLiteral("planned"), QStringLiteral("region.busan"))->total(),
                 busanBefore + 10'000'000'000);
        presenter->setCurrentIndex(presenter->count() - 2);
        timeline = dynamic_cast<const TimelineFigure *>(presenter->currentFigure());
        QVERIFY(timeline);
        QVERIFY(!timeline->data().items.isEmpty());
        QVERIFY(!timeline->data().item(eventKey));
        presenter->close();
        QTRY_VERIFY(presenter.isNull());
    }

    void tabTitlesFollowTheInterfaceLanguage()
    {
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("centralTabs"));
        const int index = tabs->indexOf(m_window->findChild<QWidget *>(QStringLiteral("timelinePage")));
        m_window->setInterfaceLanguage(QStringLiteral("ko"));
        QCOMPARE(tabs->tabText(index), QStringLiteral("일정"));
        tabs->setCurrentIndex(index);
        QCOMPARE(m_views->timeline()->windowTitle(), QStringLiteral("일정"));
        m_window->setInterfaceLanguage(QStringLiteral("en"));
        QCOMPARE(tabs->tabText(index), QStringLiteral("Timeline"));
    }

private:
    /** Presenter mode, started as F5 starts it. */
    PresenterWindow *present()
    {
        auto *start = m_window->findChild<QAction *>(QStringLiteral("presentAction"));
        if (!start)
            return nullptr;
        start->trigger();
        return m_window->findChild<PresenterWindow *>(QStringLiteral("presenterWindow"));
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_db->database(), *m_settings, QStringLiteral("en"));
        m_views = new FigureViews(*m_window, m_db->database());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    /**
     * The window again on a database whose pieces are stored (it was charted or imported into before), once its reads
     * after the first paint are done: the first chart was read ahead on another thread. Returns what it stored.
     */
    std::optional<ChartSnapshot> reopenWithStoredPieces()
    {
        m_window.reset();
        std::optional<ChartSnapshot> stored = ChartSnapshot::readStored(m_db->database());
        openWindow();
        QCoreApplication::processEvents();
        BackgroundReads::pool()->waitForDone();
        return stored;
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<BuiltinDatabase> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    FigureViews *m_views = nullptr;
};

QTEST_MAIN(TestFigureViews)
#include "TestFigureViews.moc"
