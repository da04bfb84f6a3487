// TimelineScene's layout: the lanes' marks packed into rows at a zoom, the axis, the frame of a figure, and the size a
// layout would give the scene without it.

#include "timeline/TimelineScene.h"

#include "charts/FigureText.h"
#include "timeline/TimelineLaneItem.h"
#include "timeline/TimelineMarkItem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QPainterPath>

#include <algorithm>

namespace innoatlas {

namespace {
constexpr qreal maximumPixelsPerDay = 60;

/** A lane of @p rows rows (one at least), with a fifth of a row above and below them. */
qreal laneHeightOf(qsizetype rows, qreal rowHeight)
{
    return qreal(std::max<qsizetype>(1, rows)) * rowHeight + rowHeight * 0.4;
}
} // namespace

FigureStyle TimelineScene::styleOf(const Options &options)
{
    FigureStyle style = FigureStyle::make(options.look, options.referenceSize);
    style.labelPx *= options.textScale;
    style.smallPx *= options.textScale;
    return style;
}

qreal TimelineScene::rowHeightOf(const FigureStyle &style)
{
    return style.labelPx * 1.55;
}

qreal TimelineScene::leastHeight(const TimelineData &data, const Options &options)
{
    return qreal(data.lanes.size()) * laneHeightOf(1, rowHeightOf(styleOf(options)));
}

qreal TimelineScene::xOf(const QDate &date) const
{
    return m_timeLeft + m_data.scale.position(date) * m_pixelsPerDay;
}

qreal TimelineScene::fitPixelsPerDay(qreal width) const
{
    // The same geometry as layoutAt(): margin, lane labels, a half-label gap, the scale, margin.
    const qreal available = width - 2 * margin() - headerWidthAt(width) - m_style.labelPx * 0.5;
    const qreal length = std::max(1.0, m_data.scale.length());
    return std::max(0.01, available / length);
}

qreal TimelineScene::margin() const
{
    return m_options.frame ? m_style.margin : m_style.labelPx * 0.5;
}

qreal TimelineScene::headerWidthAt(qreal width)
{
    return std::clamp(width * 0.14, 110.0, 300.0);
}

void TimelineScene::clearDecor()
{
    // Laid out again before the event loop has run (a figure fitted to its output, with no event loop running at all
    // for an export), the decor's items still wait to be polished: see removeEveryItem().
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    for (QGraphicsItem *item : std::as_const(m_decor))
        delete item;
    m_decor.clear();
}

void TimelineScene::addDecor(QGraphicsItem *item)
{
    if (!item->scene())
        addItem(item);
    m_decor.append(item);
}

QString TimelineScene::notesText() const
{
    QStringList lines;
    for (const QString &note : m_data.notes)
        lines << QStringLiteral("• ") + note;
    return lines.join(QLatin1Char('\n'));
}

TimelineScene::FrameTop TimelineScene::frameTopAt(qreal width) const
{
    const qreal m = m_style.margin;
    const qreal title = FigureText::height(m_data.title, m_style.font(m_style.titlePx, true), width - 2 * m);
    const qreal legendTop = m + title + m_style.smallPx * 0.5;
    return {legendTop, legendTop + QFontMetricsF(m_style.font(m_style.labelPx * 0.8)).height() * 1.6};
}

void TimelineScene::addFrameTop(qreal width)
{
    const qreal m = m_style.margin;
    m_decor.append(FigureText::add(this, m_data.title, m_style.font(m_style.titlePx, true), m_style.foreground, {m, m},
                                   width - 2 * m));

    // Legend: what the shapes mean.
    const QFont font = m_style.font(m_style.labelPx * 0.8);
    const QFontMetricsF metrics(font);
    const qreal h = metrics.height();
    qreal x = m;
    const qreal y = frameTopAt(width).legendTop;
    auto entry = [&](const QString &text, auto drawShape) {
        drawShape(QRectF(x, y + h * 0.15, h * 1.4, h * 0.7));
        auto *label = addSimpleText(text, font);
        label->setBrush(m_style.foreground);
        label->setPos(x + h * 1.7, y);
        m_decor.append(label);
        x += h * 1.7 + metrics.horizontalAdvance(text) + h * 1.2;
    };
    const QColor color = m_style.seriesColor(0);
    QColor light = color;
    light.setAlphaF(0.3);
    entry(tr("plan period"), [&](const QRectF &r) { addDecor(addRect(r, QPen(color, 1.5), light)); });
    entry(tr("event known to the day"), [&](const QRectF &r) {
        const qreal d = r.height();
        addDecor(addEllipse(QRectF(r.center().x() - d / 2, r.top(), d, d), QPen(Qt::NoPen), color));
    });
    entry(tr("known to the month or year only"), [&](const QRectF &r) {
        addDecor(addRect(r, QPen(Qt::NoPen), light));
        addDecor(addLine(QLineF(r.topLeft(), r.bottomLeft()), QPen(color, 1.5)));
        addDecor(addLine(QLineF(r.topRight(), r.bottomRight()), QPen(color, 1.5)));
    });
    entry(tr("target, in its target year"), [&](const QRectF &r) {
        QPainterPath diamond;
        const QPointF c = r.center();
        const qreal d = r.height() * 0.6;
        diamond.moveTo(c.x(), c.y() - d);
        diamond.lineTo(c.x() + d, c.y());
        diamond.lineTo(c.x(), c.y() + d);
        diamond.lineTo(c.x() - d, c.y());
        diamond.closeSubpath();
        addDecor(addPath(diamond, QPen(Qt::NoPen), m_style.accent));
    });
}

void TimelineScene::addAxis(qreal top, qreal height, qreal bottom)
{
    const QFont font = m_style.font(m_style.labelPx * 0.8, true);
    const QFontMetricsF metrics(font);
    const qreal yearWidth = 365.25 * m_pixelsPerDay;
    // Label every year, or every 2nd, 5th, 10th when years are narrow.
    int every = 1;
    for (const int step : {1, 2, 5, 10, 20}) {
        every = step;
        if (yearWidth * step >= metrics.horizontalAdvance(QStringLiteral("2030")) * 1.6)
            break;
    }
    const QPen gridPen(m_style.grid, 1);
    addDecor(addLine(QLineF(m_timeLeft, top + height, xOf(m_data.scale.end()), top + height),
                     QPen(m_style.foreground, 1.5)));
    for (const TimeScale::Segment &segment : m_data.scale.segments()) {
        const qreal left = xOf(segment.from);
        const qreal right = xOf(segment.to);
        if (segment.compressed) {
            // The break: a shaded strip through the lanes and a zigzag across the axis.
            QColor shade = m_style.grid;
            shade.setAlphaF(0.35);
            addDecor(addRect(QRectF(left, top, right - left, bottom - top), Qt::NoPen, shade));
            QPainterPath zigzag;
            const qreal mid = top + height * 0.55;
            const qreal amplitude = height * 0.25;
            const int teeth = 4;
            for (const qreal x0 : {left + (right - left) * 0.3, left + (right - left) * 0.7}) {
                zigzag.moveTo(x0, mid - amplitude * 2);
                for (int i = 0; i <= teeth; ++i)
                    zigzag.lineTo(x0 + (i % 2 ? 3 : -3), mid - amplitude * 2 + i * amplitude);
            }
            addDecor(addPath(zigzag, QPen(m_style.foreground, 1.5)));
            continue;
        }
        for (int year = segment.from.year(); year < segment.to.year(); ++year) {
            const qreal x = xOf(QDate(year, 1, 1));
            const qreal next = xOf(QDate(year + 1, 1, 1));
            addDecor(addLine(QLineF(x, top + height * 0.6, x, bottom), gridPen));
            if ((year % every) == 0 || every == 1) {
                auto *label = addSimpleText(QString::number(year), font);
                label->setBrush(m_style.foreground);
                const qreal w = label->boundingRect().width();
                label->setPos((x + next) / 2 - w / 2, top + (height - metrics.height()) / 2 - height * 0.1);
                m_decor.append(label);
            }
            // Months when there is room for them.
            if (yearWidth > 12 * 6) {
                for (int month = 2; month <= 12; ++month) {
                    const qreal mx = xOf(QDate(year, month, 1));
                    addDecor(addLine(QLineF(mx, top + height * 0.8, mx, top + height), gridPen));
                }
            }
        }
        const qreal end = xOf(segment.to);
        addDecor(addLine(QLineF(end, top + height * 0.6, end, bottom), gridPen));
    }
}

TimelineScene::FrameBottom TimelineScene::frameBottomAt(qreal top, qreal width, qreal minimumHeight) const
{
    const qreal m = m_style.margin;
    const QFont small = m_style.font(m_style.smallPx);
    const qreal textWidth = width - 2 * m;
    const qreal notes = FigureText::height(notesText(), small, textWidth) + m_style.smallPx * 0.6;
    const qreal needed = notes + FigureText::height(m_data.sourceLine, small, textWidth);
    const qreal notesTop = std::max(top + m_style.smallPx, minimumHeight - m - needed);
    return {notesTop, notesTop + notes, notesTop + needed + m};
}

void TimelineScene::addFrameBottom(const FrameBottom &frame, qreal width)
{
    const qreal m = m_style.margin;
    const QFont small = m_style.font(m_style.smallPx);
    const qreal textWidth = width - 2 * m;
    m_decor.append(FigureText::add(this, notesText(), small, m_style.muted, {m, frame.notesTop}, textWidth));
    m_decor.append(
        FigureText::add(this, m_data.sourceLine, small, m_style.foreground, {m, frame.sourceTop}, textWidth));
}

TimelineScene::Plan TimelineScene::plan(qreal pixelsPerDay, qreal width, qreal minimumHeight,
                                        const PlaceMark &place) const
{
    Plan plan;
    plan.pixelsPerDay = std::clamp(pixelsPerDay, 0.001, maximumPixelsPerDay);
    const bool frame = m_options.frame;
    const qreal m = margin();
    plan.headerWidth = headerWidthAt(width);
    plan.timeLeft = m + plan.headerWidth + m_style.labelPx * 0.5;
    const auto x = [&](qreal days) { return plan.timeLeft + days * plan.pixelsPerDay; };
    plan.contentRight = x(m_data.scale.position(m_data.scale.end()));
    const qreal sceneRight = std::max(width, plan.contentRight + m);
    const qreal labelLimit = std::max(width - m, plan.contentRight + m_style.labelPx);
    const qreal labelMax = std::max(m_style.labelPx * 12, (width - plan.timeLeft) * 0.42);

    qreal y = frame ? frameTopAt(width).bottom : m * 0.5;
    // Above the axis, a strip for the today label; then the years.
    plan.todayStrip = QFontMetricsF(m_style.font(m_style.smallPx, true)).height();
    plan.axisTop = y + plan.todayStrip;
    plan.axisHeight = m_style.labelPx * 1.6;
    y = plan.axisTop + plan.axisHeight + m_style.labelPx * 0.3;

    // Lanes: pack each lane's items into rows so that no two marks or labels overlap.
    const qreal gap = m_style.labelPx * 0.8;
    const qreal pad = m_rowHeight * 0.25;
    int markIndex = 0;
    for (const TimelineLane &info : m_data.lanes) {
        const qreal laneTop = y;
        QVector<qreal> rowEnds;
        for (; markIndex < m_marks.size() && m_marks.at(markIndex)->item().laneKey == info.key; ++markIndex) {
            TimelineMarkItem *mark = m_marks.at(markIndex);
            const TimelineItem &item = mark->item();
            const qreal left = x(m_data.scale.position(item.first));
            const qreal right = item.isPoint() ? left : x(m_data.scale.positionAfter(item.last));
            // The label goes right of the mark, or left when only there it fits; else on the roomier
            // side, shortened. Never longer than labelMax, so a long title does not own a row.
            const qreal want = std::min(mark->fullLabelWidth(), labelMax);
            const qreal roomRight = labelLimit - right - pad;
            const qreal roomLeft = left - pad - plan.timeLeft;
            const bool labelLeft = want > roomRight && (want <= roomLeft || roomLeft > roomRight);
            const qreal room = std::max(m_style.labelPx * 4, std::min(want, labelLeft ? roomLeft : roomRight));
            const qreal labelWidth = mark->labelWidthIn(left, right, room);
            const qreal extentLeft = (labelLeft ? left - pad - labelWidth : left) - m_rowHeight * 0.25;
            const qreal extentRight = (labelLeft ? right : right + pad + labelWidth) + m_rowHeight * 0.25;
            int row = 0;
            while (row < rowEnds.size() && rowEnds.at(row) + gap > extentLeft)
                ++row;
            if (row == rowEnds.size())
                rowEnds.append(extentRight);
            else
                rowEnds[row] = extentRight;
            if (place)
                place(mark, left, right, labelLeft, room, laneTop + m_rowHeight * 0.2 + row * m_rowHeight);
        }
        const qreal laneHeight = laneHeightOf(rowEnds.size(), m_rowHeight);
        plan.lanes.append({info.key, info.label, laneTop, laneHeight});
        y += laneHeight;
    }
    plan.lanesBottom = y;
    if (frame)
        plan.frameBottom = frameBottomAt(y, width, minimumHeight);
    const qreal bottom = frame ? plan.frameBottom.bottom : y + m;
    plan.size = QSizeF(sceneRight, std::max(bottom, minimumHeight));
    return plan;
}

QSizeF TimelineScene::sizeAt(qreal pixelsPerDay, qreal width, qreal minimumHeight) const
{
    return plan(pixelsPerDay, width, minimumHeight, nullptr).size;
}

void TimelineScene::layoutAt(qreal pixelsPerDay, qreal width, qreal minimumHeight)
{
    clearDecor();
    const Plan laid =
        plan(pixelsPerDay, width, minimumHeight,
             [](TimelineMarkItem *mark, qreal left, qreal right, bool labelLeft, qreal labelRoom, qreal top) {
                 mark->place(left, right, 0, labelLeft, labelRoom);
                 mark->setPos(0, top);
             });
    m_pixelsPerDay = laid.pixelsPerDay;
    m_headerWidth = laid.headerWidth;
    m_timeLeft = laid.timeLeft;
    m_lanes = laid.lanes;
    const bool frame = m_options.frame;
    const qreal m = margin();
    const qreal sceneRight = laid.size.width();
    if (frame)
        addFrameTop(width);

    const QFont laneFont = m_style.font(m_style.labelPx * 0.9, true);
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        const LaneGeometry &geometry = m_lanes.at(lane);
        const qreal laneTop = geometry.top;
        const qreal laneHeight = geometry.height;
        // Marks stay within their lane's height; labels may reach past the scene's sides.
        if (TimelineLaneItem *laneItem = m_laneItems.value(geometry.key))
            laneItem->setRect(
                QRectF(-sceneRight, laneTop - m_rowHeight * 0.25, 3 * sceneRight, laneHeight + m_rowHeight * 0.5));
        // Lanes alternate a light shade, so the eye follows a row across the years.
        if (lane % 2 == 1) {
            QColor shade = m_style.foreground;
            shade.setAlphaF(m_style.highContrast ? 0.12 : 0.04);
            auto *band = addRect(QRectF(0, laneTop, sceneRight, laneHeight), Qt::NoPen, shade);
            band->setZValue(-2);
            m_decor.append(band);
        }
        auto *line = addLine(QLineF(0, laneTop + laneHeight, sceneRight, laneTop + laneHeight), QPen(m_style.grid, 1));
        line->setZValue(-1);
        m_decor.append(line);
        if (m_options.laneLabels) {
            auto *label = FigureText::addLabel(this, geometry.label, laneFont, m_style.foreground,
                                               {m, laneTop + m_rowHeight * 0.2}, m_headerWidth);
            m_decor.append(label);
        }
    }
    const qreal axisTop = laid.axisTop;
    const qreal lanesBottom = laid.lanesBottom;
    addAxis(axisTop, laid.axisHeight, lanesBottom);
    for (QGraphicsItem *item : std::as_const(m_decor)) {
        if (item->zValue() == 0 && item->type() == QGraphicsLineItem::Type)
            item->setZValue(-1);
    }

    // Today.
    if (m_options.today.isValid() && m_options.today >= m_data.scale.first() && m_options.today < m_data.scale.end()) {
        const qreal todayStrip = laid.todayStrip;
        const qreal x = xOf(m_options.today);
        auto *line = addLine(QLineF(x, axisTop - todayStrip * 0.2, x, lanesBottom), QPen(m_style.accent, 2));
        line->setZValue(5);
        m_decor.append(line);
        auto *label = addSimpleText(tr("today %1").arg(m_options.today.toString(Qt::ISODate)),
                                    m_style.font(m_style.smallPx, true));
        label->setBrush(m_style.accent);
        const qreal w = label->boundingRect().width();
        // Right of the line, or left of it at the end of the scale.
        label->setPos(x + w + 4 > laid.contentRight ? x - w - 4 : x + 4, axisTop - todayStrip);
        label->setZValue(5);
        m_decor.append(label);
    }

    if (frame)
        addFrameBottom(laid.frameBottom, width);
    auto *background = addRect(QRectF(QPointF(0, 0), laid.size), Qt::NoPen, m_style.background);
    background->setZValue(-10);
    m_decor.append(background);
    setSceneRect(QRectF(QPointF(0, 0), laid.size));
}

} // namespace innoatlas
