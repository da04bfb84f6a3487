#include "FigureTestSupport.h"
#include "PdfInspector.h"

#include "charts/FigureCatalog.h"
#include "charts/FigureExporter.h"
#include "charts/InvestmentChartBuilder.h"
#include "dataset/BuiltinDataset.h"
#include "i18n/Translations.h"
#include "presenter/SlideFigures.h"
#include "timeline/TimelineView.h"
#include "timeline/TimelineWidget.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QMimeData>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace innoatlas;

class TestFigureExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVector<DatasetIssue> issues;
        QVERIFY(BuiltinDataset::read(&m_dataset, &issues));
        if (!PdfInspector::hasPoppler())
            qWarning("poppler-utils not installed: PDF text is not checked, fonts and pages from the file's bytes");
    }

    void pngHasTheChosenSizeAndResolution_data()
    {
        QTest::addColumn<QSize>("pixels");
        QTest::addColumn<int>("dpi");
        QTest::newRow("full HD, screen") << QSize(1920, 1080) << 96;
        QTest::newRow("print, 300 dpi") << QSize(2400, 1500) << 300;
        QTest::newRow("small") << QSize(400, 300) << 72;
    }

    void pngHasTheChosenSizeAndResolution()
    {
        QFETCH(QSize, pixels);
        QFETCH(int, dpi);
        auto figure = figureNamed(QStringLiteral("by-city"), Language::Korean);
        FigureExporter::Options options;
        options.pixels = pixels;
        options.dpi = dpi;
        const QString file = m_dir.filePath(QStringLiteral("chart-%1.png").arg(dpi));
        QString error;
        QVERIFY2(FigureExporter::write(*figure, file, FigureExporter::Format::Png, options, &error), qPrintable(error));
        const QImage image(file);
        QCOMPARE(image.size(), pixels);
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
        QVERIFY(FigureTestSupport::inkShare(image) > 0.01);
    }

    void svgParsesAndNamesItsSources_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("chart") << "by-year";
        QTest::newRow("targets") << "targets";
        QTest::newRow("timeline") << "timeline-cities";
    }

    void svgParsesAndNamesItsSources()
    {
        QFETCH(QString, name);
        auto figure = figureNamed(name, Language::English);
        const QString file = m_dir.filePath(name + QStringLiteral(".svg"));
        QVERIFY(FigureExporter::write(*figure, file, FigureExporter::Format::Svg, {}));
        QFile svg(file);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray bytes = svg.readAll();
        QXmlStreamReader xml(bytes);
        QString title;
        QString text;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (xml.name() == u"title")
                    title = xml.readElementText();
                else if (xml.name() == u"text")
                    text += xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char(' ');
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(title, figure->title());
        QVERIFY(text.contains(QStringLiteral("Sources:")));
        QVERIFY(QSvgRenderer(bytes).isValid());
    }

    void pdfIsVectorWithKoreanFontAndText()
    {
        auto figure = figureNamed(QStringLiteral("by-city"), Language::Korean);
        const QString file = m_dir.filePath(QStringLiteral("by-city-ko.pdf"));
        QString error;
        QVERIFY2(FigureExporter::write(*figure, file, FigureExporter::Format::Pdf, {}, &error), qPrintable(error));
        const PdfInspector pdf(file);
        QCOMPARE(pdf.pages(), 1);
        QVERIFY2(pdf.embeds(QStringLiteral("CJK")), qPrintable(pdf.fonts()));
        if (PdfInspector::hasPoppler()) {
            const QString text = pdf.text();
            QVERIFY2(text.contains(QStringLiteral("대전")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("위클리 워크인투코리아")));
            QVERIFY(text.contains(QStringLiteral("(2023-12-01)")));
        }
    }

    void deckIsOneMultiPagePdf()
    {
        const PresenterDeck deck = PresenterDeck::standard();
        std::vector<std::unique_ptr<Figure>> figures;
        QVector<Figure *> pages;
        SlideFigures::Options options;
        options.look = FigureLook::Presenter;
        for (const PresenterSlide &slide : deck.slides) {
            figures.push_back(SlideFigures::create(slide, m_dataset, Language::English, options));
            pages.append(figures.back().get());
        }
        const QString file = m_dir.filePath(QStringLiteral("deck.pdf"));
        QVERIFY(FigureExporter::writePdf(pages, file, {}, deck.name));
        const PdfInspector pdf(file);
        QCOMPARE(pdf.pages(), int(deck.slides.size()));
        QVERIFY2(pdf.embeds(QStringLiteral("CJK")), qPrintable(pdf.fonts()));
        if (PdfInspector::hasPoppler()) {
            const QString text = pdf.text();
            QVERIFY(text.contains(QStringLiteral("Investment by year")));
            QVERIFY(text.contains(QStringLiteral("Timeline by plan")));
            // Every page has its source line.
            QCOMPARE(text.count(QStringLiteral("Sources:")), int(deck.slides.size()));
        }
    }

    void wholeTimelineIsExportedNotTheVisiblePart()
    {
        Translations::install(QStringLiteral("en"));
        TimelineWidget widget(std::make_shared<const Dataset>(m_dataset));
        widget.resize(900, 600);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        for (int i = 0; i < 6; ++i)
            widget.view()->zoomIn(); // now only a few months are on screen
        auto figure = widget.createFigure();
        const QString file = m_dir.filePath(QStringLiteral("timeline.pdf"));
        QVERIFY(FigureExporter::write(*figure, file, FigureExporter::Format::Pdf, {}));
        if (!PdfInspector::hasPoppler())
            QSKIP("needs pdftotext");
        const QString text = PdfInspector(file).text();
        for (const char *expected : {"2005", "2045", "Mars landing", "Busan", "Timeline by city"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
    }

    void unwritableFileIsAClearError()
    {
        auto figure = figureNamed(QStringLiteral("by-city"), Language::English);
        QString error;
        const QString file = m_dir.filePath(QStringLiteral("missing-folder/chart.png"));
        QVERIFY(!FigureExporter::write(*figure, file, FigureExporter::Format::Png, {}, &error));
        QVERIFY2(error.contains(file), qPrintable(error));
        QVERIFY(!QFile::exists(file));
    }

    void formatsByNameAndSuffix()
    {
        QCOMPARE(FigureExporter::formatOfFile(QStringLiteral("a/b.PDF")), FigureExporter::Format::Pdf);
        QCOMPARE(FigureExporter::formatOfFile(QStringLiteral("chart.svg")), FigureExporter::Format::Svg);
        QVERIFY(!FigureExporter::formatOfFile(QStringLiteral("chart.jpg")));
        QCOMPARE(FigureExporter::parseFormat(QStringLiteral("png")), FigureExporter::Format::Png);
    }

    void clipboardGetsImageAndSvg()
    {
        auto figure = figureNamed(QStringLiteral("targets"), Language::Korean);
        FigureExporter::Options options;
        options.pixels = QSize(800, 450);
        FigureExporter::copyToClipboard(*figure, options);
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data);
        QVERIFY(data->hasImage());
        QCOMPARE(qvariant_cast<QImage>(data->imageData()).size(), QSize(800, 450));
        QVERIFY(QSvgRenderer(data->data(QStringLiteral("image/svg+xml"))).isValid());
    }

private:
    std::unique_ptr<Figure> figureNamed(const QString &name, Language language) const
    {
        SlideFigures::Options options;
        options.today = QDate(2026, 11, 22);
        return SlideFigures::create(FigureCatalog::find(name)->slide, m_dataset, language, options);
    }

    QTemporaryDir m_dir;
    Dataset m_dataset;
};

QTEST_MAIN(TestFigureExport)
#include "TestFigureExport.moc"
