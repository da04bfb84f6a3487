// Golden files for reading CSV: tests/data/importers/csv-<case>/input.csv is read as the
// importers read it, and what comes out (encoding, delimiter, header, records with their
// lines, or the error with line and column) must equal expected.json.
//
// INNOATLAS_UPDATE_GOLDEN=1 rewrites expected.json from the current output, for review.

#include "importers/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace innoatlas;

namespace {
QString casesDir()
{
    return QStringLiteral(INNOATLAS_TEST_DATA_DIR "/importers");
}

QJsonObject readAsJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    CsvReader reader(&file);
    QJsonObject result;
    if (reader.open()) {
        result.insert(QStringLiteral("encoding"), TextEncodings::name(reader.encoding()));
        result.insert(QStringLiteral("byteOrderMark"), reader.hadByteOrderMark());
        result.insert(QStringLiteral("delimiter"), QString(reader.delimiter()));
        result.insert(QStringLiteral("headerLine"), reader.header().line);
        result.insert(QStringLiteral("header"), QJsonArray::fromStringList(reader.header().fields));
        QJsonArray records;
        CsvRecord record;
        while (reader.readNext(&record))
            records.append(QJsonObject{{QStringLiteral("line"), record.line},
                                       {QStringLiteral("fields"), QJsonArray::fromStringList(record.fields)}});
        result.insert(QStringLiteral("records"), records);
    }
    if (reader.hasError())
        result.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("line"), reader.error().line},
                                                           {QStringLiteral("column"), reader.error().column},
                                                           {QStringLiteral("message"), reader.error().message}});
    return result;
}
} // namespace

class TestCsvGolden : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QStringList cases =
            QDir(casesDir()).entryList({QStringLiteral("csv-*")}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 13);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << casesDir() + QLatin1Char('/') + name;
    }

    void golden()
    {
        QFETCH(QString, dir);
        const QJsonObject actual = readAsJson(dir + QStringLiteral("/input.csv"));
        QFile expectedFile(dir + QStringLiteral("/expected.json"));
        if (qEnvironmentVariableIsSet("INNOATLAS_UPDATE_GOLDEN")) {
            QVERIFY(expectedFile.open(QIODevice::WriteOnly));
            expectedFile.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
            QSKIP("expected.json rewritten");
        }
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
        if (actual != expected)
            qWarning().noquote() << QJsonDocument(actual).toJson(QJsonDocument::Indented);
        QCOMPARE(actual, expected);
        // Whatever the file, no replacement character ever comes out of it.
        QVERIFY(!QJsonDocument(actual).toJson().contains("\xEF\xBF\xBD"));
    }
};

QTEST_GUILESS_MAIN(TestCsvGolden)
#include "TestCsvGolden.moc"
