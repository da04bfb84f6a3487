#include "timeline/TimelineMarkItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace innoatlas {

namespace {
/** The smallest width a mark is drawn with, so a day-wide event still shows at any zoom. */
constexpr qreal minimumBand = 3.0;
} // namespace

TimelineMarkItem::TimelineMarkItem(const TimelineItem &item, std::shared_ptr<const Look> look, const QColor &color,
                                   QHash<QString, qreal> *measured)
    : m_item(&item), m_look(std::move(look)), m_color(color)
{
    // Periods are labelled with their years, events known to less than a day with their date.
    m_text = m_item->label;
    if (m_item->kind == TimelineItem::Kind::Period || (m_item->kind == TimelineItem::Kind::Event && !m_item->isPoint()))
        m_text += QStringLiteral("  ") + m_item->detail;
    const auto known = measured ? measured->constFind(m_text) : QHash<QString, qreal>::const_iterator();
    if (measured && known != measured->cend()) {
        m_fullWidth = *known;
    } else {
        m_fullWidth = m_look->metrics->horizontalAdvance(m_text);
        if (measured)
            measured->insert(m_text, m_fullWidth);
    }
    m_labelWidth = m_fullWidth;
    m_shown = m_text;
    setAcceptHoverEvents(true);
    setFlag(ItemIsSelectable);
}

QString TimelineMarkItem::toolTipText() const
{
    return QStringLiteral("<b>%1</b><br/>%2").arg(m_item->label.toHtmlEscaped(), m_item->detail.toHtmlEscaped());
}

void TimelineMarkItem::place(qreal left, qreal right, qreal top, bool labelLeft, qreal labelRoom)
{
    prepareGeometryChange();
    // A period's label may use its whole bar when it is drawn inside it.
    const qreal inside = m_item->kind == TimelineItem::Kind::Period ? right - left - m_look->rowHeight * 0.5 : 0;
    if (inside > labelRoom && inside > m_look->rowHeight * 3)
        labelRoom = inside;
    if (labelRoom < m_fullWidth) {
        m_shown = m_look->metrics->elidedText(m_text, Qt::ElideRight, labelRoom);
        m_labelWidth = m_look->metrics->horizontalAdvance(m_shown);
    } else {
        m_shown = m_text;
        m_labelWidth = m_fullWidth;
    }
    m_left = left;
    m_right = m_item->isPoint() ? left : std::max(right, left + minimumBand);
    m_labelLeft = labelLeft;
    setPos(0, top);
}

void TimelineMarkItem::setHighlighted(bool highlighted)
{
    m_highlighted = highlighted;
    update();
}

QRectF TimelineMarkItem::markRect() const
{
    const qreal h = m_look->rowHeight;
    if (m_item->isPoint()) {
        const qreal d = h * 0.42;
        return QRectF(m_left - d / 2, (h - d) / 2, d, d);
    }
    const qreal barHeight = m_item->kind == TimelineItem::Kind::Period ? h * 0.5 : h * 0.56;
    return QRectF(m_left, (h - barHeight) / 2, m_right - m_left, barHeight);
}

QRectF TimelineMarkItem::labelRect() const
{
    const QRectF mark = markRect();
    const qreal pad = m_look->rowHeight * 0.25;
    const qreal x = m_labelLeft ? mark.left() - pad - m_labelWidth : mark.right() + pad;
    // A period's label sits in its bar when the bar is wide enough.
    if (m_item->kind == TimelineItem::Kind::Period && mark.width() > m_labelWidth + 2 * pad)
        return QRectF(mark.left() + pad, 0, m_labelWidth, m_look->rowHeight);
    return QRectF(x, 0, m_labelWidth, m_look->rowHeight);
}

QRectF TimelineMarkItem::boundingRect() const
{
    const qreal extra = m_look->rowHeight * 0.2;
    return markRect().united(labelRect()).adjusted(-extra, -extra, extra, extra);
}

void TimelineMarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF mark = markRect();
    const QColor color = m_color;
    const qreal outline = std::max(1.5, m_look->rowHeight / 16);
    QColor light = color;
    light.setAlphaF(0.3);
    switch (m_item->kind) {
    case TimelineItem::Kind::Period:
        painter->setPen(Qt::NoPen);
        painter->setBrush(light);
        painter->drawRoundedRect(mark, 3, 3);
        painter->setPen(QPen(color, outline));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(mark, 3, 3);
        break;
    case TimelineItem::Kind::Event:
        if (m_item->isPoint()) {
            painter->setPen(QPen(m_look->background, outline));
            painter->setBrush(color);
            painter->drawEllipse(mark);
        } else {
            // Known to the month or year: the whole month or year as a band with bracket ends.
            painter->setPen(Qt::NoPen);
            painter->setBrush(light);
            painter->drawRect(mark);
            QPen pen(color, outline);
            if (m_item->precision == DatePrecision::Approximate)
                pen.setStyle(Qt::DashLine);
            painter->setPen(pen);
            const qreal tick = mark.height() * 0.3;
            painter->drawLine(mark.topLeft(), mark.bottomLeft());
            painter->drawLine(mark.topRight(), mark.bottomRight());
            painter->drawLine(mark.topLeft(), mark.topLeft() + QPointF(std::min(tick, mark.width() / 2), 0));
            painter->drawLine(mark.bottomLeft(), mark.bottomLeft() + QPointF(std::min(tick, mark.width() / 2), 0));
            painter->drawLine(mark.topRight(), mark.topRight() - QPointF(std::min(tick, mark.width() / 2), 0));
            painter->drawLine(mark.bottomRight(), mark.bottomRight() - QPointF(std::min(tick, mark.width() / 2), 0));
        }
        break;
    case TimelineItem::Kind::Target: {
        painter->setPen(QPen(color, outline * 0.8, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(mark);
        const QPointF c = mark.center();
        const qreal r = m_look->rowHeight * 0.26;
        QPainterPath diamond;
        diamond.moveTo(c.x(), c.y() - r);
        diamond.lineTo(c.x() + r, c.y());
        diamond.lineTo(c.x(), c.y() + r);
        diamond.lineTo(c.x() - r, c.y());
        diamond.closeSubpath();
        painter->setPen(QPen(m_look->background, outline * 0.7));
        painter->setBrush(color);
        painter->drawPath(diamond);
        break;
    }
    }
    if (m_highlighted || isSelected()) {
        painter->setPen(QPen(m_look->text, outline, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(boundingRect().adjusted(1, 1, -1, -1));
    }
    painter->setFont(m_look->font);
    painter->setPen(m_look->text);
    painter->drawText(labelRect(), Qt::AlignVCenter | Qt::AlignLeft, m_shown);
}

} // namespace innoatlas
