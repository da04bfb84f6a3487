#include "charts/KpiFormatter.h"
#include "charts/TargetsBuilder.h"
#include "dataset/BuiltinDataset.h"

#include <QTest>

using namespace innoatlas;

namespace {
const TargetRow *row(const TargetsData &data, const QString &key)
{
    for (const TargetRow &r : data.rows) {
        if (r.targetKey == key)
            return &r;
    }
    return nullptr;
}
} // namespace

class TestTargetsBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVector<DatasetIssue> issues;
        QVERIFY(BuiltinDataset::read(&m_dataset, &issues));
    }

    void everyKpiFromBaselineToTarget_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("baselineKo");
        QTest::addColumn<QString>("targetKo");
        QTest::addColumn<QString>("targetEn");
        QTest::addColumn<double>("baselineAt");
        QTest::addColumn<double>("targetAt");
        QTest::newRow("automation share") << "kpi.busan-digital.smart-manufacturing-automation"
                                          << "10%"
                                          << "80% (2030)"
                                          << "80% (2030)" << 0.1 << 0.8;
        QTest::newRow("R&D share") << "kpi.busan-digital.rnd-share"
                                   << "20%"
                                   << "40% (2030)"
                                   << "40% (2030)" << 0.2 << 0.4;
        QTest::newRow("ranking goes down") << "kpi.busan-digital.smart-city-rank"
                                           << "41위 (2021)"
                                           << "20위 (2030)"
                                           << "No. 20 (2030)" << 1.0 << 20.0 / 41.0;
        QTest::newRow("money") << "kpi.busan-digital.new-digital-industry-sales"
                               << "11조 8,000억 원 (2020)"
                               << "20조 원 (2030)"
                               << "KRW 20 trillion (2030)" << 0.59 << 1.0;
        QTest::newRow("no baseline") << "kpi.daejeon-space.space-talent"
                                     << ""
                                     << "5,000명"
                                     << "5,000 people" << -1.0 << 1.0;
    }

    void everyKpiFromBaselineToTarget()
    {
        QFETCH(QString, key);
        QFETCH(QString, baselineKo);
        QFETCH(QString, targetKo);
        QFETCH(QString, targetEn);
        QFETCH(double, baselineAt);
        QFETCH(double, targetAt);
        const TargetsBuilder builder(m_dataset);
        const TargetsData ko = builder.build({}, {}, Language::Korean);
        const TargetsData en = builder.build({}, {}, Language::English);
        const TargetRow *k = row(ko, key);
        const TargetRow *e = row(en, key);
        QVERIFY(k && e);
        QCOMPARE(k->baselineText, baselineKo);
        QCOMPARE(k->targetText, targetKo);
        QCOMPARE(e->targetText, targetEn);
        QCOMPARE(k->baselineAt.has_value(), baselineAt >= 0);
        if (k->baselineAt)
            QVERIFY(qAbs(*k->baselineAt - baselineAt) < 1e-9);
        QVERIFY(qAbs(k->targetAt - targetAt) < 1e-9);
        QVERIFY(!k->sourceKeys.isEmpty());
    }

    void allTargetsOfTheDatasetAreThere()
    {
        const TargetsData data = TargetsBuilder(m_dataset).build({}, {}, Language::English);
        int expected = 0;
        for (const Plan &plan : m_dataset.plans)
            expected += int(plan.targets.size());
        QCOMPARE(data.rows.size(), expected);
        QVERIFY(data.sourceLine.startsWith(QStringLiteral("Sources: ")));
        QCOMPARE(data.rows.first().city, QStringLiteral("Daejeon"));
    }

    void filters()
    {
        const TargetsData busan =
            TargetsBuilder(m_dataset).build({QStringLiteral("region.busan")}, {}, Language::English);
        QCOMPARE(busan.rows.size(), 7);
        const TargetsData space =
            TargetsBuilder(m_dataset).build({}, {QStringLiteral("theme.space")}, Language::English);
        QCOMPARE(space.rows.size(), 4);
    }

    void formatsValuesWithUnits_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("ko");
        QTest::addColumn<QString>("en");
        QTest::newRow("percent") << "80"
                                 << "percent"
                                 << "80%"
                                 << "80%";
        QTest::newRow("persons") << "20000"
                                 << "persons"
                                 << "20,000명"
                                 << "20,000 people";
        QTest::newRow("one person") << "1"
                                    << "persons"
                                    << "1명"
                                    << "1 person";
        QTest::newRow("companies") << "1000"
                                   << "companies"
                                   << "1,000개사"
                                   << "1,000 companies";
        QTest::newRow("rank") << "41"
                              << "rank"
                              << "41위"
                              << "No. 41";
        QTest::newRow("won") << "350000000000"
                             << "won"
                             << "3,500억 원"
                             << "KRW 350 billion";
        QTest::newRow("km2 with decimals") << "4.371"
                                           << "km2"
                                           << "4.371 km²"
                                           << "4.371 km²";
        QTest::newRow("m2") << "46200"
                            << "m2"
                            << "46,200 m²"
                            << "46,200 m²";
        QTest::newRow("count") << "7"
                               << "count"
                               << "7"
                               << "7";
        QTest::newRow("negative decimal") << "-2500.5"
                                          << "percent"
                                          << "-2,500.5%"
                                          << "-2,500.5%";
    }

    void formatsValuesWithUnits()
    {
        QFETCH(QString, value);
        QFETCH(QString, unit);
        QFETCH(QString, ko);
        QFETCH(QString, en);
        QCOMPARE(KpiFormatter::format(value, unit, Language::Korean), ko);
        QCOMPARE(KpiFormatter::format(value, unit, Language::English), en);
    }

private:
    Dataset m_dataset;
};

QTEST_GUILESS_MAIN(TestTargetsBuilder)
#include "TestTargetsBuilder.moc"
