#pragma once

#include "charts/ChartRenderer.h"
#include "charts/Figure.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

class QGraphicsScene;

namespace innoatlas {

/**
 * An investment chart as a whole figure: title, legend (with the estimated parts explained), the
 * unit, the plot drawn by a ChartRenderer, category labels, the notes stating the counting rules
 * and the source line. The same layout is shown on screen, in presenter mode and in every export.
 *
 * With a twin (the same chart in the other language) the layout reserves room for the longer of
 * both texts, so that switching languages keeps the plot, and so the scale, in place.
 */
class ChartFigure : public Figure
{
    Q_DECLARE_TR_FUNCTIONS(ChartFigure)

public:
    explicit ChartFigure(ChartSpec spec, FigureLook look = FigureLook::Standard,
                         std::shared_ptr<ChartRenderer> renderer = {});

    void setTwin(const ChartSpec &twin) { m_twin = twin; }
    const ChartSpec &spec() const { return m_spec; }

    QString title() const override { return m_spec.title; }
    void render(QPainter *painter, const QRectF &rect) override;

    /** Clears @p scene and lays the figure out in it at @p size; hovering bars calls @p onHover. */
    void layout(QGraphicsScene *scene, const QSizeF &size, const ChartRenderer::HoverHandler &onHover = {});
    /** The rectangle the bars were drawn in by the last layout(). */
    QRectF plotRect() const { return m_plotRect; }

    /** The Qt Charts renderer, the default. */
    static std::shared_ptr<ChartRenderer> defaultRenderer();

private:
    QString notesText(const ChartSpec &spec) const;

    ChartSpec m_spec;
    std::optional<ChartSpec> m_twin;
    FigureLook m_look;
    std::shared_ptr<ChartRenderer> m_renderer;
    QRectF m_plotRect;
};

} // namespace innoatlas
