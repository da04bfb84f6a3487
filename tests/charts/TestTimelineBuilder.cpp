#include "charts/TimelineBuilder.h"
#include "dataset/BuiltinDataset.h"

#include <QTest>

using namespace innoatlas;

namespace {
QStringList laneKeys(const TimelineData &data)
{
    QStringList keys;
    for (const TimelineLane &lane : data.lanes)
        keys << lane.key;
    return keys;
}
} // namespace

class TestTimelineBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVector<DatasetIssue> issues;
        QVERIFY(BuiltinDataset::read(&m_dataset, &issues));
    }

    void cityLanesWithTheCountryLast()
    {
        const TimelineData data = TimelineBuilder(m_dataset).build({}, Language::English);
        QCOMPARE(laneKeys(data), (QStringList{"region.daejeon", "region.gwangju", "region.busan", "region.korea"}));
        QCOMPARE(data.lanes.first().label, QStringLiteral("Daejeon"));
        // The 2045 Mars landing is a national goal the space plan cites: in the country's lane.
        const TimelineItem *mars = data.item(QStringLiteral("ev.daejeon-space.mars-landing-2045"));
        QVERIFY(mars);
        QCOMPARE(mars->laneKey, QStringLiteral("region.korea"));
        QCOMPARE(mars->first, QDate(2045, 1, 1));
        QCOMPARE(mars->last, QDate(2045, 12, 31));
        QVERIFY(!mars->isPoint());
    }

    void datesAreDrawnAsWhatTheyAre_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<bool>("point");
        QTest::newRow("a day") << "ev.daejeon-space.declaration" << QDate(2023, 11, 29) << QDate(2023, 11, 29) << true;
        QTest::newRow("a month") << "ev.daejeon-space.cluster-designation" << QDate(2022, 12, 1) << QDate(2022, 12, 31)
                                 << false;
        QTest::newRow("a year") << "ev.gwangju-ai.ai-cluster-forum" << QDate(2019, 1, 1) << QDate(2019, 12, 31)
                                << false;
        QTest::newRow("a plan period") << "plan.daejeon-smart" << QDate(2022, 1, 1) << QDate(2025, 12, 31) << false;
        QTest::newRow("a target year") << "kpi.busan-digital.smart-manufacturing-automation" << QDate(2030, 1, 1)
                                       << QDate(2030, 12, 31) << false;
    }

    void datesAreDrawnAsWhatTheyAre()
    {
        QFETCH(QString, key);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(bool, point);
        const TimelineData data = TimelineBuilder(m_dataset).build({}, Language::English);
        const TimelineItem *item = data.item(key);
        QVERIFY(item);
        QCOMPARE(item->first, first);
        QCOMPARE(item->last, last);
        QCOMPARE(item->isPoint(), point);
        QVERIFY(!item->sourceKeys.isEmpty());
    }

    void longHorizonsAreOnACompressedAxis()
    {
        const TimelineData data = TimelineBuilder(m_dataset).build({}, Language::English);
        // 2005 (Daedeok Innopolis), 2019–2030 and 2045: two breaks.
        int breaks = 0;
        for (const TimeScale::Segment &segment : data.scale.segments())
            breaks += segment.compressed ? 1 : 0;
        QCOMPARE(breaks, 2);
        QCOMPARE(data.scale.first(), QDate(2005, 1, 1));
        QCOMPARE(data.scale.end(), QDate(2046, 1, 1));
        QVERIFY(data.notes.join(u' ').contains(QStringLiteral("2006–2018, 2031–2044")));
        // Targets without a target year (Daejeon space 4, Busan 1) have no place in time; the notes say how many.
        QVERIFY(data.notes.join(u' ').contains(QStringLiteral("5 target")));
    }

    void targetsReadBaselineToTarget()
    {
        const TimelineData ko = TimelineBuilder(m_dataset).build({}, Language::Korean);
        const TimelineItem *automation = ko.item(QStringLiteral("kpi.busan-digital.smart-manufacturing-automation"));
        QVERIFY(automation);
        QCOMPARE(automation->detail, QStringLiteral("10% → 80% (2030)"));
        QCOMPARE(automation->laneKey, QStringLiteral("region.busan"));
        const TimelineData en = TimelineBuilder(m_dataset).build({}, Language::English);
        QCOMPARE(en.item(QStringLiteral("kpi.busan-digital.new-digital-industry-sales"))->detail,
                 QStringLiteral("KRW 11.8 trillion (2020) → KRW 20 trillion (2030)"));
    }

    void planLanes()
    {
        TimelineRequest request;
        request.lanes = TimelineRequest::Lanes::Plans;
        request.cityKeys = QStringList{QStringLiteral("region.daejeon")};
        const TimelineData data = TimelineBuilder(m_dataset).build(request, Language::English);
        QCOMPARE(laneKeys(data), (QStringList{"plan.daejeon-space-2023", "plan.daejeon-gia", "plan.daejeon-gia.economy",
                                              "plan.daejeon-smart", "other:region.daejeon"}));
        QCOMPARE(data.item(QStringLiteral("ev.daejeon-gia.innopolis-2005"))->laneKey,
                 QStringLiteral("other:region.daejeon"));
        // By plan, the national Mars goal goes with the Daejeon plan that cites it.
        QCOMPARE(data.item(QStringLiteral("ev.daejeon-space.mars-landing-2045"))->laneKey,
                 QStringLiteral("plan.daejeon-space-2023"));
    }

    void themeFilterKeepsOnlyThatThemesPlans()
    {
        TimelineRequest request;
        request.themeKeys = QStringList{QStringLiteral("theme.space")};
        const TimelineData data = TimelineBuilder(m_dataset).build(request, Language::English);
        for (const TimelineItem &item : data.items)
            QCOMPARE(item.planKey, QStringLiteral("plan.daejeon-space-2023"));
        QVERIFY(data.item(QStringLiteral("plan.daejeon-space-2023")));
        QVERIFY(!data.item(QStringLiteral("ev.daejeon-gia.innopolis-2005"))); // no plan, no theme
    }

    void itemsAreOrderedByLaneThenDate()
    {
        const TimelineData data = TimelineBuilder(m_dataset).build({}, Language::English);
        QHash<QString, int> order;
        for (int i = 0; i < data.lanes.size(); ++i)
            order.insert(data.lanes.at(i).key, i);
        for (int i = 1; i < data.items.size(); ++i) {
            const TimelineItem &a = data.items.at(i - 1);
            const TimelineItem &b = data.items.at(i);
            QVERIFY(order.value(a.laneKey) < order.value(b.laneKey) || (a.laneKey == b.laneKey && a.first <= b.first));
        }
    }

    void sourceLineNamesTheDatesSources()
    {
        TimelineRequest request;
        request.cityKeys = QStringList{QStringLiteral("region.busan")};
        const TimelineData data = TimelineBuilder(m_dataset).build(request, Language::Korean);
        QVERIFY2(data.sourceLine.contains(QStringLiteral("부산일보 (2022-01-04")), qPrintable(data.sourceLine));
        QVERIFY(data.sourceNames.contains(QStringLiteral("src.busan-digital.busanilbo")));
    }

    void requestRoundTripsThroughJson()
    {
        TimelineRequest request;
        request.lanes = TimelineRequest::Lanes::Plans;
        request.cityKeys = QStringList{QStringLiteral("region.busan")};
        request.themeKeys = QStringList{QStringLiteral("theme.ai")};
        QCOMPARE(TimelineRequest::fromJson(request.toJson()), request);
    }

private:
    Dataset m_dataset;
};

QTEST_GUILESS_MAIN(TestTimelineBuilder)
#include "TestTimelineBuilder.moc"
