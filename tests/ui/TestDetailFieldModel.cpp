#include "BuiltinDatabase.h"
#include "common/Badge.h"
#include "common/ItemRoles.h"
#include "i18n/Translations.h"
#include "models/DetailFieldModel.h"
#include "query/EntityDetailQuery.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace innoatlas;

namespace {
int rowOf(const DetailFieldModel &model, const QString &field)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(FieldRole).toString() == field)
            return row;
    }
    return -1;
}
} // namespace

class TestDetailFieldModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void init()
    {
        m_model = std::make_unique<DetailFieldModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void moneyIsWrittenForEachLanguageWithTheExactAmountOnHover()
    {
        show(QStringLiteral("bl.daejeon-gia.merck"));
        const int row = rowOf(*m_model, QStringLiteral("amount"));
        QVERIFY(row >= 0);
        QVERIFY(index(row, DetailFieldModel::KoreanColumn).data().toString().startsWith(QStringLiteral("4,300억 원")));
        QVERIFY(index(row, DetailFieldModel::EnglishColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("KRW 430 billion")));
        const QString koTip = index(row, DetailFieldModel::KoreanColumn).data(Qt::ToolTipRole).toString();
        const QString enTip = index(row, DetailFieldModel::EnglishColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(koTip.contains(QStringLiteral("430,000,000,000원")));
        QVERIFY(enTip.contains(QStringLiteral("KRW 430,000,000,000")));
        QVERIFY(enTip.contains(QStringLiteral("Merck announced a 430 billion won")));
        QCOMPARE(Badge(index(row, DetailFieldModel::KoreanBadgeColumn).data(BadgeRole).toInt()), Badge::Sourced);
    }

    void textsShowBothLanguagesWithTheirStatus()
    {
        show(QStringLiteral("plan.daejeon-space-2023"));
        const int row = rowOf(*m_model, QStringLiteral("title"));
        QCOMPARE(index(row, DetailFieldModel::FieldColumn).data().toString(), QStringLiteral("Title"));
        QCOMPARE(index(row, DetailFieldModel::KoreanColumn).data().toString(),
                 QStringLiteral("대전 우주산업 육성 5개년 계획 (우주산업 육성 비전)"));
        QVERIFY(index(row, DetailFieldModel::EnglishColumn).data().toString().startsWith(QStringLiteral("Daejeon")));
        QCOMPARE(Badge(index(row, DetailFieldModel::KoreanBadgeColumn).data(BadgeRole).toInt()), Badge::Draft);
        QCOMPARE(index(row, DetailFieldModel::EnglishBadgeColumn).data().toString(), QStringLiteral("draft"));
    }

    void correctedFiguresAreMarked()
    {
        show(QStringLiteral("bl.daejeon-smart.total-2022-2025"));
        const int row = rowOf(*m_model, QStringLiteral("amount"));
        QCOMPARE(Badge(index(row, DetailFieldModel::EnglishBadgeColumn).data(BadgeRole).toInt()), Badge::Corrected);
        const QString tip = index(row, DetailFieldModel::EnglishColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("1262 trillion won")));
    }

    void termsAreNamedInTheColumnsLanguage()
    {
        show(QStringLiteral("bl.daejeon-gia.merck"));
        const int row = rowOf(*m_model, QStringLiteral("funding"));
        QCOMPARE(index(row, DetailFieldModel::EnglishColumn).data().toString(), QStringLiteral("foreign investment"));
        QVERIFY(!index(row, DetailFieldModel::KoreanColumn).data().toString().isEmpty());
        QVERIFY(!index(row, DetailFieldModel::KoreanBadgeColumn).data(BadgeRole).isValid());
    }

    void referencesLeadToTheirEntity()
    {
        show(QStringLiteral("bl.daejeon-gia.merck"));
        const int row = rowOf(*m_model, QStringLiteral("plan"));
        QCOMPARE(index(row, DetailFieldModel::KoreanColumn).data(KeyRole).toString(),
                 QStringLiteral("plan.daejeon-gia.economy"));
    }

    void quotesShowTheirVerbatimTextInTheSourcesLanguage()
    {
        show(QStringLiteral("q.daejeon-gia.kt.merck"));
        const int row = rowOf(*m_model, QStringLiteral("quote"));
        QVERIFY(index(row, DetailFieldModel::EnglishColumn).data().toString().contains(QStringLiteral("Merck")));
        QVERIFY(index(row, DetailFieldModel::KoreanColumn).data().toString().isEmpty());
    }

    void fieldNamesFollowTheInterfaceLanguage()
    {
        show(QStringLiteral("plan.daejeon-space-2023"));
        QCOMPARE(m_model->headerData(DetailFieldModel::KoreanColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Korean"));
        int strategies = -1;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (index(row, 0).data().toString() == QLatin1String("strategies (stated)"))
                strategies = row;
        }
        QVERIFY(strategies >= 0);
        QCOMPARE(index(strategies, DetailFieldModel::EnglishColumn).data().toString(), QStringLiteral("20"));
    }

private:
    void show(const QString &key) { m_model->setDetail(EntityDetailQuery(m_db.connection()).query(key)); }
    QModelIndex index(int row, int column) const { return m_model->index(row, column); }

    BuiltinDatabase m_db;
    std::unique_ptr<DetailFieldModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestDetailFieldModel)
#include "TestDetailFieldModel.moc"
