#include "BuiltinDatabase.h"
#include "query/NavigatorQuery.h"

#include <QTest>

using namespace innoatlas;

namespace {
const NavigatorEntry *find(const NavigatorData &data, const QString &key)
{
    for (const NavigatorEntry &entry : data.entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

int indexOf(const NavigatorData &data, const QString &key)
{
    for (int i = 0; i < data.entries.size(); ++i) {
        if (data.entries.at(i).key == key)
            return i;
    }
    return -1;
}
} // namespace

class TestNavigatorQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_data = NavigatorQuery::query(m_db.connection()); }

    void citiesWithPlansAreListed_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("korean");
        QTest::newRow("daejeon") << "region.daejeon"
                                 << "대전광역시";
        QTest::newRow("gwangju") << "region.gwangju"
                                 << "광주광역시";
        QTest::newRow("busan") << "region.busan"
                               << "부산광역시";
    }

    void citiesWithPlansAreListed()
    {
        QFETCH(QString, key);
        QFETCH(QString, korean);
        const NavigatorEntry *entry = find(m_data, key);
        QVERIFY(entry);
        QCOMPARE(entry->kind, QStringLiteral("region"));
        QCOMPARE(entry->label.ko, korean);
    }

    void regionsWithoutPlansOrEventsOfTheirOwnAreLeftOut()
    {
        // The country only appears as the parent of the cities; partner cities abroad as participants.
        QVERIFY(!find(m_data, QStringLiteral("region.korea")));
        QVERIFY(!find(m_data, QStringLiteral("region.daejeon-gia.seattle")));
    }

    void everyEntryFollowsItsParent()
    {
        for (int i = 0; i < m_data.entries.size(); ++i) {
            const NavigatorEntry &entry = m_data.entries.at(i);
            if (entry.parentKey.isEmpty())
                continue;
            const int parent = indexOf(m_data, entry.parentKey);
            QVERIFY2(parent >= 0 && parent < i, qPrintable(entry.key));
        }
    }

    void elementsNestUnderTheirParentElement()
    {
        const NavigatorEntry *field = find(m_data, QStringLiteral("el.daejeon-space.field-rnd"));
        QVERIFY(field);
        QCOMPARE(field->parentKey, QStringLiteral("plan.daejeon-space-2023"));
        QCOMPARE(field->subKind, QStringLiteral("field"));
        const NavigatorEntry *merck = find(m_data, QStringLiteral("el.daejeon-gia.economy.merck-centre"));
        QVERIFY(merck);
        QVERIFY(merck->parentKey.startsWith(QStringLiteral("el.daejeon-gia.economy")));
        QCOMPARE(merck->planKey, QStringLiteral("plan.daejeon-gia.economy"));
    }

    void budgetLinesCarryTheirFundingAndPlan()
    {
        const NavigatorEntry *merck = find(m_data, QStringLiteral("bl.daejeon-gia.merck"));
        QVERIFY(merck);
        QCOMPARE(merck->kind, QStringLiteral("budget_line"));
        QCOMPARE(merck->subKind, QStringLiteral("foreign-investment"));
        QCOMPARE(merck->planKey, QStringLiteral("plan.daejeon-gia.economy"));
        QCOMPARE(merck->regionKey, QStringLiteral("region.daejeon"));
        QVERIFY(merck->label.ko.contains(QStringLiteral("머크")));
        QVERIFY(merck->label.en.contains(QStringLiteral("Merck")));
    }

    void participantsAreNamedAfterTheParticipant()
    {
        bool foundMerck = false;
        for (const NavigatorEntry &entry : std::as_const(m_data.entries)) {
            if (entry.kind == QLatin1String("participation") && entry.subKind == QLatin1String("investor") &&
                entry.label.en.contains(QStringLiteral("Merck")))
                foundMerck = true;
        }
        QVERIFY(foundMerck);
    }

    void themesListTheirPlans()
    {
        const auto it = std::find_if(m_data.themes.cbegin(), m_data.themes.cend(),
                                     [](const NavigatorTheme &t) { return t.key == QLatin1String("theme.space"); });
        QVERIFY(it != m_data.themes.cend());
        QCOMPARE(it->name.ko, QStringLiteral("우주"));
        QCOMPARE(it->planKeys, QStringList{QStringLiteral("plan.daejeon-space-2023")});
        const auto ai = std::find_if(m_data.themes.cbegin(), m_data.themes.cend(),
                                     [](const NavigatorTheme &t) { return t.key == QLatin1String("theme.ai"); });
        QVERIFY(ai != m_data.themes.cend());
        QVERIFY(ai->planKeys.contains(QStringLiteral("plan.gwangju-ai-2020")));
        QVERIFY(ai->planKeys.contains(QStringLiteral("plan.busan-digital-2030")));
    }

private:
    BuiltinDatabase m_db;
    NavigatorData m_data;
};

QTEST_GUILESS_MAIN(TestNavigatorQuery)
#include "TestNavigatorQuery.moc"
