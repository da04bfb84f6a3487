// Several clients on one PostgreSQL server: conflicting edits are detected and never lost, each
// client hears of the others' changes, and a server that goes away in the middle of a
// transaction leaves no partial commit. The test starts its own server; without one it skips.

#include "PostgresServer.h"
#include "dataset/DatasetJsonReader.h"
#include "review/ContentEditor.h"
#include "store/ChangeNotifier.h"
#include "store/Database.h"
#include "store/DatasetStore.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace innoatlas;
using namespace innoatlas::test;

namespace {
const FieldKey kPlanTitle{QStringLiteral("plan.test-space"), QStringLiteral("title")}; // both draft

const Database::Initialiser minimalDataset = [](Database &db, QString *error) {
    DatasetJsonReader reader;
    reader.readFile(QStringLiteral(INNOATLAS_TEST_DATA_DIR "/datasets/minimal.json"));
    if (!reader.finish()) {
        *error = reader.issues().first().toString();
        return false;
    }
    DatasetStore(db.connection()).insert(reader.dataset());
    return true;
};
} // namespace

class TestServerClients : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!m_server.start())
            INNOATLAS_NO_SERVER(QStringLiteral("no PostgreSQL server could be started: ") + m_server.whyNot());
    }

    void cleanupTestCase() { m_server.stop(); }

    void init()
    {
        QVERIFY(m_server.restart());
        m_address = m_server.createDatabase(QStringLiteral("clients"));
        QVERIFY2(m_a.openServer(m_address, QString(), minimalDataset), qPrintable(m_a.errorString()));
        QVERIFY2(m_b.openServer(m_address), qPrintable(m_b.errorString()));
    }

    void cleanup()
    {
        m_a.close();
        m_b.close();
    }

    void secondClientSeesTheSchemaAndData()
    {
        QCOMPARE(m_b.schemaVersion(), m_a.schemaVersion());
        QCOMPARE(ContentEditor(m_b.connection(), QStringLiteral("lee")).field(kPlanTitle).text.en,
                 ContentEditor(m_a.connection(), QStringLiteral("kim")).field(kPlanTitle).text.en);
    }

    void editAgainstAnOldVersionIsAConflict()
    {
        ContentEditor kim(m_a.connection(), QStringLiteral("kim"));
        ContentEditor lee(m_b.connection(), QStringLiteral("lee"));
        // Both open the same field.
        const int version = kim.field(kPlanTitle).rowVersion;
        QCOMPARE(lee.field(kPlanTitle).rowVersion, version);

        QVERIFY(kim.setText(kPlanTitle, Language::English, QStringLiteral("Kim's title"), version).ok);
        const EditResult late = lee.setText(kPlanTitle, Language::English, QStringLiteral("Lee's title"), version);
        QVERIFY(!late.ok);
        QVERIFY(late.conflict);
        QCOMPARE(lee.field(kPlanTitle).text.en, QStringLiteral("Kim's title"));
        // Reloaded, Lee's edit goes through on top of Kim's.
        QVERIFY(lee.setText(kPlanTitle, Language::English, QStringLiteral("Lee's title"), version + 1).ok);
        QCOMPARE(kim.field(kPlanTitle).text.en, QStringLiteral("Lee's title"));
        QCOMPARE(kim.field(kPlanTitle).rowVersion, version + 2);
    }

    void simultaneousEditsNeverLoseOne()
    {
        // Kim's transaction holds the field while Lee's edit runs in another thread on its own
        // connection: Lee's edit waits, then finds the row version raised and is refused.
        const int version = ContentEditor(m_a.connection(), QStringLiteral("kim")).field(kPlanTitle).rowVersion;
        auto kimTransaction = std::make_unique<Transaction>(m_a.connection());
        SqlQuery(m_a.connection(),
                 QStringLiteral("UPDATE localized_text SET text = 'Kim' WHERE lang = 'en' AND "
                                "field = 'title' AND entity_id = (SELECT id FROM entity WHERE key = ?)"))
            .bind(kPlanTitle.entityKey)
            .exec();
        SqlQuery(m_a.connection(), QStringLiteral("UPDATE entity SET row_version = row_version + 1 WHERE key = ?"))
            .bind(kPlanTitle.entityKey)
            .exec();

        EditResult leeResult;
        std::atomic<bool> started{false};
        QThread *lee = QThread::create([&] {
            Database b;
            if (!b.openServer(m_address))
                return;
            started = true;
            leeResult = ContentEditor(b.connection(), QStringLiteral("lee"))
                            .setText(kPlanTitle, Language::English, QStringLiteral("Lee"));
        });
        lee->start();
        QTRY_VERIFY(started.load());
        QTest::qWait(200); // let Lee's edit reach Kim's row lock (either way it must not win)
        kimTransaction->commit();
        kimTransaction.reset();
        QVERIFY(lee->wait(30000));
        delete lee;

        QVERIFY(!leeResult.ok);
        QVERIFY2(leeResult.conflict, qPrintable(leeResult.error));
        const FieldPair now = ContentEditor(m_a.connection(), QStringLiteral("kim")).field(kPlanTitle);
        QCOMPARE(now.text.en, QStringLiteral("Kim"));
        QCOMPARE(now.rowVersion, version + 1);
    }

    void otherClientsHearOfChanges()
    {
        ChangeNotifier notifier(m_a);
        QVERIFY(notifier.isListening());
        QSignalSpy changed(&notifier, &ChangeNotifier::changedElsewhere);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(ContentEditor(m_b.connection(), QStringLiteral("lee"))
                    .setText(kPlanTitle, Language::English, QStringLiteral("Changed by Lee"))
                    .ok);
        QVERIFY(changed.wait(5000));
        qInfo("notified %lld ms after the commit", clock.elapsed());
        const QStringList tables = changed.first().first().toStringList();
        QVERIFY2(tables.contains(QStringLiteral("localized_text")), qPrintable(tables.join(QLatin1Char(' '))));
        QVERIFY(tables.contains(QStringLiteral("entity")));
        QCOMPARE(ContentEditor(m_a.connection(), QStringLiteral("kim")).field(kPlanTitle).text.en,
                 QStringLiteral("Changed by Lee"));
    }

    void ownChangesAreNotReported()
    {
        ChangeNotifier notifier(m_a);
        QSignalSpy changed(&notifier, &ChangeNotifier::changedElsewhere);
        QVERIFY(ContentEditor(m_a.connection(), QStringLiteral("kim"))
                    .setText(kPlanTitle, Language::English, QStringLiteral("Kim's own"))
                    .ok);
        // A change of the other client after it: only that one is reported.
        QVERIFY(ContentEditor(m_b.connection(), QStringLiteral("lee"))
                    .setStatus(kPlanTitle, Language::English, ReviewStatus::Reviewed)
                    .ok);
        QVERIFY(changed.wait(5000));
        QTest::qWait(ChangeNotifier::mergeInterval * 4);
        QCOMPARE(changed.size(), 1);
    }

    void serverStoppedInTheMiddleOfATransaction()
    {
        const QString before = ContentEditor(m_a.connection(), QStringLiteral("kim")).field(kPlanTitle).text.en;
        QString error;
        {
            Transaction transaction(m_a.connection());
            SqlQuery(m_a.connection(),
                     QStringLiteral("UPDATE localized_text SET text = 'half', status = 'draft' WHERE lang = 'en'"))
                .exec();
            QVERIFY(m_server.stop(true)); // like a crash or a pulled cable
            try {
                transaction.commit();
            } catch (const StoreError &e) {
                error = e.message();
            }
        }
        QVERIFY2(!error.isEmpty(), "a commit to a stopped server must fail");
        qInfo("commit error: %s", qPrintable(error));

        // An edit while the server is away is refused with the reason.
        const EditResult refused = ContentEditor(m_b.connection(), QStringLiteral("lee"))
                                       .setText(kPlanTitle, Language::English, QStringLiteral("while away"));
        QVERIFY(!refused.ok);
        QVERIFY(!refused.error.isEmpty());

        QVERIFY(m_server.restart());
        QVERIFY2(m_a.openServer(m_address), qPrintable(m_a.errorString())); // reconnect
        ContentEditor kim(m_a.connection(), QStringLiteral("kim"));
        QCOMPARE(kim.field(kPlanTitle).text.en, before); // nothing of the transaction was committed
        QCOMPARE(SqlQuery::scalar(m_a.connection(), QStringLiteral("SELECT count(*) FROM localized_text "
                                                                   "WHERE text = 'half'"))
                     .toInt(),
                 0);
        QVERIFY(kim.setText(kPlanTitle, Language::English, QStringLiteral("after the restart")).ok);
    }

    void passwordComesFromThePasswordFileOrThePrompt()
    {
        // Without the password file, the server's refusal says where the password goes.
        const QByteArray passwordFile = qgetenv("PGPASSFILE");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
        Database db;
        const bool withoutPassword = db.openServer(m_address);
        const bool needsPassword = db.needsPassword();
        const QString error = db.errorString();
        const bool withPassword = db.openServer(m_address, m_server.password());
        qputenv("PGPASSFILE", passwordFile);
        QVERIFY(!withoutPassword);
        QVERIFY(needsPassword);
        QVERIFY2(error.contains(QStringLiteral("~/.pgpass")), qPrintable(error));
        QVERIFY(!error.contains(m_server.password()));
        QVERIFY2(withPassword, qPrintable(db.errorString()));
        QVERIFY(!db.path().contains(m_server.password())); // the address shown never carries it
    }

    void foreignDatabaseIsRefused()
    {
        const QString address = m_server.createDatabase(QStringLiteral("foreign"));
        QVERIFY(
            m_server.execute(address.section(QLatin1Char('/'), -1), QStringLiteral("CREATE TABLE payroll (id int)")));
        Database db;
        QVERIFY(!db.openServer(address));
        QVERIFY2(db.errorString().contains(QStringLiteral("not an InnoAtlas database")), qPrintable(db.errorString()));
        QVERIFY(db.errorString().contains(QStringLiteral("payroll")));
    }

    void newerSchemaIsRefused()
    {
        SqlQuery::run(m_a.connection(), QStringLiteral("UPDATE innoatlas_schema SET version = 999"));
        Database db;
        QVERIFY(!db.openServer(m_address));
        QVERIFY2(db.errorString().contains(QStringLiteral("newer InnoAtlas")), qPrintable(db.errorString()));
    }

    void unreachableServerSaysSo()
    {
        Database db;
        QVERIFY(!db.openServer(QStringLiteral("postgresql://innoatlas@127.0.0.1:1/nothing")));
        QVERIFY2(db.errorString().contains(QStringLiteral("cannot connect")), qPrintable(db.errorString()));
    }

private:
    PostgresServer m_server;
    QString m_address;
    Database m_a;
    Database m_b;
};

QTEST_GUILESS_MAIN(TestServerClients)
#include "TestServerClients.moc"
