#include "timeline/TimelineMarkItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace innoatlas {

namespace {
/** The smallest width a mark is drawn with, so a day-wide event still shows at any zoom. */
constexpr qreal minimumBand = 3.0;

/**
 * The width of @p text as the sum of its words' and spaces', each word measured once for all marks of a scene
 * (@p measured): labels share their words (a city, a kind of event, a year), rarely whole, and shaping text is most
 * of making a mark. Text is not shaped across a space, so the sum is the width of the whole. The words are looked up
 * as they stand in @p text, with no copy made of them.
 */
qreal widthByWords(QStringView text, const QFontMetricsF &metrics, QHash<QStringView, qreal> &measured)
{
    const auto widthOf = [&](QStringView word) {
        auto known = measured.constFind(word);
        if (known == measured.cend())
            known = measured.insert(word, metrics.horizontalAdvance(word.toString()));
        return *known;
    };
    qreal width = 0;
    qsizetype spaces = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i) != u' ')
            continue;
        if (i > start)
            width += widthOf(text.sliced(start, i - start));
        spaces += i < text.size() ? 1 : 0;
        start = i + 1;
    }
    return spaces > 0 ? width + widthOf(u" ") * qreal(spaces) : width;
}
} // namespace

TimelineMarkItem::TimelineMarkItem(const TimelineItem &item, std::shared_ptr<const Look> look, const QColor &color,
                                   QHash<QStringView, qreal> *measured)
    : m_item(&item), m_look(std::move(look)), m_color(color)
{
    // Periods are labelled with their years, events known to less than a day with their date.
    const bool dated =
        m_item->kind == TimelineItem::Kind::Period || (m_item->kind == TimelineItem::Kind::Event && !m_item->isPoint());
    const QString separator = QStringLiteral("  ");
    m_text = dated ? m_item->label + separator + m_item->detail : m_item->label;
    if (!measured)
        m_fullWidth = m_look->metrics->horizontalAdvance(m_text);
    else if (dated) // the words of the item's own texts, which outlive the measures
        m_fullWidth = widthByWords(m_item->label, *m_look->metrics, *measured) +
                      widthByWords(separator, *m_look->metrics, *measured) +
                      widthByWords(m_item->detail, *m_look->metrics, *measured);
    else
        m_fullWidth = widthByWords(m_item->label, *m_look->metrics, *measured);
    m_labelWidth = m_fullWidth;
    m_labelRoom = m_fullWidth;
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
    labelRoom = roomIn(left, right, labelRoom);
    if (labelRoom != m_labelRoom) // the same layout again keeps what was elided
        m_shown.clear();
    m_labelRoom = labelRoom;
    m_labelWidth = std::min(m_fullWidth, labelRoom);
    m_left = left;
    m_right = m_item->isPoint() ? left : std::max(right, left + minimumBand);
    m_labelLeft = labelLeft;
    setPos(0, top);
}

qreal TimelineMarkItem::roomIn(qreal left, qreal right, qreal labelRoom) const
{
    // A period's label may use its whole bar when it is drawn inside it.
    const qreal inside = m_item->kind == TimelineItem::Kind::Period ? right - left - m_look->rowHeight * 0.5 : 0;
    return inside > labelRoom && inside > m_look->rowHeight * 3 ? inside : labelRoom;
}

QString TimelineMarkItem::shownLabel() const
{
    if (m_labelRoom >= m_fullWidth)
        return m_text;
    if (m_shown.isNull())
        m_shown = m_look->metrics->elidedText(m_text, Qt::ElideRight, m_labelRoom);
    return m_shown;
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
    if (labelInBar(mark))
        return QRectF(mark.left() + pad, 0, m_labelWidth, m_look->rowHeight);
    return QRectF(x, 0, m_labelWidth, m_look->rowHeight);
}

bool TimelineMarkItem::labelInBar(const QRectF &mark) const
{
    // A period's label sits in its bar when the bar is wide enough.
    return m_item->kind == TimelineItem::Kind::Period && mark.width() > m_labelWidth + m_look->rowHeight * 0.5;
}

QRectF TimelineMarkItem::boundingRect() const
{
    const qreal extra = m_look->rowHeight * 0.2;
    return markRect().united(labelRect()).adjusted(-extra, -extra, extra, extra);
}

void TimelineMarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF mark = markRect();
    const qreal scale = option ? option->levelOfDetailFromTransform(painter->worldTransform()) : 1;
    const QColor color = m_color;
    QColor light = color;
    light.setAlphaF(0.3);
    // A mark drawn less high than a couple of pixels (a national timeline fitted to a slide) is a speck: its shape,
    // outline and label do not show, and drawing them was most of the time a figure took to draw.
    if (mark.height() * scale < minimumShapePixels && !m_highlighted && !isSelected()) {
        // As bright as the shape drawn at that size: a band's light fill with its outline, a dot's or a target's
        // colour.
        QColor speck = color;
        if (m_item->kind != TimelineItem::Kind::Target && !m_item->isPoint())
            speck.setAlphaF(0.6);
        painter->fillRect(mark, speck);
        return;
    }
    const qreal outline = std::max(1.5, m_look->rowHeight / 16);
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
    // A timeline scaled down far enough to fit a figure (a national one) has labels a pixel or two high: a grey smear
    // that no one reads, and most of the time it takes to draw. They are left out below a few pixels.
    if (m_look->metrics && m_look->metrics->height() * scale < minimumLabelPixels)
        return;
    painter->setFont(m_look->font);
    painter->setPen(m_look->text);
    // A label left of its mark ends next to it, however much shorter than its room the elided text came out.
    const Qt::Alignment side = m_labelLeft && !labelInBar(mark) ? Qt::AlignRight : Qt::AlignLeft;
    painter->drawText(labelRect(), Qt::AlignVCenter | side, shownLabel());
}

} // namespace innoatlas
