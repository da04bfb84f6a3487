#include "DenseTimeline.h"
#include "FigureTestSupport.h"

#include "charts/ChartFigure.h"
#include "charts/FigureCatalog.h"
#include "charts/FigureExporter.h"
#include "charts/FigureStyle.h"
#include "charts/FigureText.h"
#include "charts/InvestmentChartView.h"
#include "charts/TargetsFigure.h"
#include "charts/TargetsView.h"
#include "charts/ValueAxisScale.h"
#include "dataset/BuiltinDataset.h"
#include "i18n/Translations.h"
#include "presenter/SlideFigures.h"
#include "timeline/TimelineFigure.h"
#include "timeline/TimelineMarkItem.h"
#include "timeline/TimelineScene.h"
#include "timeline/TimelineView.h"
#include "timeline/TimelineWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsScene>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace innoatlas;

namespace {
/** An event with a long label, and the look of marks in @p font. */
TimelineItem clusterOpening()
{
    TimelineItem item;
    item.key = QStringLiteral("ev.1");
    item.label = QStringLiteral("Opening of the Daejeon quantum science and technology cluster");
    item.first = item.last = QDate(2026, 3, 1);
    return item;
}

/** Counts the paint events of the widgets it filters. */
struct PaintCounter : QObject
{
    int count = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

/** @p source of @p scene drawn at @p scale on white, with a margin of a few pixels. */
QImage renderedAt(QGraphicsScene &scene, const QRectF &source, qreal scale)
{
    QImage image((source.size() * scale).toSize() + QSize(4, 4), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter, QRectF(QPointF(0, 0), source.size() * scale), source);
    return image;
}

std::shared_ptr<TimelineMarkItem::Look> markLook(const QFont &font = QFont())
{
    auto look = std::make_shared<TimelineMarkItem::Look>();
    look->font = font;
    look->metrics = std::make_shared<const QFontMetricsF>(look->font);
    return look;
}
} // namespace

class TestFigureRendering : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Dataset dataset;
        QVector<DatasetIssue> issues;
        QVERIFY(BuiltinDataset::read(&dataset, &issues));
        m_dataset = std::make_shared<const Dataset>(dataset);
        Translations::install(QStringLiteral("en"));
    }

    void everyFigureRendersToTheRequestedSize_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("look");
        QTest::addColumn<QSize>("size");
        for (const FigureCatalog::Entry &entry : FigureCatalog::entries()) {
            for (const Language language : {Language::Korean, Language::English}) {
                const char *lang = language == Language::Korean ? "ko" : "en";
                QTest::addRow("%s %s 1920x1080", qPrintable(entry.name), lang)
                    << entry.name << int(language) << int(FigureLook::Standard) << QSize(1920, 1080);
                QTest::addRow("%s %s presenter 1280x720", qPrintable(entry.name), lang)
                    << entry.name << int(language) << int(FigureLook::Presenter) << QSize(1280, 720);
            }
            QTest::addRow("%s small 640x480", qPrintable(entry.name))
                << entry.name << int(Language::English) << int(FigureLook::Standard) << QSize(640, 480);
        }
    }

    void everyFigureRendersToTheRequestedSize()
    {
        QFETCH(QString, name);
        QFETCH(int, language);
        QFETCH(int, look);
        QFETCH(QSize, size);
        SlideFigures::Options options;
        options.look = FigureLook(look);
        options.today = QDate(2026, 11, 22);
        auto figure = SlideFigures::create(FigureCatalog::find(name)->slide, *m_dataset, Language(language), options);
        QVERIFY(figure);
        QVERIFY(!figure->title().isEmpty());
        FigureExporter::Options exportOptions;
        exportOptions.pixels = size;
        const QImage image = FigureExporter::toImage(*figure, exportOptions);
        QCOMPARE(image.size(), size);
        const double ink = FigureTestSupport::inkShare(image);
        QVERIFY2(ink > 0.01 && ink < 0.9, qPrintable(QString::number(ink)));
        // The presenter look is light on black.
        QCOMPARE(image.pixelColor(2, 2) == QColor(Qt::black), FigureLook(look) == FigureLook::Presenter);
    }

    void chartViewFollowsItsControls()
    {
        InvestmentChartView view(m_dataset);
        view.resize(1000, 650);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.spec().request.dimension, ChartDimension::City);
        auto *dimension = view.findChild<QComboBox *>(QStringLiteral("chartDimension"));
        auto *breakdown = view.findChild<QComboBox *>(QStringLiteral("chartBreakdown"));
        auto *kind = view.findChild<QComboBox *>(QStringLiteral("chartKind"));
        auto *layout = view.findChild<QComboBox *>(QStringLiteral("chartLayout"));
        auto *perCapita = view.findChild<QCheckBox *>(QStringLiteral("chartPerCapita"));
        QVERIFY(dimension && breakdown && kind && layout && perCapita);
        // Kinds side by side: one kind cannot be chosen, and they are never stacked.
        QVERIFY(!kind->isEnabled());
        QVERIFY(!layout->isEnabled());

        dimension->setCurrentIndex(dimension->findData(int(ChartDimension::Year)));
        QCOMPARE(view.spec().request.dimension, ChartDimension::Year);
        QVERIFY(!perCapita->isEnabled());
        breakdown->setCurrentIndex(breakdown->findData(int(ChartBreakdown::Plan)));
        QVERIFY(kind->isEnabled());
        layout->setCurrentIndex(layout->findData(int(ChartLayout::Stacked)));
        QCOMPARE(view.spec().request.layout, ChartLayout::Stacked);
        QVERIFY(view.spec().hasEstimates());

        dimension->setCurrentIndex(dimension->findData(int(ChartDimension::City)));
        QVERIFY(perCapita->isEnabled());
        perCapita->setChecked(true);
        QVERIFY(view.spec().request.perCapita);
        QCOMPARE(view.spec().axis.title, QStringLiteral("KRW per resident"));

        const QImage image = view.grab().toImage();
        QVERIFY(FigureTestSupport::inkShare(image) > 0.01);
        QSignalSpy added(&view, &InvestmentChartView::addToDeckRequested);
        QTest::mouseClick(view.findChild<QWidget *>(QStringLiteral("chartAddToDeck")), Qt::LeftButton);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().value<PresenterSlide>().chartRequest(), view.request());
    }

    void theSeriesOfTheOthersIsDrawnInANeutralColour()
    {
        // A plan, and the others added together (ChartLimits): the second series is grey, not the palette's second.
        constexpr qint64 eok = 100'000'000;
        ChartSpec spec;
        spec.request.breakdown = ChartBreakdown::Plan;
        spec.language = Language::English;
        spec.title = QStringLiteral("Investment by city");
        spec.categories = {{QStringLiteral("region.a"), QStringLiteral("A"), {}}};
        spec.series = {{QStringLiteral("plan.a"), QStringLiteral("Plan A"), {ChartValue{5 * eok, 0, {}}}},
                       {ChartSeries::otherKey(), QStringLiteral("Other plans (3)"), {ChartValue{7 * eok, 0, {}}}}};
        spec.axis = ValueAxisScale::axis(7 * eok, DisplayUnit::Eok, Language::English, false);
        const QSizeF size(800, 500);
        QGraphicsScene scene;
        ChartFigure(spec).layout(&scene, size);

        const FigureStyle style = FigureStyle::standard(size);
        QSet<QRgb> fills;
        for (QGraphicsItem *item : scene.items()) {
            if (auto *shape = dynamic_cast<QAbstractGraphicsShapeItem *>(item))
                fills.insert(shape->brush().color().rgb());
        }
        QVERIFY(fills.contains(style.seriesColor(0).rgb()));
        QVERIFY(fills.contains(style.otherSeries.rgb()));
        QVERIFY(!fills.contains(style.seriesColor(1).rgb()));
    }

    void manyCategoriesAreLabelledWithoutOverlapping_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("everyOne");
        QTest::newRow("five") << 5 << true;
        QTest::newRow("a hundred") << 100 << false;
    }

    void manyCategoriesAreLabelledWithoutOverlapping()
    {
        // A label for each bar when there is room; with a hundred bars, every few, none on another.
        QFETCH(int, count);
        QFETCH(bool, everyOne);
        ChartSpec spec;
        spec.language = Language::English;
        spec.title = QStringLiteral("Investment by plan");
        ChartSeries series{QStringLiteral("total"), QStringLiteral("Total"), {}};
        QSet<QString> labels;
        for (int c = 0; c < count; ++c) {
            const QString label = QStringLiteral("Metropolitan Innovation Masterplan %1").arg(c);
            spec.categories << ChartCategory{QStringLiteral("plan.%1").arg(c), label, {}};
            series.values << ChartValue{(c + 1) * 100'000'000LL, 0, {}};
            labels.insert(label);
        }
        spec.series = {series};
        spec.axis = ValueAxisScale::axis(count * 100'000'000LL, DisplayUnit::Eok, Language::English, false);
        QGraphicsScene scene;
        ChartFigure(spec).layout(&scene, QSizeF(800, 500));

        QVector<QRectF> boxes;
        for (QGraphicsItem *item : scene.items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (text && labels.contains(text->toPlainText())) {
                boxes << text->sceneBoundingRect();
                // Wide enough for its longest word: no word is broken.
                QVERIFY(text->textWidth() >=
                        QFontMetricsF(text->font()).horizontalAdvance(QStringLiteral("Masterplan")));
            }
        }
        if (everyOne)
            QCOMPARE(boxes.size(), count);
        else
            QVERIFY2(boxes.size() > 1 && boxes.size() < count, qPrintable(QString::number(boxes.size())));
        std::sort(boxes.begin(), boxes.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
        for (int i = 1; i < boxes.size(); ++i)
            QVERIFY2(boxes.at(i - 1).right() <= boxes.at(i).left(), qPrintable(QStringLiteral("label %1").arg(i)));
    }

    void chartViewShowsTheDatasetItIsGiven()
    {
        InvestmentChartView view(m_dataset);
        auto *dimension = view.findChild<QComboBox *>(QStringLiteral("chartDimension"));
        QVERIFY(dimension);
        const ChartSpec allCities = view.spec();
        QVERIFY(allCities.categories.size() > 1);
        dimension->setCurrentIndex(dimension->findData(int(ChartDimension::Year)));
        dimension->setCurrentIndex(dimension->findData(int(ChartDimension::City)));
        QCOMPARE(view.spec().total(), allCities.total());
        QCOMPARE(view.spec().categories.size(), allCities.categories.size());

        // The same chart over a reloaded dataset with one plan less: the charts of before are gone.
        Dataset fewer = *m_dataset;
        fewer.plans.removeLast();
        view.setDataset(std::make_shared<const Dataset>(fewer));
        QCOMPARE(view.spec().request.dimension, ChartDimension::City);
        QVERIFY(view.spec().total() < allCities.total());
        view.setDataset(std::make_shared<const Dataset>());
        QVERIFY(view.spec().categories.isEmpty());
        view.setDataset(m_dataset);
        QCOMPARE(view.spec().total(), allCities.total());
    }

    // A view shown follows a language switch at once; a hidden one when it is next shown (a national timeline took
    // 0.1-0.2 s and 35 MB to make again in every switch, shown or not).
    void viewsFollowTheInterfaceLanguage()
    {
        const auto english = qScopeGuard([] { Translations::install(QStringLiteral("en")); });
        InvestmentChartView chart(m_dataset);
        TimelineWidget timeline(m_dataset);
        TargetsView targets(m_dataset);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCOMPARE(chart.spec().categories.first().label, QStringLiteral("Daejeon"));
        Translations::install(QStringLiteral("ko"));
        // The language change reaches widgets as a posted event.
        QTRY_COMPARE(chart.spec().language, Language::Korean);
        QCOMPARE(chart.spec().categories.first().label, QStringLiteral("대전"));
        QCOMPARE(chart.spec().axis.title, QStringLiteral("억 원"));
        QCOMPARE(timeline.data().language, Language::English);
        QCOMPARE(targets.data().language, Language::English);
        timeline.show();
        targets.show();
        QCOMPARE(timeline.data().lanes.first().label, QStringLiteral("대전"));
        QCOMPARE(targets.data().rows.first().city, QStringLiteral("대전"));
        Translations::install(QStringLiteral("en"));
        QTRY_COMPARE(chart.spec().categories.first().label, QStringLiteral("Daejeon"));
        QCOMPARE(timeline.data().language, Language::English);
        QCOMPARE(targets.data().language, Language::English);
    }

    void timelineZoomsPansAndFits()
    {
        TimelineWidget widget(m_dataset);
        widget.setToday(QDate(2026, 11, 22));
        widget.resize(1200, 700);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        TimelineView *view = widget.view();
        QVERIFY(view->isFitted());
        const qreal fit = view->pixelsPerDay();
        // Fitted, the whole scale is visible.
        QVERIFY(view->timelineScene()->sceneRect().width() <= view->viewport()->width() + 1);
        view->zoomIn();
        QVERIFY(view->pixelsPerDay() > fit * 1.4);
        QVERIFY(!view->isFitted());
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(view->pixelsPerDay() > fit * 2);
        QTest::keyClick(view, Qt::Key_Minus);
        QTest::keyClick(view, Qt::Key_0);
        QVERIFY(view->isFitted());
        QCOMPARE(view->pixelsPerDay(), fit);
        QTest::keyClick(view, Qt::Key_Minus);
        QVERIFY(view->pixelsPerDay() >= fit * 0.5 - 1e-9);
    }

    // Shown, a timeline given new data is painted once its marks are placed, not while they are made: a national
    // timeline's 52,000 marks, painted before they were placed, took 2.3-4.5 s on a language switch.
    void aShownTimelineIsPaintedOnlyOnceLaidOut()
    {
        TimelineWidget widget(m_dataset);
        widget.resize(1200, 700);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        TimelineView *view = widget.view();
        PaintCounter painted;
        view->viewport()->installEventFilter(&painted);
        // A paint of the window waiting, as a language switch leaves one (its controls and title relabelled).
        widget.findChild<QLabel *>(QStringLiteral("timelineTitle"))->update();
        view->setData(widget.data());
        QCOMPARE(painted.count, 0);
        QTRY_VERIFY(painted.count > 0);
    }

    void clickingATimelineItemSelectsItsEntity()
    {
        TimelineWidget widget(m_dataset);
        widget.resize(1200, 700);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        TimelineView *view = widget.view();
        view->fitAll();
        QSignalSpy selected(&widget, &TimelineWidget::entitySelected);
        // The plan period of Gwangju's AI plan: click inside its bar.
        const TimelineScene *scene = view->timelineScene();
        const TimelineMarkItem *target = nullptr;
        for (QGraphicsItem *item : scene->items()) {
            auto *mark = dynamic_cast<TimelineMarkItem *>(item);
            if (mark && mark->item().key == u"plan.gwangju-ai-2020")
                target = mark;
        }
        QVERIFY(target);
        const QPointF scenePoint((target->spanLeft() + target->spanRight()) / 2,
                                 target->scenePos().y() + scene->style().labelPx);
        const QPoint viewPoint = view->mapFromScene(scenePoint);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewPoint);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().toString(), QStringLiteral("plan.gwangju-ai-2020"));
    }

    void hoveringATimelineItemShowsItsTooltip()
    {
        TimelineWidget widget(m_dataset);
        widget.resize(1200, 700);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        TimelineView *view = widget.view();
        view->fitAll();
        const TimelineScene *scene = view->timelineScene();
        const TimelineMarkItem *target = nullptr;
        for (QGraphicsItem *item : scene->items()) {
            auto *mark = dynamic_cast<TimelineMarkItem *>(item);
            if (mark && mark->item().key == u"plan.gwangju-ai-2020")
                target = mark;
        }
        QVERIFY(target);
        const QPoint inside = view->mapFromScene(
            QPointF((target->spanLeft() + target->spanRight()) / 2, target->scenePos().y() + scene->style().labelPx));
        QHelpEvent help(QEvent::ToolTip, inside, view->viewport()->mapToGlobal(inside));
        QApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(target->item().label.toHtmlEscaped()));
        QVERIFY(QToolTip::text().contains(target->item().detail));
        // Where there is no mark, no tooltip.
        const QPoint empty = view->mapFromScene(QPointF(scene->timeLeft() + 1, scene->sceneRect().bottom() - 2));
        QHelpEvent none(QEvent::ToolTip, empty, view->viewport()->mapToGlobal(empty));
        QApplication::sendEvent(view->viewport(), &none);
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void aTimelineTooTallForItsOutputIsScaledDownToFillIt()
    {
        // Thirty lanes of eighty events each do not fit 1280×720 at any type size: laid out wider and scaled down, the
        // lanes still fill the output from top to bottom (not a strip across its top, the rest left empty).
        TimelineFigure figure(denseTimeline(30, 80), FigureLook::Standard, QDate(2026, 11, 22));
        FigureExporter::Options options;
        options.pixels = QSize(1280, 720);
        const QImage image = FigureExporter::toImage(figure, options).convertToFormat(QImage::Format_RGB32);
        const QColor background = image.pixelColor(0, 0);
        QVector<bool> tenthsWithInk(10, false);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (FigureTestSupport::isInk(image.pixelColor(x, y), background)) {
                    tenthsWithInk[y * 10 / image.height()] = true;
                    break;
                }
            }
        }
        // The lanes reach the last tenth, where the notes are.
        for (int tenth = 0; tenth < 10; ++tenth)
            QVERIFY2(tenthsWithInk.at(tenth), qPrintable(QStringLiteral("nothing drawn in tenth %1").arg(tenth + 1)));
    }

    void aTimelineTooSmallToReadSaysSo()
    {
        // A hundred and fifty lanes of a hundred events on 1280×720: drawn at a small part of its size, the figure
        // says that it cannot be read, and what to do. Four lanes of five events fit and say nothing.
        FigureExporter::Options options;
        options.pixels = QSize(1280, 720);
        const QString notice = QStringLiteral("Too many entries to read on one page");
        TimelineFigure crowded(denseTimeline(150, 100), FigureLook::Standard, QDate(2026, 11, 22));
        const QString drawn = QString::fromUtf8(FigureExporter::toSvg(crowded, options));
        QVERIFY(drawn.contains(notice));
        QVERIFY(drawn.contains(QStringLiteral("Timeline tab")));
        TimelineFigure sparse(denseTimeline(4, 5), FigureLook::Standard, QDate(2026, 11, 22));
        const QString fitted = QString::fromUtf8(FigureExporter::toSvg(sparse, options));
        QVERIFY(fitted.contains(QStringLiteral("Lane 3")));
        QVERIFY(!fitted.contains(notice));
    }

    void manyItemsStayOnePerEntry()
    {
        // A national-scale timeline: thousands of events. Items are made once; zooming moves them.
        TimelineData data;
        data.lanes.append({QStringLiteral("lane"), QStringLiteral("Lane"), QString()});
        QVector<QPair<QDate, QDate>> spans;
        for (int i = 0; i < 3000; ++i) {
            TimelineItem item;
            item.key = QStringLiteral("ev.%1").arg(i);
            item.laneKey = QStringLiteral("lane");
            item.label = QStringLiteral("Event %1").arg(i);
            item.first = item.last = QDate(2020, 1, 1).addDays(i);
            data.items.append(item);
            spans.append({item.first, item.last});
        }
        data.scale = TimeScale::compressed(spans);
        TimelineScene scene;
        scene.setData(data, {});
        scene.layoutAt(scene.fitPixelsPerDay(1600), 1600);
        QCOMPARE(scene.markCount(), 3000);
        scene.layoutAt(5, 1600);
        QCOMPARE(scene.markCount(), 3000);
        QVERIFY(scene.sceneRect().width() > 1600 * 3);
    }

    void aLabelTooSmallToReadIsNotDrawn()
    {
        // A timeline scaled far down to fit a figure: a label a few pixels high is a smear, and is left out; the mark
        // is still drawn.
        const TimelineItem item = clusterOpening();
        const auto look = markLook(QFont(QStringLiteral("Noto Sans CJK KR"), 20));
        look->text = Qt::black;
        look->background = Qt::white;
        QGraphicsScene scene;
        auto *mark = new TimelineMarkItem(item, look, Qt::blue);
        scene.addItem(mark);
        const qreal full = look->metrics->horizontalAdvance(item.label);
        mark->place(10, 10, 0, false, full + 10);
        const QRectF source = mark->sceneBoundingRect();
        // Black ink right of the mark (the label; the mark is blue), drawn at a scale giving the label's line
        // @p pixels of height.
        const auto labelInk = [&](qreal pixels) {
            const qreal scale = pixels / look->metrics->height();
            const QImage image = renderedAt(scene, source, scale);
            int ink = 0;
            int blue = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    ink += c.red() < 200 && c.blue() < 200 ? 1 : 0;
                    blue += c.blue() > c.red() + 60 ? 1 : 0;
                }
            }
            return std::make_pair(ink, blue);
        };
        const auto [readable, readableMark] = labelInk(TimelineMarkItem::minimumLabelPixels * 2);
        QVERIFY(readable > 0);
        QVERIFY(readableMark > 0);
        const auto [smear, smallMark] = labelInk(TimelineMarkItem::minimumLabelPixels * 0.8);
        QCOMPARE(smear, 0);
        QVERIFY(smallMark > 0);
    }

    void aMarkTooSmallForItsShapeIsStillDrawnInItsColour_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("precision");
        QTest::newRow("an event known to the day") << int(TimelineItem::Kind::Event) << int(DatePrecision::Day);
        QTest::newRow("an event known to the month") << int(TimelineItem::Kind::Event) << int(DatePrecision::Month);
        QTest::newRow("a plan's period") << int(TimelineItem::Kind::Period) << int(DatePrecision::Year);
        QTest::newRow("a target") << int(TimelineItem::Kind::Target) << int(DatePrecision::Year);
    }

    void aMarkTooSmallForItsShapeIsStillDrawnInItsColour()
    {
        // A national timeline fitted to a slide draws its marks a pixel or so high: each still leaves ink of its colour
        // where it stands, whatever its shape would have been.
        QFETCH(int, kind);
        QFETCH(int, precision);
        TimelineItem item = clusterOpening();
        item.kind = TimelineItem::Kind(kind);
        item.precision = DatePrecision(precision);
        item.last = item.isPoint() ? item.first : item.first.addYears(3);
        const auto look = markLook();
        look->background = Qt::white;
        QGraphicsScene scene;
        auto *mark = new TimelineMarkItem(item, look, Qt::blue, nullptr);
        scene.addItem(mark);
        mark->place(100, item.isPoint() ? 100 : 400, 0, false, 50);
        const QRectF source = scene.itemsBoundingRect();
        for (const qreal pixels :
             {TimelineMarkItem::minimumShapePixels * 3, TimelineMarkItem::minimumShapePixels * 0.6}) {
            const qreal scale = pixels / look->rowHeight;
            const QImage image = renderedAt(scene, source, scale);
            int blue = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    blue += c.blue() > c.red() + 40 ? 1 : 0;
                }
            }
            QVERIFY2(blue > 0, qPrintable(QStringLiteral("nothing drawn at %1 pixels high").arg(pixels)));
        }
    }

    void aLabelIsShortenedToTheRoomItIsGiven()
    {
        const TimelineItem item = clusterOpening();
        const auto look = markLook();
        TimelineMarkItem mark(item, look, Qt::blue);
        const qreal full = look->metrics->horizontalAdvance(item.label);
        QCOMPARE(mark.fullLabelWidth(), full);

        // Room for the whole label: it is drawn whole.
        mark.place(100, 100, 0, false, full + 10);
        QCOMPARE(mark.shownLabel(), item.label);
        QCOMPARE(mark.labelWidth(), full);

        // Less room: the label is shortened to fit it, and takes no more than it.
        for (const qreal room : {full / 2, full / 4}) {
            mark.place(100, 100, 0, true, room);
            const QString shown = mark.shownLabel();
            QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
            QVERIFY(shown.size() < item.label.size());
            QVERIFY(item.label.startsWith(shown.chopped(1)));
            QVERIFY(look->metrics->horizontalAdvance(shown) <= room);
            QCOMPARE(mark.labelWidth(), room);
            // Left of the mark, the label's room ends next to it.
            QVERIFY(mark.boundingRect().left() < 100 - room);
        }

        // Room again: whole again.
        mark.place(100, 100, 0, false, full * 2);
        QCOMPARE(mark.shownLabel(), item.label);
    }

    void labelsMeasuredTogetherHaveTheirOwnWidths()
    {
        // A scene measures its labels word by word, each word once: the widths are those of the whole labels.
        auto look = std::make_shared<TimelineMarkItem::Look>();
        look->font = QFont(QStringLiteral("Noto Sans CJK KR"), 12);
        look->metrics = std::make_shared<const QFontMetricsF>(look->font);
        const QStringList labels = {QStringLiteral("대전 우주산업 클러스터 지정"),
                                    QStringLiteral("대전 양자 클러스터 착공"),
                                    QStringLiteral("Daejeon space industry cluster"),
                                    QStringLiteral("Busan  two spaces, commas; and 2026"),
                                    QStringLiteral("부산 Smart City 2030 (계획)"),
                                    QStringLiteral(" leading and trailing "),
                                    QStringLiteral("AV To Ta Wa yo")};
        QHash<QStringView, qreal> measured;
        QVector<TimelineItem> items(labels.size());
        for (int i = 0; i < labels.size(); ++i) {
            items[i].key = QStringLiteral("ev.%1").arg(i);
            items[i].label = labels.at(i);
            items[i].first = items[i].last = QDate(2026, 1, 1);
        }
        // A plan's period is labelled with its years, two spaces after its title.
        items.last().kind = TimelineItem::Kind::Period;
        items.last().detail = QStringLiteral("2024–2028 (5년)");
        for (const TimelineItem &item : std::as_const(items)) {
            const TimelineMarkItem mark(item, look, Qt::blue, &measured);
            const QString shown = item.detail.isEmpty() ? item.label : item.label + QStringLiteral("  ") + item.detail;
            QCOMPARE(mark.fullLabelWidth(), look->metrics->horizontalAdvance(shown));
        }
        QVERIFY(measured.contains(u"클러스터"));
        QVERIFY(measured.contains(u"(5년)"));
    }

    void aLightLabelIsWrappedAndDrawnAsATextBlockIs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("short") << QStringLiteral("Daejeon");
        QTest::newRow("wrapped") << QStringLiteral("Daejeon Space Industry Cluster Five-Year Plan (Space Vision)");
        QTest::newRow("Korean, wrapped") << QStringLiteral("대전 우주산업 육성 5개년 계획 (우주산업 육성 비전)");
        QTest::newRow("a word wider than the room") << QStringLiteral("Supercalifragilisticexpialidociously long");
        QTest::newRow("two lines") << QStringLiteral("부산\nBusan");
    }

    void aLightLabelIsWrappedAndDrawnAsATextBlockIs()
    {
        // A national timeline's lanes are labelled by light items (FigureText::addLabel); they take the room and
        // draw the words a text block of FigureText::add does.
        QFETCH(QString, text);
        const QFont font(QStringLiteral("Noto Sans CJK KR"), 13, QFont::Bold);
        const qreal width = 150;
        QGraphicsScene blockScene;
        QGraphicsScene labelScene;
        QGraphicsItem *block = FigureText::add(&blockScene, text, font, Qt::black, {0, 0}, width);
        QGraphicsItem *label = FigureText::addLabel(&labelScene, text, font, Qt::black, {0, 0}, width);
        QCOMPARE(label->boundingRect().width(), block->boundingRect().width());
        QVERIFY2(qAbs(label->boundingRect().height() - block->boundingRect().height()) < 1,
                 qPrintable(QStringLiteral("%1 against %2")
                                .arg(label->boundingRect().height())
                                .arg(block->boundingRect().height())));
        QVERIFY(block->boundingRect().height() > QFontMetricsF(font).height() * 0.9);

        const auto drawn = [](QGraphicsScene &scene) {
            QImage image(200, 200, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            scene.render(&painter, QRectF(0, 0, 200, 200), QRectF(0, 0, 200, 200));
            painter.end();
            QRect ink;
            int dark = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (qGray(image.pixel(x, y)) < 128) {
                        ink |= QRect(x, y, 1, 1);
                        ++dark;
                    }
                }
            }
            return std::make_pair(ink, dark);
        };
        const auto [blockInk, blockDark] = drawn(blockScene);
        const auto [labelInk, labelDark] = drawn(labelScene);
        QVERIFY(blockDark > 0);
        for (const int d : {labelInk.left() - blockInk.left(), labelInk.top() - blockInk.top(),
                            labelInk.right() - blockInk.right(), labelInk.bottom() - blockInk.bottom()})
            QVERIFY2(qAbs(d) <= 1, qPrintable(QStringLiteral("ink %1,%2 %3x%4 against %5,%6 %7x%8")
                                                  .arg(labelInk.x())
                                                  .arg(labelInk.y())
                                                  .arg(labelInk.width())
                                                  .arg(labelInk.height())
                                                  .arg(blockInk.x())
                                                  .arg(blockInk.y())
                                                  .arg(blockInk.width())
                                                  .arg(blockInk.height())));
        QVERIFY2(qAbs(labelDark - blockDark) <= blockDark / 20,
                 qPrintable(QStringLiteral("%1 against %2 dark pixels").arg(labelDark).arg(blockDark)));
    }

    void targetsViewSelectsTheClickedTarget()
    {
        TargetsView view(m_dataset);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QWidget *canvas = view.findChild<QWidget *>(QStringLiteral("targetsCanvas"));
        QVERIFY(canvas);
        const QImage image = canvas->grab().toImage();
        QVERIFY(FigureTestSupport::inkShare(image) > 0.01);
        auto figure = view.createFigure();
        auto *targets = dynamic_cast<TargetsFigure *>(figure.get());
        QVERIFY(targets);
        QSignalSpy selected(&view, &TargetsView::entitySelected);
        // The rows as drawn on the canvas: render once at its size to learn them.
        QImage scratch(canvas->size(), QImage::Format_ARGB32);
        QPainter painter(&scratch);
        targets->render(&painter, QRectF(canvas->rect()));
        painter.end();
        const QRectF row = targets->rowRects().last();
        QTest::mouseClick(canvas, Qt::LeftButton, {}, row.center().toPoint());
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().toString(), targets->data().rows.last().targetKey);
    }

private:
    std::shared_ptr<const Dataset> m_dataset;
};

QTEST_MAIN(TestFigureRendering)
#include "TestFigureRendering.moc"
