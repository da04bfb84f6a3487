// The navigator's filter as a query (issue #7): over a generated database and the built-in one, it
// lists exactly the entities whose label holds the text, each under its ancestors and with what lies
// below it; and the model
// stays a correct item model whether it is filtered or read as plans are opened.

#include "BuiltinDatabase.h"
#include "common/GeneratedDatabase.h"
#include "common/ItemRoles.h"
#include "i18n/Translations.h"
#include "models/NavigatorModel.h"
#include "query/NavigatorQuery.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace innoatlas;
using innoatlas::testing::allKeys;

namespace {
/**
 * What the filter should list, worked out from everything the navigator reads (grouped by region):
 * each entity that matches or lies below one that matches, and the ancestors of those.
 */
QStringList expected(const NavigatorData &all, const QString &text)
{
    QHash<QString, const NavigatorEntry *> byKey;
    for (const NavigatorEntry &entry : all.entries)
        byKey.insert(entry.key, &entry);
    const auto matches = [&](const NavigatorEntry &entry) {
        return entry.label.ko.contains(text, Qt::CaseInsensitive) || entry.label.en.contains(text, Qt::CaseInsensitive);
    };
    QStringList keys;
    for (const NavigatorEntry &entry : all.entries) {
        // Participations of no plan are not listed.
        if (entry.kind == QLatin1String("participation") && entry.planKey.isEmpty())
            continue;
        bool shown = false;
        for (const NavigatorEntry *at = &entry; at && !shown; at = byKey.value(at->parentKey))
            shown = matches(*at);
        if (!shown)
            continue;
        for (const NavigatorEntry *at = &entry; at; at = byKey.value(at->parentKey))
            keys << at->key;
    }
    keys.sort();
    keys.removeDuplicates();
    return keys;
}
} // namespace

class TestNavigatorFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        const QString error = testing::openGenerated(m_dir, testing::smallNation(20, 400, 2000, 150, 3), m_generated);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void findsExactlyTheMatchesAndTheirAncestors_data()
    {
        QTest::addColumn<bool>("generated");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("scanning");
        const QList<std::pair<const char *, QString>> generated = {{"one syllable", "대"},
                                                                   {"two syllables", "수소"},
                                                                   {"three syllables", "스마트"},
                                                                   {"with a space", "실증 사업"},
                                                                   {"english, other case", "HYDROGEN"},
                                                                   {"two letters", "ai"},
                                                                   {"digits", "2022"},
                                                                   {"surrounding spaces", "  수소  "},
                                                                   {"nothing", "없는말없는말"},
                                                                   {"quote characters", "\"'%_"}};
        const QList<std::pair<const char *, QString>> builtin = {
            {"builtin korean", "머크"},
            {"builtin participant", "Merck"},
            {"builtin region", "대전"},
            {"builtin english", "space"},
            {"builtin element with children", "미래 우주기술개발"},
            // Case folded beyond ASCII: the search index, SQLite's comparison and Qt's agree ("Málaga").
            {"builtin accented capitals", "MÁLAGA"},
            {"builtin accented capital and letter", "ÁL"},
            {"builtin accented capital alone", "Á"}};
        // Looked up at once, and asked plan by plan as a text found in much of the database is.
        for (const bool scanning : {false, true}) {
            const char *how = scanning ? ", plan by plan" : "";
            for (const auto &[name, text] : generated)
                QTest::addRow("%s%s", name, how) << true << text << scanning;
            for (const auto &[name, text] : builtin)
                QTest::addRow("%s%s", name, how) << false << text << scanning;
        }
    }

    void findsExactlyTheMatchesAndTheirAncestors()
    {
        QFETCH(bool, generated);
        QFETCH(QString, text);
        QFETCH(bool, scanning);
        const QSqlDatabase db = generated ? m_generated.connection() : m_builtin.connection();
        NavigatorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScanThreshold(scanning ? 0 : 1000000);
        model.reload(db);
        model.setFilterText(text);
        QStringList keys = allKeys(model);
        keys.sort();
        QCOMPARE(keys, expected(NavigatorQuery::query(db), text.trimmed()));
        // Grouped by theme, the tree is the one filtered in memory from everything the navigator reads.
        model.setGrouping(NavigatorModel::Grouping::Theme);
        NavigatorModel inMemory;
        inMemory.setNavigatorData(NavigatorQuery::query(db));
        inMemory.setGrouping(NavigatorModel::Grouping::Theme);
        inMemory.setFilterText(text);
        QCOMPARE(allKeys(model), allKeys(inMemory));
    }

    void aTextFoundEverywhereListsRegionsAsTheTreeIsShown()
    {
        // Asked plan by plan, the regions come a few at a time, in order, and end with the same tree.
        NavigatorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScanThreshold(0, 1);
        model.reload(m_generated.connection());
        model.setFilterText(QStringLiteral("산업"));
        QVERIFY(model.hasMoreGroups());
        QVERIFY(!model.canFetchMore({}));
        const int first = model.rowCount();
        QVERIFY(first > 0);
        QStringList keys = allKeys(model);
        QVERIFY(model.rowCount() > first);
        QVERIFY(!model.hasMoreGroups());
        NavigatorModel whole;
        whole.setScanThreshold(1000000);
        whole.reload(m_generated.connection());
        whole.setFilterText(QStringLiteral("산업"));
        QVERIFY(!whole.hasMoreGroups());
        QCOMPARE(keys, allKeys(whole));
    }

    void aRegionsEventsAreReadWhenTheirFolderIsOpened()
    {
        // The events of no plan are counted at first and read when their folder is opened or one is looked for.
        QString eventKey;
        QString regionKey;
        int events = 0;
        for (const NavigatorEntry &entry : NavigatorQuery::query(m_generated.connection()).entries) {
            if (entry.kind != QLatin1String("event") || !entry.planKey.isEmpty())
                continue;
            if (eventKey.isEmpty()) {
                eventKey = entry.key;
                regionKey = entry.regionKey;
            }
            events += entry.regionKey == regionKey ? 1 : 0;
        }
        QVERIFY(!eventKey.isEmpty());
        NavigatorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_generated.connection());
        const QModelIndex region = model.indexOfKey(regionKey);
        QVERIFY(region.isValid());
        const QModelIndex folder = model.index(model.rowCount(region) - 1, 0, region);
        QVERIFY(model.canFetchMore(folder));
        QCOMPARE(model.rowCount(folder), 0);
        QVERIFY(folder.data().toString().endsWith(QStringLiteral("(%1)").arg(events)));
        const QModelIndex event = model.indexOfKey(eventKey);
        QVERIFY(event.isValid());
        QCOMPARE(event.parent(), folder);
        QCOMPARE(model.rowCount(folder), events);
        QVERIFY(folder.data().toString().endsWith(QStringLiteral("(%1)").arg(events)));
    }

    void anEntityInARegionNotListedYetIsFound()
    {
        // indexOfKey() lists the regions up to the entity's, then opens its plan.
        NavigatorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScanThreshold(0, 1);
        model.reload(m_generated.connection());
        NavigatorModel whole;
        whole.setNavigatorData(NavigatorQuery::query(m_generated.connection()));
        whole.setFilterText(QStringLiteral("산업"));
        const QStringList keys = allKeys(whole);
        QVERIFY(!keys.isEmpty());
        model.setFilterText(QStringLiteral("산업"));
        const QString last = keys.constLast();
        QVERIFY(model.hasMoreGroups());
        const QModelIndex index = model.indexOfKey(last);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(KeyRole).toString(), last);
    }

    void openedPlansListWhatTheFullQueryLists()
    {
        // Read plan by plan, the tree is the one read all at once: same rows, same order.
        NavigatorModel lazy;
        QAbstractItemModelTester tester(&lazy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        lazy.reload(m_generated.connection());
        NavigatorModel whole;
        whole.setNavigatorData(NavigatorQuery::query(m_generated.connection()));
        QCOMPARE(allKeys(lazy), allKeys(whole));
        lazy.setGrouping(NavigatorModel::Grouping::Theme);
        whole.setGrouping(NavigatorModel::Grouping::Theme);
        QCOMPARE(allKeys(lazy), allKeys(whole));
    }

    void filteringAndClearingPassTheModelTester()
    {
        NavigatorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_generated.connection());
        const QStringList everything = allKeys(model);
        model.setFilterText(QStringLiteral("스마트"));
        const QStringList found = allKeys(model);
        QVERIFY(!found.isEmpty());
        QVERIFY(found.size() < everything.size());
        model.setGrouping(NavigatorModel::Grouping::Theme);
        QVERIFY(!allKeys(model).isEmpty());
        model.setGrouping(NavigatorModel::Grouping::Region);
        QCOMPARE(allKeys(model), found);
        model.setFilterText(QString());
        QCOMPARE(allKeys(model), everything);
    }

    void aFilterDoesNotReadPlansUntilTheyAreOpened()
    {
        NavigatorModel model;
        model.reload(m_generated.connection());
        model.setFilterText(QStringLiteral("스마트"));
        int closed = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex region = model.index(row, 0);
            for (int child = 0; child < model.rowCount(region); ++child) {
                const QModelIndex plan = model.index(child, 0, region);
                if (model.canFetchMore(plan)) {
                    ++closed;
                    QCOMPARE(model.rowCount(plan), 0);
                    QVERIFY(model.hasChildren(plan));
                }
            }
        }
        QVERIFY(closed > 0);
    }

    void filterWithoutDatabaseMatchesTheSame()
    {
        // A model given its data (no database) filters in memory by the same rule.
        NavigatorModel model;
        model.setNavigatorData(NavigatorQuery::query(m_builtin.connection()));
        model.setFilterText(QStringLiteral("머크"));
        QStringList keys = allKeys(model);
        keys.sort();
        QCOMPARE(keys, expected(NavigatorQuery::query(m_builtin.connection()), QStringLiteral("머크")));
    }

private:
    QTemporaryDir m_dir;
    Database m_generated;
    BuiltinDatabase m_builtin;
};

QTEST_GUILESS_MAIN(TestNavigatorFilter)
#include "TestNavigatorFilter.moc"
