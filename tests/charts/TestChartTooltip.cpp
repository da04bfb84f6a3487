#include "charts/ChartTooltip.h"
#include "charts/InvestmentChartBuilder.h"
#include "dataset/BuiltinDataset.h"

#include <QTest>

using namespace innoatlas;

namespace {
int indexOf(const QVector<ChartSeries> &series, const QString &key)
{
    for (int i = 0; i < series.size(); ++i) {
        if (series.at(i).key == key)
            return i;
    }
    return -1;
}

int indexOf(const QVector<ChartCategory> &categories, const QString &key)
{
    for (int i = 0; i < categories.size(); ++i) {
        if (categories.at(i).key == key)
            return i;
    }
    return -1;
}
} // namespace

class TestChartTooltip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVector<DatasetIssue> issues;
        QVERIFY(BuiltinDataset::read(&m_dataset, &issues));
    }

    void givesTheExactWonAndTheSources()
    {
        InvestmentRequest request;
        request.dimension = ChartDimension::Year;
        request.breakdown = ChartBreakdown::Plan;
        request.layout = ChartLayout::Stacked;
        const ChartSpec spec = InvestmentChartBuilder(m_dataset).build(request, Language::Korean);
        const int series = indexOf(spec.series, QStringLiteral("plan.daejeon-smart"));
        const QString known = ChartTooltip::text(spec, series, indexOf(spec.categories, QStringLiteral("2022")));
        QVERIFY2(known.contains(QStringLiteral("1,262억 원")), qPrintable(known));
        QVERIFY(known.contains(QStringLiteral("126,200,000,000원")));
        QVERIFY(known.contains(QStringLiteral("파이낸셜뉴스, 2022-04-17")));
        // A corrected figure says what the source printed.
        QVERIFY(known.contains(QStringLiteral("60 billion won will be invested this year")));

        const QString estimated = ChartTooltip::text(spec, series, indexOf(spec.categories, QStringLiteral("2023")));
        QVERIFY2(estimated.contains(QStringLiteral("509,666,666,668원")), qPrintable(estimated));
        QVERIFY(estimated.contains(QStringLiteral("estimated share of 2023")));
        QVERIFY(estimated.contains(QStringLiteral("what is left")));
    }

    void spellsOutPerCapitaDivisions()
    {
        InvestmentRequest request;
        request.perCapita = true;
        const ChartSpec spec = InvestmentChartBuilder(m_dataset).build(request, Language::English);
        const QString text = ChartTooltip::text(spec, indexOf(spec.series, QStringLiteral("planned")),
                                                indexOf(spec.categories, QStringLiteral("region.busan")));
        QVERIFY2(text.contains(QStringLiteral("KRW 1,500,000,000,000 ÷ 3,393,191 residents (2010) = KRW 442,062")),
                 qPrintable(text));
    }

    void nothingForAnEmptyBarOrABadIndex()
    {
        const ChartSpec spec = InvestmentChartBuilder(m_dataset).build({}, Language::English);
        QVERIFY(ChartTooltip::text(spec, indexOf(spec.series, QStringLiteral("secured")),
                                   indexOf(spec.categories, QStringLiteral("region.busan")))
                    .isEmpty());
        QVERIFY(ChartTooltip::text(spec, 99, 0).isEmpty());
        QVERIFY(ChartTooltip::text(spec, 0, -1).isEmpty());
    }

    void listsTheLargestPartsOfACrowdedBar()
    {
        // A bar of 20 lines of 1 to 20 억 원: the twelve largest are listed, the other eight summed.
        ChartSpec spec;
        spec.language = Language::English;
        spec.categories = {{QStringLiteral("region.busan"), QStringLiteral("Busan"), {}}};
        ChartValue value;
        for (int i = 1; i <= 20; ++i) {
            value.contributions.append(
                {int(spec.lines.size()), qint64(i) * 100'000'000, false, false, std::nullopt, 1});
            value.known += qint64(i) * 100'000'000;
            spec.lines.append({QStringLiteral("Line %1").arg(i), QStringLiteral("Plan"), {}, {}});
        }
        spec.series = {{QStringLiteral("planned"), QStringLiteral("Planned"), {value}}};
        const QString text = ChartTooltip::text(spec, 0, 0);
        QCOMPARE(text.count(QStringLiteral("<li>")), ChartTooltip::maximumLines);
        QVERIFY(text.contains(QStringLiteral("<b>Line 20</b>")));
        QVERIFY(text.contains(QStringLiteral("<b>Line 9</b>")));
        QVERIFY(!text.contains(QStringLiteral("<b>Line 8</b>")));
        // In the chart's order: line 9 before line 20.
        QVERIFY(text.indexOf(QStringLiteral("<b>Line 9</b>")) < text.indexOf(QStringLiteral("<b>Line 20</b>")));
        // 1 + … + 8 = 36 억 원 = KRW 3.6 billion; the total is still every line's: 210 억 원.
        QVERIFY2(text.contains(QStringLiteral("smaller part(s), KRW 3.6 billion in all")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("KRW 21,000,000,000")));
    }

private:
    Dataset m_dataset;
};

QTEST_GUILESS_MAIN(TestChartTooltip)
#include "TestChartTooltip.moc"
