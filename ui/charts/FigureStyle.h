#pragma once

#include "charts/ChartSpec.h"

#include <QColor>
#include <QFont>
#include <QSizeF>
#include <QVector>

namespace innoatlas {

/** The two looks of figures: on screen and in exports, or on the presenter's wall. */
enum class FigureLook
{
    Standard,
    Presenter
};

/**
 * Colours and type of charts, timelines and the targets view. Text grows with the figure so that
 * an export at 1920×1080 is readable from the back of a room; the presenter style is larger still
 * and high contrast (light on black).
 */
struct FigureStyle
{
    QColor background;
    QColor foreground;
    QColor muted; ///< notes and source lines
    QColor grid;
    QColor accent; ///< selection, today line
    QVector<QColor> palette;
    QColor otherSeries; ///< the series that adds together those not shown one by one
    QString fontFamily;
    qreal titlePx = 28;
    qreal labelPx = 18;
    qreal smallPx = 14;
    qreal margin = 24;
    bool highContrast = false;

    /** The on-screen and export style for a figure of @p size. */
    static FigureStyle standard(const QSizeF &size);
    /** Presenter mode: large type, white and bright colours on black. */
    static FigureStyle presenter(const QSizeF &size);
    static FigureStyle make(FigureLook look, const QSizeF &size);

    QFont font(qreal pixelSize, bool bold = false) const;
    QColor seriesColor(int index) const;
    /** The colour of @p series, the chart's series number @p index: neutral for the series of the others. */
    QColor seriesColor(const ChartSeries &series, int index) const;
    /** A family that has Hangul and Latin glyphs (Noto Sans CJK KR when installed). */
    static QString defaultFontFamily();
};

} // namespace innoatlas
