#include "WorkspaceReads.h"
#include "common/BackgroundReads.h"
#include "common/ItemRoles.h"
#include "common/Settings.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "review/ContentPairs.h"
#include "review/FieldEditor.h"
#include "review/FindingModel.h"
#include "review/ProgressModel.h"
#include "review/ReviewFeature.h"
#include "review/ReviewFilterModel.h"
#include "review/ReviewTableModel.h"
#include "review/TranslationWorkspace.h"
#include "ui/BuiltinDatabase.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>

using namespace innoatlas;

namespace {
const QString kDaejeon = QStringLiteral("region.daejeon");
const QString kGwangju = QStringLiteral("region.gwangju");
const QString kBusan = QStringLiteral("region.busan");

QSet<FieldKey> keysOf(const QVector<ReviewRow> &rows)
{
    QSet<FieldKey> keys;
    for (const ReviewRow &row : rows)
        keys.insert(row.pair.key);
    return keys;
}

/** The written fields of @p cityKey as ContentPairs' own city filter reads them. */
QSet<FieldKey> fieldsOfCity(const QSqlDatabase &database, const QString &cityKey)
{
    ContentFilter filter;
    filter.cityKey = cityKey;
    QSet<FieldKey> keys;
    for (const FieldPair &pair : ContentPairs::load(database, filter)) {
        if (!pair.text.isEmpty())
            keys.insert(pair.key);
    }
    return keys;
}

QString currentEntity(TranslationWorkspace *workspace)
{
    const QModelIndex current = workspace->table()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(ReviewTableModel::EntityColumn).data().toString() : QString();
}
} // namespace

// The workspace as the program opens it: from the main window's View menu, on its undo stack,
// at the entry the main window shows, following a switch of the interface language.
class TestReviewFeature : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("%1.ini").arg(++m_count)));
        m_window = std::make_unique<MainWindow>(m_builtin.database(), *m_settings, QStringLiteral("en"));
        m_feature = new ReviewFeature(*m_window, m_builtin.database(), *m_settings);
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        ReviewTableModel::setWholeDatabaseLimit(0);
    }

    void viewMenuOpensTheWorkspaceAtTheCurrentEntry()
    {
        QVERIFY(m_window->navigateTo(QStringLiteral("plan.busan-digital-2030")));
        QAction *action = m_window->findChild<QAction *>(QStringLiteral("actionTranslationWorkspace"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        bool listed = false;
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(action))
                listed = true;
        }
        QVERIFY(listed);

        action->trigger();
        TranslationWorkspace *workspace = m_feature->workspace();
        QVERIFY(WorkspaceReads::ended(workspace));
        QVERIFY(workspace);
        QVERIFY(workspace->isVisible());
        QCOMPARE(workspace->editor()->row()->pair.key.entityKey, QStringLiteral("plan.busan-digital-2030"));
        // Every field of the built-in dataset written in a language is listed.
        QVERIFY(workspace->model()->rowCount() > 500);

        // Its edits go onto the main window's undo stack.
        workspace->editor()->editor(Language::English)->setPlainText(QStringLiteral("Busan DX Strategy 2030"));
        workspace->editor()->saveAction()->trigger();
        QCOMPARE(m_window->undoStack()->count(), 1);
        m_window->undoStack()->undo();
        QVERIFY(WorkspaceReads::ended(workspace));
        QVERIFY(workspace->selectEntity(QStringLiteral("plan.busan-digital-2030")));
        QVERIFY(WorkspaceReads::ended(workspace));
        QCOMPARE(workspace->editor()->editor(Language::English)->toPlainText(),
                 QStringLiteral("Busan Digital Economy Innovation Strategy 2030"));
    }

    void findingsFollowTheInterfaceLanguage()
    {
        QVERIFY(WorkspaceReads::ended(m_feature->openWorkspace()));
        const FindingModel *findings = m_feature->workspace()->findingModel();
        QVERIFY(findings->rowCount() > 0);
        const QModelIndex message = findings->index(0, FindingModel::MessageColumn);
        const QString english = message.data().toString();
        m_window->setInterfaceLanguage(QStringLiteral("ko"));
        const QString korean = message.data().toString();
        QVERIFY2(korean != english, qPrintable(korean));
        QVERIFY2(korean.contains(QRegularExpression(QStringLiteral("[가-힣]"))), qPrintable(korean));
        m_window->setInterfaceLanguage(QStringLiteral("en"));
        QCOMPARE(message.data().toString(), english);
    }

    void opensQuickly()
    {
        // Not an assertion on time (machines differ): a number for the log.
        QElapsedTimer timer;
        timer.start();
        QVERIFY(WorkspaceReads::ended(m_feature->openWorkspace()));
        qInfo("The workspace opened on the built-in dataset (%d fields) in %lld ms",
              m_feature->workspace()->model()->rowCount(), timer.elapsed());
        QVERIFY(m_feature->workspace()->table()->currentIndex().isValid());
    }

    // A file opened read-only (a colleague's copy, a folder without write permission): the workspace
    // shows every field but offers no edit, mark, dismissal or glossary change, and says why.
    void readOnlyDatabaseOffersNoEdits()
    {
        const QString path = m_builtin.database().path();
        m_window.reset();
        Database database;
        QVERIFY2(database.open(path, Database::Mode::ReadOnly), qPrintable(database.errorString()));
        MainWindow window(database, *m_settings, QStringLiteral("en"));
        ReviewFeature feature(window, database, *m_settings);
        QVERIFY(window.navigateTo(QStringLiteral("plan.busan-digital-2030")));
        TranslationWorkspace *workspace = feature.openWorkspace();
        QVERIFY(WorkspaceReads::ended(workspace));
        QVERIFY(workspace->isReadOnly());
        QVERIFY(workspace->readOnlyText().contains(QStringLiteral("read-only")));
        QVERIFY(workspace->model()->rowCount() > 500);
        QVERIFY(workspace->editor()->row());

        FieldEditor *editor = workspace->editor();
        for (Language language : {Language::Korean, Language::English})
            QVERIFY(editor->editor(language)->isReadOnly());
        QVERIFY(!editor->saveAction()->isEnabled());
        QVERIFY(!editor->markReviewedAction()->isEnabled());
        QVERIFY(!editor->markApprovedAction()->isEnabled());
        for (const char *name : {"actionAddTerm", "actionEditTerm", "actionDeleteTerm", "actionDismissFinding"}) {
            QAction *action = workspace->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action && !action->isEnabled(), name);
        }
        // A change that reaches the workspace anyway (a shortcut, a script) is refused with the reason.
        FieldChange change;
        change.key = editor->row()->pair.key;
        change.language = Language::English;
        change.text = QStringLiteral("Changed");
        QVERIFY(!workspace->applyChanges({change}));
        QVERIFY(workspace->message().contains(QStringLiteral("read-only")));
        QCOMPARE(window.undoStack()->count(), 0);
        QVERIFY(!workspace->dismissFinding(0));

        // The reason follows the interface language like the rest of the window.
        window.setInterfaceLanguage(QStringLiteral("ko"));
        QVERIFY2(workspace->readOnlyText().contains(QStringLiteral("읽기 전용으로")),
                 qPrintable(workspace->readOnlyText()));
        window.setInterfaceLanguage(QStringLiteral("en"));
        QVERIFY(workspace->readOnlyText().contains(QStringLiteral("opened read-only")));
    }

    // A database too large to read whole (a national budget: 2.3 million texts) is read one city at a time. The
    // built-in dataset (1,462 texts, three cities) is made "large" by lowering the limit.
    void aLargeDatabaseIsReadOneCityAtATime()
    {
        ReviewTableModel::setWholeDatabaseLimit(100);
        TranslationWorkspace *workspace = m_feature->openWorkspace();
        QVERIFY(WorkspaceReads::ended(workspace));
        ReviewTableModel *model = workspace->model();
        QVERIFY(model->readsOneCity());
        QCOMPARE(model->cityRead(), kDaejeon);

        // The rows are the city's fields, those the whole table lists under the city among them.
        const QSet<FieldKey> rows = keysOf(model->rows());
        QCOMPARE(rows, fieldsOfCity(m_builtin.connection(), kDaejeon));
        ReviewTableModel whole;
        ReviewTableModel::setWholeDatabaseLimit(0);
        whole.reload(m_builtin.connection());
        ReviewTableModel::setWholeDatabaseLimit(100);
        QVERIFY(!whole.readsOneCity());
        QSet<FieldKey> listedUnderDaejeon;
        for (const ReviewRow &row : whole.rows()) {
            if (whole.cityOf(row) == kDaejeon)
                listedUnderDaejeon.insert(row.pair.key);
        }
        QVERIFY(!listedUnderDaejeon.isEmpty());
        QVERIFY(rows.contains(listedUnderDaejeon));
        QVERIFY(rows.size() < keysOf(whole.rows()).size());
        QVERIFY(!rows.contains({QStringLiteral("plan.busan-digital-2030"), QStringLiteral("title")}));
        for (const ReviewRow &row : model->rows())
            QCOMPARE(model->cityOf(row), kDaejeon);

        // The city filter offers every city and no "All cities"; the plan filter that city's plans.
        auto *cities = workspace->findChild<QComboBox *>(QStringLiteral("cityFilter"));
        QCOMPARE(cities->count(), 3);
        for (int i = 0; i < cities->count(); ++i)
            QVERIFY(!cities->itemData(i).toString().isEmpty());
        QCOMPARE(cities->currentData().toString(), kDaejeon);
        auto *plans = workspace->findChild<QComboBox *>(QStringLiteral("planFilter"));
        QVERIFY(plans->count() > 1);
        for (int i = 1; i < plans->count(); ++i)
            QVERIFY2(plans->itemData(i).toString().startsWith(QStringLiteral("plan.daejeon")),
                     qPrintable(plans->itemData(i).toString()));

        // It says so, and counts the progress of that city alone.
        auto *note = workspace->findChild<QLabel *>(QStringLiteral("workspaceCityNote"));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("one city at a time")));
        auto *summary = workspace->findChild<QLabel *>(QStringLiteral("progressSummary"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("Daejeon")), qPrintable(summary->text()));
        QCOMPARE(workspace->progressModel()->counts(kDaejeon).fields, model->rowCount());
        QCOMPARE(workspace->progressModel()->counts(QString()).fields, 0);
        QCOMPARE(workspace->progressModel()->rowCount(), plans->count());

        // Choosing another city reads it.
        plans->setCurrentIndex(1);
        cities->setCurrentIndex(cities->findData(kBusan));
        QVERIFY(WorkspaceReads::ended(workspace));
        QCOMPARE(model->cityRead(), kBusan);
        QCOMPARE(keysOf(model->rows()), fieldsOfCity(m_builtin.connection(), kBusan));
        QCOMPARE(workspace->filterModel()->planKey(), QString());
        QCOMPARE(workspace->filterModel()->rowCount(), model->rowCount());
        QVERIFY2(summary->text().startsWith(QStringLiteral("Busan")), qPrintable(summary->text()));
        QVERIFY(workspace->table()->currentIndex().isValid());
    }

    // A city of a national database takes seconds to read: it is read on another thread, and the workspace says so.
    void aCityIsReadWithoutHoldingTheWindow()
    {
        ReviewTableModel::setWholeDatabaseLimit(100);
        TranslationWorkspace *workspace = m_feature->openWorkspace();
        QVERIFY(WorkspaceReads::ended(workspace));
        auto *cities = workspace->findChild<QComboBox *>(QStringLiteral("cityFilter"));
        auto *summary = workspace->findChild<QLabel *>(QStringLiteral("progressSummary"));
        auto *bar = workspace->findChild<QWidget *>(QStringLiteral("workspaceReadingBar"));
        QVERIFY(bar && !bar->isVisible());
        QSignalSpy finished(workspace, &TranslationWorkspace::readFinished);

        cities->setCurrentIndex(cities->findData(kBusan));
        QVERIFY(workspace->isReading());
        QCOMPARE(workspace->model()->rowCount(), 0);
        QCOMPARE(workspace->progressModel()->rowCount(), 0);
        QVERIFY(!workspace->editor()->row());
        QVERIFY(bar->isVisible());
        QVERIFY2(summary->text().startsWith(QStringLiteral("Reading the fields of Busan")),
                 qPrintable(summary->text()));

        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!bar->isVisible());
        QCOMPARE(workspace->model()->cityRead(), kBusan);
        QCOMPARE(keysOf(workspace->model()->rows()), fieldsOfCity(m_builtin.connection(), kBusan));
        QVERIFY2(summary->text().startsWith(QStringLiteral("Busan Metropolitan City:")), qPrintable(summary->text()));
        QVERIFY(workspace->editor()->row());
    }

    // Cities chosen one after another: only the last is shown, never a city chosen before it whose read ended later.
    void onlyTheLastCityChosenIsShown()
    {
        ReviewTableModel::setWholeDatabaseLimit(100);
        TranslationWorkspace *workspace = m_feature->openWorkspace();
        QVERIFY(WorkspaceReads::ended(workspace));
        QCOMPARE(workspace->model()->cityRead(), kDaejeon);
        QStringList shown;
        connect(workspace->model(), &QAbstractItemModel::modelReset, workspace, [&shown, workspace] {
            if (workspace->model()->rowCount() > 0)
                shown << workspace->model()->cityRead();
        });
        QSignalSpy finished(workspace, &TranslationWorkspace::readFinished);
        auto *cities = workspace->findChild<QComboBox *>(QStringLiteral("cityFilter"));
        cities->setCurrentIndex(cities->findData(kBusan));
        // Busan's read ends, its answer waiting for the event loop, before Gwangju is chosen.
        BackgroundReads::pool()->waitForDone();
        cities->setCurrentIndex(cities->findData(kGwangju));
        QVERIFY(WorkspaceReads::ended(workspace));
        QTest::qWait(50); // any answer still on its way
        QCOMPARE(shown, QStringList{kGwangju});
        QCOMPARE(finished.count(), 1);
        QCOMPARE(cities->currentData().toString(), kGwangju);
    }

    // Closed, the workspace lets go of its rows (a city of a national database is some 80 MB), reads nothing while
    // closed, and opened again reads them again, at the field that was current.
    void aClosedWorkspaceLetsGoOfItsRows()
    {
        TranslationWorkspace *workspace = m_feature->openWorkspace();
        QVERIFY(WorkspaceReads::ended(workspace));
        const FieldKey title{QStringLiteral("plan.busan-digital-2030"), QStringLiteral("title")};
        QVERIFY(workspace->selectField(title));
        const int rows = workspace->model()->rowCount();
        QVERIFY(rows > 500);

        workspace->close();
        QCOMPARE(workspace->model()->rowCount(), 0);
        QCOMPARE(workspace->findingModel()->rowCount(), 0);
        m_window->reloadData(); // a change elsewhere: the workspace reads it when next opened
        QVERIFY(!workspace->isReading());
        QCOMPARE(workspace->model()->rowCount(), 0);

        QCOMPARE(m_feature->openWorkspace(), workspace);
        QVERIFY(workspace->isReading());
        QVERIFY(WorkspaceReads::ended(workspace));
        QCOMPARE(workspace->model()->rowCount(), rows);
        QCOMPARE(workspace->editor()->row()->pair.key, title);

        // Closed while it reads: the read's answer, here read and waiting for the event loop, is dropped.
        workspace->reload();
        QVERIFY(workspace->isReading());
        BackgroundReads::pool()->waitForDone();
        workspace->close();
        QTest::qWait(50);
        QVERIFY(!workspace->isReading());
        QCOMPARE(workspace->model()->rowCount(), 0);
    }

    void anEntryOfAnotherCityIsShownWithItsCity()
    {
        ReviewTableModel::setWholeDatabaseLimit(100);
        // Opened at an entry of Busan, the workspace reads Busan.
        QVERIFY(m_window->navigateTo(QStringLiteral("plan.busan-digital-2030")));
        TranslationWorkspace *workspace = m_feature->openWorkspace();
        QVERIFY(WorkspaceReads::ended(workspace));
        QCOMPARE(workspace->model()->cityRead(), kBusan);
        QCOMPARE(currentEntity(workspace), QStringLiteral("plan.busan-digital-2030"));

        // An event of no plan is read with its region's city; a budget line with its plan's.
        QVERIFY(workspace->selectEntity(QStringLiteral("ev.daejeon-gia.innopolis-2005")));
        QVERIFY(WorkspaceReads::ended(workspace));
        QCOMPARE(workspace->model()->cityRead(), kDaejeon);
        QCOMPARE(currentEntity(workspace), QStringLiteral("ev.daejeon-gia.innopolis-2005"));
        const QString gwangjuLine = firstOfKind(kGwangju, QStringLiteral("budget_line"));
        QVERIFY(!gwangjuLine.isEmpty());
        QVERIFY(workspace->selectEntity(gwangjuLine));
        QVERIFY(WorkspaceReads::ended(workspace));
        QCOMPARE(workspace->model()->cityRead(), kGwangju);
        QCOMPARE(currentEntity(workspace), gwangjuLine);

        // A theme belongs to no city: it is not found, and the city read stays.
        QVERIFY(!workspace->selectEntity(QStringLiteral("theme.space")));
        QCOMPARE(workspace->model()->cityRead(), kGwangju);
        QCOMPARE(ReviewScopes::cityOfEntity(m_builtin.connection(), QStringLiteral("theme.space")), QString());
        QCOMPARE(ReviewScopes::cityOfEntity(m_builtin.connection(), QStringLiteral("no.such.key")), QString());
        QCOMPARE(ReviewScopes::cityOfEntity(m_builtin.connection(), kBusan), kBusan);
    }

    void anUndoShowsItsFieldInItsCity()
    {
        ReviewTableModel::setWholeDatabaseLimit(100);
        QVERIFY(m_window->navigateTo(QStringLiteral("plan.busan-digital-2030")));
        TranslationWorkspace *workspace = m_feature->openWorkspace();
        QVERIFY(WorkspaceReads::ended(workspace));
        const FieldKey title{QStringLiteral("plan.busan-digital-2030"), QStringLiteral("title")};
        FieldChange change;
        change.key = title;
        change.language = Language::English;
        change.text = QStringLiteral("Busan Digital Economy Innovation Strategy 2030 (edited)");
        QVERIFY(workspace->applyChanges({change}));

        auto *cities = workspace->findChild<QComboBox *>(QStringLiteral("cityFilter"));
        cities->setCurrentIndex(cities->findData(kDaejeon));
        QVERIFY(WorkspaceReads::ended(workspace));
        QCOMPARE(workspace->model()->cityRead(), kDaejeon);
        m_window->undoStack()->undo();
        QVERIFY(WorkspaceReads::ended(workspace));
        QCOMPARE(workspace->model()->cityRead(), kBusan);
        QCOMPARE(currentEntity(workspace), title.entityKey);
        const int row = workspace->model()->rowOf(title);
        QVERIFY(row >= 0);
        QVERIFY(!workspace->model()->row(row).pair.text.en.endsWith(QStringLiteral("(edited)")));
    }

    void theCityReadIsRemembered()
    {
        ReviewTableModel::setWholeDatabaseLimit(100);
        TranslationWorkspace *workspace = m_feature->openWorkspace();
        QVERIFY(WorkspaceReads::ended(workspace));
        auto *cities = workspace->findChild<QComboBox *>(QStringLiteral("cityFilter"));
        cities->setCurrentIndex(cities->findData(kGwangju));
        QVERIFY(WorkspaceReads::ended(workspace));
        workspace->close();

        QUndoStack undo;
        TranslationWorkspace again(m_builtin.connection(), &undo, *m_settings);
        QVERIFY(WorkspaceReads::ended(&again));
        QCOMPARE(again.model()->cityRead(), kGwangju);
        QCOMPARE(keysOf(again.model()->rows()), fieldsOfCity(m_builtin.connection(), kGwangju));
    }

    void aSmallDatabaseIsReadWhole()
    {
        TranslationWorkspace *workspace = m_feature->openWorkspace();
        QVERIFY(WorkspaceReads::ended(workspace));
        QVERIFY(!workspace->model()->readsOneCity());
        QVERIFY(!workspace->findChild<QLabel *>(QStringLiteral("workspaceCityNote"))->isVisible());
        auto *cities = workspace->findChild<QComboBox *>(QStringLiteral("cityFilter"));
        QCOMPARE(cities->count(), 4);
        QCOMPARE(cities->itemData(0).toString(), QString());
        QVERIFY(workspace->model()->rowCount() > 500);
    }

    // A filter chosen lists the findings of the rows shown once, not once for each block of rows it takes away.
    void aFilterChangeListsTheFindingsOnce()
    {
        TranslationWorkspace *workspace = m_feature->openWorkspace();
        QVERIFY(WorkspaceReads::ended(workspace));
        auto *cities = workspace->findChild<QComboBox *>(QStringLiteral("cityFilter"));
        QSignalSpy listed(workspace->findingModel(), &QAbstractItemModel::modelReset);
        QSignalSpy filtered(workspace->filterModel(), &ReviewFilterModel::filtered);
        QSignalSpy removed(workspace->filterModel(), &QAbstractItemModel::rowsRemoved);
        cities->setCurrentIndex(cities->findData(kGwangju));
        QVERIFY(WorkspaceReads::ended(workspace));
        QVERIFY2(removed.count() > 1, "the other cities' rows go in several blocks");
        QCOMPARE(filtered.count(), 1);
        QCOMPARE(listed.count(), 1);
        QVector<Finding> shown;
        for (int row = 0; row < workspace->filterModel()->rowCount(); ++row) {
            const QModelIndex index = workspace->filterModel()->mapToSource(workspace->filterModel()->index(row, 0));
            QCOMPARE(index.data(RegionKeyRole).toString(), kGwangju);
            shown += workspace->model()->row(index.row()).findings;
        }
        QCOMPARE(workspace->findingModel()->rowCount(), shown.size());
    }

private:
    QString firstOfKind(const QString &cityKey, const QString &kind)
    {
        ContentFilter filter;
        filter.cityKey = cityKey;
        for (const FieldPair &pair : ContentPairs::load(m_builtin.connection(), filter)) {
            if (pair.entityKind == kind)
                return pair.key.entityKey;
        }
        return {};
    }

    BuiltinDatabase m_builtin;
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ReviewFeature *m_feature = nullptr;
};

QTEST_MAIN(TestReviewFeature)
#include "TestReviewFeature.moc"
