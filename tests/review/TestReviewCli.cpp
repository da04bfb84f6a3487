#include "common/CliRun.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = innoatlas::test::CliRun;

Run cli(const QStringList &arguments)
{
    return innoatlas::test::runCli(arguments);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestReviewCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("atlas.sqlite"));
    }

    void checkExitsOneOnAnError()
    {
        // The built-in data is clean of errors; a deliberately broken pair (a garbled amount in the
        // English summary of the space plan) must make check fail, and name the field, in both languages.
        const QString broken = m_dir.filePath(QStringLiteral("broken.sqlite"));
        Run run = cli({QStringLiteral("--database"), broken, QStringLiteral("check")});
        QCOMPARE(run.exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("break"));
            db.setDatabaseName(broken);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE localized_text SET text = 'The city will invest KRW 35 billion.' "
                                          "WHERE field = 'summary' AND lang = 'en' AND entity_id = "
                                          "(SELECT id FROM entity WHERE key = 'plan.daejeon-space-2023')")));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("break"));
        for (const char *lang : {"en", "ko"}) {
            run = cli({QStringLiteral("--database"), broken, QStringLiteral("check"), QStringLiteral("--lang"),
                       QLatin1String(lang)});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.out.contains(QStringLiteral("error\tnumber.mismatch\tplan.daejeon-space-2023:summary")),
                     qPrintable(run.out));
            QVERIFY(run.err.contains(QStringLiteral("findings")) || run.err.contains(QStringLiteral("건")));
        }
    }

    void checkOfOnePlan()
    {
        Run run = cli({QStringLiteral("--database"), m_database, QStringLiteral("check"), QStringLiteral("--plan"),
                       QStringLiteral("plan.daejeon-space-2023")});
        QCOMPARE(run.exitCode, 0); // warnings and notes only
        QVERIFY(!run.out.contains(QStringLiteral("src.daejeon-smart")));
        run = cli({QStringLiteral("--database"), m_database, QStringLiteral("check"), QStringLiteral("--plan"),
                   QStringLiteral("plan.nowhere")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("plan.nowhere")));
    }

    void exportEditImportRoundTrip()
    {
        const QString exported = m_dir.filePath(QStringLiteral("space.xlf"));
        Run run = cli({QStringLiteral("--database"), m_database, QStringLiteral("export"), QStringLiteral("--format"),
                       QStringLiteral("xliff"), QStringLiteral("--plan"), QStringLiteral("plan.daejeon-space-2023"),
                       QStringLiteral("-o"), exported});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QByteArray xliff = readAll(exported);
        QVERIFY(xliff.contains("<trans-unit id=\"plan.daejeon-space-2023:title\""));
        QVERIFY(xliff.contains("source-language=\"ko\" target-language=\"en\""));

        const QByteArray before = "<target state=\"translated\">Daejeon Five-Year Space Industry Development Plan "
                                  "(space-industry vision)</target>";
        QVERIFY(xliff.contains(before));
        xliff.replace(before, "<target state=\"final\">Daejeon Five-Year Space Industry Plan</target>");
        const QString translated = m_dir.filePath(QStringLiteral("translated.xlf"));
        QFile file(translated);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(xliff);
        file.close();

        run = cli({QStringLiteral("--database"), m_database, QStringLiteral("import"), QStringLiteral("--format"),
                   QStringLiteral("xliff"), QStringLiteral("--dry-run"), translated});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("would change plan.daejeon-space-2023:title (en): draft → approved")));
        QVERIFY(run.out.contains(QStringLiteral("+ Daejeon Five-Year Space Industry Plan")));
        QVERIFY(run.err.contains(QStringLiteral("nothing changed")));

        run = cli({QStringLiteral("--database"), m_database, QStringLiteral("import"), QStringLiteral("--format"),
                   QStringLiteral("xliff"), QStringLiteral("--user"), QStringLiteral("park"), translated});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("changed plan.daejeon-space-2023:title (en)")));

        // The approved English now comes back out as final.
        run = cli({QStringLiteral("--database"), m_database, QStringLiteral("export"), QStringLiteral("--format"),
                   QStringLiteral("xliff"), QStringLiteral("--status"), QStringLiteral("approved")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("approved=\"yes\"")));
        QVERIFY(
            run.out.contains(QStringLiteral("<target state=\"final\">Daejeon Five-Year Space Industry Plan</target>")));
    }

    void refusedImport()
    {
        const Run run =
            cli({QStringLiteral("--database"), m_database, QStringLiteral("import"), QStringLiteral("--format"),
                 QStringLiteral("xliff"), QStringLiteral(INNOATLAS_TEST_DATA_DIR "/review/external-entity.xlf")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("external-entity.xlf:4: ")), qPrintable(run.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("status") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                               QStringLiteral("xliff"), QStringLiteral("--status"),
                                               QStringLiteral("done")};
        QTest::newRow("source") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                               QStringLiteral("xliff"), QStringLiteral("--source"),
                                               QStringLiteral("de")};
        QTest::newRow("city") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                             QStringLiteral("xliff"), QStringLiteral("--city"),
                                             QStringLiteral("region.atlantis")};
        QTest::newRow("no file") << QStringList{QStringLiteral("import"), QStringLiteral("--format"),
                                                QStringLiteral("xliff")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(QStringList{QStringLiteral("--database"), m_database} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_database;
};

QTEST_GUILESS_MAIN(TestReviewCli)
#include "TestReviewCli.moc"
