#include "charts/InvestmentChartBuilder.h"
#include "dataset/BuiltinDataset.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace innoatlas;

namespace {
// Hand-computed from resources/dataset (see docs/charts.md for the rules).
constexpr qint64 daejeonPlanned = 350'000'000'000 + 1'655'200'000'000 + 430'000'000'000;
constexpr qint64 gwangjuPlanned = 400'000'000'000; // the 2020 government proposal lies within it
constexpr qint64 busanPlanned = 1'500'000'000'000;

InvestmentRequest request(ChartDimension dimension, ChartBreakdown breakdown, ChartLayout layout = ChartLayout::Grouped)
{
    InvestmentRequest r;
    r.dimension = dimension;
    r.breakdown = breakdown;
    r.layout = layout;
    return r;
}

qint64 total(const ChartSpec &spec, const QString &series, const QString &category)
{
    const ChartValue *value = spec.value(series, category);
    return value ? value->total() : -1;
}

qint64 contributed(const ChartValue &value)
{
    qint64 sum = 0;
    for (const ChartContribution &c : value.contributions)
        sum += c.won;
    return sum;
}

QStringList keys(const QVector<ChartCategory> &categories)
{
    QStringList result;
    for (const ChartCategory &c : categories)
        result << c.key;
    return result;
}

QStringList keys(const QVector<ChartSeries> &series)
{
    QStringList result;
    for (const ChartSeries &s : series)
        result << s.key;
    return result;
}
} // namespace

class TestInvestmentChartBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVector<DatasetIssue> issues;
        QVERIFY(BuiltinDataset::read(&m_dataset, &issues));
    }

    void byCityKeepsKindsApart()
    {
        const ChartSpec spec = InvestmentChartBuilder(m_dataset).build(
            request(ChartDimension::City, ChartBreakdown::Kind), Language::Korean);
        QCOMPARE(keys(spec.categories), (QStringList{"region.daejeon", "region.gwangju", "region.busan"}));
        QCOMPARE(keys(spec.series), (QStringList{"planned", "secured"})); // nothing is recorded as invested
        QCOMPARE(total(spec, "planned", "region.daejeon"), daejeonPlanned);
        QCOMPARE(total(spec, "planned", "region.gwangju"), gwangjuPlanned);
        QCOMPARE(total(spec, "planned", "region.busan"), busanPlanned);
        QCOMPARE(total(spec, "secured", "region.daejeon"), qint64(97'300'000'000));
        QCOMPARE(total(spec, "secured", "region.gwangju"), qint64(62'600'000'000));
        QCOMPARE(total(spec, "secured", "region.busan"), qint64(0));
        QCOMPARE(spec.categories.first().label, QStringLiteral("대전"));
        QCOMPARE(spec.request.layout, ChartLayout::Grouped);
        QVERIFY(!spec.hasEstimates());
        QVERIFY(spec.notes.join(u' ').contains(QStringLiteral("never added")));
    }

    void kindsAreNeverStacked()
    {
        const ChartSpec spec = InvestmentChartBuilder(m_dataset).build(
            request(ChartDimension::City, ChartBreakdown::Kind, ChartLayout::Stacked), Language::English);
        QCOMPARE(spec.request.layout, ChartLayout::Grouped);
        // The axis covers the largest single bar, 2,435.2 billion, not a stack of kinds.
        QCOMPARE(spec.axis.maximum, qint64(2'500'000'000'000));
    }

    void byFundingAttributesNestedLines()
    {
        InvestmentRequest r = request(ChartDimension::Funding, ChartBreakdown::None);
        const ChartSpec spec = InvestmentChartBuilder(m_dataset).build(r, Language::English);
        QCOMPARE(keys(spec.categories), (QStringList{"national", "city", "foreign-investment", "mixed", "unknown"}));
        QCOMPARE(total(spec, "total", "mixed"), qint64(340'800'000'000)); // 350 billion less the 9.2 billion SAT
        QCOMPARE(total(spec, "total", "city"), qint64(9'200'000'000));
        QCOMPARE(total(spec, "total", "national"), qint64(42'600'000'000));
        QCOMPARE(total(spec, "total", "foreign-investment"), qint64(430'000'000'000));
        QCOMPARE(total(spec, "total", "unknown"), qint64(1'655'200'000'000 + 357'400'000'000 + 1'500'000'000'000));
        QCOMPARE(spec.total(), daejeonPlanned + gwangjuPlanned + busanPlanned);
        QVERIFY(spec.notes.join(u' ').contains(QStringLiteral("Counted once")));
    }

    void byYearSpreadsEnvelopesAndLeavesUndatedOut()
    {
        const ChartSpec spec = InvestmentChartBuilder(m_dataset).build(
            request(ChartDimension::Year, ChartBreakdown::Plan, ChartLayout::Stacked), Language::English);
        QCOMPARE(spec.categories.first().key, QStringLiteral("2020"));
        QCOMPARE(spec.categories.last().key, QStringLiteral("2028"));

        const ChartValue *smart2022 = spec.value("plan.daejeon-smart", "2022");
        QVERIFY(smart2022);
        QCOMPARE(smart2022->known, qint64(126'200'000'000));
        QCOMPARE(smart2022->estimated, qint64(0));
        QCOMPARE(spec.value("plan.daejeon-smart", "2023")->estimated, qint64(509'666'666'668));
        QCOMPARE(spec.value("plan.daejeon-smart", "2025")->estimated, qint64(509'666'666'666));
        QCOMPARE(spec.value("plan.daejeon-space-2023", "2026")->estimated, qint64(70'000'000'000));
        QCOMPARE(spec.value("plan.daejeon-space-2023", "2026")->contributions.size(), 2); // envelope rest and SAT
        const ChartValue *gwangju2020 = spec.value("plan.gwangju-ai-2020", "2020");
        QCOMPARE(gwangju2020->known, qint64(42'600'000'000));
        QCOMPARE(gwangju2020->estimated, qint64(71'480'000'000));

        // Busan's 1.5 trillion and Merck's 430 billion have no years: left out, and said so.
        QCOMPARE(spec.total(), qint64(1'655'200'000'000 + 350'000'000'000 + 400'000'000'000));
        QVERIFY(spec.hasEstimates());
        QVERIFY(!spec.estimatedLegend.isEmpty());
        const QString notes = spec.notes.join(u' ');
        QVERIFY2(notes.contains(QStringLiteral("2 amount")) && notes.contains(QStringLiteral("KRW 1.93 trillion")),
                 qPrintable(notes));
        // 2024: 509.67 + 71.48 + 70 = 651.1 billion; steps of 200 billion
        QCOMPARE(spec.axis.maximum, qint64(800'000'000'000));
    }

    void byThemeCountsAPlanUnderEachTheme()
    {
        InvestmentRequest r = request(ChartDimension::Theme, ChartBreakdown::None);
        const ChartSpec spec = InvestmentChartBuilder(m_dataset).build(r, Language::English);
        QCOMPARE(total(spec, "total", "theme.space"), qint64(350'000'000'000));
        QCOMPARE(total(spec, "total", "theme.ai"), qint64(1'655'200'000'000 + 400'000'000'000 + 1'500'000'000'000));
        QCOMPARE(total(spec, "total", "theme.smart-city"), qint64(1'655'200'000'000 + 1'500'000'000'000));
        QCOMPARE(total(spec, "total", "theme.bio"), qint64(430'000'000'000));
        QCOMPARE(total(spec, "total", "theme.international-cooperation"), qint64(0));
        QVERIFY(spec.notes.join(u' ').contains(QStringLiteral("do not add up")));
    }

    void perCapitaDividesByPopulationWithItsYear()
    {
        InvestmentRequest r = request(ChartDimension::City, ChartBreakdown::Kind);
        r.perCapita = true;
        const ChartSpec spec = InvestmentChartBuilder(m_dataset).build(r, Language::English);
        // 2,435,200,000,000 / 1,490,158 = 1,634,188.6 → 1,634,189 won per resident
        QCOMPARE(total(spec, "planned", "region.daejeon"), qint64(1'634'189));
        QCOMPARE(total(spec, "planned", "region.gwangju"), qint64(272'825));
        QCOMPARE(total(spec, "planned", "region.busan"), qint64(442'062));
        QCOMPARE(total(spec, "secured", "region.daejeon"), qint64(65'295));
        QCOMPARE(spec.categories.first().population->year, 2010);
        QCOMPARE(spec.axis.title, QStringLiteral("KRW per resident"));
        // Tooltips still have the exact won.
        QCOMPARE(contributed(*spec.value("planned", "region.gwangju")), qint64(400'000'000'000));
        QVERIFY(spec.notes.join(u' ').contains(QStringLiteral("1,490,158 (2010)")));
        QVERIFY(spec.sourceKeys.contains(QStringLiteral("src.kosis-2010")));
    }

    void perCapitaIgnoredWhereNoPopulationApplies()
    {
        InvestmentRequest r = request(ChartDimension::Funding, ChartBreakdown::None);
        r.perCapita = true;
        const ChartSpec spec = InvestmentChartBuilder(m_dataset).build(r, Language::English);
        QVERIFY(!spec.request.perCapita);
        QCOMPARE(total(spec, "total", "city"), qint64(9'200'000'000));
    }

    void filtersByCityAndTheme()
    {
        InvestmentRequest r = request(ChartDimension::Plan, ChartBreakdown::None);
        r.cityKeys = QStringList{QStringLiteral("region.daejeon")};
        r.themeKeys = QStringList{QStringLiteral("theme.space")};
        const ChartSpec spec = InvestmentChartBuilder(m_dataset).build(r, Language::English);
        QCOMPARE(keys(spec.categories), QStringList{"plan.daejeon-space-2023"});
        QCOMPARE(spec.total(), qint64(350'000'000'000));
    }

    void securedOnly()
    {
        InvestmentRequest r = request(ChartDimension::City, ChartBreakdown::Funding, ChartLayout::Stacked);
        r.kind = QStringLiteral("secured");
        const ChartSpec spec = InvestmentChartBuilder(m_dataset).build(r, Language::English);
        QCOMPARE(spec.total(), qint64(97'300'000'000 + 62'600'000'000));
        QCOMPARE(keys(spec.series), (QStringList{"national", "unknown"}));
    }

    void nothingInvestedSaysSo()
    {
        InvestmentRequest r = request(ChartDimension::City, ChartBreakdown::None);
        r.kind = QStringLiteral("invested");
        const ChartSpec spec = InvestmentChartBuilder(m_dataset).build(r, Language::English);
        QVERIFY(spec.isEmpty());
        QCOMPARE(spec.categories.size(), 3);
        QVERIFY(spec.notes.join(u' ').contains(QStringLiteral("No amounts")));
        QVERIFY(!spec.axis.ticks.isEmpty());
    }

    void sourceLineNamesPublishersWithDates()
    {
        InvestmentRequest r = request(ChartDimension::Plan, ChartBreakdown::None);
        r.cityKeys = QStringList{QStringLiteral("region.gwangju")};
        const ChartSpec en = InvestmentChartBuilder(m_dataset).build(r, Language::English);
        QVERIFY2(
            en.sourceLine.startsWith(QStringLiteral("Sources: The Asia Business Daily (Asia Economy) (2020-01-14)")),
            qPrintable(en.sourceLine));
        QVERIFY(en.sourceLine.contains(QStringLiteral("Kukmin Ilbo (2020-01)")));
        const ChartSpec ko = InvestmentChartBuilder(m_dataset).build(r, Language::Korean);
        QVERIFY2(ko.sourceLine.contains(QStringLiteral("아시아경제 (2020-01-14)")), qPrintable(ko.sourceLine));
        QCOMPARE(ko.sourceKeys, en.sourceKeys);
        const ChartValue *gwangju = ko.value("total", "plan.gwangju-ai-2020");
        QCOMPARE(contributed(*gwangju), qint64(400'000'000'000));
        const ChartContribution &c = gwangju->contributions.first();
        QVERIFY(c.remainder); // the complex's total less the 2020 government proposal inside it
        QVERIFY(ko.lineOf(c).sourceKeys.contains(QStringLiteral("src.gwangju-ai.seed")));
    }

    void aLineSpreadOverYearsIsOneLineOfItsTooltips()
    {
        // Each year's share of a budget line is a contribution of its own, and all of them name the one line.
        const ChartSpec spec = InvestmentChartBuilder(m_dataset).build(
            request(ChartDimension::Year, ChartBreakdown::None), Language::English);
        QHash<int, QSet<int>> yearsOfLine;
        for (const ChartSeries &series : spec.series) {
            for (const ChartValue &value : series.values) {
                for (const ChartContribution &c : value.contributions) {
                    QVERIFY(c.line >= 0 && c.line < spec.lines.size());
                    QVERIFY(c.year);
                    QVERIFY2(!yearsOfLine[c.line].contains(*c.year), qPrintable(spec.lineOf(c).label));
                    yearsOfLine[c.line].insert(*c.year);
                }
            }
        }
        QCOMPARE(yearsOfLine.size(), spec.lines.size()); // every line is a part of some bar
        const auto spread = std::count_if(yearsOfLine.cbegin(), yearsOfLine.cend(),
                                          [](const QSet<int> &years) { return years.size() > 1; });
        QVERIFY(spread > 0);
        for (const ChartLine &line : spec.lines) {
            QVERIFY(!line.label.isEmpty());
            QVERIFY(!line.planTitle.isEmpty());
        }
    }

    void correctedFiguresCarryWhatWasPrinted()
    {
        InvestmentRequest r = request(ChartDimension::Plan, ChartBreakdown::None);
        r.cityKeys = QStringList{QStringLiteral("region.daejeon")};
        const ChartSpec spec = InvestmentChartBuilder(m_dataset).build(r, Language::English);
        const ChartValue *smart = spec.value("total", "plan.daejeon-smart");
        QVERIFY(smart);
        QCOMPARE(smart->total(), qint64(1'655'200'000'000));
        bool found = false;
        for (const ChartContribution &c : smart->contributions)
            found = found || spec.lineOf(c).printed.contains(QStringLiteral("1262 trillion"));
        QVERIFY(found);
    }

    void sameScaleInBothLanguages_data()
    {
        QTest::addColumn<int>("unit");
        QTest::newRow("won") << int(DisplayUnit::Won);
        QTest::newRow("eok / billion") << int(DisplayUnit::Eok);
        QTest::newRow("jo / trillion") << int(DisplayUnit::Jo);
    }

    void sameScaleInBothLanguages()
    {
        QFETCH(int, unit);
        InvestmentRequest r = request(ChartDimension::City, ChartBreakdown::Kind);
        r.unit = DisplayUnit(unit);
        const InvestmentChartBuilder builder(m_dataset);
        const ChartSpec ko = builder.build(r, Language::Korean);
        const ChartSpec en = builder.build(r, Language::English);
        QCOMPARE(ko.axis.maximum, en.axis.maximum);
        QCOMPARE(ko.axis.ticks, en.axis.ticks);
        QCOMPARE(ko.total(), en.total());
    }

    void requestsRoundTripThroughJson()
    {
        InvestmentRequest r = request(ChartDimension::Year, ChartBreakdown::Funding, ChartLayout::Stacked);
        r.unit = DisplayUnit::Jo;
        r.kind = QStringLiteral("secured");
        r.perCapita = true;
        r.cityKeys = QStringList{QStringLiteral("region.busan")};
        r.themeKeys = QStringList{QStringLiteral("theme.ai")};
        QCOMPARE(InvestmentRequest::fromJson(r.toJson()), r);
        QCOMPARE(InvestmentRequest::fromJson(QJsonObject()), InvestmentRequest());
    }

private:
    Dataset m_dataset;
};

QTEST_GUILESS_MAIN(TestInvestmentChartBuilder)
#include "TestInvestmentChartBuilder.moc"
