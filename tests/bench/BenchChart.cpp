// Investment chart aggregation over a database (issue #7), on the chart view's path: the dataset
// read as the view reads it (DatasetStore::load()), then its charts through InvestmentChartCache.
//   chart_load       reading the dataset alone
//   chart_first      reading the dataset and building the first chart (by city, split by funding)
//   chart_dimension  then another dimension (by year: the plans' year pieces are counted once)
//   chart_breakdown  then another breakdown of the first (the plans' whole pieces are reused)
//   chart_repeated   a chart asked for again (median of five: the view going back to a chart)
// The *_cpu figures are the process's CPU time over the same spans: on a shared machine they
// change less from run to run than the wall times.
// Usage: bench-chart DATABASE

#include "BenchOutput.h"
#include "charts/InvestmentChartCache.h"
#include "store/Database.h"
#include "store/DatasetStore.h"

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
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench-chart DATABASE\n");
        return 2;
    }
    Database database;
    if (!database.open(QString::fromLocal8Bit(argv[1]), Database::Mode::ReadOnly)) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
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
    auto dataset = std::make_shared<const Dataset>(DatasetStore(database.connection()).load());
    bench::result("chart_load", bench::elapsedMs(timer));
    bench::result("chart_load_cpu", cpuMs() - cpuStart);
    bench::memory("chart_load");
    InvestmentChartCache charts(dataset);
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
