// Charts of many plans and cities (ChartLimits, through InvestmentChartBuilder): a split by plan or city shows the
// largest series and adds the others together; a chart by plan shows the largest plans and names what it leaves out.

#include "charts/ChartLimits.h"
#include "charts/InvestmentChartBuilder.h"
#include "dataset/BuiltinDataset.h"
#include "i18n/Translations.h"
#include "money/MoneyFormatter.h"

#include <QTest>

using namespace innoatlas;

namespace {
constexpr qint64 eok = 100'000'000;

InvestmentRequest request(ChartDimension dimension, ChartBreakdown breakdown)
{
    InvestmentRequest r;
    r.dimension = dimension;
    r.breakdown = breakdown;
    return r;
}

/** The built-in dataset's sources and themes, with @p regions cities of its own and no plans yet. */
Dataset datasetOf(int regions)
{
    Dataset dataset;
    QVector<DatasetIssue> issues;
    if (!BuiltinDataset::read(&dataset, &issues))
        return {};
    dataset.plans.clear();
    dataset.regions.clear();
    for (int i = 0; i < regions; ++i) {
        Region region;
        region.key = QStringLiteral("region.test-%1").arg(i);
        region.level = QStringLiteral("metropolitan");
        region.name.ko = QStringLiteral("시험시 %1").arg(i);
        region.name.en = QStringLiteral("Test City %1").arg(i);
        dataset.regions << region;
    }
    return dataset;
}

/** Adds a plan of city @p region with one planned line of @p won for each funding source given. */
void addPlan(Dataset &dataset, int region, const QVector<QPair<QString, qint64>> &lines)
{
    Plan plan;
    plan.key = QStringLiteral("plan.test-%1").arg(dataset.plans.size());
    plan.regionKey = dataset.regions.at(region).key;
    plan.title.ko = QStringLiteral("시험 계획 %1").arg(dataset.plans.size());
    plan.title.en = QStringLiteral("Test plan %1").arg(dataset.plans.size());
    plan.themeKeys = QStringList{dataset.themes.first().key};
    for (const auto &[funding, won] : lines) {
        BudgetLine line;
        line.key = QStringLiteral("%1#budget.%2").arg(plan.key).arg(plan.budgetLines.size());
        line.fromYear = line.toYear = 2024;
        line.amount.won = won;
        line.amount.citation.quoteKeys << dataset.sources.first().quotes.first().key;
        line.funding = funding;
        line.kind = QStringLiteral("planned");
        plan.budgetLines << line;
    }
    dataset.plans << plan;
}

qint64 sumOf(const ChartValue &value)
{
    qint64 won = 0;
    for (const ChartContribution &c : value.contributions)
        won += c.won;
    return won;
}
} // namespace

class TestChartLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void aSplitByPlanShowsTheLargestAndAddsTheOthers()
    {
        // 45 plans in three cities; plan i holds (i + 1)억 원, so the largest are the last ones.
        Dataset dataset = datasetOf(3);
        for (int i = 0; i < 45; ++i)
            addPlan(dataset, i % 3, {{QStringLiteral("national"), (i + 1) * eok}});
        const ChartSpec spec = InvestmentChartBuilder(dataset).build(
            request(ChartDimension::City, ChartBreakdown::Plan), Language::English);

        QCOMPARE(spec.series.size(), ChartLimits::maximumSeries);
        for (int s = 0; s < ChartLimits::maximumSeries - 1; ++s) // plans 26 to 44, in their order
            QCOMPARE(spec.series.at(s).key, QStringLiteral("plan.test-%1").arg(26 + s));
        const ChartSeries &other = spec.series.last();
        QCOMPARE(other.key, QStringLiteral("other"));
        QCOMPARE(other.label, QStringLiteral("Other plans (26)"));
        // Every city's plans are all still counted: the other plans (0 to 25) as one series.
        for (int c = 0; c < 3; ++c) {
            qint64 all = 0, small = 0;
            for (int i = c; i < 45; i += 3) {
                all += (i + 1) * eok;
                small += i < 26 ? (i + 1) * eok : 0;
            }
            qint64 shown = 0;
            for (const ChartSeries &series : spec.series)
                shown += series.values.at(c).total();
            QCOMPARE(shown, all);
            QCOMPARE(other.values.at(c).total(), small);
            QCOMPARE(sumOf(other.values.at(c)), small);
        }
        QVERIFY2(spec.notes.contains(QStringLiteral("The 19 plans with the largest amounts are shown one by one; the "
                                                    "other 26 are added together as one series.")),
                 qPrintable(spec.notes.join(u'\n')));

        // In Korean too.
        Translations::install(QStringLiteral("ko"));
        const ChartSpec korean = InvestmentChartBuilder(dataset).build(
            request(ChartDimension::City, ChartBreakdown::Plan), Language::Korean);
        Translations::install(QStringLiteral("en"));
        QCOMPARE(korean.series.last().label, QStringLiteral("그 밖의 계획 (26개)"));
        QVERIFY2(korean.notes.contains(QStringLiteral(
                     "금액이 가장 큰 계획 19개는 하나씩 보이고, 나머지 26개는 한 계열로 합쳐 보입니다.")),
                 qPrintable(korean.notes.join(u'\n')));
    }

    void aSplitByCityAddsTheSmallerCitiesTogether()
    {
        Dataset dataset = datasetOf(25);
        for (int i = 0; i < 25; ++i)
            addPlan(dataset, i, {{QStringLiteral("city"), (25 - i) * eok}});
        const ChartSpec spec = InvestmentChartBuilder(dataset).build(
            request(ChartDimension::Funding, ChartBreakdown::City), Language::English);
        QCOMPARE(spec.series.size(), ChartLimits::maximumSeries);
        QCOMPARE(spec.series.first().key, QStringLiteral("region.test-0"));
        QCOMPARE(spec.series.at(18).key, QStringLiteral("region.test-18"));
        QCOMPARE(spec.series.last().label, QStringLiteral("Other cities (6)"));
        QCOMPARE(spec.series.last().values.at(0).total(), (1 + 2 + 3 + 4 + 5 + 6) * eok);
        QCOMPARE(spec.total(), 325 * eok);
    }

    void asManySeriesAsTheLimitAreAllShown()
    {
        Dataset dataset = datasetOf(2);
        for (int i = 0; i < ChartLimits::maximumSeries; ++i)
            addPlan(dataset, i % 2, {{QStringLiteral("national"), (i + 1) * eok}});
        const ChartSpec spec = InvestmentChartBuilder(dataset).build(
            request(ChartDimension::City, ChartBreakdown::Plan), Language::English);
        QCOMPARE(spec.series.size(), ChartLimits::maximumSeries);
        QCOMPARE(spec.series.last().key, QStringLiteral("plan.test-19"));
        QVERIFY(std::none_of(spec.notes.cbegin(), spec.notes.cend(),
                             [](const QString &note) { return note.contains(QLatin1String("one by one")); }));
    }

    void aChartByPlanShowsTheLargestPlansAndNamesTheRest()
    {
        // 45 plans: the five smallest (1억 to 5억 원) are left out, and the note gives their sum.
        Dataset dataset = datasetOf(3);
        for (int i = 0; i < 45; ++i)
            addPlan(dataset, i % 3, {{QStringLiteral("national"), (i + 1) * eok}});
        for (const Language language : {Language::English, Language::Korean}) {
            const ChartSpec spec =
                InvestmentChartBuilder(dataset).build(request(ChartDimension::Plan, ChartBreakdown::None), language);
            QCOMPARE(spec.categories.size(), ChartLimits::maximumPlans);
            QCOMPARE(spec.categories.first().key, QStringLiteral("plan.test-5"));
            QCOMPARE(spec.categories.last().key, QStringLiteral("plan.test-44"));
            QCOMPARE(spec.series.size(), 1);
            QCOMPARE(spec.series.first().values.size(), ChartLimits::maximumPlans);
            for (int c = 0; c < ChartLimits::maximumPlans; ++c)
                QCOMPARE(spec.series.first().values.at(c).total(), (c + 6) * eok);
            const QString leftOut = language == Language::Korean ? MoneyFormatter::formatKorean(15 * eok)
                                                                 : MoneyFormatter::formatEnglish(15 * eok);
            QVERIFY2(std::any_of(spec.notes.cbegin(), spec.notes.cend(),
                                 [&](const QString &note) { return note.contains(leftOut); }),
                     qPrintable(spec.notes.join(u'\n')));
            // The axis is that of the bars shown.
            QVERIFY(spec.axis.maximum >= 45 * eok);
        }
        const ChartSpec english = InvestmentChartBuilder(dataset).build(
            request(ChartDimension::Plan, ChartBreakdown::None), Language::English);
        QVERIFY(english.notes.contains(
            QStringLiteral(
                "Only the 40 plans with the largest amounts are shown; 5 other plans, holding %1 in all, are left out.")
                .arg(MoneyFormatter::formatEnglish(15 * eok))));
    }

    void plansAreRankedByTheBarsDrawn()
    {
        // Plan 0 has 3억 원 of national and 3억 of city funds; the 40 others 4억 원 and a little more, one source each.
        Dataset dataset = datasetOf(1);
        addPlan(dataset, 0, {{QStringLiteral("national"), 3 * eok}, {QStringLiteral("city"), 3 * eok}});
        for (int i = 0; i < ChartLimits::maximumPlans; ++i)
            addPlan(dataset, 0, {{QStringLiteral("national"), 4 * eok + i}});
        InvestmentRequest grouped = request(ChartDimension::Plan, ChartBreakdown::Funding);
        grouped.layout = ChartLayout::Grouped;
        InvestmentRequest stacked = grouped;
        stacked.layout = ChartLayout::Stacked;

        // Grouped, its highest bar is 3억: it is the smallest. Stacked, its bar is 6억: the largest.
        const ChartSpec side = InvestmentChartBuilder(dataset).build(grouped, Language::English);
        QCOMPARE(side.categories.size(), ChartLimits::maximumPlans);
        QCOMPARE(side.categories.first().key, QStringLiteral("plan.test-1"));
        const ChartSpec stack = InvestmentChartBuilder(dataset).build(stacked, Language::English);
        QCOMPARE(stack.categories.size(), ChartLimits::maximumPlans);
        QCOMPARE(stack.categories.first().key, QStringLiteral("plan.test-0"));
        QCOMPARE(stack.categories.at(1).key, QStringLiteral("plan.test-2")); // plan 1 (4억 exactly) is left out
    }

    void kindsLeftOutAreNotAddedTogether()
    {
        Dataset dataset = datasetOf(1);
        for (int i = 0; i < ChartLimits::maximumPlans + 2; ++i)
            addPlan(dataset, 0, {{QStringLiteral("national"), (i + 1) * eok}});
        const ChartSpec spec = InvestmentChartBuilder(dataset).build(
            request(ChartDimension::Plan, ChartBreakdown::Kind), Language::English);
        QCOMPARE(spec.categories.size(), ChartLimits::maximumPlans);
        QVERIFY2(spec.notes.contains(QStringLiteral(
                     "Only the 40 plans with the largest amounts are shown; 2 other plans are left out.")),
                 qPrintable(spec.notes.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestChartLimits)
#include "TestChartLimits.moc"
