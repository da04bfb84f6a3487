#include "common/CliRun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using innoatlas::test::CliRun;
using innoatlas::test::runCli;

class TestCsvExportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("atlas.sqlite"));
    }

    void exportsToStandardOutput_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("content");
        QTest::newRow("budget-lines") << QStringLiteral("budget-lines")
                                      << QStringLiteral("region_code,region_name_ko,region_name_en,plan_key,")
                                      << QStringLiteral(",430000000000,316000000,USD,");
        QTest::newRow("plans") << QStringLiteral("plans") << QStringLiteral("plan_key,region_key,title_ko,title_en,")
                               << QStringLiteral(",350000000000\r\n");
        QTest::newRow("regions") << QStringLiteral("regions") << QStringLiteral("region_key,code,level,")
                                 << QStringLiteral("대전광역시,Daejeon Metropolitan City");
        QTest::newRow("targets") << QStringLiteral("targets") << QStringLiteral("plan_key,target_key,metric_ko,")
                                 << QStringLiteral("plan.");
    }
    void exportsToStandardOutput()
    {
        QFETCH(QString, table);
        QFETCH(QString, header);
        QFETCH(QString, content);
        const CliRun run =
            runCli({QStringLiteral("--database"), m_database, QStringLiteral("export"), QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("--table"), table});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(header), qPrintable(run.out.left(200)));
        QVERIFY2(run.out.contains(content), qPrintable(run.out.left(2000)));
    }

    void writesTheFileInTheRequestedEncoding_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("bom") << QStringLiteral("utf-8-bom") << QByteArray("\xEF\xBB\xBFregion_code,");
        QTest::newRow("cp949") << QStringLiteral("cp949") << QByteArray("region_code,");
    }
    void writesTheFileInTheRequestedEncoding()
    {
        QFETCH(QString, encoding);
        QFETCH(QByteArray, start);
        const QString path = m_dir.filePath(QStringLiteral("budget-lines-%1.csv").arg(encoding));
        const CliRun run =
            runCli({QStringLiteral("--database"), m_database, QStringLiteral("export"), QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("--table"), QStringLiteral("budget-lines"),
                    QStringLiteral("--encoding"), encoding, QStringLiteral("-o"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith(start));
        const QByteArray daejeon =
            encoding == u"cp949" ? QByteArray("\xB4\xEB\xC0\xFC") : QStringLiteral("대전").toUtf8();
        QVERIFY(bytes.contains(daejeon));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString missing = QStringLiteral("no/such/dir/out.csv");
        QTest::newRow("no table") << QStringList{} << 2 << QStringLiteral("--table");
        QTest::newRow("unknown table") << QStringList{QStringLiteral("--table"), QStringLiteral("budget")} << 2
                                       << QStringLiteral("budget-lines");
        QTest::newRow("unknown encoding") << QStringList{QStringLiteral("--table"), QStringLiteral("plans"),
                                                         QStringLiteral("--encoding"), QStringLiteral("latin1")}
                                          << 2 << QStringLiteral("latin1");
        QTest::newRow("write error") << QStringList{QStringLiteral("--table"), QStringLiteral("plans"),
                                                    QStringLiteral("-o"), missing}
                                     << 4 << QStringLiteral("out.csv: cannot write: ");
    }
    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        for (QString &argument : arguments) {
            if (argument.startsWith(QStringLiteral("no/")))
                argument = m_dir.filePath(argument);
        }
        const CliRun run = runCli(QStringList{QStringLiteral("--database"), m_database, QStringLiteral("export"),
                                              QStringLiteral("--format"), QStringLiteral("csv")} +
                                  arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void unencodableCharacterWritesNothing()
    {
        // The regions include the partner city Málaga, and CP949 has no á.
        QTemporaryDir dir;
        const CliRun run = runCli({QStringLiteral("--database"), m_database, QStringLiteral("export"),
                                   QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--table"),
                                   QStringLiteral("regions"), QStringLiteral("--encoding"), QStringLiteral("cp949"),
                                   QStringLiteral("-o"), dir.filePath(QStringLiteral("regions.csv"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("column name_en: the character á (U+00E1)")), qPrintable(run.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
    }

    void jsonExportIsUnchanged()
    {
        const CliRun run = runCli({QStringLiteral("--database"), m_database, QStringLiteral("export"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(QLatin1Char('{')));
    }

private:
    QTemporaryDir m_dir;
    QString m_database;
};

QTEST_GUILESS_MAIN(TestCsvExportCli)
#include "TestCsvExportCli.moc"
