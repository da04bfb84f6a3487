#include "BuiltinDatabase.h"
#include "common/ItemRoles.h"
#include "i18n/Translations.h"
#include "models/NavigatorModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace innoatlas;

class TestNavigatorModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void init()
    {
        m_model = std::make_unique<NavigatorModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->reload(m_db.connection());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void regionsHoldTheirPlans()
    {
        const QModelIndex daejeon = m_model->indexOfKey(QStringLiteral("region.daejeon"));
        QVERIFY(daejeon.isValid());
        QVERIFY(!daejeon.parent().isValid());
        QStringList plans;
        for (int row = 0; row < m_model->rowCount(daejeon); ++row) {
            const QModelIndex child = m_model->index(row, 0, daejeon);
            if (child.data(KindRole).toString() == QLatin1String("plan"))
                plans << child.data(KeyRole).toString();
        }
        QCOMPARE(plans.size(), 4);
        QVERIFY(plans.contains(QStringLiteral("plan.daejeon-space-2023")));
    }

    void planStructureAndFoldersSitUnderThePlan()
    {
        const QModelIndex line = m_model->indexOfKey(QStringLiteral("bl.daejeon-gia.merck"));
        QVERIFY(line.isValid());
        const QModelIndex folder = line.parent();
        QCOMPARE(folder.data(KindRole).toString(), QStringLiteral("folder"));
        QVERIFY(folder.data(KeyRole).toString().isEmpty());
        QCOMPARE(folder.data().toString(), QStringLiteral("Budget lines (1)"));
        QCOMPARE(folder.parent().data(KeyRole).toString(), QStringLiteral("plan.daejeon-gia.economy"));
        QCOMPARE(line.data(PlanKeyRole).toString(), QStringLiteral("plan.daejeon-gia.economy"));
        QCOMPARE(line.data(RegionKeyRole).toString(), QStringLiteral("region.daejeon"));

        const QModelIndex task = m_model->indexOfKey(QStringLiteral("el.daejeon-space.task-sat"));
        QCOMPARE(task.parent().data(KeyRole).toString(), QStringLiteral("el.daejeon-space.field-rnd"));
    }

    void contentLanguageChangesLabels_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("label");
        QTest::newRow("korean") << int(ContentLanguage::Korean) << "대전광역시";
        QTest::newRow("english") << int(ContentLanguage::English) << "Daejeon Metropolitan City";
        QTest::newRow("both") << int(ContentLanguage::Both) << "대전광역시 · Daejeon Metropolitan City";
    }

    void contentLanguageChangesLabels()
    {
        QFETCH(int, language);
        QFETCH(QString, label);
        m_model->setContentLanguage(ContentLanguage(language));
        QCOMPARE(m_model->indexOfKey(QStringLiteral("region.daejeon")).data().toString(), label);
    }

    void groupingByThemePutsPlansUnderThemes()
    {
        m_model->setGrouping(NavigatorModel::Grouping::Theme);
        const QModelIndex space = m_model->indexOfKey(QStringLiteral("theme.space"));
        QVERIFY(space.isValid());
        QCOMPARE(m_model->rowCount(space), 1);
        QCOMPARE(m_model->index(0, 0, space).data(KeyRole).toString(), QStringLiteral("plan.daejeon-space-2023"));
        QVERIFY(!m_model->indexOfKey(QStringLiteral("region.daejeon")).isValid());
        // A plan's structure is the same whichever way plans are grouped.
        QVERIFY(m_model->indexOfKey(QStringLiteral("bl.daejeon-gia.merck")).isValid());
        m_model->setGrouping(NavigatorModel::Grouping::Region);
        QVERIFY(m_model->indexOfKey(QStringLiteral("region.daejeon")).isValid());
    }

    void filterMatchesEitherLanguageAndKeepsAncestors_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("korean") << "머크";
        QTest::newRow("english, other case") << "merck bioprocessing";
    }

    void filterMatchesEitherLanguageAndKeepsAncestors()
    {
        QFETCH(QString, filter);
        m_model->setFilterText(filter);
        const QModelIndex line = m_model->indexOfKey(QStringLiteral("bl.daejeon-gia.merck"));
        QVERIFY(line.isValid());
        QCOMPARE(line.parent().parent().data(KeyRole).toString(), QStringLiteral("plan.daejeon-gia.economy"));
        QVERIFY(!m_model->indexOfKey(QStringLiteral("plan.busan-digital-2030")).isValid());
    }

private:
    BuiltinDatabase m_db;
    std::unique_ptr<NavigatorModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestNavigatorModel)
#include "TestNavigatorModel.moc"
