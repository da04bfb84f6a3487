#pragma once

#include "charts/ChartSpec.h"
#include "charts/FigureStyle.h"

#include <QRectF>

#include <functional>

class QGraphicsScene;

namespace innoatlas {

/**
 * Draws the plot of a ChartSpec — the bars, the value axis with its grid and labels, the values
 * over the bars — with some charting library, into a QGraphicsScene. Everything around the plot
 * (title, legend, category labels, notes, source line) is drawn by ChartFigure, so replacing the
 * charting library (Qt Charts is deprecated from Qt 6.10) means writing one more ChartRenderer.
 *
 * The renderer must place category i at the i-th of spec.categories.size() equal slots of the
 * plot rectangle's width, and use style.seriesColor(s) for series s: the legend and category
 * labels drawn around it rely on both.
 */
class ChartRenderer
{
public:
    /** Called when the pointer enters (true) or leaves (false) the bar of a series in a category. */
    using HoverHandler = std::function<void(int series, int category, bool hovered)>;

    virtual ~ChartRenderer() = default;

    /**
     * Adds the plot of @p spec to @p scene: bars within @p plotRect (scene coordinates), value
     * labels of the axis to the left of it, within @p axisRect.
     */
    virtual void addPlot(QGraphicsScene *scene, const QRectF &axisRect, const QRectF &plotRect, const ChartSpec &spec,
                         const FigureStyle &style, const HoverHandler &onHover) = 0;
};

} // namespace innoatlas
