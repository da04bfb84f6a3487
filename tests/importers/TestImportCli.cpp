#include "common/CliRun.h"

#include <QCryptographicHash>
#include <QDir>
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

QString sample(const QString &dir)
{
    return QStringLiteral(INNOATLAS_TEST_DATA_DIR "/importers/%1/input.csv").arg(dir);
}

QString realData(const QString &relativePath)
{
    const QString path = QDir::cleanPath(QStringLiteral(INNOATLAS_SOURCE_DIR "/../shared/realdata/") + relativePath);
    return QFile::exists(path) ? path : QString();
}
} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    }

    void importsTheLegalDongCodes()
    {
        const QString file = realData(QStringLiteral("legal-dong-code-cp949/legal_dong_codes_cp949.csv"));
        if (file.isEmpty())
            QSKIP("../shared/realdata/legal-dong-code-cp949 is not there");
        Run run = cli({QStringLiteral("--database"), m_database, QStringLiteral("import"), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("--mapping"), QStringLiteral("legal-dong"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("CP949, comma-separated, header on line 1")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("rows read      46,180")));
        QVERIFY(run.out.contains(QStringLiteral("imported           14"))); // Daejeon, Gwangju, Busan were there
        QVERIFY(run.out.contains(QStringLiteral("unchanged           3")));
        QVERIFY(run.out.contains(QStringLiteral("rejected            0")));

        run = cli({QStringLiteral("--database"), m_database, QStringLiteral("import"), QStringLiteral("--mapping"),
                   QStringLiteral("legal-dong"), QStringLiteral("--level"), QStringLiteral("all"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("imported          260")), qPrintable(run.out));

        // The regions reach the exported dataset, which still validates.
        const QString exported = m_dir.filePath(QStringLiteral("regions.json"));
        QCOMPARE(
            cli({QStringLiteral("--database"), m_database, QStringLiteral("export"), QStringLiteral("-o"), exported})
                .exitCode,
            0);
        QFile json(exported);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(json.readAll());
        QVERIFY(text.contains(QStringLiteral("\"세종특별자치시\"")));
        QVERIFY(text.contains(QStringLiteral("\"3611000000\"")));
        QVERIFY(text.contains(QStringLiteral("\"장안구\"")));
        QCOMPARE(cli({QStringLiteral("validate"), exported}).exitCode, 0);
    }

    void importsTheKosisPopulation()
    {
        const QString file = realData(QStringLiteral("kosis-census-2010-population/provinces_cp949.csv"));
        if (file.isEmpty())
            QSKIP("../shared/realdata/kosis-census-2010-population is not there");
        const Run run = cli({QStringLiteral("--database"), m_database, QStringLiteral("import"),
                             QStringLiteral("--mapping"), QStringLiteral("kosis-population"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("header on line 3")));
        // The built-in dataset has the 2010 figures of Daejeon, Gwangju and Busan from this very table.
        QVERIFY2(run.out.contains(QStringLiteral("imported           13")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("unchanged           3")));
        QVERIFY(run.out.contains(QStringLiteral("연령별 is not 계")));
    }

    void refusedImportWritesNothingAndExitsOne()
    {
        QCOMPARE(cli({QStringLiteral("--database"), m_database, QStringLiteral("summary")}).exitCode, 0);
        const QByteArray before = digest(m_database);
        const Run run =
            cli({QStringLiteral("--database"), m_database, QStringLiteral("import"), QStringLiteral("--mapping"),
                 QStringLiteral("fiscal-budget"), sample(QStringLiteral("import-budget-rejected"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("rejected            6")), qPrintable(run.out));
        QVERIFY(run.out.contains(
            QStringLiteral("column 10 (국회확정(천원)): \"12,34\" has a misplaced thousands separator")));
        QVERIFY(run.err.contains(QStringLiteral("rejected: nothing was imported.")));
        QCOMPARE(digest(m_database), before);
    }

    void importsABudgetTable()
    {
        const Run run = cli({QStringLiteral("--database"), m_database, QStringLiteral("import"),
                             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--mapping"),
                             QStringLiteral("fiscal-budget"), sample(QStringLiteral("import-budget-cp949"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("total amount 544,680,500,000 won")));
        const Run summary = cli({QStringLiteral("--database"), m_database, QStringLiteral("summary"),
                                 QStringLiteral("--lang"), QStringLiteral("ko")});
        QVERIFY(summary.out.contains(QStringLiteral("중앙정부 세출예산 (국회확정) (2024)")));
    }

    void aMappingFileAndADryRun()
    {
        const QString dir = QStringLiteral(INNOATLAS_TEST_DATA_DIR "/importers/import-custom-mapping");
        QCOMPARE(cli({QStringLiteral("--database"), m_database, QStringLiteral("summary")}).exitCode, 0);
        const QByteArray before = digest(m_database);
        const Run run = cli({QStringLiteral("--database"), m_database, QStringLiteral("import"),
                             QStringLiteral("--mapping"), dir + QStringLiteral("/mapping.json"),
                             QStringLiteral("--dry-run"), dir + QStringLiteral("/input.csv")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("UTF-16LE with byte-order mark, tab-separated")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("to import           1")));
        QVERIFY(run.err.contains(QStringLiteral("Dry run")));
        QCOMPARE(digest(m_database), before);
    }

    void importsADatasetDocument()
    {
        const QString exported = m_dir.filePath(QStringLiteral("builtin.json"));
        QCOMPARE(
            cli({QStringLiteral("--database"), m_database, QStringLiteral("export"), QStringLiteral("-o"), exported})
                .exitCode,
            0);
        // Into the same database every key exists already: refused, nothing written.
        const QByteArray before = digest(m_database);
        Run run = cli({QStringLiteral("--database"), m_database, QStringLiteral("import"), QStringLiteral("--format"),
                       QStringLiteral("json"), exported});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QStringLiteral("the key \"region.daejeon\" is in the database already")));
        QCOMPARE(digest(m_database), before);

        // A document of new data goes in.
        const QString document = m_dir.filePath(QStringLiteral("new.json"));
        QFile file(document);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "innoatlas-dataset", "version": 1,
            "themes": [{"key": "theme.quantum", "name": {"ko": "양자", "en": "Quantum"}}]})");
        file.close();
        run = cli({QStringLiteral("--database"), m_database, QStringLiteral("import"), document});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QString again = m_dir.filePath(QStringLiteral("again.json"));
        QCOMPARE(cli({QStringLiteral("--database"), m_database, QStringLiteral("export"), QStringLiteral("-o"), again})
                     .exitCode,
                 0);
        QFile result(again);
        QVERIFY(result.open(QIODevice::ReadOnly));
        QVERIFY(result.readAll().contains("theme.quantum"));
    }

    void fileErrorsNameLineAndColumn()
    {
        const Run run = cli({QStringLiteral("--database"), m_database, QStringLiteral("import"),
                             QStringLiteral("--mapping"), QStringLiteral("legal-dong"),
                             QStringLiteral(INNOATLAS_TEST_DATA_DIR "/importers/csv-unbalanced-quote/input.csv")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("line 3, column 4: the quote opened here is never closed")),
                 qPrintable(run.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString file = sample(QStringLiteral("import-budget-utf8"));
        QTest::newRow("no file") << QStringList{QStringLiteral("import")};
        QTest::newRow("two files") << QStringList{QStringLiteral("import"), QStringLiteral("--mapping"),
                                                  QStringLiteral("legal-dong"), file, file};
        QTest::newRow("csv without mapping") << QStringList{QStringLiteral("import"), file};
        QTest::newRow("unknown mapping") << QStringList{QStringLiteral("import"), QStringLiteral("--mapping"),
                                                        QStringLiteral("no-such-mapping"), file};
        QTest::newRow("unknown format") << QStringList{QStringLiteral("import"), QStringLiteral("--format"),
                                                       QStringLiteral("xlsx"), file};
        QTest::newRow("bad level") << QStringList{QStringLiteral("import"),     QStringLiteral("--mapping"),
                                                  QStringLiteral("legal-dong"), QStringLiteral("--level"),
                                                  QStringLiteral("dong"),       file};
        QTest::newRow("level for a budget")
            << QStringList{QStringLiteral("import"),  QStringLiteral("--mapping"), QStringLiteral("fiscal-budget"),
                           QStringLiteral("--level"), QStringLiteral("all"),       file};
        QTest::newRow("mapping for json")
            << QStringList{QStringLiteral("import"),    QStringLiteral("--format"),   QStringLiteral("json"),
                           QStringLiteral("--mapping"), QStringLiteral("legal-dong"), file};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(QStringList{QStringLiteral("--database"), m_database} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(m_database)); // not even created
    }

    void helpNamesTheImportCommand()
    {
        const Run run = cli({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(run.out.contains(QStringLiteral("import --format csv|json")));
        QVERIFY(run.out.contains(QStringLiteral("--mapping")));
    }

private:
    QTemporaryDir m_dir;
    QString m_database;
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "TestImportCli.moc"
