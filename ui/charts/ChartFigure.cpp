#include "charts/ChartFigure.h"

#include "charts/FigureText.h"
#include "charts/QtChartsRenderer.h"

#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace innoatlas {

namespace {
/** The widest word of the category labels: a label given less room breaks inside a word. */
qreal widestWord(const QVector<const ChartSpec *> &specs, const QFont &font)
{
    const QFontMetricsF metrics(font);
    qreal widest = 0;
    for (const ChartSpec *spec : specs) {
        for (const ChartCategory &category : spec->categories) {
            for (const QString &word : category.label.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                widest = std::max(widest, metrics.horizontalAdvance(word));
        }
    }
    return widest;
}
} // namespace

ChartFigure::ChartFigure(ChartSpec spec, FigureLook look, std::shared_ptr<ChartRenderer> renderer)
    : m_spec(std::move(spec)), m_look(look), m_renderer(renderer ? std::move(renderer) : defaultRenderer())
{
}

std::shared_ptr<ChartRenderer> ChartFigure::defaultRenderer()
{
    return std::make_shared<QtChartsRenderer>();
}

QString ChartFigure::notesText(const ChartSpec &spec) const
{
    QStringList lines;
    for (const QString &note : spec.notes)
        lines << QStringLiteral("• ") + note;
    return lines.join(QLatin1Char('\n'));
}

void ChartFigure::render(QPainter *painter, const QRectF &rect)
{
    QGraphicsScene scene;
    layout(&scene, rect.size());
    scene.render(painter, rect, QRectF(QPointF(0, 0), rect.size()), Qt::IgnoreAspectRatio);
}

void ChartFigure::layout(QGraphicsScene *scene, const QSizeF &size, const ChartRenderer::HoverHandler &onHover)
{
    scene->clear();
    scene->setSceneRect(QRectF(QPointF(0, 0), size));
    const FigureStyle style = FigureStyle::make(m_look, size);
    scene->setBackgroundBrush(style.background);
    auto *background = scene->addRect(QRectF(QPointF(0, 0), size), Qt::NoPen, style.background);
    background->setZValue(-10);

    const qreal m = style.margin;
    const qreal width = size.width() - 2 * m;
    const qreal gap = style.smallPx * 0.6;
    QVector<const ChartSpec *> specs{&m_spec};
    if (m_twin)
        specs.append(&*m_twin);
    auto tallest = [&](auto text, const QFont &font, qreal w) {
        qreal h = 0;
        for (const ChartSpec *spec : specs)
            h = std::max(h, FigureText::height(text(*spec), font, w));
        return h;
    };

    // Title.
    const QFont titleFont = style.font(style.titlePx, true);
    FigureText::add(scene, m_spec.title, titleFont, style.foreground, {m, m}, width);
    qreal y = m + tallest([](const ChartSpec &s) { return s.title; }, titleFont, width) + gap;

    // Legend: a swatch per series, then the estimated swatch; wrapped like words.
    const QFont legendFont = style.font(style.labelPx);
    const QFontMetricsF legendMetrics(legendFont);
    const qreal swatch = legendMetrics.height() * 0.7;
    const qreal rowHeight = legendMetrics.height() * 1.25;
    auto legendRows = [&](const ChartSpec &spec, bool draw) {
        qreal x = m;
        int rows = 1;
        auto entry = [&](const QString &label, const QColor &color, bool estimated) {
            const qreal w = swatch * 1.5 + legendMetrics.horizontalAdvance(label) + swatch * 1.8;
            if (x > m && x + w > m + width) {
                x = m;
                ++rows;
            }
            if (draw) {
                const qreal top = y + (rows - 1) * rowHeight;
                QColor fill = color;
                if (estimated)
                    fill.setAlphaF(style.highContrast ? 0.35 : 0.28);
                auto *box = scene->addRect(QRectF(x, top + (rowHeight - swatch) / 2, swatch, swatch),
                                           estimated ? QPen(color, 2, Qt::DashLine) : QPen(Qt::NoPen), fill);
                Q_UNUSED(box);
                auto *text = scene->addSimpleText(label, legendFont);
                text->setBrush(style.foreground);
                text->setPos(x + swatch * 1.5, top + (rowHeight - legendMetrics.height()) / 2);
            }
            x += w;
        };
        const bool single = spec.series.size() == 1 && spec.request.breakdown == ChartBreakdown::None;
        for (int s = 0; s < spec.series.size(); ++s) {
            if (!single)
                entry(spec.series.at(s).label, style.seriesColor(spec.series.at(s), s), false);
        }
        if (!spec.estimatedLegend.isEmpty())
            entry(spec.estimatedLegend, style.foreground, true);
        return (single && spec.estimatedLegend.isEmpty()) ? 0 : rows;
    };
    int rows = 0;
    for (const ChartSpec *spec : specs)
        rows = std::max(rows, legendRows(*spec, false));
    legendRows(m_spec, true);
    y += rows * rowHeight + (rows > 0 ? gap : 0);

    // Unit of the value axis, above it.
    const QFont unitFont = style.font(style.smallPx);
    auto *unit = scene->addSimpleText(QStringLiteral("(%1)").arg(m_spec.axis.title), unitFont);
    unit->setBrush(style.muted);
    unit->setPos(m, y);
    y += QFontMetricsF(unitFont).height();

    // From the bottom: source line, notes, category labels.
    const QFont smallFont = style.font(style.smallPx);
    const qreal sourceHeight = tallest([](const ChartSpec &s) { return s.sourceLine; }, smallFont, width);
    const qreal notesHeight = tallest([this](const ChartSpec &s) { return notesText(s); }, smallFont, width);
    qreal bottom = size.height() - m - sourceHeight;
    FigureText::add(scene, m_spec.sourceLine, smallFont, style.foreground, {m, bottom}, width);
    bottom -= notesHeight + (notesHeight > 0 ? gap : 0);
    FigureText::add(scene, notesText(m_spec), smallFont, style.muted, {m, bottom}, width);
    bottom -= gap;

    // The value axis labels need the width of the widest tick label, in either language.
    const QFont tickFont = style.font(style.labelPx * 0.9);
    qreal tickWidth = 0;
    for (const ChartSpec *spec : specs) {
        for (const QString &label : spec->axis.tickLabels)
            tickWidth = std::max(tickWidth, FigureText::naturalWidth(label, tickFont));
    }
    const qreal axisWidth = tickWidth + style.labelPx * 0.8;
    const qreal plotLeft = m + axisWidth;
    const qreal plotWidth = size.width() - m - plotLeft;
    const int categories = std::max(1, int(m_spec.categories.size()));
    const qreal slot = plotWidth / categories;
    const QFont categoryFont = style.font(style.labelPx * 0.9);
    // Slots narrower than a word (243 cities, say): every step-th category is labelled, centred under its bar in the
    // room of step slots, so that no word breaks and no two labels overlap. The tooltips name every bar.
    const int step = std::max(1, int(std::ceil((widestWord(specs, categoryFont) + 6) / slot)));
    const qreal room = step * slot - 6;
    qreal categoryHeight = 0;
    for (const ChartSpec *spec : specs) {
        for (int c = 0; c < spec->categories.size(); c += step)
            categoryHeight =
                std::max(categoryHeight, FigureText::height(spec->categories.at(c).label, categoryFont, room));
    }
    bottom -= categoryHeight;
    for (int c = 0; c < m_spec.categories.size(); c += step) {
        const qreal left = plotLeft + (c + 0.5) * slot - room / 2;
        if (step > 1 && (left < m || left + room > size.width()))
            continue; // a label at an end with no room beside its bar
        FigureText::add(scene, m_spec.categories.at(c).label, categoryFont, style.foreground,
                        {left, bottom + gap * 0.5}, room, Qt::AlignHCenter);
    }
    bottom -= gap * 0.5;

    const qreal plotTop = y + style.labelPx * 1.4; // room for the value over the tallest bar
    m_plotRect = QRectF(plotLeft, plotTop, plotWidth, std::max(20.0, bottom - plotTop));
    const QRectF axisRect(m, plotTop, axisWidth, m_plotRect.height());
    if (m_spec.categories.isEmpty()) {
        FigureText::add(scene, tr("Nothing to show for this selection."), style.font(style.labelPx), style.muted,
                        m_plotRect.topLeft(), m_plotRect.width(), Qt::AlignHCenter);
        return;
    }
    m_renderer->addPlot(scene, axisRect, m_plotRect, m_spec, style, onHover);
}

} // namespace innoatlas
