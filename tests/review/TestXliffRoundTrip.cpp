#include "ReviewTestDatabase.h"
#include "review/ContentEditor.h"
#include "review/ContentPairs.h"
#include "review/TextHistory.h"
#include "review/XliffExporter.h"
#include "review/XliffImporter.h"
#include "review/XliffReader.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace innoatlas;

namespace {
QString dataFile(const QString &name)
{
    return QStringLiteral(INNOATLAS_TEST_DATA_DIR "/review/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Compares with a golden file; INNOATLAS_UPDATE_GOLDEN=1 rewrites it instead.
bool matchesGolden(const QByteArray &actual, const QString &name)
{
    if (qEnvironmentVariableIsSet("INNOATLAS_UPDATE_GOLDEN"))
        return writeAll(dataFile(name), actual);
    return actual == readAll(dataFile(name));
}

const FieldKey kPlanTitle{QStringLiteral("plan.test-space"), QStringLiteral("title")};
} // namespace

class TestXliffRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        const QString path =
            m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(++m_count).arg(QTest::currentTestFunction()));
        QVERIFY2(ReviewTestDatabase::openMinimal(*m_db, path), qPrintable(m_db->errorString()));
    }

    void cleanup() { m_db.reset(); }

    void exportMatchesGolden()
    {
        const QByteArray koEn = XliffExporter::toXliff(m_db->connection(), {}, Language::Korean);
        QVERIFY2(matchesGolden(koEn, QStringLiteral("minimal-ko-en.xlf")), koEn.constData());
        const QByteArray enKo = XliffExporter::toXliff(m_db->connection(), {}, Language::English);
        QVERIFY2(matchesGolden(enKo, QStringLiteral("minimal-en-ko.xlf")), enKo.constData());
    }

    void exportCarriesIdsStatesAndNotes()
    {
        const XliffDocument document = XliffExporter::build(m_db->connection(), {}, Language::Korean);
        QStringList ids;
        for (const XliffUnit &unit : document.units)
            ids << unit.id;
        QVERIFY(ids.contains(QStringLiteral("plan.test-space:title")));
        QVERIFY(ids.contains(QStringLiteral("plan.test-space#count.strategy#count:note"))); // a curator note
        QVERIFY(!ids.contains(QStringLiteral("el.test.strategy-1:name")));   // no Korean to translate from
        QVERIFY(!ids.contains(QStringLiteral("q.test.budget:translation"))); // an English quote: other direction
        for (const XliffUnit &unit : document.units) {
            if (unit.id == QLatin1String("region.test-city:name")) {
                QCOMPARE(unit.status, std::optional<ReviewStatus>(ReviewStatus::Reviewed));
                QVERIFY(unit.notes.first().contains(QStringLiteral("region.test-city")));
            }
            if (unit.id == QLatin1String("plan.test-space:title")) // the quotes behind the plan
                QVERIFY(unit.notes.join(QLatin1Char('\n')).contains(QStringLiteral("q.test.budget")));
        }
        // English to Korean: the English quotes are to be translated, with the quote as the source.
        const XliffDocument enKo = XliffExporter::build(m_db->connection(), {}, Language::English);
        bool quote = false;
        for (const XliffUnit &unit : enKo.units)
            quote = quote || (unit.id == QLatin1String("q.test.budget:translation") &&
                              unit.source == QLatin1String("invest 350 billion won over five years from 2024") &&
                              !unit.hasTarget);
        QVERIFY(quote);
    }

    void filteredExport()
    {
        ContentFilter filter;
        filter.status = ReviewStatus::Reviewed;
        const XliffDocument reviewed = XliffExporter::build(m_db->connection(), filter, Language::Korean);
        QCOMPARE(reviewed.units.size(), 1);
        QCOMPARE(reviewed.units.first().id, QStringLiteral("region.test-city:name"));
        ContentFilter plan;
        plan.planKey = QStringLiteral("plan.test-space");
        for (const XliffUnit &unit : XliffExporter::build(m_db->connection(), plan, Language::Korean).units)
            QVERIFY2(!unit.id.startsWith(QLatin1String("region.")) && !unit.id.startsWith(QLatin1String("theme.")),
                     qPrintable(unit.id));
    }

    void importAppliesThroughTheEditor()
    {
        ContentEditor editor(m_db->connection(), QStringLiteral("lee"));
        QVERIFY(editor.setStatus(kPlanTitle, Language::Korean, ReviewStatus::Approved).ok);

        XliffImporter importer(m_db->connection(), QStringLiteral("translator"));
        const XliffImportReport report = importer.importFile(dataFile(QStringLiteral("cat-tool-12.xlf")), false);
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY(report.applied);
        QCOMPARE(report.units, 6);
        QVERIFY(report.unmatched.isEmpty());

        const FieldPair title = editor.field(kPlanTitle);
        QCOMPARE(title.text.en, QStringLiteral("Space industry development vision"));
        QCOMPARE(title.text.enStatus, ReviewStatus::Approved);
        // The approved Korean was reviewed against the old English: it needs review again.
        QCOMPARE(title.text.koStatus, ReviewStatus::Draft);
        QCOMPARE(title.koFlag->counterpartText, QStringLiteral("Space industry vision"));

        QCOMPARE(editor.field({QStringLiteral("el.test.field-1"), QStringLiteral("name")}).text.enStatus,
                 ReviewStatus::Reviewed);
        QCOMPARE(editor.field({QStringLiteral("kpi.test.share"), QStringLiteral("metric")}).text.en,
                 QStringLiteral("Automation  share"));
        // An empty target and a unit without one offer nothing.
        QCOMPARE(editor.field({QStringLiteral("ev.test.ceremony"), QStringLiteral("title")}).text.en,
                 QStringLiteral("Vision declaration"));

        const QVector<HistoryEntry> history = TextHistory(m_db->connection()).ofField(kPlanTitle, Language::English);
        QCOMPARE(history.first().userName, QStringLiteral("translator"));
        QCOMPARE(history.first().origin, QStringLiteral("xliff-import:cat-tool-12.xlf"));

        // The same file again changes nothing.
        const XliffImportReport again = importer.importFile(dataFile(QStringLiteral("cat-tool-12.xlf")), false);
        QVERIFY(again.ok);
        QVERIFY(again.edits.isEmpty());
        QVERIFY(!again.applied);
    }

    void importOfXliff20()
    {
        XliffImporter importer(m_db->connection(), QStringLiteral("translator"));
        const XliffImportReport report = importer.importFile(dataFile(QStringLiteral("cat-tool-20.xlf")), false);
        QVERIFY2(report.ok, qPrintable(report.error));
        const FieldPair title = ContentPairs::loadOne(m_db->connection(), kPlanTitle);
        QCOMPARE(title.text.en, QStringLiteral("Space industry vision for growth!"));
        QCOMPARE(title.text.enStatus, ReviewStatus::Reviewed);
    }

    void sameTextCanOnlyRaiseTheState()
    {
        ContentEditor editor(m_db->connection(), QStringLiteral("lee"));
        QVERIFY(editor
                    .setStatus({QStringLiteral("region.test-city"), QStringLiteral("name")}, Language::English,
                               ReviewStatus::Approved)
                    .ok);
        XliffDocument document = XliffExporter::build(m_db->connection(), {}, Language::Korean);
        for (XliffUnit &unit : document.units)
            unit.status = ReviewStatus::Draft; // a tool that marks everything "translated"
        XliffDocument reread;
        QString error;
        QVERIFY(XliffReader::read(XliffExporter::toXliff(m_db->connection(), {}, Language::Korean), QStringLiteral("x"),
                                  &reread, &error));
        const XliffImportReport report =
            XliffImporter(m_db->connection(), QStringLiteral("t")).importDocument(document, QStringLiteral("x"), false);
        QVERIFY(report.ok);
        QVERIFY(report.edits.isEmpty());
        QCOMPARE(ContentPairs::loadOne(m_db->connection(), {QStringLiteral("region.test-city"), QStringLiteral("name")})
                     .text.enStatus,
                 ReviewStatus::Approved);
    }

    void conflictRefusesTheWholeImport()
    {
        // Export, then the Korean source of one unit changes in the database, then the translation comes back.
        const QByteArray exported = XliffExporter::toXliff(m_db->connection(), {}, Language::Korean);
        QByteArray translated = exported;
        translated.replace("<target state=\"translated\">Space industry vision</target>",
                           "<target state=\"translated\">Space industry development vision</target>");
        translated.replace("<target state=\"translated\">Technology development</target>",
                           "<target state=\"translated\">Developing technology</target>");
        QVERIFY(translated != exported);
        const QString path = m_dir.filePath(QStringLiteral("translated.xlf"));
        QVERIFY(writeAll(path, translated));
        ContentEditor editor(m_db->connection(), QStringLiteral("lee"));
        QVERIFY(editor.setText(kPlanTitle, Language::Korean, QStringLiteral("우주산업 비전")).ok);
        const QVector<FieldPair> before = ContentPairs::load(m_db->connection());

        const XliffImportReport report = XliffImporter(m_db->connection(), QStringLiteral("t")).importFile(path, false);
        QVERIFY(!report.ok);
        QVERIFY(!report.applied);
        QCOMPARE(report.conflicts.size(), 1);
        QCOMPARE(report.conflicts.first().unitId, QStringLiteral("plan.test-space:title"));
        QCOMPARE(report.conflicts.first().exportedSource, QStringLiteral("우주산업 육성 비전"));
        QCOMPARE(report.conflicts.first().currentSource, QStringLiteral("우주산업 비전"));
        QVERIFY(report.conflicts.first().line > 0);
        QVERIFY(report.error.startsWith(path));
        // Nothing changed, not even the unit that did not conflict.
        const QVector<FieldPair> after = ContentPairs::load(m_db->connection());
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i)
            QVERIFY(after.at(i).text == before.at(i).text);
    }

    void dryRunReportsAndChangesNothing()
    {
        const QByteArray exported = XliffExporter::toXliff(m_db->connection(), {}, Language::Korean);
        QByteArray translated = exported;
        translated.replace("<target state=\"translated\">Space industry vision</target>",
                           "<target state=\"signed-off\">Space industry development vision</target>");
        const QString path = m_dir.filePath(QStringLiteral("dry.xlf"));
        QVERIFY(writeAll(path, translated));
        const XliffImportReport report = XliffImporter(m_db->connection(), QStringLiteral("t")).importFile(path, true);
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY(!report.applied);
        QCOMPARE(report.edits.size(), 1);
        QCOMPARE(report.edits.first().newText, QStringLiteral("Space industry development vision"));
        QCOMPARE(report.edits.first().newStatus, ReviewStatus::Reviewed);
        QCOMPARE(ContentPairs::loadOne(m_db->connection(), kPlanTitle).text.en,
                 QStringLiteral("Space industry vision"));
        QVERIFY(TextHistory(m_db->connection()).recent(5).isEmpty());
        // A round trip of the export itself changes nothing at all.
        QVERIFY(writeAll(path, exported));
        const XliffImportReport unchanged =
            XliffImporter(m_db->connection(), QStringLiteral("t")).importFile(path, false);
        QVERIFY(unchanged.ok);
        QVERIFY(unchanged.edits.isEmpty());
        QCOMPARE(unchanged.unchanged, unchanged.units);
    }

    void unmatchedUnitsAreReportedAndSkipped()
    {
        XliffDocument document;
        document.units.append({QStringLiteral("plan.test-space:title"),
                               QStringLiteral("우주산업 육성 비전"),
                               QStringLiteral("Vision"),
                               true,
                               ReviewStatus::Draft,
                               false,
                               {},
                               5});
        document.units.append({QStringLiteral("plan.gone:title"),
                               QStringLiteral("x"),
                               QStringLiteral("y"),
                               true,
                               ReviewStatus::Draft,
                               false,
                               {},
                               9});
        document.units.append({QStringLiteral("q.test.budget:translation"),
                               QStringLiteral("x"),
                               QStringLiteral("y"),
                               true,
                               ReviewStatus::Draft,
                               false,
                               {},
                               12});
        const XliffImportReport report =
            XliffImporter(m_db->connection(), QStringLiteral("t")).importDocument(document, QStringLiteral("x"), false);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.edits.size(), 1);
        QCOMPARE(report.unmatched.size(), 2);
        QCOMPARE(report.unmatched.at(0).line, 9);
        QCOMPARE(report.unmatched.at(1).unitId, QStringLiteral("q.test.budget:translation"));
    }

    void foreignAndHostileFilesAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("foreign") << "foreign.xlf"
                                 << "not exported by InnoAtlas";
        QTest::newRow("entity bomb") << "entity-bomb.xlf"
                                     << "document type declaration";
        QTest::newRow("external entity") << "external-entity.xlf"
                                         << "document type declaration";
        QTest::newRow("missing file") << "no-such-file.xlf"
                                      << "cannot read";
    }

    void foreignAndHostileFilesAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const XliffImportReport report =
            XliffImporter(m_db->connection(), QStringLiteral("t")).importFile(dataFile(file), false);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(file) && report.error.contains(message), qPrintable(report.error));
        QVERIFY(TextHistory(m_db->connection()).recent(5).isEmpty());
    }

    void lconvertReadsTheExport()
    {
        const QString lconvert = QStringLiteral("/usr/lib/qt6/bin/lconvert");
        if (!QFile::exists(lconvert))
            QSKIP("lconvert (qt6-l10n-tools) is not installed");
        const QString xlf = m_dir.filePath(QStringLiteral("lconvert.xlf"));
        const QString ts = m_dir.filePath(QStringLiteral("lconvert.ts"));
        QVERIFY(writeAll(xlf, XliffExporter::toXliff(m_db->connection(), {}, Language::Korean)));
        QProcess process;
        process.start(lconvert, {QStringLiteral("-i"), xlf, QStringLiteral("-o"), ts});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString converted = QString::fromUtf8(readAll(ts));
        QVERIFY(converted.contains(QStringLiteral("sourcelanguage=\"ko\"")));
        QVERIFY(converted.contains(QStringLiteral("<message id=\"plan.test-space:title\">")));
        QVERIFY(converted.contains(QStringLiteral("<source>우주산업 육성 비전</source>")));
        QVERIFY(converted.contains(QStringLiteral("Space industry vision</translation>")));
    }

    void translateToolkitReadsTheExport()
    {
        const QString xliff2po = QStandardPaths::findExecutable(QStringLiteral("xliff2po"));
        if (xliff2po.isEmpty())
            QSKIP("xliff2po (translate-toolkit) is not installed");
        const QString xlf = m_dir.filePath(QStringLiteral("toolkit.xlf"));
        const QString po = m_dir.filePath(QStringLiteral("toolkit.po"));
        QVERIFY(writeAll(xlf, XliffExporter::toXliff(m_db->connection(), {}, Language::Korean)));
        QProcess process;
        process.start(xliff2po, {QStringLiteral("-i"), xlf, QStringLiteral("-o"), po});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const QString converted = QString::fromUtf8(readAll(po));
        QVERIFY2(converted.contains(QStringLiteral("#: plan.test-space:title")), qPrintable(converted));
        QVERIFY(converted.contains(QStringLiteral("msgid \"우주산업 육성 비전\"")));
        QVERIFY(converted.contains(QStringLiteral("msgstr \"Space industry vision\"")));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestXliffRoundTrip)
#include "TestXliffRoundTrip.moc"
