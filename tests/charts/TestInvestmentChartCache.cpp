#include "charts/InvestmentChartCache.h"
#include "dataset/BuiltinDataset.h"

#include <QTest>

#include <memory>

using namespace innoatlas;

namespace {
/** Everything a chart shows, as text: two charts that read alike here draw alike. */
QStringList describe(const ChartSpec &spec)
{
    QStringList text{spec.title,
                     spec.sourceLine,
                     spec.estimatedLegend,
                     spec.notes.join(u'|'),
                     spec.sourceKeys.join(u','),
                     spec.axis.tickLabels.join(u','),
                     spec.axis.title};
    for (const ChartCategory &category : spec.categories) {
        text << QStringLiteral("category %1 %2 %3")
                    .arg(category.key, category.label)
                    .arg(category.population ? category.population->value : -1);
    }
    for (const ChartSeries &series : spec.series) {
        text << QStringLiteral("series %1 %2").arg(series.key, series.label);
        for (const ChartValue &value : series.values) {
            QString contributions;
            for (const ChartContribution &c : value.contributions)
                contributions += QStringLiteral(" %1=%2%3%4@%5")
                                     .arg(c.line)
                                     .arg(c.won)
                                     .arg(c.estimated ? "~" : "")
                                     .arg(c.remainder ? "r" : "")
                                     .arg(c.year.value_or(0));
            text << QStringLiteral("  %1 + %2:%3").arg(value.known).arg(value.estimated).arg(contributions);
        }
    }
    for (int i = 0; i < spec.lines.size(); ++i) {
        const ChartLine &line = spec.lines.at(i);
        text << QStringLiteral("line %1 %2 %3 %4 %5")
                    .arg(QString::number(i), line.label, line.planTitle, line.sourceKeys.join(u','), line.printed);
    }
    return text;
}

InvestmentRequest request(ChartDimension dimension, ChartBreakdown breakdown, const QString &kind = "planned")
{
    InvestmentRequest r;
    r.dimension = dimension;
    r.breakdown = breakdown;
    r.kind = kind;
    return r;
}
} // namespace

class TestInvestmentChartCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Dataset dataset;
        QVector<DatasetIssue> issues;
        QVERIFY(BuiltinDataset::read(&dataset, &issues));
        m_dataset = std::make_shared<const Dataset>(dataset);
        m_shared = std::make_unique<InvestmentChartCache>(m_dataset);
    }

    void everyChartAsIfBuiltAlone_data()
    {
        QTest::addColumn<InvestmentRequest>("request");
        QTest::addColumn<Language>("language");
        const auto dimensions = {ChartDimension::City, ChartDimension::Plan, ChartDimension::Theme,
                                 ChartDimension::Year, ChartDimension::Funding};
        const auto breakdowns = {ChartBreakdown::None, ChartBreakdown::Kind, ChartBreakdown::Funding,
                                 ChartBreakdown::City, ChartBreakdown::Plan};
        for (const ChartDimension dimension : dimensions) {
            for (const ChartBreakdown breakdown : breakdowns) {
                for (const QString kind : {"planned", "secured"}) {
                    for (const Language language : {Language::Korean, Language::English}) {
                        const InvestmentRequest r = request(dimension, breakdown, kind);
                        QTest::addRow("%s by %s, %s, %s", qPrintable(kind), qPrintable(chartDimensionName(dimension)),
                                      qPrintable(chartBreakdownName(breakdown)),
                                      language == Language::Korean ? "ko" : "en")
                            << r << language;
                    }
                }
            }
        }
        InvestmentRequest daejeon = request(ChartDimension::Year, ChartBreakdown::Funding);
        daejeon.cityKeys = {m_dataset->plans.first().regionKey};
        QTest::newRow("one city's plans by year") << daejeon << Language::Korean;
        InvestmentRequest theme = request(ChartDimension::Theme, ChartBreakdown::Kind);
        theme.themeKeys = {m_dataset->themes.first().key};
        QTest::newRow("one theme") << theme << Language::English;
        InvestmentRequest perResident = request(ChartDimension::City, ChartBreakdown::Funding);
        perResident.perCapita = true;
        perResident.layout = ChartLayout::Stacked;
        QTest::newRow("per resident, stacked") << perResident << Language::Korean;
    }

    // One cache serves every row in turn, reusing the plans' pieces: each chart must be what a
    // builder of its own computes.
    void everyChartAsIfBuiltAlone()
    {
        QFETCH(InvestmentRequest, request);
        QFETCH(Language, language);
        const ChartSpec alone = InvestmentChartBuilder(*m_dataset).build(request, language);
        QVERIFY(!alone.categories.isEmpty());
        QCOMPARE(describe(m_shared->chart(request, language)), describe(alone));
        QCOMPARE(describe(m_shared->chart(request, language)), describe(alone));
    }

    void theSameChartIsNotBuiltTwice()
    {
        InvestmentChartCache cache(m_dataset);
        const InvestmentRequest byCity = request(ChartDimension::City, ChartBreakdown::Funding);
        const InvestmentRequest byYear = request(ChartDimension::Year, ChartBreakdown::Funding);
        const ChartSpec first = cache.chart(byCity, Language::Korean);
        QCOMPARE(cache.builtCount(), 1);
        QCOMPARE(describe(cache.chart(byCity, Language::Korean)), describe(first));
        QCOMPARE(cache.builtCount(), 1);
        cache.chart(byYear, Language::Korean);
        cache.chart(byCity, Language::Korean);
        QCOMPARE(cache.builtCount(), 2);
        // The interface language is part of the chart: its words and number formats change.
        const ChartSpec english = cache.chart(byCity, Language::English);
        QCOMPARE(cache.builtCount(), 3);
        QCOMPARE(english.language, Language::English);
        InvestmentRequest secured = byCity;
        secured.kind = QStringLiteral("secured");
        cache.chart(secured, Language::Korean);
        QCOMPARE(cache.builtCount(), 4);
    }

    void aChartWithItsTooltipsServesOneOfValuesOnly()
    {
        InvestmentChartCache cache(m_dataset);
        const InvestmentRequest byCity = request(ChartDimension::City, ChartBreakdown::Funding);
        const ChartSpec values = cache.chart(byCity, Language::English, ChartDetail::ValuesOnly);
        QCOMPARE(values.detail, ChartDetail::ValuesOnly);
        QVERIFY(values.lines.isEmpty());
        QVERIFY(values.total() > 0);
        // A tooltip needs what a chart of values only does not hold: built again.
        const ChartSpec full = cache.chart(byCity, Language::English);
        QCOMPARE(cache.builtCount(), 2);
        QCOMPARE(full.detail, ChartDetail::Tooltips);
        QVERIFY(!full.lines.isEmpty());
        QCOMPARE(full.total(), values.total());
        // Now kept with its tooltips: asked for values only, that one is given.
        QCOMPARE(describe(cache.chart(byCity, Language::English, ChartDetail::ValuesOnly)), describe(full));
        QCOMPARE(cache.builtCount(), 2);
    }

    void onlyTheMostRecentChartsAreKept()
    {
        InvestmentChartCache cache(m_dataset);
        const InvestmentRequest oldest = request(ChartDimension::City, ChartBreakdown::None);
        cache.chart(oldest, Language::Korean);
        for (int i = 0; i < InvestmentChartCache::capacity; ++i) {
            InvestmentRequest other = request(ChartDimension::Plan, ChartBreakdown::None);
            other.unit = i % 2 ? DisplayUnit::Won : DisplayUnit::Jo;
            other.layout = i < InvestmentChartCache::capacity / 2 ? ChartLayout::Grouped : ChartLayout::Stacked;
            other.perCapita = (i / 2) % 2 == 1;
            cache.chart(other, Language::Korean);
        }
        const int built = cache.builtCount();
        QCOMPARE(built, 1 + InvestmentChartCache::capacity);
        cache.chart(oldest, Language::Korean);
        QCOMPARE(cache.builtCount(), built + 1);
    }

    void largeChartsAreKeptFewer()
    {
        // A budget smaller than any chart: only the chart last asked for is kept.
        InvestmentChartCache cache(m_dataset, 1);
        const InvestmentRequest byCity = request(ChartDimension::City, ChartBreakdown::Funding);
        const InvestmentRequest byYear = request(ChartDimension::Year, ChartBreakdown::Funding);
        const ChartSpec first = cache.chart(byCity, Language::Korean);
        QVERIFY(!first.lines.isEmpty());
        cache.chart(byCity, Language::Korean);
        QCOMPARE(cache.builtCount(), 1);
        cache.chart(byYear, Language::Korean);
        QCOMPARE(describe(cache.chart(byCity, Language::Korean)), describe(first));
        QCOMPARE(cache.builtCount(), 3);
    }

    void noDatasetGivesEmptyCharts()
    {
        InvestmentChartCache cache(nullptr);
        const ChartSpec spec = cache.chart(request(ChartDimension::City, ChartBreakdown::Kind), Language::English);
        QVERIFY(spec.isEmpty());
        QVERIFY(spec.categories.isEmpty());
    }

private:
    std::shared_ptr<const Dataset> m_dataset;
    std::unique_ptr<InvestmentChartCache> m_shared;
};

QTEST_GUILESS_MAIN(TestInvestmentChartCache)
#include "TestInvestmentChartCache.moc"
