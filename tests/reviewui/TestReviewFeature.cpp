#include "common/Settings.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "review/FieldEditor.h"
#include "review/FindingModel.h"
#include "review/ReviewFeature.h"
#include "review/ReviewTableModel.h"
#include "review/TranslationWorkspace.h"
#include "ui/BuiltinDatabase.h"

#include <QAction>
#include <QElapsedTimer>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace innoatlas;

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
        QVERIFY(workspace->selectEntity(QStringLiteral("plan.busan-digital-2030")));
        QCOMPARE(workspace->editor()->editor(Language::English)->toPlainText(),
                 QStringLiteral("Busan Digital Economy Innovation Strategy 2030"));
    }

    void findingsFollowTheInterfaceLanguage()
    {
        m_feature->openWorkspace();
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
        m_feature->openWorkspace();
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

private:
    BuiltinDatabase m_builtin;
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ReviewFeature *m_feature = nullptr;
};

QTEST_MAIN(TestReviewFeature)
#include "TestReviewFeature.moc"
