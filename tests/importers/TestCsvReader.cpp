#include "importers/CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace innoatlas;

namespace {
struct Read
{
    bool opened = false;
    QStringList header;
    QVector<CsvRecord> records;
    CsvError error;
    QChar delimiter;
};

Read read(const QByteArray &bytes, const CsvOptions &options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Read result;
    result.opened = reader.open();
    result.delimiter = reader.delimiter();
    if (result.opened) {
        result.header = reader.header().fields;
        CsvRecord record;
        while (reader.readNext(&record))
            result.records.append(record);
    }
    result.error = reader.error();
    return result;
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void detectsTheDelimiter_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b;c,d\n1,2;3,4\n5,6,7\n") << QStringLiteral(",");
        QTest::newRow("tab") << QByteArray("a\tb,c\td\n1\t2,3\t4\n") << QStringLiteral("\t");
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;2;3\n4;5;6\n") << QStringLiteral(";");
        QTest::newRow("comma inside quotes does not count")
            << QByteArray("a;\"b,c,d\"\n1;\"2,3,4\"\n") << QStringLiteral(";");
        QTest::newRow("a single column") << QByteArray("name\n서울\n부산\n") << QStringLiteral(",");
    }

    void detectsTheDelimiter()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        const Read r = read(bytes);
        QVERIFY2(r.opened, qPrintable(r.error.toString()));
        QCOMPARE(QString(r.delimiter), delimiter);
    }

    void quotedFields()
    {
        const Read r = read("code,name,note\r\n"
                            "'11,\"서울특별시\",\"two\r\nlines, and a \"\"quote\"\"\"\r\n"
                            "26,  부산광역시 ,\"\"\r\n");
        QVERIFY2(r.opened, qPrintable(r.error.toString()));
        QCOMPARE(r.header, (QStringList{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("note")}));
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records.at(0).fields, (QStringList{QStringLiteral("'11"), QStringLiteral("서울특별시"),
                                                      QStringLiteral("two\nlines, and a \"quote\"")}));
        QCOMPARE(r.records.at(0).line, qint64(2));
        // The verbatim text keeps the quoting, and the record after it knows its line.
        QCOMPARE(r.records.at(0).text, QStringLiteral("'11,\"서울특별시\",\"two\r\nlines, and a \"\"quote\"\"\""));
        QCOMPARE(r.records.at(1).line, qint64(4));
        QCOMPARE(r.records.at(1).fields,
                 (QStringList{QStringLiteral("26"), QStringLiteral("  부산광역시 "), QString()}));
    }

    void titleLinesBeforeTheHeader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("skipLines");
        QTest::addColumn<qint64>("headerLine");
        QTest::addColumn<QString>("firstColumn");

        const QByteArray kosis =
            "\"총조사인구 총괄(시도/성/5세연령별)\"\n\n"
            "\"C행정구역별\",\"행정구역별\",\"연령별\"\n'00,\"전국\",\"계\"\n'11,\"서울특별시\",\"계\"\n";
        QTest::newRow("detected") << kosis << -1 << qint64(3) << QStringLiteral("C행정구역별");
        QTest::newRow("configured") << kosis << 2 << qint64(3) << QStringLiteral("C행정구역별");
        QTest::newRow("none") << QByteArray("a,b\n1,2\n3,4\n") << -1 << qint64(1) << QStringLiteral("a");
        QTest::newRow("title and unit lines")
            << QByteArray("2024 budget\n(unit: thousand won)\n\nyear,ministry,amount\n2024,A,1\n2024,B,2\n") << -1
            << qint64(4) << QStringLiteral("year");
    }

    void titleLinesBeforeTheHeader()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, skipLines);
        QFETCH(qint64, headerLine);
        QFETCH(QString, firstColumn);
        CsvOptions options;
        options.skipLines = skipLines;
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, options);
        QVERIFY2(reader.open(), qPrintable(reader.error().toString()));
        QCOMPARE(reader.header().line, headerLine);
        QCOMPARE(reader.header().fields.constFirst(), firstColumn);
        QCOMPARE(reader.columnIndex(QStringLiteral(" ") + firstColumn), 0);
        CsvRecord record;
        QVERIFY(reader.readNext(&record));
        QCOMPARE(record.line, headerLine + 1);
    }

    void blankLinesAreSkipped()
    {
        const Read r = read("a,b\n\n1,2\r\n\r\n3,4");
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records.at(1).line, qint64(5));
        QCOMPARE(r.records.at(1).fields, (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<qint64>("column");
        QTest::addColumn<QString>("reason");

        QTest::newRow("unbalanced quote")
            << QByteArray("a,b\n1,2\n3,\"open\n4,5\n") << qint64(3) << qint64(3) << QStringLiteral("never closed");
        QTest::newRow("text after a closing quote")
            << QByteArray("a,b\n1,\"x\"y\n") << qint64(2) << qint64(6) << QStringLiteral("after a closing quote");
        QTest::newRow("NUL") << QByteArray("a,b\n1,2\n3,x\0y\n", 14) << qint64(3) << qint64(4) << QStringLiteral("NUL");
        QTest::newRow("NUL in a quoted field")
            << QByteArray("a,b\n1,\"\0\"\n", 10) << qint64(2) << qint64(4) << QStringLiteral("NUL");
        QTest::newRow("truncated multibyte")
            << QByteArray("a,b\n서울,\xEA\xB0\n") << qint64(2) << qint64(8) << QStringLiteral("cut off");
        QTest::newRow("truncated at the end")
            << QByteArray("a,b\n서울,\xEA\xB0") << qint64(2) << qint64(8) << QStringLiteral("ends in the middle");
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, line);
        QFETCH(qint64, column);
        QFETCH(QString, reason);
        const Read r = read(bytes);
        QVERIFY(!r.error.message.isEmpty());
        QCOMPARE(r.error.line, line);
        QCOMPARE(r.error.column, column);
        QVERIFY2(r.error.message.contains(reason), qPrintable(r.error.message));
    }

    void tooManyColumnsAreRefused()
    {
        QByteArray wide = "a,b\n1,2\n";
        for (int i = 0; i < 10000; ++i)
            wide += i == 0 ? "x" : ",x";
        wide += "\n";
        const Read r = read(wide);
        QCOMPARE(r.error.line, qint64(3));
        QVERIFY2(r.error.message.contains(QStringLiteral("more than %1 columns").arg(CsvOptions::defaultMaxColumns)),
                 qPrintable(r.error.message));
        QCOMPARE(r.records.size(), 0); // the wide line is among the records read ahead to find the header
    }

    void aRunawayQuoteIsStoppedEarly()
    {
        QByteArray bytes = "a,b\n1,\"";
        bytes += QByteArray(3 * 1024 * 1024, 'x');
        CsvOptions options;
        options.maxRecordLength = 1024 * 1024;
        const Read r = read(bytes, options);
        QCOMPARE(r.error.line, qint64(2));
        QCOMPARE(r.error.column, qint64(3));
        QVERIFY2(r.error.message.contains(QStringLiteral("ever closed")), qPrintable(r.error.message));
    }

    // Chunks are a megabyte: fields, quotes, line ends and characters cut by a chunk end must
    // read exactly as if the file were one piece.
    void recordsAcrossChunks()
    {
        QByteArray bytes = "id,name,note\n";
        QVector<QStringList> expected;
        for (int i = 0; bytes.size() < 3 * 1024 * 1024 + 100; ++i) {
            const QString name = QStringLiteral("지역%1 똠뷁").arg(i);
            const QString note = i % 7 == 0 ? QStringLiteral("multi\nline \"%1\"").arg(i) : QString();
            expected.append({QString::number(i), name, note});
            QByteArray quoted = note.toUtf8();
            quoted.replace("\"", "\"\"");
            bytes += QByteArray::number(i) + ',' + name.toUtf8() + ",\"" + quoted + "\"\r\n";
        }
        const Read r = read(bytes);
        QVERIFY2(r.error.message.isEmpty(), qPrintable(r.error.toString()));
        QCOMPARE(r.records.size(), expected.size());
        qint64 line = 2;
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(r.records.at(i).fields, expected.at(i));
            QCOMPARE(r.records.at(i).line, line);
            line += 1 + expected.at(i).at(2).count(u'\n');
        }
    }

    // A file that is ASCII for its first megabyte and CP949 after it: the error says the encoding
    // was a guess, and naming the encoding reads it.
    void encodingDetectedTooEarly()
    {
        QByteArray bytes = "code,name\n";
        while (bytes.size() < 1100 * 1024)
            bytes += "1100000000,Seoul\n";
        const qint64 lines = bytes.count('\n');
        bytes += "5000000000,\xC1\xA6\xC1\xD6\n"; // 제주 in CP949
        Read r = read(bytes);
        QCOMPARE(r.error.line, lines + 1);
        QVERIFY2(r.error.message.contains(QStringLiteral("detected from the start of the file")),
                 qPrintable(r.error.message));
        CsvOptions options;
        options.encoding = TextEncoding::Cp949;
        r = read(bytes, options);
        QVERIFY2(r.error.message.isEmpty(), qPrintable(r.error.toString()));
        QCOMPARE(r.records.constLast().fields.constLast(), QStringLiteral("제주"));
    }

    void emptyFile()
    {
        const Read r = read(QByteArray());
        QVERIFY(!r.opened);
        QVERIFY(r.error.message.contains(QStringLiteral("empty")));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
