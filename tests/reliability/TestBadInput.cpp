// Bad input everywhere: the hostile corpus under tests/data/hostile (malformed and overflowing
// JSON, CSV and XLIFF, entity bombs, external and parameter entities, NUL bytes, injection strings)
// plus 1 MB strings made here, through the command-line importers and validate, the search and
// the filters. Each must end in a clear error, with the database exactly as before and no crash.

#include "common/CliRun.h"
#include "dataset/DatasetJsonWriter.h"
#include "search/SearchIndex.h"
#include "store/Database.h"
#include "store/DatasetStore.h"
#include "store/SqlQuery.h"
#include "store/UserDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;
using namespace innoatlas::test;

namespace {
const QString hostile = QStringLiteral(INNOATLAS_TEST_DATA_DIR "/hostile/");

/** Everything the database holds, with the row versions and the schema: equal dumps mean nothing changed. */
QByteArray dump(const QString &path)
{
    Database db;
    if (!db.open(path))
        return "cannot open: " + db.errorString().toUtf8();
    const QVariant versions =
        SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(*) || ':' || total(row_version) FROM entity"));
    const QVariant schema =
        SqlQuery::scalar(db.connection(), QStringLiteral("SELECT group_concat(name) FROM sqlite_schema"));
    return DatasetJsonWriter::toBytes(DatasetStore(db.connection()).load()) + versions.toString().toUtf8() +
           schema.toString().toUtf8();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Search strings that would do harm if they reached SQL or FTS5 as anything but data. */
QStringList injectionStrings()
{
    return {QStringLiteral("' OR '1'='1"),
            QStringLiteral("'; DROP TABLE entity; --"),
            QStringLiteral("\") OR 1=1 --"),
            QStringLiteral("plan.%' OR key LIKE '%"),
            QStringLiteral("*"),
            QStringLiteral("NEAR(대전 우주, 2)"),
            QStringLiteral("a OR b NOT c AND"),
            QStringLiteral("^\"unterminated"),
            QStringLiteral("%_%"),
            QStringLiteral("\\"),
            QString::fromUtf16(u"x\0y", 3),
            QString(QChar(0xD800)),
            QStringLiteral("ㄷㅈ' UNION SELECT sql FROM sqlite_schema --"),
            QStringLiteral("9223372036854775808원"),
            QStringLiteral("1e400억"),
            QString(1024 * 1024, QLatin1Char('a'))};
}
} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void refusedByTheImporters_data();
    void refusedByTheImporters();
    void injectionStringsInAFileAreStoredAsText();
    void searchTakesHostileQueriesAsData_data();
    void searchTakesHostileQueriesAsData();
    void filtersTakeHostileKeysAsData_data();
    void filtersTakeHostileKeysAsData();

private:
    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_db;
    QByteArray m_pristineDump;
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pristine = m_dir.filePath(QStringLiteral("pristine.sqlite"));
    {
        Database database;
        QVERIFY2(UserDatabase::open(database, m_pristine), qPrintable(database.errorString()));
    }
    m_pristineDump = dump(m_pristine);

    // The inputs too large or too binary to keep in the repository.
    const QByteArray minimal = readFile(QStringLiteral(INNOATLAS_TEST_DATA_DIR "/datasets/minimal.json"));
    QVERIFY(!minimal.isEmpty());
    QByteArray longTitle = minimal;
    longTitle.replace("\"Test Daily\"", "\"" + QByteArray(1024 * 1024, 'A') + "\"");
    writeFile(m_dir.filePath(QStringLiteral("1mb-string.json")), longTitle);
    QByteArray longKey = minimal;
    longKey.replace("\"plan.test-space\"", "\"plan." + QByteArray(1024 * 1024, 'k') + "\"");
    writeFile(m_dir.filePath(QStringLiteral("1mb-key.json")), longKey);
    const QByteArray csvHead =
        readFile(hostile + QStringLiteral("csv/overflow-amount.csv")).split('\n').mid(0, 4).join('\n');
    writeFile(m_dir.filePath(QStringLiteral("1mb-field.csv")),
              csvHead +
                  "\n2024,과학기술정보통신부,일반회계,과학기술,과학기술연구지원,우주항공기술개발,우주핵심기술개발," +
                  QByteArray(1024 * 1024, 'x') + ",\"1,000\",\"1,000\",\r\n");
    QByteArray xliff = readFile(QStringLiteral(INNOATLAS_TEST_DATA_DIR "/review/minimal-ko-en.xlf"));
    const qsizetype target = xliff.indexOf("<target");
    QVERIFY(target > 0);
    xliff.insert(xliff.indexOf('>', target) + 1, QByteArray(1024 * 1024, 'y'));
    writeFile(m_dir.filePath(QStringLiteral("1mb-target.xlf")), xliff);
}

void TestBadInput::init()
{
    m_db = m_dir.filePath(QStringLiteral("db.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_db + suffix);
    QDir(m_dir.filePath(QStringLiteral("backups"))).removeRecursively();
    QVERIFY(QFile::copy(m_pristine, m_db));
}

void TestBadInput::refusedByTheImporters_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("import");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("exitCode");

    const QStringList json{QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("json")};
    const QStringList csv{QStringLiteral("import"), QStringLiteral("--mapping"), QStringLiteral("fiscal-budget")};
    const QStringList xliff{QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("xliff")};
    const auto row = [](const QString &name, const QString &file, const QStringList &import, const QString &message,
                        int exitCode = 1) { QTest::newRow(qPrintable(name)) << file << import << message << exitCode; };
    row(QStringLiteral("json truncated"), hostile + QStringLiteral("json/truncated.json"), json,
        QStringLiteral("not valid JSON"));
    row(QStringLiteral("json raw NUL"), hostile + QStringLiteral("json/raw-nul.json"), json,
        QStringLiteral("NUL byte"));
    row(QStringLiteral("json amount overflows"), hostile + QStringLiteral("json/overflow-amount.json"), json,
        QStringLiteral("amount"));
    row(QStringLiteral("json 1e400"), hostile + QStringLiteral("json/overflow-number.json"), json,
        QStringLiteral("line 71, column 25: not valid JSON: illegal number"));
    row(QStringLiteral("json INT64_MIN"), hostile + QStringLiteral("json/negative-population.json"), json,
        QStringLiteral("population"));
    row(QStringLiteral("json injection in a key"), hostile + QStringLiteral("json/injection-key.json"), json,
        QStringLiteral("plan.x')"));
    row(QStringLiteral("json CP949"), hostile + QStringLiteral("json/cp949.json"), json, QStringLiteral("JSON"));
    row(QStringLiteral("json UTF-16"), hostile + QStringLiteral("json/bom-utf16.json"), json, QStringLiteral("JSON"));
    row(QStringLiteral("json 200,000 nested"), hostile + QStringLiteral("json/deep-nesting.json"), json,
        QStringLiteral("JSON"));
    row(QStringLiteral("json duplicate members"), hostile + QStringLiteral("json/duplicate-members.json"), json,
        QStringLiteral("format"));
    row(QStringLiteral("json 1 MB string"), m_dir.filePath(QStringLiteral("1mb-string.json")), json,
        QStringLiteral("rejected"));
    row(QStringLiteral("json 1 MB key"), m_dir.filePath(QStringLiteral("1mb-key.json")), json,
        QStringLiteral("rejected"));
    row(QStringLiteral("csv amount overflows"), hostile + QStringLiteral("csv/overflow-amount.csv"), csv,
        QStringLiteral("rejected"));
    row(QStringLiteral("csv 1e400"), hostile + QStringLiteral("csv/huge-exponent.csv"), csv,
        QStringLiteral("rejected"));
    row(QStringLiteral("csv INT64_MIN"), hostile + QStringLiteral("csv/negative-amount.csv"), csv,
        QStringLiteral("rejected"));
    row(QStringLiteral("csv NUL in a field"), hostile + QStringLiteral("csv/nul-in-field.csv"), csv,
        QStringLiteral("NUL"));
    row(QStringLiteral("csv unbalanced quote"), hostile + QStringLiteral("csv/unbalanced-quote.csv"), csv,
        QStringLiteral("never closed"));
    row(QStringLiteral("csv random bytes"), hostile + QStringLiteral("csv/binary-junk.csv"), csv,
        QStringLiteral("Nothing was imported"));
    row(QStringLiteral("csv injection with a rejected row"), hostile + QStringLiteral("csv/injection-rejected.csv"),
        csv, QStringLiteral("rejected"));
    row(QStringLiteral("csv 1 MB field"), m_dir.filePath(QStringLiteral("1mb-field.csv")), csv,
        QStringLiteral("Nothing was imported"));
    for (const char *name : {"entity-bomb.xlf", "external-entity.xlf"})
        row(QStringLiteral("xliff ") + QLatin1String(name),
            QStringLiteral(INNOATLAS_TEST_DATA_DIR "/review/") + QLatin1String(name), xliff,
            QStringLiteral("document type declaration"));
    row(QStringLiteral("xliff parameter entity"), hostile + QStringLiteral("xliff/parameter-entity.xlf"), xliff,
        QStringLiteral("document type declaration"));
    row(QStringLiteral("xliff quadratic blowup"), hostile + QStringLiteral("xliff/quadratic-blowup.xlf"), xliff,
        QStringLiteral("document type declaration"));
    row(QStringLiteral("xliff raw NUL"), hostile + QStringLiteral("xliff/raw-nul.xlf"), xliff,
        QStringLiteral("raw-nul.xlf:10:"));
    row(QStringLiteral("xliff truncated"), hostile + QStringLiteral("xliff/truncated.xlf"), xliff,
        QStringLiteral("Premature end of document"));
    row(QStringLiteral("xliff UTF-16 declared UTF-8"), hostile + QStringLiteral("xliff/utf16-declared-utf8.xlf"), xliff,
        QStringLiteral("incorrectly encoded"));
    row(QStringLiteral("xliff not XML"), hostile + QStringLiteral("xliff/not-xml.xlf"), xliff,
        QStringLiteral("not-xml.xlf:1:"));
    // Well-formed, its units match nothing in the database: each is skipped and named, nothing changes.
    row(QStringLiteral("xliff 1 MB target"), m_dir.filePath(QStringLiteral("1mb-target.xlf")), xliff,
        QStringLiteral("skipped: no such entity or field in the database"), 0);
}

void TestBadInput::refusedByTheImporters()
{
    QFETCH(QString, file);
    QFETCH(QStringList, import);
    QFETCH(QString, message);
    QFETCH(int, exitCode);
    QVERIFY2(QFileInfo(file).isFile(), qPrintable(file));
    const CliRun run = runCli(QStringList{QStringLiteral("--database"), m_db} + import + QStringList{file});
    QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
    QVERIFY2((run.err + run.out).contains(message), qPrintable(run.err + run.out));
    QCOMPARE(dump(m_db), m_pristineDump);
    // A long text is no error in itself: those files are refused by the import (their region code is
    // taken), not by validate.
    if (import.contains(QStringLiteral("json")) && !file.contains(QLatin1String("1mb-"))) {
        const CliRun validate = runCli({QStringLiteral("--database"), m_db, QStringLiteral("validate"), file});
        QVERIFY2(validate.exitCode == 1, qPrintable(validate.err + validate.out));
    }
}

void TestBadInput::injectionStringsInAFileAreStoredAsText()
{
    const auto schemaOf = [](const Database &db) {
        return SqlQuery::scalar(db.connection(), QStringLiteral("SELECT group_concat(type || ' ' || name, ', ') FROM "
                                                                "(SELECT type, name FROM sqlite_schema ORDER BY name)"))
            .toString();
    };
    QString schemaBefore;
    qint64 entitiesBefore = 0;
    {
        Database db;
        QVERIFY(db.open(m_db));
        schemaBefore = schemaOf(db);
        entitiesBefore = SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM entity")).toLongLong();
    }
    const CliRun run =
        runCli({QStringLiteral("--database"), m_db, QStringLiteral("import"), QStringLiteral("--mapping"),
                QStringLiteral("fiscal-budget"), hostile + QStringLiteral("csv/injection-names.csv")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    Database db;
    QVERIFY(db.open(m_db));
    // Every table is still there, nothing was deleted, and the names are texts like any other.
    QCOMPARE(schemaOf(db), schemaBefore);
    QVERIFY(SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM entity")).toLongLong() >
            entitiesBefore);
    for (const QString &name :
         {QStringLiteral("'); DROP TABLE budget_line; --"), QStringLiteral("1' OR '1'='1; DELETE FROM entity; --"),
          QStringLiteral("=HYPERLINK(1)")}) {
        SqlQuery count(db.connection(), QStringLiteral("SELECT count(*) FROM localized_text WHERE text = ?"));
        count.bind(name).exec();
        QVERIFY(count.next());
        QVERIFY2(count.value(0).toInt() >= 1, qPrintable(name));
    }
}

void TestBadInput::searchTakesHostileQueriesAsData_data()
{
    QTest::addColumn<QString>("query");
    const QStringList strings = injectionStrings();
    for (int i = 0; i < strings.size(); ++i)
        QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(i).arg(strings.at(i).left(24)))) << strings.at(i);
}

void TestBadInput::searchTakesHostileQueriesAsData()
{
    QFETCH(QString, query);
    QVector<SearchHit> hits;
    {
        Database db;
        QVERIFY(db.open(m_db));
        hits = SearchIndex(db.connection()).search(query, 50);
    }
    QVERIFY(hits.size() <= 50);
    // No text holds these strings: any hit would mean the query was read as syntax, not data.
    if (query != QLatin1String("*") && query != QLatin1String("%_%") && !query.startsWith(QLatin1String("9223")) &&
        !query.startsWith(QLatin1String("1e400")) && !query.startsWith(QLatin1String("NEAR")) &&
        query != QLatin1String("\\"))
        QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("%1 hits").arg(hits.size())));
    QCOMPARE(dump(m_db), m_pristineDump);
}

void TestBadInput::filtersTakeHostileKeysAsData_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("key");
    // 100,000 characters: one argument may hold at most 128 KiB on Linux (MAX_ARG_STRLEN).
    const QStringList keys = injectionStrings().mid(0, 4) + QStringList{QString(100000, QLatin1Char('k'))};
    for (int i = 0; i < keys.size(); ++i) {
        const QString tag = QStringLiteral("%1: %2").arg(i).arg(keys.at(i).left(16));
        QTest::newRow(qPrintable(QStringLiteral("check --city ") + tag))
            << QStringList{QStringLiteral("check"), QStringLiteral("--city")} << keys.at(i);
        QTest::newRow(qPrintable(QStringLiteral("export xliff --plan ") + tag))
            << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xliff"),
                           QStringLiteral("--plan")}
            << keys.at(i);
    }
}

void TestBadInput::filtersTakeHostileKeysAsData()
{
    QFETCH(QStringList, command);
    QFETCH(QString, key);
    const QString out = m_dir.filePath(QStringLiteral("filtered.xlf"));
    QFile::remove(out);
    QStringList arguments = QStringList{QStringLiteral("--database"), m_db} + command + QStringList{key};
    if (command.first() == QLatin1String("export"))
        arguments << QStringLiteral("-o") << out;
    const CliRun run = runCli(arguments);
    // An unknown key is a usage error naming it; nothing is exported for it and nothing changes.
    QVERIFY2(run.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err.left(300))));
    QVERIFY2(run.err.contains(key.left(200)), qPrintable(run.err.left(300)));
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(dump(m_db), m_pristineDump);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
