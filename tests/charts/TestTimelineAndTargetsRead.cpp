#include "charts/TargetsBuilder.h"
#include "charts/TimelineBuilder.h"
#include "dataset/BuiltinDataset.h"
#include "store/Database.h"
#include "store/DatasetStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace innoatlas;

Q_DECLARE_METATYPE(TimelineRequest)

namespace {
/** Every field of a timeline as text, so that a difference shows in the failure message. */
QStringList described(const TimelineData &data)
{
    QStringList lines{data.title, data.sourceLine, data.notes.join(u'|'), data.sourceKeys.join(u',')};
    for (const TimelineLane &lane : data.lanes)
        lines << QStringLiteral("lane %1 %2 %3").arg(lane.key, lane.label, lane.regionKey);
    for (const TimelineItem &item : data.items) {
        lines << QStringLiteral("item %1 %2 %3 %4 %5 %6 %7 %8 %9")
                     .arg(item.key, item.laneKey, item.planKey, item.regionKey, item.label, item.detail,
                          item.first.toString(Qt::ISODate), item.last.toString(Qt::ISODate),
                          item.eventKind + QLatin1Char(' ') + item.sourceKeys.join(u','))
              << QStringLiteral("kind %1 precision %2").arg(int(item.kind)).arg(int(item.precision));
    }
    for (const TimeScale::Segment &segment : data.scale.segments()) {
        lines << QStringLiteral("segment %1 %2 %3 %4 %5")
                     .arg(segment.from.toString(Qt::ISODate), segment.to.toString(Qt::ISODate))
                     .arg(segment.start)
                     .arg(segment.length)
                     .arg(segment.compressed);
    }
    for (auto it = data.sourceNames.cbegin(); it != data.sourceNames.cend(); ++it)
        lines << QStringLiteral("source %1 %2").arg(it.key(), it.value());
    lines.sort(); // sourceNames is a hash: its order is not the data's
    return lines;
}

QStringList described(const TargetsData &data)
{
    QStringList lines{data.title, data.sourceLine, data.notes.join(u'|'), data.sourceKeys.join(u',')};
    for (const TargetRow &row : data.rows) {
        lines << QStringLiteral("row %1 %2 %3 %4 %5 %6 %7 %8 %9")
                     .arg(row.targetKey, row.planKey, row.regionKey, row.city, row.planTitle, row.metric, row.unit,
                          row.baselineText, row.targetText)
              << QStringLiteral("at %1 %2 %3")
                     .arg(row.baselineAt.value_or(-1))
                     .arg(row.targetAt)
                     .arg(row.sourceKeys.join(u','));
    }
    for (auto it = data.sourceNames.cbegin(); it != data.sourceNames.cend(); ++it)
        lines << QStringLiteral("source %1 %2").arg(it.key(), it.value());
    return lines;
}
} // namespace

/**
 * The timeline and the targets read only part of the dataset (DatasetStore::Scope::TimelinesAndTargets):
 * they must show exactly what they show from the whole of it.
 */
class TestTimelineAndTargetsRead : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Dataset builtin;
        QVector<DatasetIssue> issues;
        QVERIFY(BuiltinDataset::read(&builtin, &issues));
        Database database;
        QVERIFY(database.openOrCreate(m_dir.filePath(QStringLiteral("builtin.sqlite")),
                                      [](Database &, QString *) { return true; }));
        DatasetStore store(database.connection());
        store.insert(builtin);
        m_full = store.load();
        m_lean = store.load(DatasetStore::Scope::TimelinesAndTargets);
        // The lean read leaves something out, or this test would compare a thing with itself.
        QVERIFY(!(m_full == m_lean));
    }

    void timelineIsTheSame_data()
    {
        QTest::addColumn<TimelineRequest>("request");
        QTest::addColumn<Language>("language");
        const QString daejeon = QStringLiteral("region.daejeon");
        for (const Language language : {Language::Korean, Language::English}) {
            const QByteArray lang = language == Language::Korean ? "ko" : "en";
            TimelineRequest cities;
            TimelineRequest plans;
            plans.lanes = TimelineRequest::Lanes::Plans;
            TimelineRequest oneCity;
            oneCity.cityKeys = {daejeon};
            TimelineRequest oneTheme = plans;
            oneTheme.themeKeys = {m_full.themes.first().key};
            QTest::newRow(lang + " by city") << cities << language;
            QTest::newRow(lang + " by plan") << plans << language;
            QTest::newRow(lang + " one city") << oneCity << language;
            QTest::newRow(lang + " one theme by plan") << oneTheme << language;
        }
    }

    void timelineIsTheSame()
    {
        QFETCH(TimelineRequest, request);
        QFETCH(Language, language);
        const TimelineData full = TimelineBuilder(m_full).build(request, language);
        QVERIFY(full.items.size() > 3);
        QCOMPARE(described(TimelineBuilder(m_lean).build(request, language)), described(full));
    }

    void targetsAreTheSame_data()
    {
        QTest::addColumn<QStringList>("cities");
        QTest::addColumn<QStringList>("themes");
        QTest::addColumn<Language>("language");
        for (const Language language : {Language::Korean, Language::English}) {
            const QByteArray lang = language == Language::Korean ? "ko" : "en";
            QTest::newRow(lang + " all") << QStringList() << QStringList() << language;
            QTest::newRow(lang + " one city")
                << QStringList{QStringLiteral("region.busan")} << QStringList() << language;
            QTest::newRow(lang + " one theme") << QStringList() << QStringList{m_full.themes.first().key} << language;
        }
    }

    void targetsAreTheSame()
    {
        QFETCH(QStringList, cities);
        QFETCH(QStringList, themes);
        QFETCH(Language, language);
        const TargetsData full = TargetsBuilder(m_full).build(cities, themes, language);
        QCOMPARE(described(TargetsBuilder(m_lean).build(cities, themes, language)), described(full));
    }

    void filtersOfferTheSameChoices()
    {
        // The city and theme boxes of both views are filled from these (PlanFilterBoxes).
        QCOMPARE(m_lean.regions.size(), m_full.regions.size());
        for (int i = 0; i < m_full.regions.size(); ++i) {
            QCOMPARE(m_lean.regions.at(i).key, m_full.regions.at(i).key);
            QVERIFY(m_lean.regions.at(i).name == m_full.regions.at(i).name);
            QCOMPARE(m_lean.regions.at(i).level, m_full.regions.at(i).level);
        }
        QVERIFY(m_lean.themes == m_full.themes);
        QCOMPARE(m_lean.plans.size(), m_full.plans.size());
        for (int i = 0; i < m_full.plans.size(); ++i) {
            QCOMPARE(m_lean.plans.at(i).regionKey, m_full.plans.at(i).regionKey);
            QCOMPARE(m_lean.plans.at(i).themeKeys, m_full.plans.at(i).themeKeys);
            QVERIFY(m_lean.plans.at(i).targets == m_full.plans.at(i).targets);
        }
        QCOMPARE(m_lean.events.size(), m_full.events.size());
        for (int i = 0; i < m_full.events.size(); ++i)
            QCOMPARE(m_lean.events.at(i).regionKey, m_full.events.at(i).regionKey);
    }

private:
    QTemporaryDir m_dir;
    Dataset m_full;
    Dataset m_lean;
};

QTEST_GUILESS_MAIN(TestTimelineAndTargetsRead)
#include "TestTimelineAndTargetsRead.moc"
