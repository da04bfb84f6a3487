// The desktop program on a team server: File > Connect to Server…, and a window that shows another
// client's edit without being asked. Starts its own PostgreSQL server; skips, saying why, without one.

#include "PostgresServer.h"
#include "common/Settings.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "main/OverviewWidget.h"
#include "main/PlanOverviewPage.h"
#include "review/ContentEditor.h"
#include "review/ContentPairs.h"
#include "review/FieldEditor.h"
#include "review/ReviewFeature.h"
#include "review/ReviewTableModel.h"
#include "review/TranslationWorkspace.h"
#include "server/ServerConnectDialog.h"
#include "server/ServerSession.h"
#include "store/Database.h"
#include "store/UserDatabase.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;
using namespace innoatlas::test;

class TestServerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanupTestCase() { m_server.stop(); }
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void dialogAsksForTheAddressInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("en") << "en"
                            << "Connect to Server";
        QTest::newRow("ko") << "ko"
                            << "서버에 연결";
    }
    void dialogAsksForTheAddressInBothLanguages()
    {
        QFETCH(QString, language);
        Translations::install(language);
        ServerConnectDialog dialog;
        QCOMPARE(dialog.windowTitle(), ServerConnectDialog::tr("Connect to Server"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no host, no database yet
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("serverHost")), QStringLiteral("db.city.go.kr"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("serverDatabase")), QStringLiteral("atlas"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("serverUser")), QStringLiteral("kim"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("serverPassword")), QStringLiteral("secret"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.address().toString(), QStringLiteral("postgresql://kim@db.city.go.kr:5432/atlas"));
        QCOMPARE(dialog.password(), QStringLiteral("secret"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("serverPassword"))->echoMode(), QLineEdit::Password);
        dialog.setError(QStringLiteral("cannot connect"));
        QVERIFY(dialog.password().isEmpty()); // a failed password is not kept
        dialog.show();
        dialog.grab().save(m_dir.filePath(QStringLiteral("connect-%1.png").arg(language)));
        if (qEnvironmentVariableIsSet("INNOATLAS_SCREENSHOT_DIR"))
            dialog.grab().save(qEnvironmentVariable("INNOATLAS_SCREENSHOT_DIR") +
                               QStringLiteral("/connect-%1.png").arg(language));
    }

    void windowShowsAnotherClientsEdit()
    {
        if (!m_server.start())
            INNOATLAS_NO_SERVER(QStringLiteral("no PostgreSQL server could be started: ") + m_server.whyNot());
        const QString address = m_server.createDatabase(QStringLiteral("window"));
        Database database;
        QVERIFY2(UserDatabase::open(database, address), qPrintable(database.errorString()));
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(database, settings, QStringLiteral("en"));
        auto *session = new ServerSession(window, database);
        QMenu *file = window.menuBar()->actions().first()->menu();
        QCOMPARE(file->actions().first(), session->connectAction());
        QCOMPARE(session->connectAction()->text(), QStringLiteral("Connect to &Server…"));

        window.navigateTo(QStringLiteral("plan.daejeon-space-2023"));
        auto *title = window.overview()->planPage()->findChild<QLabel *>(QStringLiteral("planTitle"));
        QVERIFY(title->text().startsWith(QStringLiteral("Daejeon Five-Year")));

        QSignalSpy reloaded(&window, &MainWindow::dataReloaded);
        Database other;
        QVERIFY(other.openServer(address));
        const FieldKey planTitle{QStringLiteral("plan.daejeon-space-2023"), QStringLiteral("title")};
        QVERIFY(ContentEditor(other.connection(), QStringLiteral("lee"))
                    .setText(planTitle, Language::English, QStringLiteral("Daejeon Space Plan, as Lee has it"))
                    .ok);
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(title->text(), QStringLiteral("Daejeon Space Plan, as Lee has it"));
        QCOMPARE(window.currentEntity().key, QStringLiteral("plan.daejeon-space-2023"));
    }

    // The translation workspace of a large database on the server reads one city at a time there too: the
    // statements that count the texts, read a city's fields by their ids and find an entry's city are the server's.
    void translationWorkspaceReadsACityFromTheServer()
    {
        if (!m_server.start())
            INNOATLAS_NO_SERVER(QStringLiteral("no PostgreSQL server could be started: ") + m_server.whyNot());
        const QString address = m_server.createDatabase(QStringLiteral("workspace"));
        Database database;
        QVERIFY2(UserDatabase::open(database, address), qPrintable(database.errorString()));
        Settings settings(m_dir.filePath(QStringLiteral("workspace.ini")));
        MainWindow window(database, settings, QStringLiteral("en"));
        auto *feature = new ReviewFeature(window, database, settings);
        ReviewTableModel::setWholeDatabaseLimit(100);
        const auto restore = qScopeGuard([] { ReviewTableModel::setWholeDatabaseLimit(0); });

        QVERIFY(window.navigateTo(QStringLiteral("plan.busan-digital-2030")));
        TranslationWorkspace *workspace = feature->openWorkspace();
        QVERIFY2(workspace->message().isEmpty(), qPrintable(workspace->message()));
        QCOMPARE(workspace->model()->cityRead(), QStringLiteral("region.busan"));
        ContentFilter busan;
        busan.cityKey = QStringLiteral("region.busan");
        int written = 0;
        for (const FieldPair &pair : ContentPairs::load(database.connection(), busan))
            written += pair.text.isEmpty() ? 0 : 1;
        QVERIFY(written > 0);
        QCOMPARE(workspace->model()->rowCount(), written);

        QVERIFY(workspace->selectEntity(QStringLiteral("ev.daejeon-gia.innopolis-2005")));
        QCOMPARE(workspace->model()->cityRead(), QStringLiteral("region.daejeon"));
        QVERIFY2(workspace->message().isEmpty(), qPrintable(workspace->message()));

        // Closed, it lets go of its rows; opened again at the main window's entry, it reads that entry's city at once
        // through the server's one connection.
        workspace->close();
        QCOMPARE(workspace->model()->rowCount(), 0);
        QCOMPARE(feature->openWorkspace(), workspace);
        QVERIFY(!workspace->isReading());
        QCOMPARE(workspace->model()->cityRead(), QStringLiteral("region.busan"));
        QCOMPARE(workspace->model()->rowCount(), written);
        QCOMPARE(workspace->editor()->row()->pair.key.entityKey, QStringLiteral("plan.busan-digital-2030"));
    }

private:
    QTemporaryDir m_dir;
    PostgresServer m_server;
};

QTEST_MAIN(TestServerWindow)
#include "TestServerWindow.moc"
