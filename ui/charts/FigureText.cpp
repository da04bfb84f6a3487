#include "charts/FigureText.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>

namespace innoatlas {

namespace {
void setUp(QTextDocument *document, const QString &text, const QFont &font, qreal width, Qt::Alignment alignment)
{
    document->setDocumentMargin(0);
    document->setDefaultFont(font);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
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

} // namespace innoatlas
