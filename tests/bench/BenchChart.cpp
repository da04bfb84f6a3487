// Investment chart aggregation over a database (issue #7), on the chart view's path: the dataset
// read as the view reads it (DatasetStore::load()), then its charts through InvestmentChartCache.
//   chart_load       reading the dataset alone
//   chart_first      reading the dataset and building the first chart (by city, split by funding)
//   chart_dimension  then another dimension (by year: the plans' year pieces are counted once)
//   chart_breakdown  then another breakdown of the first (the plans' whole pieces are reused)
//   chart_repeated   a chart asked for again (median of five: the view going back to a chart)
// Usage: bench-chart DATABASE

#include "BenchOutput.h"
#include "charts/InvestmentChartCache.h"
#include "store/Database.h"
#include "store/DatasetStore.h"

#include <QCoreApplication>

using namespace innoatlas;

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
    auto dataset = std::make_shared<const Dataset>(DatasetStore(database.connection()).load());
    bench::result("chart_load", bench::elapsedMs(timer));
    InvestmentChartCache charts(dataset);
    const ChartSpec first = charts.chart(byCity, Language::Korean);
    bench::result("chart_first", bench::elapsedMs(timer));

    timer.restart();
    const ChartSpec years = charts.chart(byYear, Language::Korean);
    bench::result("chart_dimension", bench::elapsedMs(timer));
    timer.restart();
    const ChartSpec kinds = charts.chart(byCityKinds, Language::Korean);
    bench::result("chart_breakdown", bench::elapsedMs(timer));
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
