#include "common/GeneratedDatabase.h"
#include "common/ItemRoles.h"
#include "common/Settings.h"
#include "i18n/Translations.h"
#include "main/GroupOverviewPage.h"
#include "main/MainWindow.h"
#include "main/OverviewSection.h"
#include "main/OverviewWidget.h"
#include "navigator/NavigatorWidget.h"
#include "query/DatabaseStatistics.h"
#include "query/FirstScreenQuery.h"
#include "query/OverviewQuery.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace innoatlas;

namespace {
QString describe(const LocalizedText &text)
{
    return text.ko + QLatin1Char('|') + text.en;
}

/** Every field of the navigator's top level, one line an entry, a theme or a count. */
QStringList lines(const NavigatorData &data)
{
    QStringList result;
    for (const NavigatorEntry &entry : data.entries)
        result << QStringList{entry.key,       entry.kind,    entry.parentKey,      entry.planKey,
                              entry.regionKey, entry.subKind, describe(entry.label)}
                      .join(QLatin1Char(' '));
    for (const NavigatorTheme &theme : data.themes)
        result << theme.key + QLatin1Char(' ') + describe(theme.name) + QLatin1Char(' ') +
                      theme.planKeys.join(QLatin1Char(','));
    for (auto it = data.regionEventCounts.cbegin(); it != data.regionEventCounts.cend(); ++it)
        result << it.key() + QLatin1Char('=') + QString::number(it.value());
    std::sort(result.begin() + data.entries.size() + data.themes.size(), result.end());
    return result;
}

/** The plans and budget lines of an overview of all, with their totals. */
QStringList lines(const GroupOverview &overview)
{
    QStringList result{overview.kind, QString::number(overview.planTotal), QString::number(overview.budgetLineTotal)};
    for (const PlanSummaryRow &plan : overview.plans)
        result << plan.planKey + QLatin1Char(' ') + describe(plan.title) + QLatin1Char(' ') +
                      QString::number(plan.headlineBudget.value_or(-1));
    for (const OverviewBudgetLine &line : overview.budgetLines)
        result << line.key + QLatin1Char(' ') + describe(line.label) + QLatin1Char(' ') + QString::number(line.won);
    return result;
}

/** The keys of the rows of @p model below @p parent. */
QStringList keys(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList result;
    for (int row = 0; row < model->rowCount(parent); ++row)
        result << model->index(row, 0, parent).data(KeyRole).toString();
    return result;
}
} // namespace

/**
 * The first screen of the main window read from the file on connections of its own (on other
 * threads): the same as the window's own reads, and nothing, never an error, from what is not a
 * database the reads can use.
 */
class TestFirstScreenQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        const QString error = testing::openGenerated(m_dir, testing::smallNation(12, 1500, 3000, 60, 7), m_database);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_path = m_dir.filePath(QStringLiteral("generated.sqlite"));
    }

    void theNavigatorIsWhatTheWindowsConnectionReads()
    {
        const std::optional<NavigatorData> first = FirstScreenQuery::navigator(m_path);
        QVERIFY(first.has_value());
        QCOMPARE(lines(*first), lines(NavigatorQuery::top(m_database.connection())));
        // The top level as the whole tree's reader has it (the readers of every row, one statement each).
        const NavigatorData whole = NavigatorQuery::query(m_database.connection());
        NavigatorData expected;
        expected.themes = whole.themes;
        for (const NavigatorEntry &entry : whole.entries) {
            if (entry.kind == QLatin1String("region") || entry.kind == QLatin1String("plan"))
                expected.entries << entry;
            else if (entry.kind == QLatin1String("event") && entry.planKey.isEmpty())
                ++expected.regionEventCounts[entry.regionKey];
        }
        QVERIFY(expected.entries.size() > 12);
        QVERIFY(!expected.themes.isEmpty());
        QVERIFY(!expected.regionEventCounts.isEmpty());
        QCOMPARE(lines(*first), lines(expected));
    }

    void theOverviewIsWhatTheWindowsConnectionReads_data()
    {
        QTest::addColumn<qint64>("planLimit");
        QTest::addColumn<qint64>("lineLimit");
        QTest::newRow("a page of each") << qint64(25) << qint64(25);
        QTest::newRow("no budget line") << qint64(10) << qint64(0);
        QTest::newRow("every plan and line") << qint64(-1) << qint64(-1);
    }

    void theOverviewIsWhatTheWindowsConnectionReads()
    {
        QFETCH(qint64, planLimit);
        QFETCH(qint64, lineLimit);
        const std::optional<GroupOverview> first = FirstScreenQuery::overview(m_path, planLimit, lineLimit);
        QVERIFY(first.has_value());
        OverviewQuery query(m_database.connection());
        query.setPlanLimit(planLimit);
        query.setBudgetLineLimit(lineLimit);
        const GroupOverview expected = query.all();
        QVERIFY(expected.planTotal > 25);
        QCOMPARE(lines(*first), lines(expected));
        if (planLimit >= 0)
            QCOMPARE(first->plans.size(), planLimit);
    }

    void theFirstScreensOverviewLeavesItsLinesToBeCounted_data()
    {
        QTest::addColumn<qint64>("lineLimit");
        QTest::addColumn<bool>("counted");
        QTest::newRow("a page of lines") << qint64(25) << false;
        // Fewer lines than asked for are every line there is: nothing is left to count.
        QTest::newRow("every line read") << qint64(100000) << true;
    }

    void theFirstScreensOverviewLeavesItsLinesToBeCounted()
    {
        QFETCH(qint64, lineLimit);
        QFETCH(bool, counted);
        const std::optional<GroupOverview> first = FirstScreenQuery::overview(m_path, 25, lineLimit, false);
        QVERIFY(first.has_value());
        OverviewQuery query(m_database.connection());
        query.setPlanLimit(25);
        query.setBudgetLineLimit(lineLimit);
        const GroupOverview expected = query.all();
        QVERIFY(expected.budgetLinesCounted);
        QCOMPARE(first->budgetLinesCounted, counted);
        // The same plans and lines; the total is the lines read until they are counted.
        QCOMPARE(first->budgetLineTotal, counted ? expected.budgetLineTotal : lineLimit);
        GroupOverview uncounted = expected;
        uncounted.budgetLineTotal = first->budgetLineTotal;
        QCOMPARE(lines(*first), lines(uncounted));
        // The status bar's count completes the overview read without it.
        QCOMPARE(qint64(DatabaseStatistics::counts(m_database.connection()).budgetLines), expected.budgetLineTotal);
    }

    void statisticsReportTheCountsBeforeTheReviewProgress()
    {
        QVector<DatabaseCounts> reports;
        QVERIFY(DatabaseStatistics::queryFile(m_path, [&reports](const DatabaseCounts &counts) { reports << counts; }));
        QCOMPARE(reports.size(), 2);
        const DatabaseCounts expected = DatabaseStatistics::query(m_database.connection());
        QVERIFY(expected.contentFields > 0);
        // First what the tables' indexes tell, then the review progress, which reads every text.
        for (const DatabaseCounts &report : std::as_const(reports)) {
            QCOMPARE(report.regions, expected.regions);
            QCOMPARE(report.plans, expected.plans);
            QCOMPARE(report.budgetLines, expected.budgetLines);
            QCOMPARE(report.sources, expected.sources);
        }
        QVERIFY(!reports.at(0).reviewCounted);
        QCOMPARE(reports.at(0).contentFields, 0);
        QVERIFY(reports.at(1).reviewCounted);
        QCOMPARE(reports.at(1).contentFields, expected.contentFields);
        QCOMPARE(reports.at(1).reviewedKo, expected.reviewedKo);
        QCOMPARE(reports.at(1).reviewedEn, expected.reviewedEn);
    }

    void theWindowCountsEveryLineAfterItsFirstPaint()
    {
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(m_database, settings, QStringLiteral("en"));
        GroupOverviewPage *page = window.overview()->groupPage();
        const auto *showAll = page->findChild<QPushButton *>(QStringLiteral("groupBudgetSectionShowAll"));
        QVERIFY(showAll);
        const qint64 total = OverviewQuery::everyLineCount(m_database.connection());
        QVERIFY(total > OverviewSection::PageSize);
        // Not before the window is on the screen: until then it shows the lines it read, and no more.
        QVERIFY(!page->overview().budgetLinesCounted);
        QCOMPARE(page->overview().budgetLines.size(), OverviewSection::PageSize);

        window.show();
        QTRY_VERIFY(page->overview().budgetLinesCounted);
        QCOMPARE(page->overview().budgetLineTotal, total);
        QTRY_VERIFY(showAll->isVisible());
        QCOMPARE(showAll->text(), QStringLiteral("Show all %1 rows").arg(QLocale().toString(total)));
    }

    void nothingIsReadFromWhatIsNoDatabaseFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("missing") << "missing.sqlite" << QByteArray();
        QTest::newRow("in memory") << ":memory:" << QByteArray();
        QTest::newRow("a folder") << "." << QByteArray();
        QTest::newRow("not SQLite") << "notes.sqlite" << QByteArray("plans, budgets\n");
        QTest::newRow("another program's database") << "other.sqlite" << QByteArray();
    }

    void nothingIsReadFromWhatIsNoDatabaseFile()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QString path = name == QLatin1String(":memory:") ? name : dir.filePath(name);
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        if (name == QLatin1String("other.sqlite")) {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            other.close();
            other = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        }
        QVERIFY(!FirstScreenQuery::navigator(path).has_value());
        QVERIFY(!FirstScreenQuery::overview(path, 25, 25).has_value());
        int reports = 0;
        QVERIFY(!DatabaseStatistics::queryFile(path, [&reports](const DatabaseCounts &) { ++reports; }));
        QCOMPARE(reports, 0);
    }

    void theWindowShowsTheFirstScreenOfItsDatabase()
    {
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(m_database, settings, QStringLiteral("en"));
        const auto *tree = window.navigator()->findChild<QTreeView *>();
        QVERIFY(tree);
        QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        NavigatorModel direct;
        direct.reload(m_database.connection());
        QVERIFY(direct.rowCount() > 0);
        QCOMPARE(keys(tree->model()), keys(&direct));
        const QModelIndex firstRegion = tree->model()->index(0, 0);
        QCOMPARE(keys(tree->model(), firstRegion), keys(&direct, direct.index(0, 0)));

        QCOMPARE(window.overview()->currentWidget(), window.overview()->groupPage());
        const auto *plans =
            window.overview()->groupPage()->findChild<QAbstractItemView *>(QStringLiteral("planSectionTable"));
        QVERIFY(plans);
        OverviewQuery query(m_database.connection());
        query.setPlanLimit(OverviewSection::PageSize);
        query.setBudgetLineLimit(OverviewSection::PageSize);
        QStringList expected;
        for (const PlanSummaryRow &plan : query.all().plans)
            expected << plan.planKey;
        QCOMPARE(keys(plans->model()), expected);
    }

private:
    QTemporaryDir m_dir;
    Database m_database;
    QString m_path;
};

QTEST_MAIN(TestFirstScreenQuery)
#include "TestFirstScreenQuery.moc"
