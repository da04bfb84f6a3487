// A figure drawn a part at a time (Figure::renderInParts(), as presenter mode draws the next slide) leaves what the
// figure drawn whole leaves, and a dense timeline is drawn in several parts, none of them the whole work.

#include "DenseTimeline.h"

#include "timeline/TimelineFigure.h"

#include <QPainter>
#include <QTest>

using namespace innoatlas;

namespace {
/** An image of @p size at @p ratio device pixels a pixel, as a window of that size draws a slide. */
QImage blank(const QSize &size, qreal ratio)
{
    QImage image((QSizeF(size) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::magenta); // a colour no figure draws: what a part leaves out shows
    return image;
}

QImage drawnWhole(Figure &figure, const QSize &size, qreal ratio)
{
    QImage image = blank(size, ratio);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    figure.render(&painter, QRectF(QPointF(0, 0), size));
    return image;
}

/** @p figure drawn in parts onto @p image, a painter a part; the number of parts it took. */
int drawInParts(Figure &figure, QImage &image, const QSize &size, int mostParts = 1000)
{
    for (int parts = 1; parts <= mostParts; ++parts) {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        if (figure.renderInParts(&painter, QRectF(QPointF(0, 0), size)))
            return parts;
    }
    return mostParts + 1;
}
} // namespace

class TestFigureInParts : public QObject
{
    Q_OBJECT

private slots:
    void aTimelineDrawnInPartsIsTheTimelineDrawnWhole_data()
    {
        QTest::addColumn<int>("lanes");
        QTest::addColumn<int>("perLane");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("ratio");
        QTest::newRow("fits its output") << 4 << 5 << QSize(1280, 720) << 1.0;
        QTest::newRow("laid out wider and scaled down") << 30 << 80 << QSize(1280, 720) << 1.0;
        QTest::newRow("too small to read, 15,000 marks") << 150 << 100 << QSize(1280, 720) << 1.0;
        QTest::newRow("too small to read, two device pixels a pixel") << 150 << 100 << QSize(1280, 720) << 2.0;
        QTest::newRow("scaled down, 1.5 device pixels a pixel") << 30 << 80 << QSize(1000, 700) << 1.5;
    }

    void aTimelineDrawnInPartsIsTheTimelineDrawnWhole()
    {
        QFETCH(int, lanes);
        QFETCH(int, perLane);
        QFETCH(QSize, size);
        QFETCH(qreal, ratio);
        const TimelineData data = denseTimeline(lanes, perLane);
        TimelineFigure whole(data, FigureLook::Presenter, QDate(2026, 11, 22));
        const QImage expected = drawnWhole(whole, size, ratio);

        TimelineFigure inParts(data, FigureLook::Presenter, QDate(2026, 11, 22));
        QImage image = blank(size, ratio);
        const int parts = drawInParts(inParts, image, size);
        QVERIFY(parts <= 1000);
        QCOMPARE(image, expected);
        // The marks a few thousand a part, the layout a part of its own, then the lanes a band of device pixels a part
        // (the figure scaled down, fewer bands than the output's height would take).
        const int markParts = (lanes * perLane + TimelineFigure::marksAPart - 1) / TimelineFigure::marksAPart;
        QVERIFY2(parts >= markParts + 1 + 2, qPrintable(QStringLiteral("%1 parts").arg(parts)));
        // Drawn again, in parts or whole, it starts from nothing and leaves the same.
        QImage again = blank(size, ratio);
        QCOMPARE(drawInParts(inParts, again, size), parts);
        QCOMPARE(again, expected);
        QCOMPARE(drawnWhole(inParts, size, ratio), expected);
    }

    void aDrawingForAnotherSizeStartsOver()
    {
        // A window resized while its next slide is being drawn: the parts drawn for the old size are not used.
        const TimelineData data = denseTimeline(150, 100);
        TimelineFigure figure(data, FigureLook::Presenter, QDate(2026, 11, 22));
        QImage old = blank(QSize(1280, 720), 1);
        QCOMPARE(drawInParts(figure, old, QSize(1280, 720), 5), 6); // stopped among its bands
        const QSize resized(1024, 768);
        QImage image = blank(resized, 1);
        drawInParts(figure, image, resized);
        TimelineFigure whole(data, FigureLook::Presenter, QDate(2026, 11, 22));
        QCOMPARE(image, drawnWhole(whole, resized, 1));
    }
};

QTEST_MAIN(TestFigureInParts)
#include "TestFigureInParts.moc"
