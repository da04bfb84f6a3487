#include "dataset/BuiltinDataset.h"
#include "dataset/DatasetJsonReader.h"
#include "exporters/CsvWriter.h"
#include "exporters/DatasetTables.h"
#include "importers/CsvReader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

namespace {

CsvTable textTable(const QStringList &cells)
{
    CsvTable table;
    for (int i = 0; i < cells.size(); ++i)
        table.columns.append({QStringLiteral("text_%1").arg(i + 1), false});
    table.rows.append(cells);
    return table;
}

/** Reads CSV bytes back with the importer's reader: the header, then every record. */
QVector<QStringList> readBack(const QByteArray &bytes, TextEncoding encoding)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvOptions options;
    options.encoding = encoding;
    options.delimiter = QLatin1Char(',');
    options.skipLines = 0;
    CsvReader reader(&buffer, options);
    if (!reader.open())
        qFatal("cannot read back: %s", qPrintable(reader.error().toString()));
    QVector<QStringList> records{reader.header().fields};
    CsvRecord record;
    while (reader.readNext(&record))
        records.append(record.fields);
    if (reader.hasError())
        qFatal("cannot read back: %s", qPrintable(reader.error().toString()));
    return records;
}

Dataset minimalDataset()
{
    DatasetJsonReader reader;
    if (!reader.readFile(QStringLiteral(INNOATLAS_TEST_DATA_DIR "/datasets/minimal.json")) || !reader.finish())
        qFatal("minimal.json does not read");
    return reader.dataset();
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected"); // the importer's reader turns CRLF inside a field into LF
        QTest::newRow("plain") << QStringLiteral("대전광역시") << QStringLiteral("대전광역시")
                               << QStringLiteral("대전광역시");
        QTest::newRow("empty") << QString() << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"") << QStringLiteral("a, b");
        QTest::newRow("quote") << QStringLiteral("the \"GIA\" plan") << QStringLiteral("\"the \"\"GIA\"\" plan\"")
                               << QStringLiteral("the \"GIA\" plan");
        QTest::newRow("lf") << QStringLiteral("line 1\nline 2") << QStringLiteral("\"line 1\nline 2\"")
                            << QStringLiteral("line 1\nline 2");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"") << QStringLiteral("a\nb");
        QTest::newRow("semicolon is not special")
            << QStringLiteral("q.a;q.b") << QStringLiteral("q.a;q.b") << QStringLiteral("q.a;q.b");
    }
    void quoting()
    {
        QFETCH(QString, cell);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::field(cell, false), field);
        // And the importer's reader gives the cell back unchanged.
        QByteArray bytes;
        CsvWriter writer;
        QVERIFY(writer.toBytes(textTable({cell, QStringLiteral("next")}), &bytes));
        const QVector<QStringList> records = readBack(bytes, TextEncoding::Utf8);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1), (QStringList{expected, QStringLiteral("next")}));
    }

    void formulaNeutralisation_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("numeric");
        QTest::addColumn<QString>("field");
        QTest::newRow("sum") << QStringLiteral("=SUM(A1)") << false << QStringLiteral("'=SUM(A1)");
        QTest::newRow("plus") << QStringLiteral("+1") << false << QStringLiteral("'+1");
        QTest::newRow("minus in text") << QStringLiteral("-1") << false << QStringLiteral("'-1");
        QTest::newRow("at") << QStringLiteral("@cmd") << false << QStringLiteral("'@cmd");
        QTest::newRow("tab") << QStringLiteral("\tx") << false << QStringLiteral("'\tx");
        QTest::newRow("cr") << QStringLiteral("\rx") << false << QStringLiteral("\"'\rx\"");
        QTest::newRow("quoted and neutralised")
            << QStringLiteral("=A1,\"x\"") << false << QStringLiteral("\"'=A1,\"\"x\"\"\"");
        QTest::newRow("formula in a numeric column") << QStringLiteral("=1+1") << true << QStringLiteral("'=1+1");
        QTest::newRow("negative number in a numeric column") << QStringLiteral("-1") << true << QStringLiteral("-1");
        QTest::newRow("negative decimal in a numeric column")
            << QStringLiteral("-2.5") << true << QStringLiteral("-2.5");
        QTest::newRow("not a number in a numeric column")
            << QStringLiteral("-1+cmd") << true << QStringLiteral("'-1+cmd");
        QTest::newRow("equals inside is harmless") << QStringLiteral("a=b") << false << QStringLiteral("a=b");
        QTest::newRow("amount") << QStringLiteral("430000000000") << true << QStringLiteral("430000000000");
    }
    void formulaNeutralisation()
    {
        QFETCH(QString, cell);
        QFETCH(bool, numeric);
        QFETCH(QString, field);
        QCOMPARE(CsvWriter::field(cell, numeric), field);
    }

    void headerIsNeverNeutralisedButNumbersOnlyInNumericColumns()
    {
        CsvTable table;
        table.columns = {{QStringLiteral("name"), false}, {QStringLiteral("delta"), true}};
        table.rows = {{QStringLiteral("-x"), QStringLiteral("-5")}};
        QByteArray bytes;
        CsvWriter writer;
        QVERIFY(writer.toBytes(table, &bytes));
        QCOMPARE(bytes, QByteArray("name,delta\r\n'-x,-5\r\n"));
    }

    void byteOrderMark_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::newRow("utf-8") << QStringLiteral("utf-8") << false;
        QTest::newRow("utf-8-bom") << QStringLiteral("utf-8-bom") << true;
        QTest::newRow("cp949") << QStringLiteral("cp949") << false;
    }
    void byteOrderMark()
    {
        QFETCH(QString, encoding);
        QFETCH(bool, bom);
        CsvEncoding csvEncoding;
        QVERIFY(CsvEncodings::parse(encoding, &csvEncoding));
        QCOMPARE(CsvEncodings::name(csvEncoding), encoding);
        QByteArray bytes;
        CsvWriter writer(csvEncoding);
        QVERIFY(writer.toBytes(textTable({QStringLiteral("대전")}), &bytes));
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
        QVERIFY(bytes.startsWith(bom ? "\xEF\xBB\xBFtext_1\r\n" : "text_1\r\n"));
    }

    void cp949RoundTrip()
    {
        const QStringList cells{QStringLiteral("똠방각하 뷁 대전광역시"), QStringLiteral("Daejeon, \"GIA\""),
                                QStringLiteral("우주산업\n클러스터")};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cp949.csv"));
        CsvWriter writer(CsvEncoding::Cp949);
        QVERIFY2(writer.writeFile(textTable(cells), path), qPrintable(writer.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("\x8C\x63")); // 똠 in CP949's extension area
        QVERIFY(bytes.contains("\x94\xEE")); // 뷁
        QCOMPARE(TextEncodings::detect(bytes).encoding, TextEncoding::Cp949);
        const QVector<QStringList> records = readBack(bytes, TextEncoding::Cp949);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1), cells);
    }

    void unencodableCharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("emoji") << QStringLiteral("좋아요 😀") << QStringLiteral("U+1F600");
        QTest::newRow("vietnamese") << QStringLiteral("Việt Nam") << QStringLiteral("U+1EC7");
    }
    void unencodableCharacter()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        CsvTable table = textTable({QStringLiteral("ok"), QStringLiteral("뷁")});
        table.rows.append({QStringLiteral("fine"), text});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        CsvWriter writer(CsvEncoding::Cp949);
        QVERIFY(!writer.writeFile(table, path));
        QCOMPARE(writer.error().kind, CsvWriteError::Kind::Unencodable);
        QCOMPARE(writer.error().row, 2);
        QCOMPARE(writer.error().column, QStringLiteral("text_2"));
        QVERIFY2(writer.error().message.contains(code), qPrintable(writer.error().message));
        QVERIFY(writer.error().message.contains(QStringLiteral("row 2")));
        QVERIFY(writer.error().message.contains(QStringLiteral("text_2")));
        // Nothing is left behind: neither the file nor QSaveFile's temporary file.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
        // UTF-8 holds it.
        CsvWriter utf8(CsvEncoding::Utf8);
        QVERIFY(utf8.writeFile(table, path));
    }

    void writeError_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::newRow("missing directory") << QStringLiteral("no/such/dir/out.csv");
        QTest::newRow("a directory") << QStringLiteral(".");
    }
    void writeError()
    {
        QFETCH(QString, relativePath);
        QTemporaryDir dir;
        const QString path = dir.filePath(relativePath);
        CsvWriter writer;
        QVERIFY(!writer.writeFile(textTable({QStringLiteral("x")}), path));
        QCOMPARE(writer.error().kind, CsvWriteError::Kind::Io);
        QVERIFY2(writer.error().message.startsWith(path + QStringLiteral(": cannot write: ")),
                 qPrintable(writer.error().message));
        QVERIFY(writer.error().message.size() > path.size() + 16); // a reason follows
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
    }

    void builtinBudgetLinesAreExact()
    {
        Dataset dataset;
        QVector<DatasetIssue> issues;
        QVERIFY(BuiltinDataset::read(&dataset, &issues));
        qint64 expected = 0;
        int lines = 0;
        for (const Plan &plan : dataset.plans) {
            for (const BudgetLine &line : plan.budgetLines) {
                expected += line.amount.won;
                ++lines;
            }
        }
        QVERIFY(lines > 0);

        QByteArray bytes;
        CsvWriter writer(CsvEncoding::Utf8Bom);
        QVERIFY(writer.toBytes(DatasetTables::budgetLines(dataset), &bytes));
        const QVector<QStringList> records = readBack(bytes, TextEncoding::Auto);
        const QStringList header = records.first();
        const int keyColumn = header.indexOf(QStringLiteral("line_key"));
        const int amountColumn = header.indexOf(QStringLiteral("amount_won"));
        const int originalColumn = header.indexOf(QStringLiteral("original_currency"));
        QVERIFY(keyColumn >= 0 && amountColumn >= 0 && originalColumn >= 0);
        QCOMPARE(records.size() - 1, lines);
        qint64 sum = 0;
        bool merck = false;
        for (int i = 1; i < records.size(); ++i) {
            bool ok = false;
            sum += records.at(i).at(amountColumn).toLongLong(&ok);
            QVERIFY2(ok, qPrintable(records.at(i).at(amountColumn)));
            if (records.at(i).at(keyColumn) == u"bl.daejeon-gia.merck") {
                merck = true;
                QCOMPARE(records.at(i).at(amountColumn), QStringLiteral("430000000000"));
                QCOMPARE(records.at(i).at(originalColumn), QStringLiteral("USD"));
                QCOMPARE(records.at(i).at(header.indexOf(QStringLiteral("region_name_ko"))),
                         QStringLiteral("대전광역시"));
            }
        }
        QVERIFY(merck);
        QCOMPARE(sum, expected);
    }

    void builtinTablesInCp949_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("error"); // empty when the table encodes
        QTest::newRow("budget-lines") << QStringLiteral("budget-lines") << QString();
        QTest::newRow("plans") << QStringLiteral("plans") << QString();
        QTest::newRow("targets") << QStringLiteral("targets") << QString();
        // The partner city Málaga: CP949 has no accented Latin letters; UTF-8 is the way for this table.
        QTest::newRow("regions") << QStringLiteral("regions")
                                 << QStringLiteral(
                                        "column name_en: the character á (U+00E1) cannot be written in CP949");
    }
    void builtinTablesInCp949()
    {
        QFETCH(QString, table);
        QFETCH(QString, error);
        Dataset dataset;
        QVector<DatasetIssue> issues;
        QVERIFY(BuiltinDataset::read(&dataset, &issues));
        CsvTable csv;
        QVERIFY(DatasetTables::build(dataset, table, &csv));
        QVERIFY(!csv.rows.isEmpty());
        QByteArray bytes;
        CsvWriter writer(CsvEncoding::Cp949);
        if (!error.isEmpty()) {
            QVERIFY(!writer.toBytes(csv, &bytes));
            QVERIFY2(writer.error().message.contains(error), qPrintable(writer.error().message));
            return;
        }
        QVERIFY2(writer.toBytes(csv, &bytes), qPrintable(writer.error().message));
        const QVector<QStringList> records = readBack(bytes, TextEncoding::Cp949);
        QCOMPARE(records.size(), csv.rows.size() + 1);
        QCOMPARE(records.at(1).mid(0, 3), csv.rows.at(0).mid(0, 3));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("table");
        for (const QString &name : DatasetTables::names())
            QTest::newRow(qPrintable(name)) << name;
    }
    void golden()
    {
        QFETCH(QString, table);
        CsvTable csv;
        QVERIFY(DatasetTables::build(minimalDataset(), table, &csv));
        QByteArray bytes;
        CsvWriter writer;
        QVERIFY(writer.toBytes(csv, &bytes));
        const QString goldenPath = QStringLiteral(INNOATLAS_TEST_DATA_DIR "/exporters/minimal-%1.csv").arg(table);
        if (qEnvironmentVariableIsSet("INNOATLAS_UPDATE_GOLDEN")) {
            QFile out(goldenPath);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
        }
        QFile file(goldenPath);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(goldenPath));
        QCOMPARE(QString::fromUtf8(bytes), QString::fromUtf8(file.readAll()));
    }

    void unknownTable()
    {
        CsvTable csv;
        QVERIFY(!DatasetTables::build(minimalDataset(), QStringLiteral("budget"), &csv));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "TestCsvExport.moc"
