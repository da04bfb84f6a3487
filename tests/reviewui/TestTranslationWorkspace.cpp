#include "ReviewDatabaseRows.h"
#include "WorkspaceReads.h"
#include "common/BackgroundReads.h"
#include "common/Settings.h"
#include "i18n/Translations.h"
#include "main/PreferencesDialog.h"
#include "review/ContentEditor.h"
#include "review/ContentPairs.h"
#include "review/FieldEditor.h"
#include "review/FindingDismissals.h"
#include "review/FindingModel.h"
#include "review/Glossary.h"
#include "review/GlossaryModel.h"
#include "review/GlossaryPanel.h"
#include "review/HistoryModel.h"
#include "review/ReviewFilterModel.h"
#include "review/ReviewTableModel.h"
#include "review/ReviewTestDatabase.h"
#include "review/TextHistory.h"
#include "review/TranslationWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThreadPool>
#include <QUndoStack>

#include <memory>

using namespace innoatlas;

namespace {
const FieldKey kPlanTitle{QStringLiteral("plan.test-space"), QStringLiteral("title")};
const FieldKey kCityName{QStringLiteral("region.test-city"), QStringLiteral("name")}; // ko approved, en reviewed
const FieldKey kCeremony{QStringLiteral("ev.test.ceremony"), QStringLiteral("title")};

int findingRow(const FindingModel *model, const FieldKey &key, const char *checkId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->finding(row).key == key && model->finding(row).checkId == QLatin1String(checkId))
            return row;
    }
    return -1;
}

QVector<Finding> findingsOf(const FindingModel *model, const FieldKey &key, const char *checkId)
{
    QVector<Finding> found;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Finding &finding = model->finding(row);
        if (finding.key == key && finding.checkId == QLatin1String(checkId))
            found << finding;
    }
    return found;
}
} // namespace

class TestTranslationWorkspace : public QObject
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
        m_settings =
            std::make_unique<Settings>(m_dir.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction())));
        m_settings->setValue(Settings::Key::UserName, QStringLiteral("tester"));
        m_stack = std::make_unique<QUndoStack>();
        m_workspace = std::make_unique<TranslationWorkspace>(m_db->connection(), m_stack.get(), *m_settings);
        m_workspace->show();
        QApplication::setActiveWindow(m_workspace.get());
        QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
        QVERIFY(WorkspaceReads::ended(m_workspace.get()));
    }

    void cleanup()
    {
        m_workspace.reset();
        m_stack.reset();
        m_settings.reset();
        m_db.reset();
    }

    void ctrlEnterSavesAndMovesToTheNextField()
    {
        QVERIFY(m_workspace->selectField(kPlanTitle));
        const int row = m_workspace->table()->currentIndex().row();
        auto *english = m_workspace->findChild<QPlainTextEdit *>(QStringLiteral("englishEditor"));
        QVERIFY(english);
        english->setFocus();
        english->selectAll();
        QTest::keyClicks(english, QStringLiteral("Space industry development vision"));
        QTest::keyClick(english, Qt::Key_Return, Qt::ControlModifier);

        const FieldPair saved = ContentPairs::loadOne(m_db->connection(), kPlanTitle);
        QCOMPARE(saved.text.en, QStringLiteral("Space industry development vision"));
        QCOMPARE(saved.text.enStatus, ReviewStatus::Draft);
        QCOMPARE(TextHistory(m_db->connection()).ofField(kPlanTitle).first().userName, QStringLiteral("tester"));
        QCOMPARE(m_workspace->table()->currentIndex().row(), row + 1);
        QVERIFY(m_workspace->editor()->row()->pair.key != kPlanTitle);
        QCOMPARE(m_stack->count(), 1);

        // The keypad's Enter does the same, and an unchanged field just moves on.
        QTest::keyClick(english, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        QCOMPARE(m_workspace->table()->currentIndex().row(), row + 2);
        QCOMPARE(m_stack->count(), 1);
    }

    void siblingFieldsCanBeEditedOneAfterAnother()
    {
        // Each edit raises the entity's row version; the other fields of the entity must follow it.
        const FieldKey name{QStringLiteral("el.test.field-1"), QStringLiteral("name")};
        const FieldKey description{QStringLiteral("el.test.field-1"), QStringLiteral("description")};
        QVERIFY(ContentEditor(m_db->connection(), QStringLiteral("kim"))
                    .setText(description, Language::Korean, QStringLiteral("연구 개발 분야"))
                    .ok);
        m_workspace->reload();
        QVERIFY(WorkspaceReads::ended(m_workspace.get()));
        QVERIFY(m_workspace->selectField(name));
        m_workspace->editor()->editor(Language::English)->setPlainText(QStringLiteral("Research and development"));
        QVERIFY(m_workspace->applyChanges(m_workspace->editor()->changes()));
        QVERIFY(m_workspace->selectField(description));
        m_workspace->editor()->editor(Language::English)->setPlainText(QStringLiteral("The R&D field"));
        QVERIFY2(m_workspace->applyChanges(m_workspace->editor()->changes()), qPrintable(m_workspace->message()));
        QCOMPARE(ContentPairs::loadOne(m_db->connection(), description).text.en, QStringLiteral("The R&D field"));
    }

    void markShortcutsSetTheStateOfTheLanguageEdited()
    {
        QVERIFY(m_workspace->selectField(kPlanTitle));
        auto *korean = m_workspace->findChild<QPlainTextEdit *>(QStringLiteral("koreanEditor"));
        korean->setFocus();
        QTest::keyClick(korean, Qt::Key_R, Qt::ControlModifier);
        FieldPair pair = ContentPairs::loadOne(m_db->connection(), kPlanTitle);
        QCOMPARE(pair.text.koStatus, ReviewStatus::Reviewed);
        QCOMPARE(pair.text.enStatus, ReviewStatus::Draft);

        // From the table (no editor focused) both languages are marked.
        m_workspace->table()->setFocus();
        QTest::keyClick(m_workspace->table(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        pair = ContentPairs::loadOne(m_db->connection(), kPlanTitle);
        QCOMPARE(pair.text.koStatus, ReviewStatus::Approved);
        QCOMPARE(pair.text.enStatus, ReviewStatus::Approved);
        QCOMPARE(m_workspace->table()->currentIndex().row(),
                 m_workspace->filterModel()
                     ->mapFromSource(m_workspace->model()->index(m_workspace->model()->rowOf(kPlanTitle), 0))
                     .row());
    }

    // The rows are read on another thread. An edit undone while they are read, after the read has read the edited
    // text, is shown once they come, with the row as the database now holds it (or the next edit would be a conflict).
    void anUndoWhileTheRowsAreReadIsShownOnceTheyAre()
    {
        const QString original = ContentPairs::loadOne(m_db->connection(), kPlanTitle).text.en;
        QVERIFY(m_workspace->selectField(kPlanTitle));
        m_workspace->editor()->editor(Language::English)->setPlainText(QStringLiteral("Edited title"));
        QVERIFY(m_workspace->applyChanges(m_workspace->editor()->changes()));

        m_workspace->reload();
        QVERIFY(m_workspace->isReading());
        QCOMPARE(m_workspace->model()->rowCount(), 0);
        QVERIFY(!m_workspace->editor()->row());
        // The read has read the edited title; its answer waits for the event loop.
        BackgroundReads::pool()->waitForDone();
        m_stack->undo();
        QVERIFY(m_workspace->isReading());
        QVERIFY(WorkspaceReads::ended(m_workspace.get()));

        const int row = m_workspace->model()->rowOf(kPlanTitle);
        QVERIFY(row >= 0);
        QCOMPARE(m_workspace->model()->row(row).pair.text.en, original);
        QCOMPARE(m_workspace->editor()->row()->pair.key, kPlanTitle); // the undo shows its field
        m_workspace->editor()->editor(Language::English)->setPlainText(QStringLiteral("Edited again"));
        QVERIFY2(m_workspace->applyChanges(m_workspace->editor()->changes()), qPrintable(m_workspace->message()));
        QCOMPARE(ContentPairs::loadOne(m_db->connection(), kPlanTitle).text.en, QStringLiteral("Edited again"));
    }

    void undoAndRedoRestoreTheDatabaseExactly()
    {
        const QSqlDatabase db = m_db->connection();
        const QStringList textsBefore = ReviewDatabaseRows::texts(db);
        const QStringList flagsBefore = ReviewDatabaseRows::flags(db);
        const QStringList historyBefore = ReviewDatabaseRows::history(db);

        QVERIFY(m_workspace->selectField(kCityName));
        auto *english = m_workspace->findChild<QPlainTextEdit *>(QStringLiteral("englishEditor"));
        english->setFocus();
        english->selectAll();
        QTest::keyClicks(english, QStringLiteral("Daejeon City"));
        QTest::keyClick(english, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        const FieldPair changed = ContentPairs::loadOne(db, kCityName);
        QCOMPARE(changed.text.en, QStringLiteral("Daejeon City"));
        QCOMPARE(changed.text.enStatus, ReviewStatus::Approved);
        QCOMPARE(changed.text.koStatus, ReviewStatus::Draft);
        const QStringList textsAfter = ReviewDatabaseRows::texts(db);
        const QStringList flagsAfter = ReviewDatabaseRows::flags(db);
        QVERIFY(textsAfter != textsBefore);
        QCOMPARE(flagsAfter.size(), flagsBefore.size() + 1);

        // The workspace's own Undo button works the shared stack.
        auto *undo = m_workspace->findChild<QAction *>(QStringLiteral("actionWorkspaceUndo"));
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(ReviewDatabaseRows::texts(db), textsBefore);
        QCOMPARE(ReviewDatabaseRows::flags(db), flagsBefore);
        QVERIFY(!undo->isEnabled());
        // History only grows: the edit and its undo are both on record.
        const QStringList historyUndone = ReviewDatabaseRows::history(db);
        QCOMPARE(historyUndone.mid(0, historyBefore.size()), historyBefore);
        QVERIFY(historyUndone.size() > historyBefore.size() + 2);
        // The workspace shows the restored text.
        QCOMPARE(english->toPlainText(), QStringLiteral("Daejeon Metropolitan City"));

        m_stack->redo();
        QCOMPARE(ReviewDatabaseRows::texts(db), textsAfter);
        QCOMPARE(ReviewDatabaseRows::flags(db), flagsAfter);
        m_stack->undo();
        QCOMPARE(ReviewDatabaseRows::texts(db), textsBefore);
        QCOMPARE(ReviewDatabaseRows::flags(db), flagsBefore);
    }

    void changedEnglishOfAnApprovedPairSendsTheKoreanToReviewWithADiff()
    {
        QVERIFY(m_workspace->selectField(kCityName));
        auto *english = m_workspace->findChild<QPlainTextEdit *>(QStringLiteral("englishEditor"));
        english->setFocus();
        english->selectAll();
        QTest::keyClicks(english, QStringLiteral("Daejeon City"));
        QVERIFY(m_workspace->applyChanges(m_workspace->editor()->changes()));

        const FieldPair pair = ContentPairs::loadOne(m_db->connection(), kCityName);
        QCOMPARE(pair.text.koStatus, ReviewStatus::Draft);
        QVERIFY(pair.koFlag);

        auto *diff = m_workspace->findChild<QTextBrowser *>(QStringLiteral("diffView"));
        QVERIFY(diff->isVisible());
        QCOMPARE(diff->toPlainText(), QStringLiteral("Daejeon Metropolitan City"));
        const QString html = diff->toHtml();
        QVERIFY(html.contains(QStringLiteral("line-through")));
        QVERIFY2(html.contains(QRegularExpression(QStringLiteral("line-through[^>]*>Metropolitan "))),
                 qPrintable(html));

        m_workspace->filterModel()->setStateFilter(ReviewFilterModel::StateFilter::NeedsReview);
        QCOMPARE(m_workspace->filterModel()->rowCount(), 1);

        // Reviewing the Korean again clears the flag and the diff.
        auto *korean = m_workspace->findChild<QPlainTextEdit *>(QStringLiteral("koreanEditor"));
        korean->setFocus();
        QTest::keyClick(korean, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(!ContentPairs::loadOne(m_db->connection(), kCityName).koFlag);
        QVERIFY(!diff->isVisible());
    }

    void brokenPairIsCaughtInBothDirections_data()
    {
        QTest::addColumn<QString>("korean");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("message");
        QTest::newRow("number only in the English")
            << QStringLiteral("우주산업 육성 비전") << QStringLiteral("Space industry vision 2045")
            << QStringLiteral("The English has 2045, which the Korean does not");
        QTest::newRow("number only in the Korean")
            << QStringLiteral("2030 우주산업 육성 비전") << QStringLiteral("Space industry vision")
            << QStringLiteral("The Korean has 2030, which the English does not");
        QTest::newRow("amounts differ") << QStringLiteral("총 1조 2,620억 원 투자")
                                        << QStringLiteral("Investment of 126.2 billion won")
                                        << QStringLiteral("Numbers differ");
    }

    void brokenPairIsCaughtInBothDirections()
    {
        QFETCH(QString, korean);
        QFETCH(QString, english);
        QFETCH(QString, message);
        QVERIFY(m_workspace->selectField(kPlanTitle));
        QVERIFY(findingsOf(m_workspace->findingModel(), kPlanTitle, CheckId::numberMismatch).isEmpty());
        m_workspace->editor()->editor(Language::Korean)->setPlainText(korean);
        m_workspace->editor()->editor(Language::English)->setPlainText(english);
        m_workspace->editor()->saveAction()->trigger();

        const QVector<Finding> found = findingsOf(m_workspace->findingModel(), kPlanTitle, CheckId::numberMismatch);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().message().startsWith(message), qPrintable(found.first().message()));
        // The table counts it, and the editor lists it with the field.
        const int row = m_workspace->model()->rowOf(kPlanTitle);
        QCOMPARE(m_workspace->model()->index(row, ReviewTableModel::FindingsColumn).data().toString(),
                 QStringLiteral("1"));
        QVERIFY(m_workspace->selectField(kPlanTitle));
        auto *fieldFindings = m_workspace->editor()->findChild<QLabel *>(QStringLiteral("fieldFindings"));
        QVERIFY(fieldFindings->text().contains(found.first().message()));
    }

    void doubleClickOnAFindingSelectsItsField()
    {
        QVERIFY(m_workspace->selectField(kPlanTitle));
        m_workspace->editor()->editor(Language::English)->setPlainText(QStringLiteral("Space industry vision 2045"));
        m_workspace->editor()->saveAction()->trigger(); // saves and moves on to the next field
        QVERIFY(m_workspace->editor()->row()->pair.key != kPlanTitle);

        const FindingModel *findings = m_workspace->findingModel();
        const int row = findingRow(findings, kPlanTitle, CheckId::numberMismatch);
        QVERIFY(row >= 0);
        QTableView *view = m_workspace->findingsView();
        const QModelIndex index = findings->index(row, FindingModel::MessageColumn);
        view->scrollTo(index);
        // A double click is a press, a release and a second press that Qt reports as the double click.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(m_workspace->editor()->row()->pair.key, kPlanTitle);

        // The list follows the filters: with the plan title hidden, its finding is not listed.
        m_workspace->filterModel()->setKind(QStringLiteral("element"));
        QCOMPARE(findingRow(findings, kPlanTitle, CheckId::numberMismatch), -1);
    }

    void dismissedFindingIsGoneForGood()
    {
        QVERIFY(m_workspace->selectField(kPlanTitle));
        m_workspace->editor()->editor(Language::English)->setPlainText(QStringLiteral("Space industry vision 2045"));
        m_workspace->editor()->saveAction()->trigger();
        const FindingModel *findings = m_workspace->findingModel();
        const int row = findingRow(findings, kPlanTitle, CheckId::numberMismatch);
        QVERIFY(row >= 0);
        const Finding finding = findings->finding(row);
        QVERIFY(m_workspace->dismissFinding(row));
        QVERIFY(findingsOf(findings, kPlanTitle, CheckId::numberMismatch).isEmpty());
        QVERIFY(m_workspace->message().contains(QStringLiteral("Dismissed")));

        // Persisted: a new workspace on the database does not list it either.
        QVERIFY(FindingDismissals(m_db->connection()).isDismissed(finding));
        ReviewTableModel fresh;
        fresh.reload(m_db->connection());
        QVERIFY(fresh.row(fresh.rowOf(kPlanTitle)).findings.isEmpty());

        // A dismissal made by mistake is undone like an edit, and redone.
        m_stack->undo();
        QVERIFY(!FindingDismissals(m_db->connection()).isDismissed(finding));
        QCOMPARE(findingsOf(findings, kPlanTitle, CheckId::numberMismatch).size(), 1);
        m_stack->redo();
        QVERIFY(FindingDismissals(m_db->connection()).isDismissed(finding));
        QVERIFY(findingsOf(findings, kPlanTitle, CheckId::numberMismatch).isEmpty());
    }

    void glossaryEditsAreCheckedAndUndoable()
    {
        GlossaryPanel *panel = m_workspace->glossary();
        GlossaryTerm next{0, QStringLiteral("선포식"), QStringLiteral("proclamation ceremony"), {}, {}, {}, {}, {}};
        panel->setTermPrompt([&next](QWidget *, GlossaryTerm *term) {
            *term = GlossaryTerm{term->id, next.ko, next.en, {}, {}, {}, {}, {}};
            return true;
        });
        const int termsBefore = Glossary(m_db->connection()).terms().size();
        const auto counterpartFindings = [this] {
            return findingsOf(m_workspace->findingModel(), kCeremony, CheckId::glossaryCounterpart).size();
        };
        QCOMPARE(counterpartFindings(), 0);

        panel->addTerm(); // "비전 선포식" / "Vision declaration" now lacks the agreed English
        QCOMPARE(Glossary(m_db->connection()).terms().size(), termsBefore + 1);
        QCOMPARE(counterpartFindings(), 1);

        m_stack->undo();
        QCOMPARE(Glossary(m_db->connection()).terms().size(), termsBefore);
        QCOMPARE(counterpartFindings(), 0);
        m_stack->redo();
        QCOMPARE(counterpartFindings(), 1);

        // Editing the term to the English the text uses settles it.
        int row = -1;
        for (int i = 0; i < panel->model()->rowCount(); ++i) {
            if (panel->model()->term(i).ko == next.ko)
                row = i;
        }
        QVERIFY(row >= 0);
        panel->view()->setCurrentIndex(panel->model()->index(row, 0));
        next.en = QStringLiteral("declaration");
        panel->editTerm();
        QCOMPARE(counterpartFindings(), 0);
        m_stack->undo();
        QCOMPARE(counterpartFindings(), 1);
        m_stack->redo();

        panel->view()->setCurrentIndex(panel->model()->index(row, 0));
        panel->deleteTerm();
        QCOMPARE(Glossary(m_db->connection()).terms().size(), termsBefore);
        m_stack->undo();
        QCOMPARE(Glossary(m_db->connection()).terms().size(), termsBefore + 1);
        bool restored = false;
        for (const GlossaryTerm &term : Glossary(m_db->connection()).terms())
            restored |= term.ko == QStringLiteral("선포식") && term.en == QLatin1String("declaration");
        QVERIFY(restored);
    }

    void preferencesNameIsRecordedWithEdits()
    {
        PreferencesDialog dialog(*m_settings);
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("userNameField"));
        QCOMPARE(field->text(), QStringLiteral("tester"));
        field->setText(QStringLiteral("  박지민 "));
        dialog.accept();
        QCOMPARE(m_settings->userName(), QStringLiteral("박지민"));

        QVERIFY(m_workspace->selectField(kPlanTitle));
        m_workspace->editor()->editor(Language::English)->setPlainText(QStringLiteral("Space vision"));
        m_workspace->editor()->saveAction()->trigger();
        QCOMPARE(TextHistory(m_db->connection()).ofField(kPlanTitle).first().userName, QStringLiteral("박지민"));
        const int row = m_workspace->model()->rowOf(kPlanTitle);
        QVERIFY(m_workspace->model()
                    ->index(row, ReviewTableModel::LastEditedColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("박지민, ")));
    }

    void filtersAndLayoutAreRemembered()
    {
        m_workspace->filterModel()->setKind(QStringLiteral("element"));
        m_workspace->filterModel()->setStateFilter(ReviewFilterModel::StateFilter::Missing);
        m_workspace->saveSettings();
        m_workspace.reset();
        TranslationWorkspace again(m_db->connection(), m_stack.get(), *m_settings);
        QVERIFY(WorkspaceReads::ended(&again));
        QCOMPARE(again.filterModel()->kind(), QStringLiteral("element"));
        QCOMPARE(again.filterModel()->stateFilter(), ReviewFilterModel::StateFilter::Missing);
        QCOMPARE(again.filterModel()->rowCount(), 1);
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<TranslationWorkspace> m_workspace;
};

QTEST_MAIN(TestTranslationWorkspace)
#include "TestTranslationWorkspace.moc"
