// The navigator's filter changed from one text to another (issue #7): whatever came before (a narrower or a wider
// text, nothing found, the whole tree), the tree lists what the new text lists typed fresh; a find deep in a plan
// stands under its plan and region; a plan's budget lines are read when their folder is opened.

#include "common/GeneratedDatabase.h"
#include "common/ItemRoles.h"
#include "i18n/Translations.h"
#include "models/NavigatorModel.h"
#include "query/NavigatorQuery.h"
#include "store/Database.h"
#include "store/ReadOnlyConnection.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;
using innoatlas::testing::allKeys;

namespace {
/** The rows of the tree the filter @p text lists in a model that had no filter before. */
QStringList typedFresh(const QSqlDatabase &db, const QString &text, int scanThreshold)
{
    NavigatorModel model;
    model.setScanThreshold(scanThreshold);
    model.reload(db);
    model.setFilterText(text);
    return allKeys(model);
}
} // namespace

class TestNavigatorFilterChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        const QString error = testing::openGenerated(m_dir, testing::smallNation(12, 200, 1000, 80, 5), m_db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void aTextListsWhatItListsTypedFresh_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("scanning");
        const QList<std::tuple<const char *, QStringList, QString>> rows = {
            {"narrowing", {QStringLiteral("수")}, QStringLiteral("수소")},
            {"narrowing twice", {QStringLiteral("스"), QStringLiteral("스마")}, QStringLiteral("스마트")},
            {"widening", {QStringLiteral("스마트")}, QStringLiteral("스마")},
            {"widening from nothing found", {QStringLiteral("수소없는말")}, QStringLiteral("수소")},
            {"narrowing what found nothing", {QStringLiteral("없는말")}, QStringLiteral("없는말말")},
            {"other case", {QStringLiteral("ai")}, QStringLiteral("AI")},
            {"another text", {QStringLiteral("수소")}, QStringLiteral("2022")},
            {"clearing", {QStringLiteral("수"), QStringLiteral("수소")}, QString()},
            {"clearing what found nothing", {QStringLiteral("없는말")}, QString()}};
        for (const bool scanning : {false, true}) {
            for (const auto &[name, before, text] : rows)
                QTest::addRow("%s%s", name, scanning ? ", plan by plan" : "") << before << text << scanning;
        }
    }

    void aTextListsWhatItListsTypedFresh()
    {
        QFETCH(QStringList, before);
        QFETCH(QString, text);
        QFETCH(bool, scanning);
        const int threshold = scanning ? 0 : 1000000;
        NavigatorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScanThreshold(threshold, 1);
        model.reload(m_db.connection());
        for (const QString &earlier : std::as_const(before)) {
            model.setFilterText(earlier);
            // Part of the tree opened, as the view opens it, so that the earlier text's reads are kept.
            for (int row = 0; row < qMin(2, model.rowCount()); ++row) {
                const QModelIndex region = model.index(row, 0);
                if (model.rowCount(region) > 0 && model.canFetchMore(model.index(0, 0, region)))
                    model.fetchMore(model.index(0, 0, region));
            }
        }
        model.setFilterText(text);
        QCOMPARE(allKeys(model), typedFresh(m_db.connection(), text, threshold));
    }

    void aTextLookedUpAheadListsWhatItListsTypedFresh()
    {
        // Looked up on another connection with what the first regions (or themes) will ask read ahead, then shown:
        // the same tree as the text typed fresh, whatever came before and however the tree is grouped.
        const NavigatorData all = NavigatorQuery::query(m_db.connection());
        QString regionName;
        for (const NavigatorEntry &entry : all.entries) {
            if (entry.kind == QLatin1String("region")) {
                regionName = entry.label.ko;
                break;
            }
        }
        QVERIFY(!regionName.isEmpty());
        const ReadOnlyConnection other(m_db.path());
        QVERIFY(other.isOpen());
        int readAhead = 0;
        for (const auto grouping : {NavigatorModel::Grouping::Region, NavigatorModel::Grouping::Theme}) {
            for (const QString &text : {QStringLiteral("수소"), QStringLiteral("스마트"), QStringLiteral("AI"),
                                        QStringLiteral("2022"), regionName}) {
                NavigatorModel fresh;
                fresh.setScanThreshold(0, 1);
                fresh.reload(m_db.connection());
                fresh.setGrouping(grouping);
                fresh.setFilterText(text);
                const QStringList expected = allKeys(fresh);

                NavigatorModel model;
                QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
                model.setScanThreshold(0, 1);
                model.reload(m_db.connection());
                model.setGrouping(grouping);
                model.setFilterText(text.left(1));
                NavigatorModel::FilterLookup lookup =
                    NavigatorModel::lookUp(other.connection(), text, 0, model.lookAhead(text));
                QVERIFY(lookup.scanning);
                readAhead += int(lookup.ahead.found.size() + lookup.ahead.outlines.size());
                model.applyLookup(std::move(lookup));
                QCOMPARE(model.filterText(), text);
                QCOMPARE(allKeys(model), expected);
            }
        }
        // Plans were read ahead, both those holding finds and those listed whole.
        QVERIFY(readAhead > 10);
    }

    void aFindDeepInAPlanShowsItsPlanAndRegion()
    {
        // A budget line found by its label is listed in its plan's folder, under the plan, under the region.
        const NavigatorData all = NavigatorQuery::query(m_db.connection());
        const NavigatorEntry *line = nullptr;
        for (const NavigatorEntry &entry : all.entries) {
            if (entry.kind == QLatin1String("budget_line") && entry.label.ko.size() > 8) {
                line = &entry;
                break;
            }
        }
        QVERIFY(line);
        NavigatorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_db.connection());
        model.setFilterText(line->label.ko);
        const QModelIndex found = model.indexOfKey(line->key);
        QVERIFY(found.isValid());
        const QModelIndex folder = found.parent();
        QCOMPARE(folder.data(KindRole).toString(), QStringLiteral("folder"));
        const QModelIndex plan = folder.parent();
        QCOMPARE(plan.data(KeyRole).toString(), line->planKey);
        const QModelIndex region = plan.parent();
        QCOMPARE(region.data(KeyRole).toString(), line->regionKey);
        QVERIFY(!region.parent().isValid());
    }

    void aPlansBudgetLinesAreReadWhenTheirFolderIsOpened()
    {
        // Unfiltered, an opened plan lists a folder of its budget lines, counted, whose rows are read when it opens.
        const NavigatorData all = NavigatorQuery::query(m_db.connection());
        QString planKey;
        QStringList lines;
        for (const NavigatorEntry &entry : all.entries) {
            if (entry.kind != QLatin1String("budget_line") || (!planKey.isEmpty() && entry.planKey != planKey))
                continue;
            planKey = entry.planKey;
            lines << entry.key;
        }
        QVERIFY(!lines.isEmpty());
        NavigatorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_db.connection());
        const QModelIndex plan = model.indexOfKey(planKey);
        QVERIFY(plan.isValid());
        QVERIFY(model.canFetchMore(plan));
        model.fetchMore(plan);
        QModelIndex folder;
        for (int row = 0; row < model.rowCount(plan); ++row) {
            const QModelIndex child = model.index(row, 0, plan);
            if (child.data(KindRole).toString() == QLatin1String("folder")) {
                folder = child;
                break;
            }
        }
        QVERIFY(folder.isValid());
        QVERIFY(model.canFetchMore(folder));
        QVERIFY(model.hasChildren(folder));
        QCOMPARE(model.rowCount(folder), 0);
        QVERIFY(folder.data().toString().endsWith(QStringLiteral("(%1)").arg(lines.size())));
        model.fetchMore(folder);
        QStringList listed;
        for (int row = 0; row < model.rowCount(folder); ++row)
            listed << model.index(row, 0, folder).data(KeyRole).toString();
        QCOMPARE(listed, lines);
        QVERIFY(folder.data().toString().endsWith(QStringLiteral("(%1)").arg(lines.size())));
        // Shown again after a filter change, the plan lists the lines read before at once.
        model.setFilterText(QStringLiteral("없는말"));
        model.setFilterText(QString());
        QCOMPARE(model.indexOfKey(lines.constLast()).data(KeyRole).toString(), lines.constLast());
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestNavigatorFilterChanges)
#include "TestNavigatorFilterChanges.moc"
