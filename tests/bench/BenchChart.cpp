// Investment chart aggregation over a database (issue #7), on the chart view's path: what the view
// reads (ChartSnapshot::read(): the stored pieces and the little of the dataset they need, or the
// whole dataset when the pieces cannot be used), then its charts through InvestmentChartCache.
//   chart_stored     1 when the charts were counted from the stored pieces, 0 when from every line
//   chart_load       reading the snapshot alone
//   chart_first      reading the dataset and building the first chart (by city, split by funding)
//   chart_dimension  then another dimension (by year: the plans' year pieces are counted once)
//   chart_breakdown  then another breakdown of the first (the plans' whole pieces are reused)
//   chart_repeated   a chart asked for again (median of five: the view going back to a chart)
// The *_cpu figures are the process's CPU time over the same spans: on a shared machine they
// change less from run to run than the wall times.
// With --refresh it only brings the stored pieces up to date (BudgetPieceTable::refresh(), once
// after the database was generated or imported: like the covering index of the sqlite3 reference,
// built before the query is timed) and prints chart_refresh.
// Usage: bench-chart [--refresh] DATABASE

#include "BenchOutput.h"
#include "charts/BudgetPieceTable.h"
#include "charts/ChartSnapshot.h"
#include "charts/InvestmentChartCache.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QCoreApplication>

#include <ctime>

using namespace innoatlas;

namespace {
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    const bool refreshOnly = arguments.size() == 2 && arguments.first() == QLatin1String("--refresh");
    if (arguments.size() != (refreshOnly ? 2 : 1)) {
        std::fprintf(stderr, "usage: bench-chart [--refresh] DATABASE\n");
        return 2;
    }
    Database database;
    if (!database.open(arguments.last(), refreshOnly ? Database::Mode::ReadWrite : Database::Mode::ReadOnly)) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    if (refreshOnly) {
        QElapsedTimer timer;
        timer.start();
        try {
            BudgetPieceTable::refresh(database.connection());
        } catch (const StoreError &e) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            return 1;
        }
        bench::result("chart_refresh", bench::elapsedMs(timer));
        return 0;
    }
    InvestmentRequest byCity;
    byCity.dimension = ChartDimension::City;
    byCity.breakdown = ChartBreakdown::Funding;
    InvestmentRequest byYear;
    byYear.dimension = ChartDimension::Year;
    byYear.breakdown = ChartBreakdown::Funding;
    InvestmentRequest byCityKinds;
    byCityKinds.dimension = ChartDimension::City;
    byCityKinds.breakdown = ChartBreakdown::Kind;

    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuMs();
    ChartSnapshot snapshot = ChartSnapshot::read(database);
    bench::result("chart_load", bench::elapsedMs(timer));
    bench::result("chart_load_cpu", cpuMs() - cpuStart);
    bench::result("chart_stored", snapshot.pieces ? 1 : 0);
    bench::memory("chart_load");
    InvestmentChartCache charts(snapshot.dataset, snapshot.pieces);
    const ChartSpec first = charts.chart(byCity, Language::Korean);
    bench::result("chart_first", bench::elapsedMs(timer));
    bench::result("chart_first_cpu", cpuMs() - cpuStart);

    timer.restart();
    double cpu = cpuMs();
    const ChartSpec years = charts.chart(byYear, Language::Korean);
    bench::result("chart_dimension", bench::elapsedMs(timer));
    bench::result("chart_dimension_cpu", cpuMs() - cpu);
    timer.restart();
    cpu = cpuMs();
    const ChartSpec kinds = charts.chart(byCityKinds, Language::Korean);
    bench::result("chart_breakdown", bench::elapsedMs(timer));
    bench::result("chart_breakdown_cpu", cpuMs() - cpu);
    bench::memory("chart_dataset");

    QVector<double> repeated;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        const ChartSpec spec = charts.chart(i % 2 ? byCity : byYear, Language::Korean);
        repeated << bench::elapsedMs(timer);
        if (spec.categories.isEmpty())
            return 1;
    }
    bench::result("chart_repeated", bench::quantile(repeated, 0.5));
    return first.categories.isEmpty() || years.categories.isEmpty() || kinds.categories.isEmpty() ? 1 : 0;
}
