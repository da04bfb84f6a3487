// figure-gallery: renders every figure of the catalog in Korean and English (standard and
// presenter looks) to PNG files in a folder, to look at them; and the views as widgets.
//
//   figure-gallery OUTDIR [--translations FILE.json] [--width W --height H]
//
// --translations loads a JSON object of English source text → Korean translation (the form
// translators hand in) as an extra translator, to see the Korean interface before the .ts
// files are updated.

#include "charts/FigureCatalog.h"
#include "charts/FigureExporter.h"
#include "charts/InvestmentChartView.h"
#include "charts/TargetsView.h"
#include "dataset/BuiltinDataset.h"
#include "i18n/Translations.h"
#include "presenter/SlideFigures.h"
#include "timeline/TimelineWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTranslator>

using namespace innoatlas;

namespace {
/** Looks up source texts in a JSON map, whatever their context. */
class JsonTranslator : public QTranslator
{
public:
    bool load(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        m_map = QJsonDocument::fromJson(f.readAll()).object();
        return !m_map.isEmpty();
    }
    bool isEmpty() const override { return m_map.isEmpty(); }
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        QString text = m_map.value(QString::fromUtf8(source)).toString();
        if (n >= 0)
            text.replace(QStringLiteral("%n"), QString::number(n));
        return text;
    }

private:
    QJsonObject m_map;
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("outdir"), QStringLiteral("Folder for the PNG files"));
    const QCommandLineOption translations(QStringLiteral("translations"), QStringLiteral("Extra JSON translations"),
                                          QStringLiteral("FILE"));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("Width"), QStringLiteral("W"),
                                   QStringLiteral("1600"));
    const QCommandLineOption height(QStringLiteral("height"), QStringLiteral("Height"), QStringLiteral("H"),
                                    QStringLiteral("900"));
    parser.addOptions({translations, width, height});
    parser.addHelpOption();
    parser.process(app);
    const QString out = parser.positionalArguments().value(0, QStringLiteral("."));
    QDir().mkpath(out);

    Dataset dataset;
    QVector<DatasetIssue> issues;
    if (!BuiltinDataset::read(&dataset, &issues))
        return 1;
    FigureExporter::Options options;
    options.pixels = QSize(parser.value(width).toInt(), parser.value(height).toInt());

    JsonTranslator extra;
    const bool haveExtra = parser.isSet(translations) && extra.load(parser.value(translations));
    for (const QString &lang : {QStringLiteral("ko"), QStringLiteral("en")}) {
        Translations::install(lang);
        if (lang == u"ko" && haveExtra)
            QCoreApplication::installTranslator(&extra);
        const Language language = lang == u"ko" ? Language::Korean : Language::English;
        for (const FigureCatalog::Entry &entry : FigureCatalog::entries()) {
            for (const FigureLook look : {FigureLook::Standard, FigureLook::Presenter}) {
                SlideFigures::Options figureOptions;
                figureOptions.look = look;
                figureOptions.sameLayoutInBothLanguages = look == FigureLook::Presenter;
                auto figure = SlideFigures::create(entry.slide, dataset, language, figureOptions);
                const QString file = QStringLiteral("%1/%2%3-%4.png")
                                         .arg(out, entry.name, look == FigureLook::Presenter ? "-presenter" : "", lang);
                QString error;
                if (!FigureExporter::write(*figure, file, FigureExporter::Format::Png, options, &error))
                    QTextStream(stderr) << error << Qt::endl;
            }
        }
        auto shared = std::make_shared<const Dataset>(dataset);
        InvestmentChartView chart(shared);
        TimelineWidget timeline(shared);
        TargetsView targets(shared);
        for (QWidget *widget :
             {static_cast<QWidget *>(&chart), static_cast<QWidget *>(&timeline), static_cast<QWidget *>(&targets)}) {
            widget->resize(1280, 760);
            widget->show();
            QCoreApplication::processEvents();
            widget->grab().save(QStringLiteral("%1/widget-%2-%3.png").arg(out, widget->objectName(), lang));
            widget->hide();
        }
        if (haveExtra)
            QCoreApplication::removeTranslator(&extra);
    }
    return 0;
}
