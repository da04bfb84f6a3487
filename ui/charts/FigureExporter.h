#pragma once

#include "charts/Figure.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QVector>

#include <optional>

namespace innoatlas {

/**
 * Writes figures to PNG (any size and resolution), SVG and vector PDF, copies them to the
 * clipboard, and writes several figures (a presenter deck) as one multi-page PDF.
 *
 * A figure is always laid out whole for the output, never cropped to what a view shows.
 * Resolution scales the drawing: 1920×1080 pixels at 192 dpi is a 960×540 layout drawn twice as
 * fine, with text twice as large relative to the image as at 96 dpi.
 */
class FigureExporter
{
    Q_DECLARE_TR_FUNCTIONS(FigureExporter)

public:
    enum class Format
    {
        Png,
        Svg,
        Pdf
    };

    struct Options
    {
        QSize pixels{1920, 1080};
        int dpi = 96;

        /** The layout size: pixels at 96 dpi. */
        QSizeF logicalSize() const;
    };

    /** "png", "svg", "pdf" (any case). */
    static std::optional<Format> parseFormat(const QString &name);
    /** The format a file name's suffix names. */
    static std::optional<Format> formatOfFile(const QString &fileName);

    static QImage toImage(Figure &figure, const Options &options);
    static QByteArray toSvg(Figure &figure, const Options &options);

    /** Writes @p figure to @p fileName; returns false with a message naming the file otherwise. */
    static bool write(Figure &figure, const QString &fileName, Format format, const Options &options,
                      QString *error = nullptr);
    /** One page per figure, each page of the options' proportions, vector drawing and embedded fonts. */
    static bool writePdf(const QVector<Figure *> &pages, const QString &fileName, const Options &options,
                         const QString &title, QString *error = nullptr);
    /** Puts a PNG and an SVG of @p figure on the clipboard. */
    static void copyToClipboard(Figure &figure, const Options &options);
};

} // namespace innoatlas
