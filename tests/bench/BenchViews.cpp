// The navigator, the timeline and the investment charts over a database, offscreen (issue #7): the
// navigator's first paint and its filter changes (looked up at once, then on the navigator's own
// thread as the window does it), the timeline's build and its frames fitted and at one pixel a day,
// and the investment chart view changed to each of its charts in turn (every dimension by every
// split: the first time each is built, read and drawn), the median and the worst.
// Usage: bench-views DATABASE
// With --workspace it opens the translation workspace alone instead: from its construction to its first paint and to
// its rows read (on another thread) and drawn, then the next city chosen in its city filter to its rows drawn, the
// longest the window's thread was held meanwhile, and the process's peak memory.
// With NAV_DETAIL=1 it also prints each filter change and the time of NavigatorQuery::filter() alone; with
// NAV_ONLY=TEXT it makes the one change to TEXT (from the unfiltered tree) instead of the list, for a profiler.

#include "BenchOutput.h"
#include "charts/ChartSnapshot.h"
#include "charts/InvestmentChartView.h"
#include "charts/TimelineBuilder.h"
#include "common/HeapMemory.h"
#include "common/Settings.h"
#include "navigator/NavigatorWidget.h"
#include "query/NavigatorQuery.h"
#include "review/TranslationWorkspace.h"
#include "store/Database.h"
#include "store/DatasetStore.h"
#include "timeline/TimelineView.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPixmap>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeView>
#include <QUndoStack>

using namespace innoatlas;

namespace {
/** Renders the widget the way a paint event does, into a pixmap of its size. */
void paint(QWidget *widget)
{
    QPixmap pixmap(widget->size());
    widget->render(&pixmap);
}

/** Filter changes from any state: narrowing, widening, clearing. */
QStringList filterTexts()
{
    if (qEnvironmentVariableIsSet("NAV_ONLY"))
        return {qEnvironmentVariable("NAV_ONLY")};
    return {QStringLiteral("대"),        QStringLiteral("대전"),        QStringLiteral("대전광"), QString(),
            QStringLiteral("우주"),      QStringLiteral("우주 발사체"), QStringLiteral("Busan"),  QString(),
            QStringLiteral("스마트 팜"), QStringLiteral("스마트"),      QStringLiteral("Smart"),  QString()};
}

void navigator(const Database &database)
{
    QElapsedTimer timer;
    timer.start();
    NavigatorWidget widget;
    widget.resize(360, 900);
    widget.reload(database.connection());
    if (qEnvironmentVariableIsSet("NAV_DETAIL"))
        std::fprintf(stderr, "reload: %.1f ms\n", bench::elapsedMs(timer));
    widget.show();
    QApplication::processEvents();
    paint(&widget);
    bench::result("navigator_first_paint", bench::elapsedMs(timer));

    QLineEdit *filter = widget.findChild<QLineEdit *>(QStringLiteral("navigatorFilter"));
    QVector<double> samples;
    for (const QString &text : filterTexts()) {
        timer.restart();
        filter->setText(text);
        QApplication::processEvents();
        paint(widget.treeView()->viewport());
        samples << bench::elapsedMs(timer);
        if (qEnvironmentVariableIsSet("NAV_DETAIL")) {
            QElapsedTimer query;
            query.start();
            const int found =
                text.isEmpty() ? 0 : int(NavigatorQuery::filter(database.connection(), text).plans.size());
            std::fprintf(stderr, "%s: %.1f ms, %d top rows; query alone %.1f ms, %d plans hold finds\n",
                         qPrintable(text), samples.constLast(), widget.treeView()->model()->rowCount(),
                         bench::elapsedMs(query), found);
        }
    }
    bench::result("navigator_filter_p95", bench::quantile(samples, 0.95));
    bench::result("navigator_filter_max", bench::quantile(samples, 1.0));
}

/**
 * The same changes as the window makes them: each text looked up on the navigator's own thread (setLookupFile()).
 * Per change: how long the key holds up this thread, the longest the tree's update holds it up once the answer
 * comes (with the paint), and the time to the answer painted.
 */
void navigatorTyping(const Database &database, const QStringList &texts)
{
    NavigatorWidget widget;
    widget.resize(360, 900);
    widget.setLookupFile(database.path());
    widget.reload(database.connection());
    widget.show();
    QApplication::processEvents();
    paint(&widget);

    QLineEdit *filter = widget.findChild<QLineEdit *>(QStringLiteral("navigatorFilter"));
    QVector<double> typing;
    QVector<double> updating;
    QVector<double> shown;
    for (const QString &text : texts) {
        QElapsedTimer timer;
        timer.start();
        filter->setText(text);
        typing << bench::elapsedMs(timer);
        double longest = 0;
        QElapsedTimer step;
        // Polled rather than waited for, so that each turn's time is work done on this thread, not waiting.
        while (widget.isLookingUp()) {
            step.start();
            QApplication::processEvents();
            longest = std::max(longest, bench::elapsedMs(step));
            QThread::usleep(100);
        }
        step.start();
        QApplication::processEvents();
        paint(widget.treeView()->viewport());
        updating << longest + bench::elapsedMs(step);
        shown << bench::elapsedMs(timer);
        if (qEnvironmentVariableIsSet("NAV_DETAIL"))
            std::fprintf(stderr,
                         "%s, looked up on the navigator's thread: key %.1f ms, update %.1f ms, shown %.1f ms\n",
                         qPrintable(text), typing.constLast(), updating.constLast(), shown.constLast());
    }
    bench::result("navigator_typing_max", bench::quantile(typing, 1.0));
    bench::result("navigator_update_max", bench::quantile(updating, 1.0));
    bench::result("navigator_shown_max", bench::quantile(shown, 1.0));
}

void timeline(const Database &database)
{
    const Dataset dataset = DatasetStore(database.connection()).load();
    QElapsedTimer timer;
    timer.start();
    const TimelineData data = TimelineBuilder(dataset).build(TimelineRequest(), Language::Korean);
    TimelineView view;
    view.resize(1280, 720);
    view.show();
    view.setData(data);
    QApplication::processEvents();
    bench::result("timeline_build", bench::elapsedMs(timer));

    view.fitAll();
    QApplication::processEvents();
    QVector<double> fitted;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        paint(view.viewport());
        fitted << bench::elapsedMs(timer);
    }
    bench::result("timeline_frame_fit", bench::quantile(fitted, 0.5));

    for (int i = 0; i < 60 && view.pixelsPerDay() < 1.0; ++i)
        view.zoomIn();
    QApplication::processEvents();
    QVector<double> close;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        paint(view.viewport());
        close << bench::elapsedMs(timer);
    }
    bench::result("timeline_frame_1to1", bench::quantile(close, 0.5));
}

void charts(Database &database)
{
    InvestmentChartView view(ChartSnapshot::read(database));
    view.resize(1280, 720);
    view.show();
    QApplication::processEvents();
    QVector<double> changes;
    QElapsedTimer timer;
    for (const auto dimension : {ChartDimension::City, ChartDimension::Plan, ChartDimension::Theme,
                                 ChartDimension::Year, ChartDimension::Funding}) {
        for (const auto breakdown : {ChartBreakdown::Kind, ChartBreakdown::None, ChartBreakdown::Funding,
                                     ChartBreakdown::City, ChartBreakdown::Plan}) {
            InvestmentRequest request;
            request.dimension = dimension;
            request.breakdown = breakdown;
            timer.start();
            view.setRequest(request);
            QApplication::processEvents();
            paint(&view);
            changes << bench::elapsedMs(timer);
        }
    }
    bench::result("chart_change_median", bench::quantile(changes, 0.5));
    bench::result("chart_change_max", bench::quantile(changes, 1.0));
}
/** Runs the event loop until @p window has read the rows asked for; the longest one turn of it took (ms). */
double longestTurnUntilRead(const TranslationWorkspace &window)
{
    double longest = 0;
    while (window.isReading()) {
        QElapsedTimer turn;
        turn.start();
        QApplication::processEvents();
        longest = std::max(longest, bench::elapsedMs(turn));
        QThread::msleep(1);
    }
    return longest;
}

void workspace(const Database &database)
{
    const QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("workspace.ini")));
    QUndoStack undo;
    QElapsedTimer timer;
    timer.start();
    TranslationWorkspace window(database.connection(), &undo, settings);
    window.show();
    QApplication::processEvents();
    paint(&window);
    bench::result("workspace_open", bench::elapsedMs(timer));
    longestTurnUntilRead(window);
    paint(&window);
    bench::result("workspace_rows", bench::elapsedMs(timer));

    // The next city, as the translator chooses it in the filter: the window is held by the choice, by the rows taken
    // once read and by their paint.
    auto *city = window.findChild<QComboBox *>(QStringLiteral("cityFilter"));
    timer.restart();
    QElapsedTimer held;
    held.start();
    city->setCurrentIndex((city->currentIndex() + 1) % city->count());
    QApplication::processEvents();
    double longest = bench::elapsedMs(held);
    longest = std::max(longest, longestTurnUntilRead(window));
    held.restart();
    paint(&window);
    longest = std::max(longest, bench::elapsedMs(held));
    bench::result("workspace_city_change", bench::elapsedMs(timer));
    bench::result("workspace_city_held", longest);
    bench::memory("workspace");
}
} // namespace

int main(int argc, char *argv[])
{
    HeapMemory::shareHeapsBetweenThreads(); // as the program does, before any thread starts
    QApplication app(argc, argv);
    const bool workspaceOnly = argc == 3 && qstrcmp(argv[1], "--workspace") == 0;
    if (argc != 2 && !workspaceOnly) {
        std::fprintf(stderr, "usage: bench-views [--workspace] DATABASE\n");
        return 2;
    }
    Database database;
    if (!database.open(QString::fromLocal8Bit(argv[argc - 1]), Database::Mode::ReadOnly)) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    if (workspaceOnly) {
        workspace(database);
        return 0;
    }
    navigator(database);
    navigatorTyping(database, filterTexts());
    timeline(database);
    bench::memory("views");
    charts(database);
    return 0;
}
