#include "importers/ImportMapping.h"

#include <QTest>

using namespace innoatlas;

class TestImportMapping : public QObject
{
    Q_OBJECT

private slots:
    void builtinMappingsLoad_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("target");
        for (const QString &name : ImportMapping::builtinNames())
            QTest::newRow(qPrintable(name))
                << name
                << int(name == QLatin1String("legal-dong")         ? ImportMapping::Target::Regions
                       : name == QLatin1String("kosis-population") ? ImportMapping::Target::Population
                                                                   : ImportMapping::Target::BudgetLines);
    }

    void builtinMappingsLoad()
    {
        QFETCH(QString, name);
        QFETCH(int, target);
        ImportMapping mapping;
        QVERIFY(ImportMapping::builtin(name, &mapping));
        QCOMPARE(mapping.name, name);
        QCOMPARE(int(mapping.target), target);
        QVERIFY(!mapping.source.publisher.isEmpty());
        for (const QString &field : ImportMapping::requiredFields(mapping.target))
            QVERIFY2(mapping.columns.contains(field), qPrintable(field));

        // Saved and read back, a mapping is the same mapping.
        ImportMapping again;
        QVector<DatasetIssue> issues;
        QVERIFY(ImportMapping::fromJson(mapping.toJson(), QStringLiteral("saved.json"), &again, &issues));
        QVERIFY(issues.isEmpty());
        QVERIFY(again == mapping);
    }

    void theBuiltinMappingsSayWhatTheFilesNeed()
    {
        ImportMapping legalDong;
        QVERIFY(ImportMapping::builtin(QStringLiteral("legal-dong"), &legalDong));
        QCOMPARE(legalDong.keep.size(), 1);
        QCOMPARE(legalDong.keep.constFirst().values, QStringList{QStringLiteral("존재")});
        QCOMPARE(legalDong.levels, ImportMapping::RegionLevels::Top);

        ImportMapping budget;
        QVERIFY(ImportMapping::builtin(QStringLiteral("fiscal-budget"), &budget));
        QCOMPARE(budget.unit.won, qint64(1000));
        QCOMPARE(budget.hierarchy.size(), 4);
        QCOMPARE(budget.hierarchy.constFirst().column.name, QStringLiteral("소관명"));
        QVERIFY(!ImportMapping::builtin(QStringLiteral("no-such-mapping"), &budget));
    }

    void aMappingWithColumnsByNumber()
    {
        const QByteArray json = R"({
            "format": "innoatlas-import-mapping", "version": 1, "name": "My regions",
            "target": "regions",
            "csv": { "encoding": "cp949", "delimiter": "tab", "skipLines": 2 },
            "columns": { "code": 1, "name": "이름", "nameEn": 3 },
            "existing": "skip",
            "source": { "kind": "dataset", "publisher": { "ko": "우리 팀" }, "title": { "en": "Our list" } },
            "regions": { "levels": "all" }
        })";
        ImportMapping mapping;
        QVector<DatasetIssue> issues;
        QVERIFY(ImportMapping::fromJson(json, QStringLiteral("mine.json"), &mapping, &issues));
        QCOMPARE(mapping.columns.value(QStringLiteral("code")).number, 1);
        QCOMPARE(mapping.columns.value(QStringLiteral("name")).name, QStringLiteral("이름"));
        QCOMPARE(mapping.csv.encoding, TextEncoding::Cp949);
        QCOMPARE(mapping.csv.delimiter, QChar(u'\t'));
        QCOMPARE(mapping.csv.skipLines, 2);
        QCOMPARE(mapping.existing, ImportMapping::Existing::Skip);
        QCOMPARE(mapping.levels, ImportMapping::RegionLevels::All);
        ImportMapping again;
        QVERIFY(ImportMapping::fromJson(mapping.toJson(), QStringLiteral("again.json"), &again, &issues));
        QVERIFY(again == mapping);
    }

    void mistakesAreNamedByPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        const QByteArray head = R"("format": "innoatlas-import-mapping", "version": 1, "name": "x",
            "source": { "kind": "dataset", "publisher": { "ko": "p" }, "title": { "ko": "t" } },)";
        QTest::newRow("unknown target") << "{" + head + R"("target": "planets", "columns": {}})"
                                        << QStringLiteral("$.target") << QStringLiteral("planets");
        QTest::newRow("missing column") << "{" + head + R"("target": "regions", "columns": { "code": "코드" }})"
                                        << QStringLiteral("$.columns") << QStringLiteral("\"name\" is required");
        QTest::newRow("unknown field")
            << "{" + head + R"("target": "regions", "columns": { "code": 1, "name": 2, "colour": 3 }})"
            << QStringLiteral("$.columns.colour") << QStringLiteral("unknown member");
        QTest::newRow("bad unit") << "{" + head + R"("target": "budget-lines", "columns": { "amount": 5 },
                "budget": { "unit": "달러", "hierarchy": [ { "column": 1, "kind": "area" } ] }})"
                                  << QStringLiteral("$.budget.unit") << QStringLiteral("달러");
        QTest::newRow("no hierarchy") << "{" + head + R"("target": "budget-lines", "columns": { "amount": 5 }})"
                                      << QStringLiteral("$.budget.hierarchy") << QStringLiteral("at least one level");
        QTest::newRow("column zero") << "{" + head + R"("target": "regions", "columns": { "code": 0, "name": 1 }})"
                                     << QStringLiteral("$.columns.code") << QString();
        QTest::newRow("not a mapping") << QByteArray(R"({"format": "innoatlas-dataset", "version": 1})")
                                       << QStringLiteral("$.format") << QStringLiteral("innoatlas-import-mapping");
        QTest::newRow("broken json") << QByteArray("{ \"format\": ") << QStringLiteral("$") << QString();
    }

    void mistakesAreNamedByPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        ImportMapping mapping;
        QVector<DatasetIssue> issues;
        QVERIFY(!ImportMapping::fromJson(json, QStringLiteral("bad.json"), &mapping, &issues));
        bool found = false;
        for (const DatasetIssue &issue : std::as_const(issues))
            found = found || (issue.path == path && issue.message.contains(reason));
        QStringList all;
        for (const DatasetIssue &issue : std::as_const(issues))
            all << issue.toString();
        QVERIFY2(found, qPrintable(all.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "TestImportMapping.moc"
