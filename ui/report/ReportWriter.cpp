#include "report/ReportWriter.h"

#include "charts/Figure.h"
#include "charts/FigureStyle.h"
#include "charts/InvestmentRequest.h"
#include "charts/PresenterDeck.h"
#include "charts/TimelineRequest.h"
#include "i18n/Translations.h"
#include "presenter/SlideFigures.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>
#include <vector>

namespace innoatlas {

namespace {
constexpr int resolution = 300;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString styleSheet()
{
    return QStringLiteral("h1 { font-size: 18pt; margin-bottom: 6pt; }"
                          "h1.title { font-size: 26pt; margin-top: 120pt; }"
                          "h2 { font-size: 14pt; margin-top: 14pt; color: #1f4e79; }"
                          "h3 { font-size: 11.5pt; margin-top: 10pt; }"
                          "p.over { font-size: 12pt; color: #555555; }"
                          "p.subtitle { font-size: 15pt; }"
                          "p.meta { font-size: 10pt; color: #444444; margin-top: 24pt; }"
                          "p.source { font-weight: bold; margin-top: 8pt; }"
                          ".note { color: #555555; }"
                          ".kind { color: #555555; }"
                          "th { background-color: #e8eef5; text-align: left; }"
                          "td.num, span.num { text-align: right; }"
                          "table.grid { border-color: #999999; }");
}

/** The language's part of a report: its text, laid out in pages, and its figures. */
struct Part
{
    Language language = Language::Korean;
    std::unique_ptr<QTextDocument> text;
    std::vector<std::unique_ptr<Figure>> figures;
};

/**
 * The report's font: Latin text in DejaVu Sans, Hangul in the CJK family. Noto Sans CJK's digits
 * in Latin runs are substituted glyphs that Qt's PDF writer leaves without a Unicode mapping, so
 * the numbers of English text could not be searched or copied from the PDF.
 */
QFont reportFont(qreal pointSize, bool bold = false)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), FigureStyle::defaultFontFamily()});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

std::unique_ptr<QTextDocument> document(const QString &html, QPdfWriter &writer, const QSizeF &page)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(&writer);
    doc->setDefaultFont(reportFont(9.5));
    doc->setDefaultStyleSheet(styleSheet());
    doc->setDocumentMargin(0);
    doc->setPageSize(page);
    doc->setHtml(html);
    return doc;
}

void drawPages(QPainter &painter, QTextDocument &doc, const QSizeF &page, const std::function<void()> &newPage)
{
    for (int i = 0; i < doc.pageCount(); ++i) {
        if (i > 0)
            newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        doc.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
        painter.restore();
    }
}
} // namespace

bool ReportWriter::parseLanguages(const QString &name, Languages *languages)
{
    if (name == QLatin1String("ko"))
        *languages = Languages::Korean;
    else if (name == QLatin1String("en"))
        *languages = Languages::English;
    else if (name == QLatin1String("both"))
        *languages = Languages::Both;
    else
        return false;
    return true;
}

ReportWriter::ReportWriter(const Dataset &dataset, const ReportSubject &subject, const ReportHtml::Info &info)
    : m_dataset(dataset), m_subject(subject), m_info(info)
{
}

bool ReportWriter::write(const QString &fileName, Languages languages, QString *error)
{
    QVector<Language> list;
    if (languages != Languages::English)
        list << Language::Korean;
    if (languages != Languages::Korean)
        list << Language::English;
    // Figures and headings speak the installed language: each part installs its own, and the
    // interface gets its language back however this ends.
    struct Restore
    {
        QString language = Translations::current();
        ~Restore()
        {
            if (Translations::current() != language)
                Translations::install(language);
        }
    } restore;
    const auto use = [](Language language) {
        if (Translations::current() != languageCode(language))
            Translations::install(languageCode(language));
    };

    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("%1: cannot write: %2").arg(fileName, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(resolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        writer.setCreator(QStringLiteral("InnoAtlas"));
        const QRectF paint = writer.pageLayout().paintRectPixels(resolution);
        const qreal footer = resolution * 0.35; // about 9 mm for the page number
        const QSizeF page(paint.width(), paint.height() - footer);

        // Everything is laid out first, so that every page knows the number of pages.
        QString title;
        for (Language language : std::as_const(list)) {
            use(language);
            if (!title.isEmpty())
                title += QStringLiteral("<hr>");
            title += ReportHtml::titlePage(m_dataset, m_subject, language, m_info);
        }
        const std::unique_ptr<QTextDocument> titleDoc = document(title, writer, page);
        writer.setTitle(titleDoc->toPlainText().section(u'\n', 1, 1).trimmed());

        std::vector<Part> parts;
        m_pages = titleDoc->pageCount();
        for (Language language : std::as_const(list)) {
            use(language);
            Part part;
            part.language = language;
            part.text = document(ReportHtml::body(m_dataset, m_subject, language), writer, page);
            SlideFigures::Options options;
            options.today = m_info.date;
            InvestmentRequest chart;
            chart.dimension = ChartDimension::Plan;
            chart.breakdown = ChartBreakdown::Kind;
            chart.cityKeys = {m_subject.regionKey};
            TimelineRequest timeline;
            timeline.lanes = TimelineRequest::Lanes::Plans;
            timeline.cityKeys = {m_subject.regionKey};
            for (const PresenterSlide &slide : {PresenterSlide::chart(chart), PresenterSlide::timeline(timeline),
                                                PresenterSlide::targets({m_subject.regionKey})})
                part.figures.push_back(SlideFigures::create(slide, m_dataset, language, options));
            m_pages += part.text->pageCount() + int(part.figures.size());
            parts.push_back(std::move(part));
        }

        QPainter painter;
        if (!painter.begin(&writer))
            return fail(error, tr("%1: cannot write the PDF").arg(fileName));
        int pageNumber = 1;
        const QFont footerFont = reportFont(8);
        const auto drawFooter = [&] {
            painter.save();
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QRectF(0, paint.height() - footer * 0.7, paint.width(), footer * 0.7),
                             Qt::AlignHCenter | Qt::AlignBottom, tr("%1 / %2").arg(pageNumber).arg(m_pages));
            painter.restore();
        };
        const auto newPage = [&] {
            writer.newPage();
            ++pageNumber;
            drawFooter();
        };
        drawPages(painter, *titleDoc, page, [&] { newPage(); });
        for (Part &part : parts) {
            use(part.language);
            newPage();
            drawPages(painter, *part.text, page, newPage);
            for (size_t i = 0; i < part.figures.size(); ++i) {
                newPage();
                painter.save();
                // Figures lay themselves out in pixels at 96 dpi, as on screen and in exports; each
                // has its own title and source line.
                const qreal scale = qreal(resolution) / 96;
                painter.scale(scale, scale);
                const QSizeF logical(page.width() / scale, qMin(page.width() / scale * 0.8, page.height() / scale));
                part.figures.at(i)->render(&painter, QRectF(QPointF(0, 0), logical));
                painter.restore();
            }
        }
        painter.end();
    }
    if (!file.commit())
        return fail(error, tr("%1: cannot write: %2").arg(fileName, file.errorString()));
    return true;
}

} // namespace innoatlas
