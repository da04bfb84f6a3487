#include "charts/QtChartsRenderer.h"

#include "charts/ValueAxisScale.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QStackedBarSeries>

#include <algorithm>

namespace innoatlas {

namespace {
/** One bar set drawn: the known or the estimated part of a spec series. */
struct SetInfo
{
    int series = 0;
    bool estimated = false;
};

/** Enough decimals for a value label to show three significant digits, at most two. */
QString valueLabel(qint64 value, const ChartSpec &spec)
{
    const int exp =
        ValueAxisScale::exponent(spec.request.perCapita ? DisplayUnit::Won : spec.request.unit, spec.language);
    qint64 unit = 1;
    for (int i = 0; i < exp; ++i)
        unit *= 10;
    const int decimals = value >= 100 * unit ? 0 : value >= 10 * unit ? 1 : 2;
    return ValueAxisScale::scaled(value, exp, decimals);
}
} // namespace

void QtChartsRenderer::addPlot(QGraphicsScene *scene, const QRectF &axisRect, const QRectF &plotRect,
                               const ChartSpec &spec, const FigureStyle &style, const HoverHandler &onHover)
{
    const bool stacked = spec.request.layout == ChartLayout::Stacked;
    const int categories = int(spec.categories.size());
    if (categories == 0)
        return;

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins());
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);

    QAbstractBarSeries *bars = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                       : static_cast<QAbstractBarSeries *>(new QBarSeries);
    QVector<SetInfo> sets;
    for (int s = 0; s < spec.series.size(); ++s) {
        const ChartSeries &series = spec.series.at(s);
        const bool anyKnown =
            std::any_of(series.values.cbegin(), series.values.cend(), [](const ChartValue &v) { return v.known; });
        const bool anyEstimated =
            std::any_of(series.values.cbegin(), series.values.cend(), [](const ChartValue &v) { return v.estimated; });
        const QColor color = style.seriesColor(series, s);
        for (const bool estimated : {false, true}) {
            if (estimated ? !anyEstimated : (!anyKnown && anyEstimated))
                continue;
            auto *set = new QBarSet(series.label);
            for (const ChartValue &value : series.values)
                set->append(qreal(estimated ? value.estimated : value.known));
            if (estimated) {
                // Estimated: a light fill with a dashed outline, unmistakable in PNG, SVG and PDF alike.
                QColor fill = color;
                fill.setAlphaF(style.highContrast ? 0.35 : 0.28);
                set->setBrush(fill);
                QPen pen(color, std::max(1.5, style.labelPx / 9), Qt::DashLine);
                pen.setJoinStyle(Qt::MiterJoin);
                set->setPen(pen);
            } else {
                set->setBrush(color);
                // A darker edge, not a background-coloured one: a sliver of a bar stays visible.
                set->setPen(QPen(style.highContrast ? color.lighter(140) : color.darker(140), 1));
            }
            sets.append({s, estimated});
            if (onHover) {
                QObject::connect(set, &QBarSet::hovered, set,
                                 [onHover, s](bool status, int index) { onHover(s, index, status); });
            }
            bars->append(set);
        }
    }
    const int setCount = int(sets.size());
    bars->setBarWidth(stacked ? 0.6 : std::min(0.85, 0.35 + 0.15 * setCount));
    chart->addSeries(bars);

    auto *categoryAxis = new QBarCategoryAxis;
    QStringList slotNames;
    for (int c = 0; c < categories; ++c)
        slotNames << QString::number(c);
    categoryAxis->append(slotNames);
    categoryAxis->setLabelsVisible(false);
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setLinePen(QPen(style.foreground, 1.5));
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    bars->attachAxis(categoryAxis);

    // The ticks are computed in core; a category axis shows exactly them, with their labels.
    auto *valueAxis = new QCategoryAxis;
    valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    valueAxis->setRange(0, qreal(spec.axis.maximum));
    valueAxis->setStartValue(0);
    for (int i = 1; i < spec.axis.ticks.size(); ++i)
        valueAxis->append(spec.axis.tickLabels.at(i), qreal(spec.axis.ticks.at(i)));
    valueAxis->setLabelsFont(style.font(style.labelPx * 0.9));
    valueAxis->setLabelsColor(style.foreground);
    valueAxis->setGridLinePen(QPen(style.grid, 1));
    valueAxis->setLineVisible(false);
    valueAxis->setTruncateLabels(false);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    bars->attachAxis(valueAxis);

    scene->addItem(chart);
    chart->setGeometry(axisRect.united(plotRect));
    chart->setPlotArea(plotRect.translated(-chart->pos()));
    chart->layout()->activate();

    // Zero sits below the first tick label, on the axis line.
    auto *zero = scene->addSimpleText(spec.axis.tickLabels.value(0), style.font(style.labelPx * 0.9));
    zero->setBrush(style.foreground);
    const QRectF zeroBox = zero->boundingRect();
    zero->setPos(plotRect.left() - zeroBox.width() - style.labelPx * 0.5, plotRect.bottom() - zeroBox.height() / 2);

    // Values over the bars: the stack's total, or each bar's value when grouped.
    const QFont valueFont = style.font(style.labelPx * 0.8, true);
    const qreal barWidth = bars->barWidth();
    auto place = [&](const QString &text, qreal x, qreal value) {
        if (text.isEmpty())
            return;
        const QPointF top = chart->mapToPosition(QPointF(x, value), bars) + chart->pos();
        auto *label = scene->addSimpleText(text, valueFont);
        label->setBrush(style.foreground);
        const QRectF box = label->boundingRect();
        label->setPos(top.x() - box.width() / 2, top.y() - box.height() - 2);
    };
    for (int c = 0; c < categories; ++c) {
        if (stacked) {
            qint64 sum = 0;
            for (const ChartSeries &series : spec.series)
                sum += series.values.at(c).total();
            if (sum != 0)
                place(valueLabel(sum, spec), c, qreal(sum));
            continue;
        }
        // QBarSeries puts the sets of a category side by side across barWidth, in order.
        const qreal slot = barWidth / setCount;
        if (plotRect.width() / categories * slot < valueFont.pixelSize() * 2.2)
            continue;
        for (int i = 0; i < setCount; ++i) {
            const ChartValue &value = spec.series.at(sets.at(i).series).values.at(c);
            const qint64 v = sets.at(i).estimated ? value.estimated : value.known;
            if (v != 0)
                place(valueLabel(v, spec), c - barWidth / 2 + (i + 0.5) * slot, qreal(v));
        }
    }
}

} // namespace innoatlas
