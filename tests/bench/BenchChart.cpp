// Investment chart aggregation over a database (issue #7): the first chart after opening (the
// dataset read as the chart views read it, then aggregated) and a repeated one with another
// breakdown. Usage: bench-chart DATABASE

#include "BenchOutput.h"
#include "charts/InvestmentChartBuilder.h"
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

    QElapsedTimer timer;
    timer.start();
    const Dataset dataset = DatasetStore(database.connection()).load();
    const InvestmentChartBuilder builder(dataset);
    const ChartSpec first = builder.build(byCity, Language::Korean);
    bench::result("chart_first", bench::elapsedMs(timer));
    bench::memory("chart_dataset");

    QVector<double> repeated;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        const ChartSpec spec = builder.build(i % 2 ? byCity : byYear, Language::Korean);
        repeated << bench::elapsedMs(timer);
        if (spec.categories.isEmpty())
            return 1;
    }
    bench::result("chart_repeated", bench::quantile(repeated, 0.5));
    return first.categories.isEmpty() ? 1 : 0;
}
