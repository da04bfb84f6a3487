// Benchmarks of the figures at national scale (not run by ctest):
//   build/tests/charts/bench-figures [-iterations N]
// A synthetic dataset: 243 cities, 2,430 plans, 24,300 budget lines, 12,150 events.

#include "charts/ChartFigure.h"
#include "charts/FigureExporter.h"
#include "charts/InvestmentChartBuilder.h"
#include "charts/TimelineBuilder.h"
#include "timeline/TimelineScene.h"

#include <QTest>

using namespace innoatlas;

namespace {
Dataset nationalDataset()
{
    Dataset d;
    const QStringList fundings{"national", "city", "private", "foreign-investment", "mixed", "unknown"};
    for (int t = 0; t < 8; ++t)
        d.themes.append(
            {QStringLiteral("theme.%1").arg(t), LocalizedText::draft(QString::number(t), QString::number(t))});
    for (int c = 0; c < 243; ++c) {
        Region region;
        region.key = QStringLiteral("region.%1").arg(c);
        region.level = QStringLiteral("city");
        region.name = LocalizedText::draft(QStringLiteral("도시 %1").arg(c), QStringLiteral("City %1").arg(c));
        region.population.append({2020, 100'000 + c * 1'000, {}});
        d.regions.append(region);
        for (int p = 0; p < 10; ++p) {
            Plan plan;
            plan.key = QStringLiteral("plan.%1.%2").arg(c).arg(p);
            plan.regionKey = region.key;
            plan.themeKeys = {QStringLiteral("theme.%1").arg(p % 8), QStringLiteral("theme.%1").arg((p + 3) % 8)};
            plan.title = LocalizedText::draft(QStringLiteral("계획 %1").arg(p), QStringLiteral("Plan %1").arg(p));
            plan.period = PeriodFigure{2020 + p % 5, 2024 + p % 7, {}};
            for (int l = 0; l < 10; ++l) {
                BudgetLine line;
                line.key = QStringLiteral("bl.%1.%2.%3").arg(c).arg(p).arg(l);
                line.amount.won = qint64(1'000'000'000) * (l + 1) + c;
                if (l % 3 != 2) {
                    line.fromYear = 2020 + (l + p) % 6;
                    line.toYear = *line.fromYear + l % 4;
                }
                line.funding = fundings.at(l % fundings.size());
                line.kind = l % 5 == 4 ? QStringLiteral("secured") : QStringLiteral("planned");
                plan.budgetLines.append(line);
            }
            for (int e = 0; e < 5; ++e) {
                Event event;
                event.key = QStringLiteral("ev.%1.%2.%3").arg(c).arg(p).arg(e);
                event.regionKey = region.key;
                event.planKey = plan.key;
                event.kind = QStringLiteral("milestone");
                event.title = LocalizedText::draft(QStringLiteral("사건 %1").arg(e), QStringLiteral("Event %1").arg(e));
                event.date.date = PartialDate(2019 + (c + p + e) % 12, 1 + e * 2, e % 2 ? 0 : 15,
                                              e % 2 ? DatePrecision::Month : DatePrecision::Day);
                d.events.append(event);
            }
            d.plans.append(plan);
        }
    }
    return d;
}
} // namespace

class BenchFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_dataset = nationalDataset(); }

    void investmentByCity()
    {
        const InvestmentChartBuilder builder(m_dataset);
        InvestmentRequest request;
        QBENCHMARK
        {
            builder.build(request, Language::Korean);
        }
    }

    void investmentByYearStackedByFunding()
    {
        const InvestmentChartBuilder builder(m_dataset);
        InvestmentRequest request;
        request.dimension = ChartDimension::Year;
        request.breakdown = ChartBreakdown::Funding;
        request.layout = ChartLayout::Stacked;
        QBENCHMARK
        {
            builder.build(request, Language::English);
        }
    }

    void timelineData()
    {
        const TimelineBuilder builder(m_dataset);
        QBENCHMARK
        {
            builder.build({}, Language::English);
        }
    }

    void timelineSceneItems()
    {
        const TimelineData data = TimelineBuilder(m_dataset).build({}, Language::English);
        TimelineScene scene;
        QBENCHMARK
        {
            scene.setData(data, {});
        }
    }

    void timelineZoomStep()
    {
        // What a wheel step costs: a new layout of every item at a new zoom.
        const TimelineData data = TimelineBuilder(m_dataset).build({}, Language::English);
        TimelineScene scene;
        scene.setData(data, {});
        qreal zoom = scene.fitPixelsPerDay(1600);
        QBENCHMARK
        {
            zoom *= 1.2;
            if (zoom > 20)
                zoom = scene.fitPixelsPerDay(1600);
            scene.layoutAt(zoom, 1600);
        }
    }

    void chartToFullHdPng()
    {
        const ChartSpec spec = InvestmentChartBuilder(m_dataset).build({}, Language::Korean);
        ChartFigure figure(spec);
        QBENCHMARK
        {
            FigureExporter::toImage(figure, {});
        }
    }

private:
    Dataset m_dataset;
};

QTEST_MAIN(BenchFigures)
#include "BenchFigures.moc"
