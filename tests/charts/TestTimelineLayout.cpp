// The timeline's layout: marks packed into rows never overlap and stay in their lanes, a figure's frame keeps clear of
// the lanes, and the size measured without laying out (TimelineScene::sizeAt()) is the size a layout gives.

#include "timeline/TimelineMarkItem.h"
#include "timeline/TimelineScene.h"

#include <QGraphicsTextItem>
#include <QTest>

using namespace innoatlas;

namespace {
/**
 * Three lanes of plan periods (some wide enough to hold their label), events known to the day, the month or the year,
 * and targets, over ten years; the last events end the scale, so their labels go to the left of their marks.
 */
TimelineData mixedTimeline()
{
    TimelineData data;
    data.title =
        QStringLiteral("대전광역시와 부산광역시의 혁신 계획: 계획 기간, 행사와 목표 (Daejeon and Busan innovation "
                       "plans: periods, events and targets)");
    data.notes = {QStringLiteral("Events known to the month or the year are drawn as the whole month or year."),
                  QStringLiteral("목표는 목표 연도에 표시합니다.")};
    data.sourceLine = QStringLiteral("Sources: 과학기술정보통신부 보도자료, 2026-11-22");
    QVector<QPair<QDate, QDate>> spans;
    const auto add = [&](const QString &lane, TimelineItem::Kind kind, const QString &label, QDate first, QDate last,
                         DatePrecision precision) {
        TimelineItem item;
        item.kind = kind;
        item.key = QStringLiteral("%1.%2").arg(lane).arg(data.items.size());
        item.laneKey = lane;
        item.label = label;
        item.detail = first.toString(Qt::ISODate);
        item.first = first;
        item.last = last;
        item.precision = precision;
        data.items.append(item);
        spans.append({first, last});
    };
    const QDate start(2020, 1, 1);
    for (int lane = 0; lane < 3; ++lane) {
        const QString key = QStringLiteral("lane.%1").arg(lane);
        data.lanes.append({key, QStringLiteral("권역 %1 Region %1").arg(lane), QString()});
        add(key, TimelineItem::Kind::Period, QStringLiteral("제%1차 지역혁신 종합계획").arg(lane + 1), start,
            start.addYears(5 + lane).addDays(-1), DatePrecision::Year);
        add(key, TimelineItem::Kind::Period, QStringLiteral("Plan %1").arg(lane), start.addYears(1), start.addYears(2),
            DatePrecision::Month);
        for (int i = 0; i < 40; ++i) {
            const QDate day = start.addDays(17 + i * 83 + lane * 29);
            const bool month = i % 5 == 1;
            add(key, TimelineItem::Kind::Event,
                i % 3 == 0 ? QStringLiteral("Opening of the quantum science and technology cluster %1").arg(i)
                           : QStringLiteral("착공식 %1").arg(i),
                month ? QDate(day.year(), day.month(), 1) : day,
                month ? QDate(day.year(), day.month(), 1).addMonths(1).addDays(-1) : day,
                month ? DatePrecision::Month : DatePrecision::Day);
        }
        add(key, TimelineItem::Kind::Target, QStringLiteral("Start-ups founded: 120"), QDate(2028, 1, 1),
            QDate(2028, 12, 31), DatePrecision::Year);
        const QDate last(2029, 12, 31);
        add(key, TimelineItem::Kind::Event, QStringLiteral("Final review of the whole plan at the end of 2029"), last,
            last, DatePrecision::Day);
    }
    std::stable_sort(data.items.begin(), data.items.end(), [](const TimelineItem &a, const TimelineItem &b) {
        return a.laneKey < b.laneKey || (a.laneKey == b.laneKey && a.first < b.first);
    });
    data.scale = TimeScale::compressed(spans);
    return data;
}

/**
 * The mark and its label, without the margin its bounding rect adds around them (a fifth of a row), less a hundredth of
 * a pixel: marks in adjacent rows touch, and their sums round differently.
 */
QRectF drawnRect(const TimelineMarkItem *mark)
{
    const QRectF bounds = mark->sceneBoundingRect();
    const qreal margin = bounds.height() / 1.4 * 0.2 + 0.01;
    return bounds.adjusted(margin, margin, -margin, -margin);
}

QVector<const TimelineMarkItem *> marksOf(const TimelineScene &scene)
{
    QVector<const TimelineMarkItem *> marks;
    for (QGraphicsItem *item : scene.items()) {
        if (const auto *mark = dynamic_cast<const TimelineMarkItem *>(item))
            marks.append(mark);
    }
    return marks;
}

/** The frame's wrapped text blocks (title, notes, source line), top to bottom. */
QVector<QRectF> textBlocksOf(const TimelineScene &scene)
{
    QVector<QRectF> blocks;
    for (QGraphicsItem *item : scene.items()) {
        if (item->type() == QGraphicsTextItem::Type)
            blocks.append(item->sceneBoundingRect());
    }
    std::sort(blocks.begin(), blocks.end(), [](const QRectF &a, const QRectF &b) { return a.top() < b.top(); });
    return blocks;
}

TimelineScene::Options figureOptions(qreal textScale)
{
    TimelineScene::Options options;
    options.frame = true;
    options.today = QDate(2026, 11, 22);
    options.referenceSize = QSizeF(1280, 720);
    options.textScale = textScale;
    return options;
}
} // namespace

class TestTimelineLayout : public QObject
{
    Q_OBJECT

private slots:
    void marksNeitherOverlapNorLeaveTheirLanes_data()
    {
        QTest::addColumn<qreal>("width");
        QTest::addColumn<qreal>("zoom"); ///< a multiple of the zoom that fits the width
        for (const qreal width : {480.0, 1280.0, 3200.0}) {
            for (const qreal zoom : {1.0, 6.0})
                QTest::addRow("%g wide, zoom %g", width, zoom) << width << zoom;
        }
    }

    void marksNeitherOverlapNorLeaveTheirLanes()
    {
        QFETCH(qreal, width);
        QFETCH(qreal, zoom);
        const TimelineData data = mixedTimeline();
        TimelineScene scene;
        scene.setData(data, figureOptions(1.0));
        scene.layoutAt(scene.fitPixelsPerDay(width) * zoom, width);
        const QVector<const TimelineMarkItem *> marks = marksOf(scene);
        QCOMPARE(marks.size(), data.items.size());
        QCOMPARE(scene.lanes().size(), data.lanes.size());
        for (const TimelineScene::LaneGeometry &lane : scene.lanes()) {
            QVector<QRectF> drawn;
            for (const TimelineMarkItem *mark : marks) {
                if (mark->item().laneKey == lane.key)
                    drawn.append(drawnRect(mark));
            }
            QVERIFY(!drawn.isEmpty());
            for (qsizetype i = 0; i < drawn.size(); ++i) {
                QVERIFY2(drawn.at(i).top() >= lane.top && drawn.at(i).bottom() <= lane.top + lane.height,
                         qPrintable(QStringLiteral("a mark of %1 leaves its lane").arg(lane.key)));
                for (qsizetype j = i + 1; j < drawn.size(); ++j)
                    QVERIFY2(!drawn.at(i).intersects(drawn.at(j)),
                             qPrintable(QStringLiteral("two marks of %1 overlap").arg(lane.key)));
            }
        }
        // The frame: the title above the first lane, the notes and the source line below the last, inside the scene.
        const QVector<QRectF> blocks = textBlocksOf(scene);
        QCOMPARE(blocks.size(), 3);
        QVERIFY(blocks.first().bottom() <= scene.lanes().first().top);
        const TimelineScene::LaneGeometry &last = scene.lanes().last();
        QVERIFY(blocks.at(1).top() >= last.top + last.height);
        QVERIFY(blocks.at(2).top() >= blocks.at(1).bottom());
        QVERIFY(blocks.at(2).bottom() <= scene.sceneRect().bottom());
    }

    void noLayoutIsLowerThanItsLeastHeight()
    {
        // A figure rules a size of type out by the least height, without making the marks: no layout may be lower.
        const TimelineData data = mixedTimeline();
        for (const bool frame : {true, false}) {
            for (const qreal textScale : {1.0, 0.55}) {
                TimelineScene::Options options = figureOptions(textScale);
                options.frame = frame;
                const qreal least = TimelineScene::leastHeight(data, options);
                TimelineScene scene;
                scene.setData(data, options);
                for (const qreal width : {420.0, 1280.0, 5000.0}) {
                    for (const qreal zoom : {0.5, 1.0, 8.0})
                        QVERIFY(least <= scene.sizeAt(scene.fitPixelsPerDay(width) * zoom, width).height());
                }
            }
        }
        // Lanes of one row each are as high as it says.
        TimelineData sparse = data;
        sparse.items.clear();
        for (const TimelineLane &lane : std::as_const(data.lanes))
            sparse.items.append(*data.itemsOf(lane.key).constFirst());
        const TimelineScene::Options options = figureOptions(0.55);
        TimelineScene scene;
        scene.setData(sparse, options);
        scene.layoutAt(scene.fitPixelsPerDay(1280), 1280);
        qreal lanes = 0;
        for (const TimelineScene::LaneGeometry &lane : scene.lanes())
            lanes += lane.height;
        QCOMPARE(lanes, TimelineScene::leastHeight(sparse, options));
    }

    void theSizeMeasuredIsTheSizeLaidOut_data()
    {
        QTest::addColumn<bool>("frame");
        QTest::addColumn<qreal>("textScale");
        QTest::addColumn<qreal>("width");
        QTest::addColumn<qreal>("zoom");
        QTest::addColumn<qreal>("minimumHeight");
        for (const bool frame : {true, false}) {
            for (const qreal textScale : {1.0, 0.55}) {
                for (const qreal width : {420.0, 1280.0, 5000.0}) {
                    for (const qreal zoom : {1.0, 0.5, 8.0}) {
                        for (const qreal minimumHeight : {0.0, 3000.0})
                            QTest::addRow("%s, type %g, %g wide, zoom %g, at least %g high", frame ? "figure" : "view",
                                          textScale, width, zoom, minimumHeight)
                                << frame << textScale << width << zoom << minimumHeight;
                    }
                }
            }
        }
    }

    void theSizeMeasuredIsTheSizeLaidOut()
    {
        QFETCH(bool, frame);
        QFETCH(qreal, textScale);
        QFETCH(qreal, width);
        QFETCH(qreal, zoom);
        QFETCH(qreal, minimumHeight);
        TimelineScene scene;
        TimelineScene::Options options = figureOptions(textScale);
        options.frame = frame;
        scene.setData(mixedTimeline(), options);
        // Laid out elsewhere first: measuring moves nothing.
        scene.layoutAt(scene.fitPixelsPerDay(900), 900);
        QVector<QRectF> before;
        for (const TimelineMarkItem *mark : marksOf(scene))
            before.append(mark->sceneBoundingRect());
        const QRectF sceneBefore = scene.sceneRect();
        const qreal pixelsPerDay = scene.fitPixelsPerDay(width) * zoom;
        const QSizeF measured = scene.sizeAt(pixelsPerDay, width, minimumHeight);
        QVector<QRectF> after;
        for (const TimelineMarkItem *mark : marksOf(scene))
            after.append(mark->sceneBoundingRect());
        QCOMPARE(after, before);
        QCOMPARE(scene.sceneRect(), sceneBefore);

        scene.layoutAt(pixelsPerDay, width, minimumHeight);
        QCOMPARE(measured, scene.sceneRect().size());
        // What was laid out lies within it.
        qreal lowest = 0;
        for (const TimelineMarkItem *mark : marksOf(scene))
            lowest = std::max(lowest, drawnRect(mark).bottom());
        for (const QRectF &block : textBlocksOf(scene))
            lowest = std::max(lowest, block.bottom());
        QVERIFY(lowest <= measured.height());
    }
};

QTEST_MAIN(TestTimelineLayout)
#include "TestTimelineLayout.moc"
