#include "charts/TargetsFigure.h"

#include "charts/FigureText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>

namespace innoatlas {

namespace {
/** Draws wrapped text in @p rect (top aligned); returns its height. */
qreal drawText(QPainter *painter, const QString &text, const QFont &font, const QColor &color, const QRectF &rect,
               Qt::Alignment alignment = Qt::AlignLeft)
{
    painter->save();
    painter->setFont(font);
    painter->setPen(color);
    QRectF used;
    painter->drawText(rect, int(alignment | Qt::AlignTop | Qt::TextWordWrap), text, &used);
    painter->restore();
    return used.height();
}

QString notesOf(const TargetsData &data)
{
    QStringList lines;
    for (const QString &note : data.notes)
        lines << QStringLiteral("• ") + note;
    return lines.join(QLatin1Char('\n'));
}
} // namespace

TargetsFigure::TargetsFigure(TargetsData data, FigureLook look) : m_data(std::move(data)), m_look(look) {}

void TargetsFigure::render(QPainter *painter, const QRectF &rect)
{
    const FigureStyle style = FigureStyle::make(m_look, rect.size());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(rect, style.background);
    const qreal m = style.margin;
    const qreal width = rect.width() - 2 * m;
    const qreal left = rect.left() + m;
    qreal y = rect.top() + m;
    y += drawText(painter, m_data.title, style.font(style.titlePx, true), style.foreground, {left, y, width, 1e6});
    y += style.smallPx;

    const QFont small = style.font(style.smallPx);
    const qreal sourceHeight = FigureText::height(m_data.sourceLine, small, width);
    const qreal notesHeight = FigureText::height(notesOf(m_data), small, width);
    const qreal bottom = rect.bottom() - m - sourceHeight - notesHeight - style.smallPx;
    drawText(painter, m_data.sourceLine, small, style.foreground, {left, rect.bottom() - m - sourceHeight, width, 1e6});
    drawText(painter, notesOf(m_data), small, style.muted,
             {left, rect.bottom() - m - sourceHeight - notesHeight - style.smallPx * 0.5, width, 1e6});

    // Entries: a heading per plan, then its rows. One column, or two when one would need small type.
    struct Entry
    {
        int row = -1; ///< -1 for a heading
        QString heading;
    };
    QVector<Entry> entries;
    QString lastPlan;
    for (int i = 0; i < m_data.rows.size(); ++i) {
        const TargetRow &row = m_data.rows.at(i);
        if (row.planKey != lastPlan) {
            lastPlan = row.planKey;
            entries.append({-1, QStringLiteral("%1 · %2").arg(row.city, row.planTitle)});
        }
        entries.append({i, QString()});
    }
    constexpr qreal headingUnits = 2.0;
    constexpr qreal rowUnits = 3.0;
    auto unitsOf = [&](int from, int to) {
        qreal units = 0;
        for (int i = from; i < to; ++i)
            units += entries.at(i).row < 0 ? headingUnits : rowUnits;
        return units;
    };
    const qreal available = std::max(1.0, bottom - y);
    const qreal total = unitsOf(0, int(entries.size()));
    // Two columns split where the halves are most even.
    int split = int(entries.size());
    qreal best = total;
    for (int i = 1; i < entries.size(); ++i) {
        const qreal worst = std::max(unitsOf(0, i), unitsOf(i, int(entries.size())));
        if (worst < best) {
            best = worst;
            split = i;
        }
    }
    const qreal oneColumnPx = std::min(style.labelPx, available / std::max(1.0, total));
    const bool twoColumns = oneColumnPx < style.labelPx * 0.8 && split < entries.size();
    const qreal fontPx = twoColumns ? std::min(style.labelPx, available / std::max(1.0, best)) : oneColumnPx;
    const QFont label = style.font(fontPx * 0.95);
    const QFont value = style.font(fontPx * 0.9, true);
    const QFont heading = style.font(fontPx * 1.05, true);
    const QFontMetricsF valueMetrics(value);
    const qreal dot = std::max(3.0, fontPx * 0.4);
    const qreal columnGap = style.labelPx * 1.5;
    const qreal columnWidth = twoColumns ? (width - columnGap) / 2 : width;

    m_rowRects = QVector<QRectF>(m_data.rows.size());
    int colorIndex = -1;
    for (int column = 0; column < (twoColumns ? 2 : 1); ++column) {
        const qreal x0 = left + column * (columnWidth + columnGap);
        const qreal metricWidth = columnWidth * 0.45;
        const qreal trackLeft = x0 + metricWidth + fontPx * 2.5;
        const qreal trackRight = x0 + columnWidth - fontPx * 3;
        qreal cy0 = y;
        const int from = column == 0 ? 0 : split;
        const int to = (column == 0 && twoColumns) ? split : int(entries.size());
        for (int e = from; e < to; ++e) {
            const Entry &entry = entries.at(e);
            if (entry.row < 0) {
                ++colorIndex;
                drawText(painter, entry.heading, heading, style.foreground,
                         {x0, cy0 + fontPx * 0.6, columnWidth, fontPx * headingUnits});
                cy0 += fontPx * headingUnits;
                continue;
            }
            const TargetRow &row = m_data.rows.at(entry.row);
            const qreal rowHeight = fontPx * rowUnits;
            const QColor color = style.seriesColor(std::max(0, colorIndex));
            m_rowRects[entry.row] = QRectF(x0, cy0, columnWidth, rowHeight);
            drawText(painter, row.metric, label, style.foreground,
                     {x0 + fontPx * 0.8, cy0 + fontPx * 0.3, metricWidth - fontPx * 0.8, rowHeight});
            const qreal cy = cy0 + rowHeight * 0.5;
            painter->setFont(value);
            if (!row.baselineAt) {
                // No baseline: the target alone, as a value; a track would suggest a start that is unknown.
                painter->setPen(Qt::NoPen);
                painter->setBrush(color);
                painter->drawEllipse(QPointF(trackLeft, cy), dot, dot);
                painter->setPen(style.foreground);
                painter->drawText(QPointF(trackLeft + dot * 2.5, cy + valueMetrics.ascent() / 2 - 1),
                                  QStringLiteral("→ ") + row.targetText);
                cy0 += rowHeight;
                continue;
            }
            painter->setPen(QPen(style.grid, std::max(1.0, fontPx / 10)));
            painter->drawLine(QPointF(trackLeft, cy), QPointF(trackRight, cy));
            const qreal tx = trackLeft + row.targetAt * (trackRight - trackLeft);
            const qreal bx = trackLeft + *row.baselineAt * (trackRight - trackLeft);
            painter->setPen(QPen(color, std::max(2.0, fontPx / 6)));
            painter->drawLine(QPointF(bx, cy), QPointF(tx, cy));
            // The arrow head points the way the plan wants the value to go.
            const qreal direction = tx >= bx ? 1 : -1;
            QPainterPath head;
            head.moveTo(tx - direction * dot, cy);
            head.lineTo(tx - direction * dot * 2.8, cy - dot);
            head.lineTo(tx - direction * dot * 2.8, cy + dot);
            head.closeSubpath();
            painter->fillPath(head, color);
            painter->setBrush(style.background);
            painter->drawEllipse(QPointF(bx, cy), dot, dot);
            painter->setPen(QPen(color, 2));
            painter->setBrush(color);
            painter->drawEllipse(QPointF(tx, cy), dot * 1.15, dot * 1.15);
            // Baseline above the track, target below, each kept inside the column.
            auto clampX = [&](qreal centre, const QString &text) {
                const qreal w = valueMetrics.horizontalAdvance(text);
                return std::clamp(centre - w / 2, trackLeft - fontPx, x0 + columnWidth - w);
            };
            painter->setPen(style.muted);
            painter->drawText(QPointF(clampX(bx, row.baselineText), cy - dot - valueMetrics.descent() - 2),
                              row.baselineText);
            painter->setPen(style.foreground);
            painter->drawText(QPointF(clampX(tx, row.targetText), cy + dot + valueMetrics.ascent() + 1),
                              row.targetText);
            cy0 += rowHeight;
        }
    }
    painter->restore();
}

} // namespace innoatlas
