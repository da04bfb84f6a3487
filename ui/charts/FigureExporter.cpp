#include "charts/FigureExporter.h"

#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace innoatlas {

namespace {
constexpr int pdfResolution = 1200;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

QSizeF FigureExporter::Options::logicalSize() const
{
    const qreal factor = 96.0 / std::max(1, dpi);
    return QSizeF(pixels.width() * factor, pixels.height() * factor);
}

std::optional<FigureExporter::Format> FigureExporter::parseFormat(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"png")
        return Format::Png;
    if (lower == u"svg")
        return Format::Svg;
    if (lower == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

std::optional<FigureExporter::Format> FigureExporter::formatOfFile(const QString &fileName)
{
    return parseFormat(QFileInfo(fileName).suffix());
}

QImage FigureExporter::toImage(Figure &figure, const Options &options)
{
    QImage image(options.pixels, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = qRound(options.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const qreal scale = options.dpi / 96.0;
    painter.scale(scale, scale);
    figure.render(&painter, QRectF(QPointF(0, 0), options.logicalSize()));
    painter.end();
    return image;
}

QByteArray FigureExporter::toSvg(Figure &figure, const Options &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSizeF size = options.logicalSize();
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(figure.title());
    generator.setDescription(tr("Made with InnoAtlas"));
    QPainter painter(&generator);
    figure.render(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return bytes;
}

bool FigureExporter::write(Figure &figure, const QString &fileName, Format format, const Options &options,
                           QString *error)
{
    if (options.pixels.isEmpty() || options.dpi <= 0)
        return fail(error, tr("%1: the size and resolution must be positive").arg(fileName));
    if (format == Format::Pdf)
        return writePdf({&figure}, fileName, options, figure.title(), error);

    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("%1: cannot write: %2").arg(fileName, file.errorString()));
    bool ok = false;
    if (format == Format::Png) {
        ok = toImage(figure, options).save(&file, "PNG");
    } else {
        const QByteArray svg = toSvg(figure, options);
        ok = file.write(svg) == svg.size();
    }
    if (!ok || !file.commit())
        return fail(error, tr("%1: cannot write: %2").arg(fileName, file.errorString()));
    return true;
}

bool FigureExporter::writePdf(const QVector<Figure *> &pages, const QString &fileName, const Options &options,
                              const QString &title, QString *error)
{
    if (pages.isEmpty())
        return fail(error, tr("%1: nothing to export").arg(fileName));
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("%1: cannot write: %2").arg(fileName, file.errorString()));
    {
        const QSizeF size = options.logicalSize();
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("InnoAtlas"));
        writer.setResolution(pdfResolution);
        // The page has the figure's proportions: size in pixels at 96 dpi, in millimetres.
        writer.setPageSize(QPageSize(QSizeF(size.width() * 25.4 / 96, size.height() * 25.4 / 96), QPageSize::Millimeter,
                                     title, QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        const qreal scale = qreal(pdfResolution) / 96;
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.scale(scale, scale);
            pages.at(i)->render(&painter, QRectF(QPointF(0, 0), size));
            painter.restore();
        }
        painter.end();
    }
    if (!file.commit())
        return fail(error, tr("%1: cannot write: %2").arg(fileName, file.errorString()));
    return true;
}

void FigureExporter::copyToClipboard(Figure &figure, const Options &options)
{
    auto *data = new QMimeData;
    data->setImageData(toImage(figure, options));
    data->setData(QStringLiteral("image/svg+xml"), toSvg(figure, options));
    QGuiApplication::clipboard()->setMimeData(data);
}

} // namespace innoatlas
