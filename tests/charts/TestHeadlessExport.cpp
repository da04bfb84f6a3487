#include "HeadlessExport.h"
#include "PdfInspector.h"

#include "charts/PresenterDeck.h"

#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace innoatlas;

class TestHeadlessExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void recognisesItsOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("requested");
        QTest::newRow("chart") << QStringList{"innoatlas", "--export-chart", "by-city"} << true;
        QTest::newRow("chart with =") << QStringList{"innoatlas", "--export-chart=by-city"} << true;
        QTest::newRow("timeline") << QStringList{"innoatlas", "--export-timeline", "cities"} << true;
        QTest::newRow("list") << QStringList{"innoatlas", "--list-charts"} << true;
        QTest::newRow("deck") << QStringList{"innoatlas", "--export-deck", "-o", "x.pdf"} << true;
        QTest::newRow("window") << QStringList{"innoatlas", "--lang", "ko", "--screenshot", "x.png"} << false;
    }

    void recognisesItsOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, requested);
        QCOMPARE(HeadlessExport::isRequested(arguments), requested);
    }

    void exportsEveryFormat_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("file");
        QTest::newRow("chart png ko") << QStringList{"--export-chart", "by-city", "--lang", "ko", "--size", "1280x720"}
                                      << "by-city-ko.png";
        QTest::newRow("chart svg en") << QStringList{"--export-chart", "by-year", "--lang", "en"} << "by-year-en.svg";
        QTest::newRow("timeline pdf") << QStringList{"--export-timeline", "plans",     "--lang", "ko",
                                                     "--today",           "2026-11-22"}
                                      << "timeline-ko.pdf";
        QTest::newRow("format overrides suffix")
            << QStringList{"--export-chart", "targets", "--lang", "en", "--format", "png", "--size", "800x600"}
            << "targets.out";
        QTest::newRow("options")
            << QStringList{"--export-chart", "by-city-funding", "--lang",         "en",     "--unit",   "jo", "--kind",
                           "secured",        "--city",          "region.gwangju", "--look", "presenter"}
            << "gwangju-secured.png";
    }

    void exportsEveryFormat()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, file);
        const QString path = m_dir.filePath(file);
        QCOMPARE(run(options + QStringList{"-o", path}), 0);
        QVERIFY(QFile::exists(path));
        if (file.endsWith(u".svg")) {
            QVERIFY(QSvgRenderer(path).isValid());
        } else if (file.endsWith(u".pdf")) {
            const PdfInspector pdf(path);
            QCOMPARE(pdf.pages(), 1);
            QVERIFY2(pdf.embeds(QStringLiteral("CJK")), qPrintable(pdf.fonts()));
        } else {
            const QImage image(path, "PNG");
            QVERIFY(!image.isNull());
            const int at = options.indexOf(QStringLiteral("--size"));
            QCOMPARE(image.size(), at < 0 ? QSize(1920, 1080)
                                          : (options.at(at + 1) == u"800x600" ? QSize(800, 600) : QSize(1280, 720)));
        }
    }

    void exportsTheDeckAsOnePdf()
    {
        const QString path = m_dir.filePath(QStringLiteral("deck.pdf"));
        QCOMPARE(run({"--export-deck", "--lang", "en", "-o", path}), 0);
        QCOMPARE(PdfInspector(path).pages(), int(PresenterDeck::standard().slides.size()));
    }

    void wrongUsageIsRefused_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown chart") << QStringList{"--export-chart", "by-moon", "-o", "x.png"} << 2;
        QTest::newRow("no output") << QStringList{"--export-chart", "by-city"} << 2;
        QTest::newRow("unknown format") << QStringList{"--export-chart", "by-city", "-o", "x.jpg"} << 2;
        QTest::newRow("bad language") << QStringList{"--export-chart", "by-city", "--lang", "fr", "-o", "x.png"} << 2;
        QTest::newRow("bad size") << QStringList{"--export-chart", "by-city", "--size", "big", "-o", "x.png"} << 2;
        QTest::newRow("bad timeline") << QStringList{"--export-timeline", "years", "-o", "x.png"} << 2;
        QTest::newRow("deck as png") << QStringList{"--export-deck", "-o", "x.png"} << 2;
        QTest::newRow("bad unit") << QStringList{"--export-chart", "by-city", "--unit", "man", "-o", "x.png"} << 2;
        QTest::newRow("unknown option") << QStringList{"--export-chart", "by-city", "--colour", "-o", "x.png"} << 2;
    }

    void wrongUsageIsRefused()
    {
        QFETCH(QStringList, options);
        QFETCH(int, code);
        QCOMPARE(run(options), code);
    }

    void unwritableOutputFails()
    {
        QCOMPARE(run({"--export-chart", "by-city", "-o", m_dir.filePath(QStringLiteral("no/such/folder.png"))}), 1);
    }

    void listsTheCharts() { QCOMPARE(run({"--list-charts"}), 0); }

private:
    int run(const QStringList &options)
    {
        const QString database = m_dir.filePath(QStringLiteral("headless.sqlite"));
        return HeadlessExport::run(QStringList{"innoatlas", "--database", database} + options);
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestHeadlessExport)
#include "TestHeadlessExport.moc"
