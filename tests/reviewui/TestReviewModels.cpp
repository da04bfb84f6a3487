#include "i18n/Translations.h"
#include "review/ContentEditor.h"
#include "review/FindingModel.h"
#include "review/Glossary.h"
#include "review/GlossaryModel.h"
#include "review/HistoryModel.h"
#include "review/ProgressModel.h"
#include "review/ReviewFilterModel.h"
#include "review/ReviewRoles.h"
#include "review/ReviewTableModel.h"
#include "review/ReviewTestDatabase.h"
#include "review/TextHistory.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <numeric>

using namespace innoatlas;

namespace {
const FieldKey kPlanTitle{QStringLiteral("plan.test-space"), QStringLiteral("title")};
const FieldKey kCityName{QStringLiteral("region.test-city"), QStringLiteral("name")};

QStringList keysOf(const QAbstractItemModel *model)
{
    QStringList keys;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        keys << index.data(KeyRole).toString() + QLatin1Char(':') + index.data(FieldRole).toString();
    }
    return keys;
}
} // namespace

class TestReviewModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY2(
            ReviewTestDatabase::openMinimal(
                *m_db, m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(QTest::currentTestFunction()).arg(++m_count))),
            qPrintable(m_db->errorString()));
        // A broken number in the plan title, and the city name's English sent to review by a Korean change.
        ContentEditor editor(m_db->connection(), QStringLiteral("kim"));
        QVERIFY(editor.setText(kPlanTitle, Language::English, QStringLiteral("Space industry vision 2045")).ok);
        QVERIFY(editor.setText(kCityName, Language::Korean, QStringLiteral("대전시")).ok);
        m_model = std::make_unique<ReviewTableModel>();
        m_model->reload(m_db->connection());
    }

    void cleanup()
    {
        m_model.reset();
        m_db.reset();
    }

    // What a read made on another thread shows is what reload() shows; a read stopped reads nothing.
    void aReadAdoptedShowsWhatReloadShows()
    {
        ReviewTableModel adopted;
        adopted.adopt(m_db->connection(), ReviewTableModel::read(m_db->connection(), QString()));
        QCOMPARE(keysOf(&adopted), keysOf(m_model.get()));
        QCOMPARE(adopted.findings().size(), m_model->findings().size());
        QVERIFY(!adopted.findings().isEmpty());
        // Its later checks use the connection given: a refresh reads the field again.
        ContentEditor editor(m_db->connection(), QStringLiteral("kim"));
        QVERIFY(editor.setText(kPlanTitle, Language::English, QStringLiteral("Space industry vision")).ok);
        adopted.refresh({kPlanTitle});
        QCOMPARE(adopted.row(adopted.rowOf(kPlanTitle)).pair.text.en, QStringLiteral("Space industry vision"));

        const ReviewTableContents stopped = ReviewTableModel::read(m_db->connection(), QString(), [] { return true; });
        QVERIFY(stopped.rows.isEmpty());
        QVERIFY(stopped.index.isEmpty());
    }

    void modelsPassTheTester()
    {
        new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        ReviewFilterModel filter;
        new QAbstractItemModelTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        filter.setSourceModel(m_model.get());
        filter.setStateFilter(ReviewFilterModel::StateFilter::Draft);
        filter.sort(ReviewTableModel::FindingsColumn, Qt::DescendingOrder);
        m_model->refresh({kPlanTitle});
        m_model->recheck();
        m_model->reload(m_db->connection());

        FindingModel findings;
        new QAbstractItemModelTester(&findings, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QVector<int> rows(m_model->rowCount());
        std::iota(rows.begin(), rows.end(), 0);
        findings.setRows(m_model.get(), rows);
        QCOMPARE(findings.rowCount(), m_model->findings().size());
        QVERIFY(findings.rowCount() > 0);
        // Rows read again take their findings with them.
        m_model->reload(m_db->connection());
        QCOMPARE(findings.rowCount(), 0);

        HistoryModel history;
        new QAbstractItemModelTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        history.setEntries(TextHistory(m_db->connection()).ofField(kPlanTitle));
        QCOMPARE(history.rowCount(), 1);
        QCOMPARE(history.index(0, HistoryModel::WhoColumn).data().toString(), QStringLiteral("kim"));
        QCOMPARE(history.index(0, HistoryModel::NewTextColumn).data().toString(),
                 QStringLiteral("Space industry vision 2045"));

        GlossaryModel glossary;
        new QAbstractItemModelTester(&glossary, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        glossary.setTerms(Glossary(m_db->connection()).terms());
        QVERIFY(glossary.rowCount() > 40);

        ProgressModel progress;
        new QAbstractItemModelTester(&progress, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        progress.setRows(m_model->rows(), m_model->scopes(), Language::English);
        QCOMPARE(progress.rowCount(), 3); // everything, the city, its plan
    }

    void rowShowsBothLanguagesStatesAndLastEdit()
    {
        const int row = m_model->rowOf(kPlanTitle);
        QVERIFY(row >= 0);
        const auto cell = [&](int column) { return m_model->index(row, column).data().toString(); };
        QCOMPARE(cell(ReviewTableModel::KoreanColumn), QStringLiteral("우주산업 육성 비전"));
        QCOMPARE(cell(ReviewTableModel::EnglishColumn), QStringLiteral("Space industry vision 2045"));
        QCOMPARE(cell(ReviewTableModel::EnglishStatusColumn), QStringLiteral("draft"));
        QVERIFY(cell(ReviewTableModel::LastEditedColumn).startsWith(QStringLiteral("kim, ")));
        QCOMPARE(cell(ReviewTableModel::FindingsColumn), QStringLiteral("1"));
        QCOMPARE(m_model->planOf(m_model->row(row)), QStringLiteral("plan.test-space"));
        QCOMPARE(m_model->cityOf(m_model->row(row)), QStringLiteral("region.test-city"));
    }

    void filters_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("checkId");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const int any = int(ReviewFilterModel::StateFilter::Any);
        QTest::newRow("needs review") << int(ReviewFilterModel::StateFilter::NeedsReview) << QString() << QString()
                                      << QString() << QStringList{kCityName.toString()};
        QTest::newRow("kind: element") << any << QStringLiteral("element") << QString() << QString()
                                       << QStringList{QStringLiteral("el.test.field-1:name"),
                                                      QStringLiteral("el.test.strategy-1:name")};
        QTest::newRow("check: numbers differ")
            << any << QString() << QStringLiteral("number.mismatch") << QString() << QStringList{kPlanTitle.toString()};
        QTest::newRow("text in English") << any << QString() << QString() << QStringLiteral("launchers")
                                         << QStringList{QStringLiteral("el.test.strategy-1:name")};
        QTest::newRow("text in Korean") << any << QString() << QString() << QStringLiteral("자동화")
                                        << QStringList{QStringLiteral("kpi.test.share:metric")};
        QTest::newRow("missing and element")
            << int(ReviewFilterModel::StateFilter::Missing) << QStringLiteral("element") << QString() << QString()
            << QStringList{QStringLiteral("el.test.strategy-1:name")};
    }

    void filters()
    {
        QFETCH(int, state);
        QFETCH(QString, kind);
        QFETCH(QString, checkId);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        ReviewFilterModel filter;
        filter.setSourceModel(m_model.get());
        filter.setStateFilter(ReviewFilterModel::StateFilter(state));
        filter.setKind(kind);
        if (!checkId.isEmpty())
            filter.setFindingFilter(ReviewFilterModel::FindingFilter::Check, checkId);
        filter.setText(text);
        QVERIFY2(keysOf(&filter) == expected, qPrintable(keysOf(&filter).join(QLatin1Char(' '))));

        // The filters survive the settings round trip.
        ReviewFilterModel restored;
        restored.setSourceModel(m_model.get());
        restored.restoreState(filter.saveState());
        restored.setText(text);
        QCOMPARE(keysOf(&restored), expected);
    }

    void cityAndPlanFilters()
    {
        ReviewFilterModel filter;
        filter.setSourceModel(m_model.get());
        filter.setPlanKey(QStringLiteral("plan.test-space"));
        const QStringList inPlan = keysOf(&filter);
        QVERIFY(inPlan.contains(kPlanTitle.toString()));
        QVERIFY(!inPlan.contains(kCityName.toString()));
        filter.setPlanKey(QString());
        filter.setCityKey(QStringLiteral("region.test-city"));
        const QStringList inCity = keysOf(&filter);
        QVERIFY(inCity.contains(kCityName.toString()));
        for (const QString &key : inPlan)
            QVERIFY2(inCity.contains(key), qPrintable(key));
        QVERIFY(!inCity.contains(QStringLiteral("region.test-country:name")));
        filter.setCityKey(QStringLiteral("region.nowhere"));
        QCOMPARE(filter.rowCount(), 0);
    }

    void progressCountsPerLanguage()
    {
        ProgressModel progress;
        progress.setRows(m_model->rows(), m_model->scopes(), Language::English);
        const ProgressModel::Counts city = progress.counts(QStringLiteral("region.test-city"));
        // The Korean city name is a draft now; its English went back to draft too.
        int koApproved = 0;
        int koWritten = 0;
        for (const ReviewRow &row : m_model->rows()) {
            if (m_model->cityOf(row) != QLatin1String("region.test-city") || row.pair.text.ko.isEmpty())
                continue;
            ++koWritten;
            koApproved += row.pair.text.koStatus == ReviewStatus::Approved;
        }
        QCOMPARE(city.written[int(Language::Korean)], koWritten);
        QCOMPARE(city.approved[int(Language::Korean)], koApproved);
        QVERIFY(city.fields > progress.counts(QStringLiteral("plan.test-space")).fields);
        QCOMPARE(progress.counts(QString()).fields, m_model->rowCount());
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReviewTableModel> m_model;
};

QTEST_MAIN(TestReviewModels)
#include "TestReviewModels.moc"
