#include "charts/FigureText.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QPainter>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>

namespace innoatlas {

namespace {
QTextOption wrapped(Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

/** Plain text wrapped to a width, as a document of FigureText::add() lays it out, laid out again when drawn. */
class LabelItem : public QGraphicsItem
{
public:
    LabelItem(const QString &text, const QFont &font, const QColor &color, qreal width)
        : m_text(QString(text).replace(QLatin1Char('\n'), QChar::LineSeparator)), m_font(font), m_color(color),
          m_width(width)
    {
        QTextLayout layout;
        m_height = layOut(layout);
    }

    QRectF boundingRect() const override { return QRectF(0, 0, m_width, m_height); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        QTextLayout layout;
        layOut(layout);
        painter->setPen(m_color);
        layout.draw(painter, QPointF());
    }

private:
    qreal layOut(QTextLayout &layout) const
    {
        layout.setText(m_text);
        layout.setFont(m_font);
        layout.setTextOption(wrapped(Qt::AlignLeft));
        qreal y = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(m_width);
            line.setLeadingIncluded(true);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
        return y;
    }

    QString m_text;
    QFont m_font;
    QColor m_color;
    qreal m_width = 0;
    qreal m_height = 0;
};

void setUp(QTextDocument *document, const QString &text, const QFont &font, qreal width, Qt::Alignment alignment)
{
    document->setDocumentMargin(0);
    document->setDefaultFont(font);
    document->setDefaultTextOption(wrapped(alignment));
    document->setPlainText(text);
    document->setTextWidth(width);
}
} // namespace

qreal FigureText::height(const QString &text, const QFont &font, qreal width)
{
    if (text.isEmpty())
        return 0;
    QTextDocument document;
    setUp(&document, text, font, width, Qt::AlignLeft);
    return document.size().height();
}

qreal FigureText::naturalWidth(const QString &text, const QFont &font)
{
    const QFontMetricsF metrics(font);
    qreal widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

QGraphicsTextItem *FigureText::add(QGraphicsScene *scene, const QString &text, const QFont &font, const QColor &color,
                                   const QPointF &position, qreal width, Qt::Alignment alignment)
{
    auto *item = new QGraphicsTextItem;
    setUp(item->document(), text, font, width, alignment);
    item->setDefaultTextColor(color);
    item->setPos(position);
    scene->addItem(item);
    return item;
}

QGraphicsItem *FigureText::addLabel(QGraphicsScene *scene, const QString &text, const QFont &font, const QColor &color,
                                    const QPointF &position, qreal width)
{
    auto *item = new LabelItem(text, font, color, width);
    item->setPos(position);
    scene->addItem(item);
    return item;
}

} // namespace innoatlas
