#pragma once

#include "charts/Figure.h"
#include "charts/FigureStyle.h"
#include "charts/TargetsData.h"

#include <QVector>

namespace innoatlas {

/**
 * The targets view as a figure: for every KPI, its metric, a track from baseline (hollow dot) to
 * target (filled dot) with values, years and units, grouped by plan; notes and the source line.
 */
class TargetsFigure : public Figure
{
public:
    explicit TargetsFigure(TargetsData data, FigureLook look = FigureLook::Standard);

    QString title() const override { return m_data.title; }
    void render(QPainter *painter, const QRectF &rect) override;

    /** The row of each target as last drawn, for hit tests: target index → rectangle. */
    const QVector<QRectF> &rowRects() const { return m_rowRects; }
    const TargetsData &data() const { return m_data; }

private:
    TargetsData m_data;
    FigureLook m_look;
    QVector<QRectF> m_rowRects;
};

} // namespace innoatlas
