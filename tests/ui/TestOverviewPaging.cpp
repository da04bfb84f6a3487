#include "common/EntityRef.h"
#include "common/GeneratedDatabase.h"
#include "common/ItemRoles.h"
#include "common/SectionTable.h"
#include "i18n/Translations.h"
#include "main/FigureCard.h"
#include "main/OverviewSection.h"
#include "main/OverviewWidget.h"
#include "models/RowLimitProxyModel.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

namespace {
constexpr auto QtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;
constexpr int Lines = 6000;
} // namespace

/** The overview over a database with thousands of budget lines: a first page of rows, the rest on request. */
class TestOverviewPaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        // 3,000 plan elements: about sixty plans.
        const QString error = testing::openGenerated(m_dir, testing::smallNation(17, 3000, Lines, 40), m_database);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSqlQuery query(m_database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT p.key, count(*) FROM budget_line b JOIN entity p ON p.id = b.plan_id "
                                          "GROUP BY p.key ORDER BY count(*) DESC LIMIT 1")));
        QVERIFY(query.next());
        m_planKey = query.value(0).toString();
        m_planLines = query.value(1).toInt();
        QVERIFY(m_planLines > 2 * OverviewSection::PageSize);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM plan")));
        QVERIFY(query.next());
        m_plans = query.value(0).toInt();
        QVERIFY(m_plans > 2 * OverviewSection::PageSize);
        QVERIFY(query.exec(QStringLiteral("SELECT e.key, count(*) FROM plan p JOIN entity e ON e.id = p.region_id "
                                          "GROUP BY e.key ORDER BY count(*) LIMIT 1")));
        QVERIFY(query.next());
        m_regionKey = query.value(0).toString();
        m_regionPlans = query.value(1).toInt();
        QVERIFY(m_regionPlans < OverviewSection::PageSize);
    }

    void aLongTableShowsItsFirstPageAndTheRestOnRequest_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("section");
        QTest::addColumn<int>("total");
        QTest::newRow("all plans: budget lines") << "all"
                                                 << "groupBudgetSection" << Lines;
        QTest::newRow("all plans: plans") << "all"
                                          << "planSection" << m_plans;
        QTest::newRow("one plan") << "plan"
                                  << "budgetSection" << m_planLines;
    }

    void aLongTableShowsItsFirstPageAndTheRestOnRequest()
    {
        QFETCH(QString, kind);
        QFETCH(QString, section);
        QFETCH(int, total);
        OverviewWidget overview;
        overview.resize(1000, 700);
        overview.setDatabase(m_database.connection());
        if (kind == QLatin1String("plan"))
            overview.showEntity(EntityRef{m_planKey, QStringLiteral("plan"), m_planKey, {}});
        overview.setVisible(true); // OverviewWidget::show(kind, key) hides QWidget::show()
        QVERIFY(QTest::qWaitForWindowExposed(&overview));

        auto *budget = overview.findChild<OverviewSection *>(section);
        QVERIFY(budget);
        QVERIFY(budget->isVisible());
        RowLimitProxyModel *rows = budget->shownRows();
        QAbstractItemModelTester tester(rows, QtTest);
        QCOMPARE(rows->totalRows(), total);
        QCOMPARE(budget->table()->model(), rows);
        QCOMPARE(rows->rowCount(), OverviewSection::PageSize);
        QCOMPARE(rows->sourceModel()->rowCount(), OverviewSection::PageSize); // only the page was read
        if (section == QLatin1String("planSection")) {
            // The count is of every plan, not of the page read.
            auto *count = overview.findChild<FigureCard *>(QStringLiteral("planCountCard"));
            QVERIFY(count);
            QCOMPARE(count->value(), QLocale().toString(total));
        }
        QVERIFY(!rows->index(0, 0).data(KeyRole).toString().isEmpty());
        const QString lastOfPage = rows->index(OverviewSection::PageSize - 1, 0).data(KeyRole).toString();

        auto *more = budget->findChild<QPushButton *>(section + QStringLiteral("More"));
        auto *all = budget->findChild<QPushButton *>(section + QStringLiteral("ShowAll"));
        QVERIFY(more && all);
        QVERIFY(more->isVisible() && all->isVisible());
        QCOMPARE(more->text(), QStringLiteral("Show 25 more"));
        QCOMPARE(all->text(), QStringLiteral("Show all %1 rows").arg(QLocale().toString(total)));

        QTest::mouseClick(more, Qt::LeftButton);
        QCOMPARE(rows->rowCount(), 2 * OverviewSection::PageSize);
        QCOMPARE(rows->sourceModel()->rowCount(), 2 * OverviewSection::PageSize);
        QCOMPARE(rows->index(OverviewSection::PageSize - 1, 0).data(KeyRole).toString(), lastOfPage);
        QVERIFY(more->isVisible());

        QTest::mouseClick(all, Qt::LeftButton);
        QCOMPARE(rows->rowCount(), total);
        QCOMPARE(rows->hiddenRows(), 0);
        QVERIFY(!more->isVisible() && !all->isVisible());
        QVERIFY(!rows->index(total - 1, 0).data(KeyRole).toString().isEmpty());

        // Reading the overview again (another selection, a reload) starts again at the first page.
        overview.reload();
        QCOMPARE(rows->rowCount(), OverviewSection::PageSize);
        QVERIFY(more->isVisible());
    }

    void aShortTableHasNoButtons()
    {
        OverviewWidget overview;
        overview.resize(1000, 700);
        overview.setDatabase(m_database.connection());
        overview.showEntity(EntityRef{m_regionKey, QStringLiteral("region"), {}, m_regionKey});
        overview.setVisible(true); // OverviewWidget::show(kind, key) hides QWidget::show()
        QVERIFY(QTest::qWaitForWindowExposed(&overview));
        auto *plans = overview.findChild<OverviewSection *>(QStringLiteral("planSection"));
        QVERIFY(plans);
        QCOMPARE(plans->shownRows()->rowCount(), m_regionPlans);
        QCOMPARE(plans->shownRows()->hiddenRows(), 0);
        QVERIFY(!plans->findChild<QPushButton *>(QStringLiteral("planSectionMore"))->isVisible());
        QVERIFY(!plans->findChild<QPushButton *>(QStringLiteral("planSectionShowAll"))->isVisible());
    }

private:
    QTemporaryDir m_dir;
    Database m_database;
    QString m_planKey;
    int m_planLines = 0;
    int m_plans = 0;
    QString m_regionKey; ///< the region of fewest plans
    int m_regionPlans = 0;
};

QTEST_MAIN(TestOverviewPaging)
#include "TestOverviewPaging.moc"
