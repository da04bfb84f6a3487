#include "common/CliRun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = innoatlas::test::CliRun;

Run cli(const QStringList &arguments)
{
    return innoatlas::test::runCli(arguments);
}

QByteArray digest(const QString &path)
{
    return innoatlas::test::fileDigest(path);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("atlas.sqlite"));
    }

    void summaryInKorean()
    {
        const Run run = cli({QStringLiteral("--database"), m_database, QStringLiteral("summary"),
                             QStringLiteral("--lang"), QStringLiteral("ko")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(m_database)); // created from the built-in dataset
        QVERIFY(run.out.contains(QStringLiteral("대전광역시")));
        QVERIFY(run.out.contains(QStringLiteral("광주광역시")));
        QVERIFY(run.out.contains(QStringLiteral("부산광역시")));
        QVERIFY(run.out.contains(QStringLiteral("3,500억 원")));     // the space vision
        QVERIFY(run.out.contains(QStringLiteral("1조 6,552억 원"))); // the smart city plan to 2025
        QVERIFY(run.out.contains(QStringLiteral("2024–2028")));
        QVERIFY(run.out.contains(QStringLiteral("총사업비"))); // the header is translated too
        QVERIFY(!run.out.contains(QStringLiteral("KRW")));
    }

    void summaryInEnglish()
    {
        const Run run = cli({QStringLiteral("--database"), m_database, QStringLiteral("summary"),
                             QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Daejeon Metropolitan City")));
        QVERIFY(run.out.contains(QStringLiteral("Busan Metropolitan City")));
        QVERIFY(run.out.contains(QStringLiteral("KRW 350 billion")));
        QVERIFY(run.out.contains(QStringLiteral("Headline budget")));
        QVERIFY(!run.out.contains(QStringLiteral("억")));
    }

    void exportedJsonValidatesAndCarriesSources()
    {
        const QString exported = m_dir.filePath(QStringLiteral("export.json"));
        Run run = cli({QStringLiteral("--database"), m_database, QStringLiteral("export"), QStringLiteral("--format"),
                       QStringLiteral("json"), QStringLiteral("-o"), exported});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains("\"quotes\""));
        QVERIFY(json.contains("\"correction\""));
        QVERIFY(json.contains("1262 trillion won"));
        run = cli({QStringLiteral("validate"), exported});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));

        // Re-importing the export into a new database and exporting again gives the same bytes.
        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        const QString again = m_dir.filePath(QStringLiteral("again.json"));
        QVERIFY(
            cli({QStringLiteral("--database"), copy, QStringLiteral("export"), QStringLiteral("-o"), again}).exitCode ==
            0);
        QCOMPARE(digest(again), digest(exported));
    }

    void exportToStandardOutput()
    {
        const Run run = cli({QStringLiteral("--database"), m_database, QStringLiteral("export")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("\"innoatlas-dataset\"")));
    }

    void validateReportsPathAndReason()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "innoatlas-dataset", "version": 1,
            "plans": [{"key": "plan.x", "region": "region.nowhere", "title": {"en": "X"},
                       "headlineBudget": {"value": 1.5, "quotes": []}}]})");
        file.close();
        const Run run = cli({QStringLiteral("validate"), bad});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(bad + QStringLiteral(": $.plans[0].headlineBudget.value: expected an integer")));
        QVERIFY(
            run.out.contains(QStringLiteral("$.plans[0].headlineBudget.quotes: a figure needs at least one quote")));
        QVERIFY(run.out.contains(QStringLiteral("$.plans[0].region: no region has the key \"region.nowhere\"")));
        QVERIFY(run.err.contains(QStringLiteral("3 problems")));
    }

    void validateReportsSyntaxErrorLine()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n\"format\": \"innoatlas-dataset\"\n\"version\": 1}");
        file.close();
        const Run run = cli({QStringLiteral("validate"), broken});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(broken + QStringLiteral(":3:")), qPrintable(run.out));
    }

    void refusesForeignDatabaseUntouched()
    {
        const QString foreign = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a database");
        file.close();
        const QByteArray before = digest(foreign);
        const Run run = cli({QStringLiteral("--database"), foreign, QStringLiteral("summary")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(QStringLiteral("not an InnoAtlas database")));
        QCOMPARE(digest(foreign), before);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("bad language") << QStringList{QStringLiteral("summary"), QStringLiteral("--lang"),
                                                     QStringLiteral("fr")};
        QTest::newRow("unknown format") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                       QStringLiteral("xml")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("validate without file") << QStringList{QStringLiteral("validate")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(QStringList{QStringLiteral("--database"), m_database} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty());
    }

    void helpAndVersion()
    {
        Run run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("summary")));
        QVERIFY(run.out.contains(QStringLiteral("validate")));
        run = cli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("innoatlas ")));
    }

private:
    QTemporaryDir m_dir;
    QString m_database;
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
