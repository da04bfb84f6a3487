#include "ReviewTestDatabase.h"
#include "review/ContentEditor.h"
#include "review/ContentPairs.h"
#include "review/TextHistory.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace innoatlas;

namespace {
const FieldKey kCityName{QStringLiteral("region.test-city"), QStringLiteral("name")};   // ko approved, en reviewed
const FieldKey kPlanTitle{QStringLiteral("plan.test-space"), QStringLiteral("title")};  // both draft
const FieldKey kLauncher{QStringLiteral("el.test.strategy-1"), QStringLiteral("name")}; // ko missing, en draft
} // namespace

class TestContentEditor : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        // Each test and each row of a table gets a database of its own.
        const QString path =
            m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(++m_count).arg(QTest::currentTestFunction()));
        QVERIFY2(ReviewTestDatabase::openMinimal(*m_db, path), qPrintable(m_db->errorString()));
        m_now = QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);
        m_editor = std::make_unique<ContentEditor>(m_db->connection(), QStringLiteral("kim"), [this] { return m_now; });
    }

    void cleanup()
    {
        m_editor.reset();
        m_db.reset();
    }

    void textChangeMakesADraftAndRaisesTheRowVersion()
    {
        const int before = m_editor->field(kPlanTitle).rowVersion;
        const EditResult result = m_editor->setText(kPlanTitle, Language::English, QStringLiteral("Space vision"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.edits.size(), 1);
        QCOMPARE(result.rowVersions.value(kPlanTitle.entityKey), before + 1);
        const FieldPair now = m_editor->field(kPlanTitle);
        QCOMPARE(now.text.en, QStringLiteral("Space vision"));
        QCOMPARE(now.text.enStatus, ReviewStatus::Draft);
        QCOMPARE(now.rowVersion, before + 1);
    }

    void transitions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("resulting");
        const int missing = int(ReviewStatus::Missing);
        const int draft = int(ReviewStatus::Draft);
        const int reviewed = int(ReviewStatus::Reviewed);
        const int approved = int(ReviewStatus::Approved);
        // The launcher's Korean name is missing; its English is a draft.
        QTest::newRow("missing to draft by writing") << QStringLiteral("발사체") << -1 << true << draft;
        QTest::newRow("missing cannot be reviewed") << QString() << reviewed << false << missing;
        QTest::newRow("missing cannot be approved") << QString() << approved << false << missing;
        QTest::newRow("missing cannot be a draft") << QString() << draft << false << missing;
        QTest::newRow("written and reviewed at once") << QStringLiteral("발사체") << reviewed << true << reviewed;
        QTest::newRow("written and approved at once") << QStringLiteral("발사체") << approved << true << approved;
        QTest::newRow("text cannot be missing") << QStringLiteral("발사체") << missing << false << missing;
    }

    void transitions()
    {
        QFETCH(QString, text);
        QFETCH(int, status);
        QFETCH(bool, ok);
        QFETCH(int, resulting);
        FieldChange change{kLauncher, Language::Korean, std::nullopt, std::nullopt, 0};
        if (!text.isEmpty())
            change.text = text;
        if (status >= 0)
            change.status = ReviewStatus(status);
        const EditResult result = m_editor->apply({change});
        QCOMPARE(result.ok, ok);
        QCOMPARE(result.error.isEmpty(), ok);
        QCOMPARE(int(m_editor->field(kLauncher).text.koStatus), resulting);
    }

    void reviewAndApproveNeedText()
    {
        QVERIFY(m_editor->setStatus(kPlanTitle, Language::Korean, ReviewStatus::Reviewed).ok);
        QVERIFY(m_editor->setStatus(kPlanTitle, Language::Korean, ReviewStatus::Approved).ok);
        QVERIFY(m_editor->setStatus(kPlanTitle, Language::Korean, ReviewStatus::Draft).ok); // reopened
        const EditResult cleared = m_editor->setText(kPlanTitle, Language::Korean, QString());
        QVERIFY(cleared.ok);
        QCOMPARE(m_editor->field(kPlanTitle).text.koStatus, ReviewStatus::Missing);
        const EditResult refused = m_editor->setStatus(kPlanTitle, Language::Korean, ReviewStatus::Approved);
        QVERIFY(!refused.ok);
        QVERIFY(refused.error.contains(QStringLiteral("without text")));
    }

    void changingOneLanguageSendsTheReviewedOtherBackToDraft()
    {
        // The city's Korean name is approved, its English name reviewed.
        const EditResult result = m_editor->setText(kCityName, Language::Korean, QStringLiteral("대전"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.edits.size(), 2);
        QCOMPARE(result.edits.at(1).language, Language::English);
        QCOMPARE(result.edits.at(1).reason, EditReason::CounterpartChanged);
        QCOMPARE(result.edits.at(1).oldStatus, ReviewStatus::Reviewed);
        const FieldPair now = m_editor->field(kCityName);
        QCOMPARE(now.text.koStatus, ReviewStatus::Draft);
        QCOMPARE(now.text.enStatus, ReviewStatus::Draft);
        QCOMPARE(now.text.en, QStringLiteral("Daejeon Metropolitan City")); // the text itself stays
        // The English waits for review, and keeps the Korean it had been reviewed against.
        QVERIFY(now.enFlag);
        QCOMPARE(now.enFlag->counterpartText, QStringLiteral("대전광역시"));
        QCOMPARE(now.enFlag->flaggedBy, QStringLiteral("kim"));
        QVERIFY(!now.koFlag);

        // A second change keeps the text the English was reviewed against.
        QVERIFY(m_editor->setText(kCityName, Language::Korean, QStringLiteral("대전시")).ok);
        QCOMPARE(m_editor->field(kCityName).enFlag->counterpartText, QStringLiteral("대전광역시"));

        // Reviewing the English again clears the flag.
        QVERIFY(m_editor->setStatus(kCityName, Language::English, ReviewStatus::Reviewed).ok);
        QVERIFY(!m_editor->field(kCityName).enFlag);
    }

    void statusChangeLeavesTheOtherLanguage()
    {
        QVERIFY(m_editor->setStatus(kCityName, Language::Korean, ReviewStatus::Reviewed).ok);
        QCOMPARE(m_editor->field(kCityName).text.enStatus, ReviewStatus::Reviewed);
    }

    void draftCounterpartIsNotFlagged()
    {
        QVERIFY(m_editor->setText(kPlanTitle, Language::Korean, QStringLiteral("우주 비전")).ok);
        const FieldPair now = m_editor->field(kPlanTitle);
        QCOMPARE(now.text.enStatus, ReviewStatus::Draft);
        QVERIFY(!now.enFlag);
    }

    void historyRecordsWhoWhenAndWhat()
    {
        QVERIFY(m_editor->setText(kCityName, Language::Korean, QStringLiteral("대전")).ok);
        m_now = m_now.addSecs(60);
        QVERIFY(m_editor->setStatus(kCityName, Language::Korean, ReviewStatus::Approved).ok);

        const QVector<HistoryEntry> history = TextHistory(m_db->connection()).ofField(kCityName);
        QCOMPARE(history.size(), 3);
        // Newest first.
        QCOMPARE(history.at(0).changedAt, QStringLiteral("2024-05-01T09:31:00Z"));
        QCOMPARE(history.at(0).edit.reason, EditReason::Status);
        QCOMPARE(history.at(0).edit.oldStatus, ReviewStatus::Draft);
        QCOMPARE(history.at(0).edit.newStatus, ReviewStatus::Approved);
        const HistoryEntry &text = history.at(2);
        QCOMPARE(text.userName, QStringLiteral("kim"));
        QCOMPARE(text.changedAt, QStringLiteral("2024-05-01T09:30:00Z"));
        QCOMPARE(text.edit.language, Language::Korean);
        QCOMPARE(text.edit.oldText, QStringLiteral("대전광역시"));
        QCOMPARE(text.edit.newText, QStringLiteral("대전"));
        QCOMPARE(text.edit.oldStatus, ReviewStatus::Approved);
        QCOMPARE(text.edit.newStatus, ReviewStatus::Draft);
        QCOMPARE(history.at(1).edit.reason, EditReason::CounterpartChanged);
        QCOMPARE(history.at(1).batch, text.batch); // one change, one batch
        QVERIFY(history.at(0).batch > text.batch);
        QCOMPARE(TextHistory(m_db->connection()).ofField(kCityName, Language::English).size(), 1);
        QCOMPARE(TextHistory(m_db->connection()).ofBatch(text.batch).size(), 2);
        QCOMPARE(TextHistory(m_db->connection()).recent(1).first().id, history.at(0).id);
    }

    void noChangeWritesNothing()
    {
        const int before = m_editor->field(kPlanTitle).rowVersion;
        const EditResult result =
            m_editor->setText(kPlanTitle, Language::English, QStringLiteral("Space industry vision"));
        QVERIFY(result.ok);
        QVERIFY(result.edits.isEmpty());
        QCOMPARE(m_editor->field(kPlanTitle).rowVersion, before);
        QVERIFY(TextHistory(m_db->connection()).ofField(kPlanTitle).isEmpty());
    }

    void staleRowVersionIsAConflict()
    {
        const int version = m_editor->field(kPlanTitle).rowVersion;
        QVERIFY(m_editor->setText(kPlanTitle, Language::English, QStringLiteral("A"), version).ok);
        const EditResult stale = m_editor->setText(kPlanTitle, Language::English, QStringLiteral("B"), version);
        QVERIFY(!stale.ok);
        QVERIFY(stale.conflict);
        QCOMPARE(m_editor->field(kPlanTitle).text.en, QStringLiteral("A"));
    }

    void oneRefusedChangeRefusesAll()
    {
        const EditResult result = m_editor->apply({
            FieldChange::ofText(kPlanTitle, Language::English, QStringLiteral("Changed")),
            FieldChange::ofText({QStringLiteral("plan.test-space"), QStringLiteral("colour")}, Language::English,
                                QStringLiteral("x")),
        });
        QVERIFY(!result.ok);
        QVERIFY(result.edits.isEmpty());
        QVERIFY(result.error.contains(QStringLiteral("colour")));
        QCOMPARE(m_editor->field(kPlanTitle).text.en, QStringLiteral("Space industry vision"));
        QVERIFY(TextHistory(m_db->connection()).recent(10).isEmpty());
    }

    void unknownEntityIsRefused()
    {
        const EditResult result = m_editor->setText({QStringLiteral("plan.nowhere"), QStringLiteral("title")},
                                                    Language::English, QStringLiteral("x"));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral("plan.nowhere")));
    }

    void quoteTranslationIsEditableButNotTheQuote()
    {
        const FieldKey quote{QStringLiteral("q.test.budget"), QStringLiteral("translation")};
        QVERIFY(!m_editor->setText(quote, Language::English, QStringLiteral("changed")).ok); // the source is English
        const EditResult result = m_editor->setText(quote, Language::Korean, QStringLiteral("5년간 3,500억 원 투자"));
        QVERIFY2(result.ok, qPrintable(result.error));
        const FieldPair now = m_editor->field(quote);
        QCOMPARE(now.text.ko, QStringLiteral("5년간 3,500억 원 투자"));
        QCOMPARE(now.text.en, QStringLiteral("invest 350 billion won over five years from 2024"));
        QCOMPARE(now.verbatimLanguage, std::optional<Language>(Language::English));
    }

    void dryRunChangesNothing()
    {
        const EditResult result =
            m_editor->apply({FieldChange::ofText(kCityName, Language::Korean, QStringLiteral("대전"))}, QString(),
                            ContentEditor::Mode::DryRun);
        QVERIFY(result.ok);
        QCOMPARE(result.edits.size(), 2);
        QCOMPARE(result.batch, 0);
        QCOMPARE(m_editor->field(kCityName).text.ko, QStringLiteral("대전광역시"));
        QVERIFY(TextHistory(m_db->connection()).recent(10).isEmpty());
    }

    void undoRestoresTextsStatesAndFlags()
    {
        const FieldPair before = m_editor->field(kCityName);
        const EditResult edit = m_editor->setText(kCityName, Language::Korean, QStringLiteral("대전"));
        QVERIFY(edit.ok);
        const EditResult undo = m_editor->apply(edit.undoChanges());
        QVERIFY2(undo.ok, qPrintable(undo.error));
        const FieldPair after = m_editor->field(kCityName);
        QVERIFY(after.text == before.text);
        QVERIFY(!after.enFlag);
    }

    void pairsFollowTheFilter()
    {
        ContentFilter plan;
        plan.planKey = QStringLiteral("plan.test-space");
        QStringList keys;
        for (const FieldPair &pair : ContentPairs::load(m_db->connection(), plan))
            keys << pair.key.toString();
        QVERIFY(keys.contains(QStringLiteral("plan.test-space:title")));
        QVERIFY(keys.contains(QStringLiteral("el.test.strategy-1:name")));
        QVERIFY(keys.contains(QStringLiteral("bl.test.total:label")));
        QVERIFY(!keys.contains(QStringLiteral("region.test-city:name")));
        QVERIFY(!keys.contains(QStringLiteral("theme.test-space:name")));

        ContentFilter missing;
        missing.status = ReviewStatus::Missing;
        missing.statusLanguage = Language::Korean;
        keys.clear();
        for (const FieldPair &pair : ContentPairs::load(m_db->connection(), missing))
            keys << pair.key.toString();
        QVERIFY(keys.contains(QStringLiteral("el.test.strategy-1:name")));
        QVERIFY(!keys.contains(QStringLiteral("plan.test-space:title")));

        ContentFilter unknown;
        unknown.cityKey = QStringLiteral("region.nowhere");
        QVERIFY_THROWS_EXCEPTION(StoreError, ContentPairs::load(m_db->connection(), unknown));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContentEditor> m_editor;
    QDateTime m_now;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestContentEditor)
#include "TestContentEditor.moc"
