// Golden files for imports: tests/data/importers/import-<case>/ holds input.csv, case.json
// (mapping, region levels, database to start from) and expected.json: the report and
// everything the import writes (new entities in the dataset format, changes to existing regions
// and population figures). Key parts that fingerprint the file read TAG.
//
// INNOATLAS_UPDATE_GOLDEN=1 rewrites expected.json from the current output, for review.

#include "ImportTestSupport.h"
#include "importers/CsvImporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

namespace {
QString casesDir()
{
    return QStringLiteral(INNOATLAS_TEST_DATA_DIR "/importers");
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject reportJson(const ImportReport &report)
{
    QJsonObject skips;
    for (auto it = report.skipReasons.cbegin(); it != report.skipReasons.cend(); ++it)
        skips.insert(it.key(), it.value());
    QJsonArray rejected;
    for (const RejectedRow &row : report.rejected)
        rejected.append(QJsonObject{{QStringLiteral("line"), row.line},
                                    {QStringLiteral("column"), row.column},
                                    {QStringLiteral("field"), row.field},
                                    {QStringLiteral("reason"), row.reason}});
    return QJsonObject{{QStringLiteral("encoding"), TextEncodings::name(report.encoding)},
                       {QStringLiteral("headerLine"), report.headerLine},
                       {QStringLiteral("rowsRead"), report.rowsRead},
                       {QStringLiteral("imported"), report.imported},
                       {QStringLiteral("updated"), report.updated},
                       {QStringLiteral("unchanged"), report.unchanged},
                       {QStringLiteral("skipped"), skips},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("fatalError"), report.fatalError},
                       {QStringLiteral("written"), report.written},
                       {QStringLiteral("totalWon"), QString::number(report.totalWon)},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}};
}

QJsonObject batchJson(const ImportBatch &batch)
{
    QJsonArray updates;
    for (const RegionUpdate &update : batch.regionUpdates) {
        QJsonObject object{{QStringLiteral("key"), update.key}};
        if (update.code)
            object.insert(QStringLiteral("code"), *update.code);
        if (update.level)
            object.insert(QStringLiteral("level"), *update.level);
        if (update.parentKey)
            object.insert(QStringLiteral("parent"), *update.parentKey);
        if (update.name)
            object.insert(QStringLiteral("name"), QJsonObject{{QStringLiteral("ko"), update.name->ko},
                                                              {QStringLiteral("en"), update.name->en}});
        updates.append(object);
    }
    QJsonArray populations;
    for (const PopulationChange &change : batch.populations)
        populations.append(QJsonObject{{QStringLiteral("region"), change.regionKey},
                                       {QStringLiteral("year"), change.year},
                                       {QStringLiteral("value"), change.value},
                                       {QStringLiteral("quote"), change.quoteKey},
                                       {QStringLiteral("replaces"), change.populationId != 0}});
    return QJsonObject{{QStringLiteral("dataset"), DatasetJsonWriter::toJson(batch.dataset)},
                       {QStringLiteral("regionUpdates"), updates},
                       {QStringLiteral("populations"), populations},
                       {QStringLiteral("replacedPlan"), batch.replacedPlanKey}};
}

/** The output with the file's fingerprint in keys replaced by TAG. */
QJsonObject withoutFingerprint(const QJsonObject &object)
{
    QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    static const QRegularExpression fingerprint(QStringLiteral("(\\.import\\.[a-z0-9-]+\\.)[0-9a-f]{8}"));
    text.replace(fingerprint, QStringLiteral("\\1TAG"));
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

class TestImportGolden : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QStringList cases =
            QDir(casesDir()).entryList({QStringLiteral("import-*")}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 6);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << casesDir() + QLatin1Char('/') + name;
    }

    void golden()
    {
        QFETCH(QString, dir);
        const QJsonObject settings = readJson(dir + QStringLiteral("/case.json"));
        const QString mappingName = settings.value(QStringLiteral("mapping")).toString();
        ImportMapping mapping;
        if (!ImportMapping::builtin(mappingName, &mapping)) {
            QFile file(dir + QLatin1Char('/') + mappingName);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVector<DatasetIssue> issues;
            QVERIFY(ImportMapping::fromJson(file.readAll(), file.fileName(), &mapping, &issues));
        }
        if (settings.value(QStringLiteral("levels")).toString() == QLatin1String("all"))
            mapping.levels = ImportMapping::RegionLevels::All;

        QTemporaryDir temporary;
        Database database;
        QVERIFY(
            testing::createDatabase(database, temporary.filePath(QStringLiteral("golden.sqlite")),
                                    settings.value(QStringLiteral("database")).toString() == QLatin1String("builtin")));
        const QByteArray before = testing::snapshot(database);
        CsvImporter importer(database.connection(), mapping);
        ImportReport report = importer.run(dir + QStringLiteral("/input.csv"));
        report.file.clear();

        const QJsonObject actual = withoutFingerprint(QJsonObject{
            {QStringLiteral("report"), reportJson(report)}, {QStringLiteral("writes"), batchJson(importer.batch())}});
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
        QCOMPARE(actual.value(QStringLiteral("report")), expected.value(QStringLiteral("report")));
        QCOMPARE(actual, expected);

        // All or nothing: a refused import leaves the database exactly as it was.
        QCOMPARE(report.written, !report.hasProblems());
        if (!report.written)
            QCOMPARE(testing::snapshot(database), before);
        else
            QVERIFY(testing::snapshot(database) != before || importer.batch().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportGolden)
#include "TestImportGolden.moc"
