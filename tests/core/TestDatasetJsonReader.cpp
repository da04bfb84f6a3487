#include "dataset/DatasetJsonReader.h"
#include "dataset/DatasetJsonWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace innoatlas;

namespace {
QJsonObject minimalDocument()
{
    QFile file(QStringLiteral(INNOATLAS_TEST_DATA_DIR "/datasets/minimal.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open minimal.json");
    return QJsonDocument::fromJson(file.readAll()).object();
}

/** Replaces (or with an undefined value removes) the member at @p path, e.g. "plans[0].period.from". */
QJsonValue replaced(const QJsonValue &node, QStringList steps, const QJsonValue &value)
{
    const QString step = steps.takeFirst();
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z]+)(?:\\[(\\d+)\\])?$"));
    const QRegularExpressionMatch m = pattern.match(step);
    QJsonObject object = node.toObject();
    const QString name = m.captured(1);
    if (m.captured(2).isEmpty()) {
        if (steps.isEmpty()) {
            if (value.isUndefined())
                object.remove(name);
            else
                object.insert(name, value);
        } else {
            object.insert(name, replaced(object.value(name), steps, value));
        }
        return object;
    }
    QJsonArray array = object.value(name).toArray();
    const int i = m.captured(2).toInt();
    array[i] = steps.isEmpty() ? value : replaced(array.at(i), steps, value);
    object.insert(name, array);
    return object;
}

QByteArray mutated(const QString &path, const QJsonValue &value)
{
    const QJsonValue root = replaced(minimalDocument(), path.split(QLatin1Char('.')), value);
    return QJsonDocument(root.toObject()).toJson();
}

QJsonValue json(const char *text)
{
    if (QByteArray(text) == "<remove>")
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    return document.array().at(0);
}
} // namespace

class TestDatasetJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void readsMinimalDocument()
    {
        DatasetJsonReader reader;
        QVERIFY(reader.read(QJsonDocument(minimalDocument()).toJson(), QStringLiteral("minimal.json")));
        QVERIFY2(reader.finish(), qPrintable(reader.issues().value(0).toString()));
        const Dataset &d = reader.dataset();
        QCOMPARE(d.plans.size(), 1);
        const Plan &plan = d.plans.first();
        QCOMPARE(plan.headlineBudget->won, Q_INT64_C(350000000000));
        QCOMPARE(plan.period->from, 2024);
        QCOMPARE(plan.period->to, 2028);
        QCOMPARE(plan.announced->date.toIsoString(), QStringLiteral("2023-11-29"));
        QCOMPARE(plan.statedCounts.at(1).citation.correction->printed, QStringLiteral("twenty"));
        QCOMPARE(plan.elements.first().children.first().name.en, QStringLiteral("Launchers"));
        QCOMPARE(plan.elements.first().children.first().name.koStatus, ReviewStatus::Missing);
        QCOMPARE(plan.budgetLines.at(1).amount.original->currency, QStringLiteral("USD"));
        QCOMPARE(plan.targets.first().baseline->value, QStringLiteral("10"));
        QCOMPARE(d.regions.at(1).name.koStatus, ReviewStatus::Approved);
        QCOMPARE(d.regions.at(1).name.enStatus, ReviewStatus::Reviewed);
        QCOMPARE(d.organisations.first().name.koStatus, ReviewStatus::Draft);
        QCOMPARE(d.events.first().date.date.precision(), DatePrecision::Month);
    }

    void writerRoundTrips()
    {
        DatasetJsonReader first;
        first.read(QJsonDocument(minimalDocument()).toJson(), QStringLiteral("a.json"));
        QVERIFY(first.finish());
        DatasetJsonReader second;
        QVERIFY(second.read(DatasetJsonWriter::toBytes(first.dataset()), QStringLiteral("b.json")));
        QVERIFY(second.finish());
        QVERIFY(second.dataset() == first.dataset());
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("issuePath");
        QTest::addColumn<QString>("reason");

        QTest::newRow("wrong format") << "format"
                                      << "\"other\""
                                      << "$.format"
                                      << "not an InnoAtlas dataset";
        QTest::newRow("newer version") << "version"
                                       << "2"
                                       << "$.version"
                                       << "newer than this program reads";
        QTest::newRow("unknown member") << "plans[0].budgett"
                                        << "1"
                                        << "$.plans[0].budgett"
                                        << "unknown member";
        QTest::newRow("won with decimals") << "plans[0].headlineBudget.value"
                                           << "350000000000.5"
                                           << "$.plans[0].headlineBudget.value"
                                           << "expected an integer";
        QTest::newRow("negative won") << "plans[0].budgetLines[0].amount.value"
                                      << "-5"
                                      << "$.plans[0].budgetLines[0].amount.value"
                                      << "outside";
        QTest::newRow("won as string") << "plans[0].headlineBudget.value"
                                       << "\"350 billion\""
                                       << "$.plans[0].headlineBudget.value"
                                       << "expected an integer, found a string";
        QTest::newRow("won too large") << "plans[0].headlineBudget.value"
                                       << "1e300"
                                       << "$.plans[0].headlineBudget.value"
                                       << "too large";
        QTest::newRow("figure without quotes") << "plans[0].headlineBudget.quotes"
                                               << "[]"
                                               << "$.plans[0].headlineBudget.quotes"
                                               << "at least one quote";
        QTest::newRow("figure quotes missing") << "plans[0].period.quotes"
                                               << "<remove>"
                                               << "$.plans[0].period.quotes"
                                               << "required";
        QTest::newRow("unknown quote") << "plans[0].headlineBudget.quotes"
                                       << "[\"q.nowhere\"]"
                                       << "$.plans[0].headlineBudget.quotes[0]"
                                       << "no quote has the key";
        QTest::newRow("quote key of wrong kind") << "plans[0].headlineBudget.quotes"
                                                 << "[\"src.test\"]"
                                                 << "$.plans[0].headlineBudget.quotes[0]"
                                                 << "is a source, not a quote";
        QTest::newRow("unknown region") << "plans[0].region"
                                        << "\"region.atlantis\""
                                        << "$.plans[0].region"
                                        << "no region has the key";
        QTest::newRow("element of another plan") << "plans[0].budgetLines[0].element"
                                                 << "\"bl.test.usd\""
                                                 << "$.plans[0].budgetLines[0].element"
                                                 << "is a budget line";
        QTest::newRow("duplicate key") << "plans[0].budgetLines[1].key"
                                       << "\"bl.test.total\""
                                       << "$.plans[0].budgetLines[1].key"
                                       << "already used";
        QTest::newRow("bad key") << "plans[0].key"
                                 << "\"Plan One\""
                                 << "$.plans[0].key"
                                 << "is not a key";
        QTest::newRow("day for month precision") << "events[0].date.value"
                                                 << "\"2023-11-29\""
                                                 << "$.events[0].date.value"
                                                 << "does not match precision";
        QTest::newRow("impossible day") << "plans[0].announced.value"
                                        << "\"2023-02-30\""
                                        << "$.plans[0].announced.value"
                                        << "not a day of the calendar";
        QTest::newRow("period reversed") << "plans[0].period.from"
                                         << "2030"
                                         << "$.plans[0].period"
                                         << "is after";
        QTest::newRow("unknown funding") << "plans[0].budgetLines[0].funding"
                                         << "\"lottery\""
                                         << "$.plans[0].budgetLines[0].funding"
                                         << "is not one of";
        QTest::newRow("status without text") << "plans[0].elements[0].children[0].name.status"
                                             << "{\"ko\": \"draft\"}"
                                             << "$.plans[0].elements[0].children[0].name.status.ko"
                                             << "needs the text";
        QTest::newRow("unknown status") << "themes[0].name.status"
                                        << "{\"en\": \"done\"}"
                                        << "$.themes[0].name.status.en"
                                        << "is not one of";
        QTest::newRow("title missing") << "plans[0].title"
                                       << "<remove>"
                                       << "$.plans[0].title"
                                       << "required";
        QTest::newRow("padded text") << "themes[0].name.en"
                                     << "\" Space\""
                                     << "$.themes[0].name"
                                     << "white space";
        QTest::newRow("bad legal-dong code") << "regions[1].code"
                                             << "\"30\""
                                             << "$.regions[1].code"
                                             << "10-digit";
        QTest::newRow("bad currency") << "plans[0].budgetLines[1].amount.original.currency"
                                      << "\"dollars\""
                                      << "$.plans[0].budgetLines[1].amount.original.currency"
                                      << "ISO 4217";
        QTest::newRow("bad KPI value") << "plans[0].targets[0].target.value"
                                       << "\"80%\""
                                       << "$.plans[0].targets[0].target.value"
                                       << "not a decimal number";
        QTest::newRow("participant twice") << "participations[0].region"
                                           << "\"region.test-city\""
                                           << "$.participations[0]"
                                           << "exactly one of";
        QTest::newRow("object expected") << "plans[0]"
                                         << "42"
                                         << "$.plans[0]"
                                         << "expected an object";
    }

    void refusesBadInput()
    {
        QFETCH(QString, member);
        QFETCH(QString, value);
        QFETCH(QString, issuePath);
        QFETCH(QString, reason);

        DatasetJsonReader reader;
        reader.read(mutated(member, json(value.toUtf8().constData())), QStringLiteral("bad.json"));
        QVERIFY(!reader.finish());
        bool found = false;
        QStringList seen;
        for (const DatasetIssue &issue : reader.issues()) {
            seen << issue.toString();
            if (issue.path == issuePath && issue.message.contains(reason) && issue.file == QLatin1String("bad.json"))
                found = true;
        }
        QVERIFY2(found, qPrintable(seen.join(QLatin1Char('\n'))));
    }

    void reportsSyntaxErrorsWithLineAndColumn()
    {
        DatasetJsonReader reader;
        QVERIFY(
            !reader.read("{\n  \"format\": \"innoatlas-dataset\",\n  \"version\": 1,,\n}", QStringLiteral("x.json")));
        QCOMPARE(reader.issues().size(), 1);
        QCOMPARE(reader.issues().first().line, 3);
        QVERIFY(reader.issues().first().toString().startsWith(QStringLiteral("x.json:3:")));
    }

    void readsReferencesAcrossDocuments()
    {
        const QByteArray shared = R"({"format": "innoatlas-dataset", "version": 1,
            "sources": [{"key": "src.a", "kind": "report", "publisher": {"en": "P"}, "title": {"en": "T"},
                         "language": "en", "quotes": [{"key": "q.a", "text": "x"}]}],
            "regions": [{"key": "region.a", "level": "city", "name": {"en": "A"}}]})";
        const QByteArray plans = R"({"format": "innoatlas-dataset", "version": 1,
            "plans": [{"key": "plan.a", "region": "region.a", "title": {"en": "Plan"},
                       "headlineBudget": {"value": 5, "quotes": ["q.a"]}}]})";
        DatasetJsonReader reader;
        QVERIFY(reader.read(shared, QStringLiteral("shared.json")));
        QVERIFY(reader.read(plans, QStringLiteral("plans.json")));
        QVERIFY(reader.finish());

        DatasetJsonReader alone;
        alone.read(plans, QStringLiteral("plans.json"));
        QVERIFY(!alone.finish());
        QCOMPARE(alone.issues().size(), 2); // the region and the quote
    }

    void survivesHostileInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("nul bytes") << QByteArray("\0\0\0{", 4);
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("deep nesting") << QByteArray(100000, '[');
        QTest::newRow("truncated utf-8") << QByteArray("{\"format\": \"\xEB\xB6");
        QTest::newRow("lists of wrong type") << QByteArray(R"({"format":"innoatlas-dataset","version":1,"plans":{},
            "sources":[1,"x",null],"regions":"none"})");
    }

    void survivesHostileInput()
    {
        QFETCH(QByteArray, bytes);
        DatasetJsonReader reader;
        reader.read(bytes, QStringLiteral("hostile.json"));
        QVERIFY(!reader.finish());
        QVERIFY(!reader.issues().isEmpty());
        QVERIFY(reader.dataset().plans.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatasetJsonReader)
#include "TestDatasetJsonReader.moc"
