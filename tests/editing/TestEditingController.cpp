// Editing from the main window: Edit… / New… / Delete on the navigator's selection, Ctrl+Z and
// Ctrl+Shift+Z through the actions, the conflict choice, the delete question, the read-only banner.

#include "EditingTestDatabase.h"
#include "FakePrompts.h"
#include "common/Settings.h"
#include "editing/DatabaseDump.h"
#include "editing/EditingController.h"
#include "editing/ReadOnlyBanner.h"
#include "editing/WriteAccess.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <unistd.h>

using namespace innoatlas;

class TestEditingController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editThenCtrlZAndCtrlShiftZ();
    void newBudgetLineBelongsToTheSelectedPlan();
    void deleteAsksFirstAndUndoes();
    void conflictChoice_data();
    void conflictChoice();
    void readOnlyBannerAndDisabledActions_data();
    void readOnlyBannerAndDisabledActions();

private:
    void openWindow(Database &database, const QString &readOnlyReason = QString());
    QString planKey() const { return m_db->keyOf(m_db->first(QStringLiteral("plan"))); }
    QString titleEn(const QString &key) const
    {
        return EntityEditor(m_db->connection()).load(key)->texts.value("title").en;
    }

    std::unique_ptr<EditingTestDatabase> m_db;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    EditingController *m_controller = nullptr;
    FakePrompts *m_prompts = nullptr;
};

void TestEditingController::init()
{
    m_db = std::make_unique<EditingTestDatabase>();
    m_settings = std::make_unique<Settings>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestEditingController::cleanup()
{
    m_window.reset();
    m_settings.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    m_db.reset();
}

void TestEditingController::openWindow(Database &database, const QString &readOnlyReason)
{
    m_window = std::make_unique<MainWindow>(database, *m_settings, QStringLiteral("en"));
    auto prompts = std::make_unique<FakePrompts>();
    m_prompts = prompts.get();
    m_controller = new EditingController(*m_window, database, readOnlyReason, std::move(prompts));
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestEditingController::editThenCtrlZAndCtrlShiftZ()
{
    openWindow(m_db->database());
    QVERIFY(m_window->navigateTo(planKey()));
    const QStringList before = DatabaseDump::of(m_db->connection());
    m_prompts->form = [](EntityForm &form, int) {
        auto *title = form.findChild<QLineEdit *>(QStringLiteral("title.en"));
        title->setText(QStringLiteral("Edited title"));
        return true;
    };
    QVERIFY(m_controller->editAction()->isEnabled());
    m_controller->editAction()->trigger();
    QCOMPARE(titleEn(planKey()), QStringLiteral("Edited title"));
    const QStringList after = DatabaseDump::of(m_db->connection());
    QCOMPARE(m_window->undoStack()->count(), 1);
    QVERIFY(m_controller->undoAction()->text().contains(planKey()));

    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(DatabaseDump::of(m_db->connection()), before);
    QVERIFY(m_controller->redoAction()->isEnabled());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(DatabaseDump::of(m_db->connection()), after);
    // The history dock lists the change and is in the View menu.
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionShowUndoHistory")));
}

void TestEditingController::newBudgetLineBelongsToTheSelectedPlan()
{
    openWindow(m_db->database());
    QVERIFY(m_window->navigateTo(planKey()));
    m_prompts->kind = QStringLiteral("budget_line");
    m_prompts->form = [](EntityForm &form, int) {
        form.findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("500억"));
        form.findChild<QLineEdit *>(QStringLiteral("label.ko"))->setText(QStringLiteral("새 사업"));
        return true;
    };
    const int lines = SqlQuery::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM budget_line")).toInt();
    m_controller->newAction()->trigger();
    QCOMPARE(m_prompts->errors, QStringList());
    SqlQuery created(m_db->connection(),
                     QStringLiteral("SELECT b.plan_id, b.amount FROM budget_line b JOIN entity e ON e.id = b.id "
                                    "ORDER BY e.id DESC LIMIT 1"));
    created.exec();
    QVERIFY(created.next());
    QCOMPARE(created.value(0).toLongLong(), m_db->first(QStringLiteral("plan")));
    QCOMPARE(created.value(1).toLongLong(), 50'000'000'000LL);
    m_controller->undoAction()->trigger();
    QCOMPARE(SqlQuery::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM budget_line")).toInt(), lines);
}

void TestEditingController::deleteAsksFirstAndUndoes()
{
    openWindow(m_db->database());
    QVERIFY(m_window->navigateTo(planKey()));
    const QStringList before = DatabaseDump::of(m_db->connection());
    m_prompts->deleteAnswer = false;
    m_controller->deleteAction()->trigger();
    QCOMPARE(m_prompts->deleteQuestions, 1);
    QVERIFY(m_prompts->lastDeleteQuestion.impact.deleted().size() > 1);
    QCOMPARE(DatabaseDump::of(m_db->connection()), before);

    QVERIFY(m_window->navigateTo(planKey()));
    m_prompts->deleteAnswer = true;
    const QString key = planKey();
    m_controller->deleteAction()->trigger();
    QCOMPARE(m_prompts->errors, QStringList());
    QVERIFY(!EntityEditor(m_db->connection()).load(key));
    m_controller->undoAction()->trigger();
    QCOMPARE(DatabaseDump::of(m_db->connection()), before);
}

void TestEditingController::conflictChoice_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("expectedTitle");
    QTest::addColumn<int>("undoSteps");
    QTest::newRow("reload") << int(EditingPrompts::ConflictChoice::Reload) << "Theirs" << 0;
    QTest::newRow("overwrite") << int(EditingPrompts::ConflictChoice::Overwrite) << "Mine" << 1;
    QTest::newRow("cancel") << int(EditingPrompts::ConflictChoice::Cancel) << "Theirs" << 0;
}

void TestEditingController::conflictChoice()
{
    QFETCH(int, choice);
    QFETCH(QString, expectedTitle);
    QFETCH(int, undoSteps);
    openWindow(m_db->database());
    const QString key = planKey();
    QVERIFY(m_window->navigateTo(key));
    m_prompts->conflict = EditingPrompts::ConflictChoice(choice);
    const QString path = m_db->path();
    m_prompts->form = [key, path](EntityForm &form, int) {
        // While the form is open, another program changes the same plan.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        other.open();
        QSqlQuery q(other);
        q.exec(QStringLiteral("UPDATE localized_text SET text = 'Theirs', status = 'draft' WHERE lang = 'en' AND "
                              "field = 'title' AND entity_id = (SELECT id FROM entity WHERE key = '%1')")
                   .arg(key));
        q.exec(QStringLiteral("UPDATE entity SET row_version = row_version + 1 WHERE key = '%1'").arg(key));
        q.finish();
        other.close();
        form.findChild<QLineEdit *>(QStringLiteral("title.en"))->setText(QStringLiteral("Mine"));
        return true;
    };
    m_controller->editAction()->trigger();
    QCOMPARE(m_prompts->conflicts, 1);
    QCOMPARE(titleEn(key), expectedTitle);
    QCOMPARE(m_window->undoStack()->count(), undoSteps);
    if (undoSteps)
        QVERIFY(m_window->undoStack()->undoText().startsWith(QStringLiteral("Overwrite")));
}

void TestEditingController::readOnlyBannerAndDisabledActions_data()
{
    QTest::addColumn<bool>("byPermissions");
    QTest::newRow("file permissions 0444") << true;
    QTest::newRow("opened read-only (SQLite read-only mode)") << false;
}

void TestEditingController::readOnlyBannerAndDisabledActions()
{
    QFETCH(bool, byPermissions);
    // A copy of the database, complete in one file.
    SqlQuery::run(m_db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QString path = m_db->folder() + QStringLiteral("/copy.sqlite");
    QVERIFY(QFile::copy(m_db->path(), path));
    QString reason;
    if (byPermissions) {
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        if (::geteuid() == 0) {
            // The superuser may write a 0444 file: it is writable, and the program rightly treats it so.
            QVERIFY(WriteAccess::canWrite(path));
            QSKIP("running as root: file permissions do not stop writes (the read-only mode row covers the banner)");
        }
        QVERIFY(!WriteAccess::canWrite(path, &reason));
        QVERIFY(!reason.isEmpty());
    } else {
        QVERIFY(WriteAccess::canWrite(path));
        reason = QStringLiteral("opened read-only for the test");
    }
    Database database;
    QVERIFY2(database.open(path, Database::Mode::ReadOnly), qPrintable(database.errorString()));
    openWindow(database, reason);
    QVERIFY(m_window->navigateTo(planKey()));

    ReadOnlyBanner *banner = m_controller->banner();
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(path));
    QVERIFY(banner->text().contains(reason));
    // The banner is the top row of the window, above the toolbar.
    QVERIFY(banner->geometry().top() <
            m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->geometry().top());
    for (QAction *action : {m_controller->newAction(), m_controller->editAction(), m_controller->deleteAction(),
                            m_controller->undoAction(), m_controller->redoAction()})
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    // The shortcut does nothing either.
    m_prompts->form = [](EntityForm &, int) { return true; };
    QTest::keyClick(m_window.get(), Qt::Key_F2);
    QCOMPARE(m_prompts->forms, 0);

    // Retranslated with the interface.
    const QString english = banner->text();
    m_window->setInterfaceLanguage(QStringLiteral("ko"));
    QVERIFY(banner->text().contains(path));
    m_window->setInterfaceLanguage(QStringLiteral("en"));
    QCOMPARE(banner->text(), english);
    m_window.reset();
}

QTEST_MAIN(TestEditingController)
#include "TestEditingController.moc"
