#include "HeadlessExport.h"

#include "charts/ChartSnapshot.h"
#include "charts/DatasetSnapshot.h"
#include "charts/DeckStore.h"
#include "charts/FigureCatalog.h"
#include "charts/FigureExporter.h"
#include "charts/InvestmentChartCache.h"
#include "i18n/Translations.h"
#include "model/Vocabulary.h"
#include "presenter/SlideFigures.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "store/UserDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace innoatlas {

namespace {
int usage(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 2;
}

/** Applies the filter and chart options to a slide of the catalog. */
bool adjust(PresenterSlide &slide, const QCommandLineParser &parser, QString *error)
{
    const QStringList cities = parser.values(QStringLiteral("city"));
    const QStringList themes = parser.values(QStringLiteral("theme"));
    switch (slide.view) {
    case PresenterSlide::View::Chart: {
        InvestmentRequest request = slide.chartRequest();
        if (parser.isSet(QStringLiteral("unit")) &&
            !parseDisplayUnit(parser.value(QStringLiteral("unit")), &request.unit)) {
            *error = HeadlessExport::tr("--unit: expected won, eok or jo");
            return false;
        }
        if (parser.isSet(QStringLiteral("kind"))) {
            const QString kind = parser.value(QStringLiteral("kind"));
            if (!Vocabulary::budgetKinds().contains(kind)) {
                *error = HeadlessExport::tr("--kind: expected planned, secured or invested");
                return false;
            }
            request.kind = kind;
            if (request.breakdown == ChartBreakdown::Kind)
                request.breakdown = ChartBreakdown::None;
        }
        if (parser.isSet(QStringLiteral("stacked")))
            request.layout = ChartLayout::Stacked;
        if (parser.isSet(QStringLiteral("grouped")))
            request.layout = ChartLayout::Grouped;
        if (parser.isSet(QStringLiteral("per-capita")))
            request.perCapita = true;
        request.cityKeys = cities;
        request.themeKeys = themes;
        slide = PresenterSlide::chart(request);
        break;
    }
    case PresenterSlide::View::Timeline: {
        TimelineRequest request = slide.timelineRequest();
        request.cityKeys = cities;
        request.themeKeys = themes;
        slide = PresenterSlide::timeline(request);
        break;
    }
    case PresenterSlide::View::Targets:
        slide = PresenterSlide::targets(cities, themes);
        break;
    }
    return true;
}
} // namespace

bool HeadlessExport::isRequested(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        for (const char *option : {"--export-chart", "--export-timeline", "--export-deck", "--list-charts"}) {
            if (argument == QLatin1String(option) || argument.startsWith(QLatin1String(option) + QLatin1Char('=')))
                return true;
        }
    }
    return false;
}

int HeadlessExport::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export InnoAtlas charts and timelines without a window."));
    parser.addHelpOption();
    const auto option = [&parser](const QString &name, const QString &description, const QString &value = QString(),
                                  const QString &defaultValue = QString()) {
        parser.addOption(value.isEmpty() ? QCommandLineOption(name, description)
                                         : QCommandLineOption(name, description, value, defaultValue));
    };
    option(QStringLiteral("list-charts"),
           tr("List the names of the charts, timelines and views that can be exported."));
    option(QStringLiteral("export-chart"), tr("Export the chart or view NAME (see --list-charts)."), tr("NAME"));
    option(QStringLiteral("export-timeline"), tr("Export the timeline with one lane per city or per plan."),
           tr("cities|plans"));
    option(QStringLiteral("export-deck"),
           tr("Export the presenter deck of the database to one PDF, a page per slide."));
    parser.addOption(
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."), tr("FILE")));
    option(QStringLiteral("format"), tr("png, svg or pdf (default: the output file's suffix)."), tr("FORMAT"));
    option(QStringLiteral("lang"), tr("Language of the figure: ko or en."), tr("LANG"));
    option(QStringLiteral("database"), tr("The database file (created from the built-in dataset when missing)."),
           tr("FILE"), UserDatabase::defaultPath());
    option(QStringLiteral("size"), tr("Size in pixels, WIDTHxHEIGHT."), tr("WxH"), QStringLiteral("1920x1080"));
    option(QStringLiteral("dpi"), tr("Resolution of PNG output."), tr("DPI"), QStringLiteral("96"));
    option(QStringLiteral("look"), tr("standard or presenter (light on black, larger type)."), tr("LOOK"),
           QStringLiteral("standard"));
    option(QStringLiteral("city"), tr("Only this region key (repeatable)."), tr("KEY"));
    option(QStringLiteral("theme"), tr("Only plans with this theme key (repeatable)."), tr("KEY"));
    option(QStringLiteral("unit"), tr("Chart unit: won, eok (KRW billion in English) or jo."), tr("UNIT"));
    option(QStringLiteral("kind"), tr("Chart only this kind: planned, secured or invested."), tr("KIND"));
    option(QStringLiteral("stacked"), tr("Stack the series of a chart."));
    option(QStringLiteral("grouped"), tr("Put the series of a chart side by side."));
    option(QStringLiteral("per-capita"), tr("Divide by each city's population (city and plan charts)."));
    option(QStringLiteral("today"), tr("The date of the today line of timelines."), tr("YYYY-MM-DD"));
    option(QStringLiteral("screenshot"), tr("Ignored here (an option of the window)."), tr("FILE"));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }

    if (parser.isSet(QStringLiteral("list-charts"))) {
        QTextStream out(stdout);
        for (const FigureCatalog::Entry &entry : FigureCatalog::entries())
            out << entry.name.leftJustified(18) << entry.description << Qt::endl;
        return 0;
    }

    const QString language = parser.value(QStringLiteral("lang")).isEmpty() ? Translations::systemLanguage()
                                                                            : parser.value(QStringLiteral("lang"));
    if (language != u"ko" && language != u"en")
        return usage(tr("--lang: expected ko or en"));
    Translations::install(language);

    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usage(tr("No output file: give -o FILE."));
    std::optional<FigureExporter::Format> format =
        parser.isSet(QStringLiteral("format")) ? FigureExporter::parseFormat(parser.value(QStringLiteral("format")))
                                               : FigureExporter::formatOfFile(output);
    if (!format)
        return usage(tr("Unknown format: use --format png, svg or pdf, or an output file ending in one of them."));

    FigureExporter::Options options;
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(parser.value(QStringLiteral("size")));
    bool dpiOk = false;
    options.dpi = parser.value(QStringLiteral("dpi")).toInt(&dpiOk);
    if (!size.hasMatch() || !dpiOk || options.dpi < 24 || options.dpi > 2400)
        return usage(tr("--size: expected WIDTHxHEIGHT such as 1920x1080; --dpi: a number from 24 to 2400"));
    options.pixels = QSize(size.captured(1).toInt(), size.captured(2).toInt());

    SlideFigures::Options figureOptions;
    const QString look = parser.value(QStringLiteral("look"));
    if (look != u"standard" && look != u"presenter")
        return usage(tr("--look: expected standard or presenter"));
    figureOptions.look = look == u"presenter" ? FigureLook::Presenter : FigureLook::Standard;
    if (parser.isSet(QStringLiteral("today"))) {
        figureOptions.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!figureOptions.today.isValid())
            return usage(tr("--today: expected a date YYYY-MM-DD"));
    }

    // Which slides.
    QVector<PresenterSlide> slides;
    const bool deck = parser.isSet(QStringLiteral("export-deck"));
    if (parser.isSet(QStringLiteral("export-chart"))) {
        const QString name = parser.value(QStringLiteral("export-chart"));
        const std::optional<FigureCatalog::Entry> entry = FigureCatalog::find(name);
        if (!entry)
            return usage(tr("Unknown chart \"%1\": see --list-charts.").arg(name));
        slides << entry->slide;
    } else if (parser.isSet(QStringLiteral("export-timeline"))) {
        const QString lanes = parser.value(QStringLiteral("export-timeline"));
        if (lanes != u"cities" && lanes != u"plans")
            return usage(tr("--export-timeline: expected cities or plans"));
        slides << FigureCatalog::find(QStringLiteral("timeline-") + lanes)->slide;
    } else if (!deck) {
        return usage(tr("Nothing to export: give --export-chart, --export-timeline or --export-deck."));
    }
    if (deck && *format != FigureExporter::Format::Pdf)
        return usage(tr("--export-deck writes PDF only."));
    for (PresenterSlide &slide : slides) {
        QString error;
        if (!adjust(slide, parser, &error))
            return usage(error);
    }

    Database database;
    if (!UserDatabase::open(database, parser.value(QStringLiteral("database")))) {
        QTextStream(stderr) << database.errorString() << Qt::endl;
        return 3;
    }
    // The charts are counted from the stored pieces and the timelines read only what they show, as the window's tabs
    // do: a national database is not read whole for a figure. Each is read when a figure first needs it.
    QString error;
    SlideData data(
        [&database, &error] {
            const ChartSnapshot snapshot = ChartSnapshot::read(database, &error);
            return std::make_shared<InvestmentChartCache>(snapshot.dataset, snapshot.pieces);
        },
        [&database, &error] { return DatasetSnapshot::loadForTimelinesAndTargets(database, &error); });
    QString deckName;
    if (deck) {
        try {
            const PresenterDeck stored = DeckStore(database.connection()).loadFirstOrStandard();
            slides = stored.slides;
            deckName = stored.name;
        } catch (const StoreError &e) {
            QTextStream(stderr) << e.message() << Qt::endl;
            return 3;
        }
        figureOptions.look = parser.isSet(QStringLiteral("look")) ? figureOptions.look : FigureLook::Presenter;
    }

    const Language contentLanguage = language == u"ko" ? Language::Korean : Language::English;
    std::vector<std::unique_ptr<Figure>> figures;
    QVector<Figure *> pages;
    for (const PresenterSlide &slide : std::as_const(slides)) {
        figures.push_back(SlideFigures::create(slide, data, contentLanguage, figureOptions));
        pages.append(figures.back().get());
    }
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return 3;
    }
    const bool ok =
        *format == FigureExporter::Format::Pdf
            ? FigureExporter::writePdf(pages, output, options, deck ? deckName : pages.first()->title(), &error)
            : FigureExporter::write(*pages.first(), output, *format, options, &error);
    if (!ok) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace innoatlas
