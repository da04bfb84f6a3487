#include "review/XliffReader.h"

#include <QTest>

using namespace innoatlas;

namespace {
QString dataFile(const char *name)
{
    return QStringLiteral(INNOATLAS_TEST_DATA_DIR "/review/") + QLatin1String(name);
}

const XliffUnit *unitOf(const XliffDocument &document, const char *id)
{
    for (const XliffUnit &unit : document.units) {
        if (unit.id == QLatin1String(id))
            return &unit;
    }
    return nullptr;
}
} // namespace

class TestXliffReader : public QObject
{
    Q_OBJECT

private slots:
    void catTool12()
    {
        XliffDocument document;
        QString error;
        QVERIFY2(XliffReader::readFile(dataFile("cat-tool-12.xlf"), &document, &error), qPrintable(error));
        QCOMPARE(document.version, QStringLiteral("1.2"));
        QCOMPARE(document.sourceLanguage, Language::Korean); // "ko-KR"
        QCOMPARE(document.targetLanguage, Language::English);
        QCOMPARE(document.units.size(), 6);

        // <mrk> segments and <g> keep their text; the <alt-trans> memory match is not the translation.
        const XliffUnit *title = unitOf(document, "plan.test-space:title");
        QVERIFY(title);
        QCOMPARE(title->source, QStringLiteral("우주산업 육성 비전"));
        QCOMPARE(title->target, QStringLiteral("Space industry development vision"));
        QCOMPARE(title->status, std::optional<ReviewStatus>(ReviewStatus::Approved));
        QCOMPARE(title->notes, QStringList{QStringLiteral("Entity plan.test-space (plan), field title")});
        QVERIFY(title->line > 0);

        // Without xml:space="preserve" white space collapses; <x/> is dropped.
        const XliffUnit *field = unitOf(document, "el.test.field-1:name");
        QCOMPARE(field->target, QStringLiteral("Technology development"));
        QCOMPARE(field->status, std::optional<ReviewStatus>(ReviewStatus::Reviewed));

        // With it, a double space stays; the native code in <ph> is dropped.
        const XliffUnit *metric = unitOf(document, "kpi.test.share:metric");
        QCOMPARE(metric->target, QStringLiteral("Automation  share"));
        QCOMPARE(metric->status, std::optional<ReviewStatus>(ReviewStatus::Draft));

        const XliffUnit *label = unitOf(document, "bl.test.total:label");
        QCOMPARE(label->status, std::optional<ReviewStatus>(ReviewStatus::Draft));
        QVERIFY(label->needsReview);

        const XliffUnit *empty = unitOf(document, "ev.test.ceremony:title");
        QVERIFY(empty->hasTarget);
        QVERIFY(empty->target.isEmpty());
        QVERIFY(!empty->status);
        QVERIFY(!unitOf(document, "theme.test-space:name")->hasTarget);
    }

    void catTool20()
    {
        XliffDocument document;
        QString error;
        QVERIFY2(XliffReader::readFile(dataFile("cat-tool-20.xlf"), &document, &error), qPrintable(error));
        QCOMPARE(document.version, QStringLiteral("2.0"));
        QCOMPARE(document.units.size(), 3);
        // Segments and the ignorable space between them join; <pc> keeps its text, <cp/> is its character;
        // the unit is as reviewed as its least reviewed segment; matches are not the translation.
        const XliffUnit *title = unitOf(document, "plan.test-space:title");
        QCOMPARE(title->source, QStringLiteral("우주산업 육성 비전"));
        QCOMPARE(title->target, QStringLiteral("Space industry vision for growth!"));
        QCOMPARE(title->status, std::optional<ReviewStatus>(ReviewStatus::Reviewed));
        QCOMPARE(title->notes.size(), 1);
        const XliffUnit *field = unitOf(document, "el.test.field-1:name");
        QCOMPARE(field->target, QStringLiteral("Technology development"));
        QCOMPARE(field->status, std::optional<ReviewStatus>(ReviewStatus::Draft));
        QVERIFY(!unitOf(document, "theme.test-space:name")->hasTarget);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("entity bomb") << "entity-bomb.xlf"
                                     << "entity-bomb.xlf:10: the file has a document type declaration (DTD)";
        QTest::newRow("external entity") << "external-entity.xlf"
                                         << "external-entity.xlf:4: the file has a document type declaration (DTD)";
        QTest::newRow("other languages") << "german.xlf"
                                         << "german.xlf:3: target-language is \"de\"";
        QTest::newRow("malformed") << "malformed.xlf"
                                   << "malformed.xlf:7: ";
    }

    void refused()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        XliffDocument document;
        QString error;
        QVERIFY(!XliffReader::readFile(dataFile(file.toLatin1().constData()), &document, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(document.units.isEmpty() || file == QLatin1String("malformed.xlf"));
    }

    void refusedFromBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("not xliff") << QByteArray("<html><body/></html>") << "x.xlf:1: not an XLIFF file";
        QTest::newRow("empty") << QByteArray() << "x.xlf:";
        QTest::newRow("unknown version")
            << QByteArray(R"(<xliff version="3.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>)")
            << "XLIFF version \"3.0\"";
        QTest::newRow("same languages")
            << QByteArray(R"(<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" )"
                          R"(trgLang="en-GB"><file id="f"/></xliff>)")
            << "both \"en\"";
        QTest::newRow("undeclared entity")
            << QByteArray(R"(<xliff version="1.2"><file source-language="ko" target-language="en"><body>)"
                          R"(<trans-unit id="a:b"><source>&nbsp;</source></trans-unit></body></file></xliff>)")
            << "x.xlf:1:";
        QTest::newRow("duplicate unit")
            << QByteArray("<xliff version=\"1.2\"><file source-language=\"ko\" target-language=\"en\"><body>\n"
                          "<trans-unit id=\"a:b\"><source>x</source></trans-unit>\n"
                          "<trans-unit id=\"a:b\"><source>x</source></trans-unit></body></file></xliff>")
            << "x.xlf:3: the unit \"a:b\" comes twice (first on line 2)";
        QTest::newRow("unit without id")
            << QByteArray(R"(<xliff version="1.2"><file source-language="ko" target-language="en"><body>)"
                          R"(<trans-unit><source>x</source></trans-unit></body></file></xliff>)")
            << "has no id";
        QTest::newRow("missing language")
            << QByteArray(R"(<xliff version="1.2"><file source-language="ko"><body/></file></xliff>)")
            << "target-language is missing";
    }

    void refusedFromBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        XliffDocument document;
        QString error;
        QVERIFY(!XliffReader::read(bytes, QStringLiteral("x.xlf"), &document, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestXliffReader)
#include "TestXliffReader.moc"
