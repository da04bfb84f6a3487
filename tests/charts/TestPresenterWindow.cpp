#include "FigureTestSupport.h"

#include "charts/ChartFigure.h"
#include "charts/InvestmentChartBuilder.h"
#include "charts/InvestmentChartCache.h"
#include "dataset/BuiltinDataset.h"
#include "i18n/Translations.h"
#include "presenter/PresenterWindow.h"
#include "presenter/SlideFigures.h"
#include "timeline/TimelineFigure.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace innoatlas;

class TestPresenterWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Dataset dataset;
        QVector<DatasetIssue> issues;
        QVERIFY(BuiltinDataset::read(&dataset, &issues));
        m_dataset = std::make_shared<const Dataset>(dataset);
    }

    void init() { Translations::install(QStringLiteral("en")); }

    void keysMoveThroughTheDeck_data()
    {
        QTest::addColumn<QList<int>>("keys");
        QTest::addColumn<int>("index");
        QTest::newRow("page down") << QList<int>{Qt::Key_PageDown} << 1;
        QTest::newRow("space, right, down, enter")
            << QList<int>{Qt::Key_Space, Qt::Key_Right, Qt::Key_Down, Qt::Key_Return} << 4;
        QTest::newRow("forward and back")
            << QList<int>{Qt::Key_PageDown, Qt::Key_PageDown, Qt::Key_PageUp, Qt::Key_Right, Qt::Key_Left} << 1;
        QTest::newRow("up and backspace") << QList<int>{Qt::Key_End, Qt::Key_Up, Qt::Key_Backspace} << 5;
        QTest::newRow("not before the first") << QList<int>{Qt::Key_PageUp, Qt::Key_Left} << 0;
        QTest::newRow("not after the last") << QList<int>{Qt::Key_End, Qt::Key_PageDown, Qt::Key_Space} << 7;
        QTest::newRow("home") << QList<int>{Qt::Key_PageDown, Qt::Key_PageDown, Qt::Key_Home} << 0;
    }

    void keysMoveThroughTheDeck()
    {
        QFETCH(QList<int>, keys);
        QFETCH(int, index);
        PresenterWindow window(SlideData(m_dataset), PresenterDeck::standard());
        QCOMPARE(window.count(), 8);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const int key : keys)
            QTest::keyClick(&window, Qt::Key(key));
        QCOMPARE(window.currentIndex(), index);
        QVERIFY(window.currentFigure());
    }

    void slidesAreLargeAndHighContrast()
    {
        PresenterWindow window(SlideData(m_dataset), PresenterDeck::standard());
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < window.count(); ++i) {
            const QImage image = window.grab().toImage();
            QCOMPARE(image.pixelColor(3, 3), QColor(Qt::black));
            const double ink = FigureTestSupport::inkShare(image);
            QVERIFY2(ink > 0.01 && ink < 0.8, qPrintable(QStringLiteral("slide %1: %2").arg(i).arg(ink)));
            window.next();
        }
    }

    void languageTogglesOnTheSameSlideWithTheSameScale()
    {
        PresenterWindow window(SlideData(m_dataset), PresenterDeck::standard());
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy changed(&window, &PresenterWindow::languageChanged);
        QCOMPARE(window.language(), Language::English);
        auto *english = dynamic_cast<ChartFigure *>(window.currentFigure());
        QVERIFY(english);
        const ChartSpec englishSpec = english->spec();
        QGraphicsScene englishScene;
        english->layout(&englishScene, QSizeF(1280, 720));
        const QRectF englishPlot = english->plotRect();

        QTest::keyClick(&window, Qt::Key_L);
        QCOMPARE(window.language(), Language::Korean);
        QCOMPARE(Translations::current(), QStringLiteral("ko"));
        QCOMPARE(window.currentIndex(), 0);
        QCOMPARE(changed.size(), 1);
        auto *korean = dynamic_cast<ChartFigure *>(window.currentFigure());
        QVERIFY(korean);
        QCOMPARE(korean->spec().categories.first().label, QStringLiteral("대전"));
        QCOMPARE(englishSpec.categories.first().label, QStringLiteral("Daejeon"));
        // Same numbers, same axis, same plot rectangle: only the words change.
        QCOMPARE(korean->spec().axis.ticks, englishSpec.axis.ticks);
        QCOMPARE(korean->spec().total(), englishSpec.total());
        QGraphicsScene koreanScene;
        korean->layout(&koreanScene, QSizeF(1280, 720));
        QCOMPARE(korean->plotRect(), englishPlot);

        QTest::keyClick(&window, Qt::Key_L);
        QCOMPARE(window.language(), Language::English);
        QCOMPARE(Translations::current(), QStringLiteral("en"));
    }

    void escapeLeavesAndRestoresTheLanguage()
    {
        auto *window = new PresenterWindow(SlideData(m_dataset), PresenterDeck::standard());
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->resize(800, 450);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QPointer<PresenterWindow> guard(window);
        QTest::keyClick(window, Qt::Key_L);
        QCOMPARE(Translations::current(), QStringLiteral("ko"));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull());
        QCOMPARE(Translations::current(), QStringLiteral("en"));
    }

    void eachPartOfTheDataIsReadWhenASlideNeedsIt()
    {
        // At national scale the charts and the timelines' dataset each take a while to read, and the charts' pieces
        // take room: a deck reads neither before a slide needs it, keeps the charts from one chart slide to the next,
        // lets them go at a slide of another view, and reads them again only when a chart slide comes back.
        int chartsRead = 0;
        int timelinesRead = 0;
        std::weak_ptr<InvestmentChartCache> charts;
        SlideData data(
            [&] {
                ++chartsRead;
                auto read = std::make_shared<InvestmentChartCache>(m_dataset);
                charts = read;
                return read;
            },
            [&] {
                ++timelinesRead;
                return m_dataset;
            });
        PresenterWindow window(std::move(data), PresenterDeck::standard());
        const QVector<PresenterSlide> &slides = window.deck().slides;
        QCOMPARE(slides.constFirst().view, PresenterSlide::View::Chart);
        QVERIFY(window.currentFigure());
        QCOMPARE(chartsRead, 1);
        QCOMPARE(timelinesRead, 0);

        const auto *chart = dynamic_cast<const ChartFigure *>(window.currentFigure());
        QVERIFY(chart);
        const ChartSpec expected =
            InvestmentChartBuilder(*m_dataset).build(slides.constFirst().chartRequest(), Language::English);
        QVERIFY(expected.total() > 0);
        QCOMPARE(chart->spec().total(), expected.total());

        for (int i = 1; i < window.count(); ++i) {
            window.next();
            const bool aChart = slides.at(i).view == PresenterSlide::View::Chart;
            QCOMPARE(charts.expired(), !aChart);
            QCOMPARE(chartsRead, 1);
            QCOMPARE(timelinesRead, aChart ? 0 : 1);
        }
        QCOMPARE(slides.constLast().view, PresenterSlide::View::Timeline);
        const auto *timeline = dynamic_cast<const TimelineFigure *>(window.currentFigure());
        QVERIFY(timeline);
        QVERIFY(!timeline->data().items.isEmpty());
        window.setCurrentIndex(0);
        QVERIFY(!charts.expired());
        window.toggleLanguage();
        QCOMPARE(chartsRead, 2);
        QCOMPARE(timelinesRead, 1);
        QCOMPARE(dynamic_cast<const ChartFigure *>(window.currentFigure())->spec().total(), expected.total());
    }

    void aChartSlideSpeaksTheLanguageItIsShownIn()
    {
        // The chart of the other language is made with each slide (so that switching moves nothing); once switched
        // to, the slide's words are those of its language, not of the language it was made beside.
        const InvestmentRequest request = PresenterDeck::standard().slides.constFirst().chartRequest();
        Translations::install(QStringLiteral("ko"));
        const ChartSpec korean = InvestmentChartBuilder(*m_dataset).build(request, Language::Korean);
        Translations::install(QStringLiteral("en"));
        const ChartSpec english = InvestmentChartBuilder(*m_dataset).build(request, Language::English);
        QVERIFY(korean.title != english.title);

        PresenterWindow window(SlideData(m_dataset), PresenterDeck::standard());
        const auto title = [&window] {
            return dynamic_cast<const ChartFigure *>(window.currentFigure())->spec().title;
        };
        QCOMPARE(title(), english.title);
        window.toggleLanguage();
        QCOMPARE(title(), korean.title);
        window.toggleLanguage();
        QCOMPARE(title(), english.title);
    }

    void theSlideAsDrawnFollowsTheSizeAndLanguage()
    {
        // The slide is drawn once and kept; another size, language or slide draws it again, as a new window would.
        const auto drawn = [this](QSize size, bool korean) {
            Translations::install(QStringLiteral("en"));
            PresenterWindow window(SlideData(m_dataset), PresenterDeck::standard());
            window.resize(size);
            if (korean)
                window.toggleLanguage();
            const QImage image = window.grab().toImage();
            Translations::install(QStringLiteral("en"));
            return image;
        };
        const QImage large = drawn(QSize(800, 450), false);
        const QImage small = drawn(QSize(640, 360), false);
        const QImage korean = drawn(QSize(640, 360), true);
        QVERIFY(small != korean);

        PresenterWindow window(SlideData(m_dataset), PresenterDeck::standard());
        window.resize(800, 450);
        QCOMPARE(window.grab().toImage(), large);
        window.resize(640, 360);
        QCOMPARE(window.grab().toImage(), small);
        window.toggleLanguage();
        QCOMPARE(window.grab().toImage(), korean);
        window.next();
        const QImage second = window.grab().toImage();
        QCOMPARE(second.size(), korean.size());
        QVERIFY(second != korean);
    }

    void theNextSlideIsDrawnWhileOneIsShown()
    {
        // Left on a slide, the window draws the next one; moving on shows it as a window drawing it then would, and
        // going back shows the slide left.
        const QImage first = drawnAlone(0, QSize(640, 360), false);
        const QImage second = drawnAlone(1, QSize(640, 360), false);
        QVERIFY(first != second);
        PresenterWindow window(SlideData(m_dataset), PresenterDeck::standard());
        window.resize(640, 360);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isNextSlideReady());
        QTRY_VERIFY(window.isNextSlideReady());
        window.next();
        QCOMPARE(window.currentIndex(), 1);
        QVERIFY(!window.isNextSlideReady());
        QCOMPARE(window.grab().toImage(), second);
        window.previous();
        QVERIFY(window.isNextSlideReady());
        QCOMPARE(window.grab().toImage(), first);
        QVERIFY(window.currentFigure());
    }

    void aSlideDrawnAheadIsShownOnlyAsItWouldBeDrawnNow()
    {
        // Drawn ahead in another language, at another size or for another day, the next slide is drawn again.
        const QImage korean = drawnAlone(1, QSize(640, 360), true);
        const QImage larger = drawnAlone(1, QSize(800, 450), false);
        PresenterWindow window(SlideData(m_dataset), PresenterDeck::standard());
        window.resize(640, 360);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.isNextSlideReady());
        window.toggleLanguage();
        QVERIFY(!window.isNextSlideReady());
        window.next();
        QCOMPARE(window.grab().toImage(), korean);

        window.toggleLanguage();
        window.previous();
        QTRY_VERIFY(window.isNextSlideReady());
        window.resize(800, 450);
        QVERIFY(!window.isNextSlideReady());
        window.next();
        QCOMPARE(window.grab().toImage(), larger);

        window.previous();
        QVERIFY(window.isNextSlideReady());
        window.setToday(QDate(2031, 1, 1));
        QVERIFY(!window.isNextSlideReady());
    }

    void aKeyIsAnsweredWhileTheNextSlideIsDrawn()
    {
        // The next slide, a timeline, is drawn a part at each turn of the event loop: a key pressed meanwhile is
        // answered at the next turn, not once the slide is drawn. Esc leaves, and the drawing stops with the window.
        PresenterWindow window(SlideData(m_dataset), timelineDeck());
        QVERIFY(drawsAheadAfter(window, 1));
        QVERIFY(!window.isNextSlideReady());
        QCoreApplication::postEvent(&window, new QKeyEvent(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier));
        QCoreApplication::processEvents();
        QVERIFY(!window.isVisible());
        QVERIFY(!window.isDrawingAhead());
        QVERIFY(!window.isNextSlideReady());
    }

    void theSlideAskedForWhileItIsDrawnIsDrawnWhole()
    {
        // Asked for half drawn, the slide has the rest drawn and shows as a window drawing it alone shows it; a slide
        // drawn ahead for another language is not shown.
        const QImage second = drawnAlone(1, QSize(640, 360), false, timelineDeck());
        const QImage korean = drawnAlone(1, QSize(640, 360), true, timelineDeck());
        for (const bool switchLanguage : {false, true}) {
            PresenterWindow window(SlideData(m_dataset), timelineDeck());
            QVERIFY(drawsAheadAfter(window, 2));
            if (switchLanguage)
                window.toggleLanguage();
            window.next();
            QVERIFY(!window.isDrawingAhead());
            QCOMPARE(window.grab().toImage(), switchLanguage ? korean : second);
        }
    }

    void aDrawingLetGoIsFollowedByOneAsTheWindowDrawsNow()
    {
        // The language switched as the next slide's figure is being made: that drawing is let go, and the next slide is
        // drawn again, in the language now shown.
        const QImage korean = drawnAlone(1, QSize(640, 360), true, timelineDeck());
        PresenterWindow window(SlideData(m_dataset), timelineDeck());
        QVERIFY(drawsAheadAfter(window, 1));
        window.toggleLanguage();
        QVERIFY(!window.isNextSlideReady());
        QTRY_VERIFY(window.isNextSlideReady());
        window.next();
        QCOMPARE(window.grab().toImage(), korean);
    }

    void timelinesAndTargetsAreMadeOnAnotherThreadAsOnTheWindows()
    {
        // Presenter mode makes a timeline's or the targets' figure on another thread; a chart's is made on the
        // window's. Made there, in either language, a figure draws what the one made here draws.
        SlideFigures::Options options;
        options.look = FigureLook::Presenter;
        options.today = QDate(2026, 11, 22);
        const PresenterDeck deck = PresenterDeck::standard();
        for (const PresenterSlide &slide : deck.slides) {
            SlideData data(m_dataset);
            for (const Language language : {Language::Korean, Language::English}) {
                SlideFigures::Maker make = SlideFigures::maker(slide, data, language, options);
                QCOMPARE(bool(make), slide.view != PresenterSlide::View::Chart);
                if (!make)
                    continue;
                const std::shared_ptr<Figure> there =
                    QtConcurrent::run([&make] { return std::shared_ptr<Figure>(make()); }).result();
                const std::unique_ptr<Figure> here = SlideFigures::create(slide, data, language, options);
                QVERIFY(there && here);
                QCOMPARE(there->title(), here->title());
                QCOMPARE(drawn(*there), drawn(*here));
            }
        }
    }

    void anEmptyDeckSaysSo()
    {
        PresenterWindow window(SlideData(m_dataset), PresenterDeck{QStringLiteral("empty"), {}});
        window.resize(640, 360);
        QTest::keyClick(&window, Qt::Key_PageDown);
        QCOMPARE(window.currentIndex(), 0);
        QVERIFY(!window.currentFigure());
        QVERIFY(FigureTestSupport::inkShare(window.grab().toImage()) > 0.0005);
    }

private:
    /**
     * Shows @p window at 640×360 and turns the event loop a pass at a time (as a window's loop turns between two keys)
     * until it draws its next slide, then @p passes more: whether it is still drawing it (false after five seconds).
     */
    static bool drawsAheadAfter(PresenterWindow &window, int passes)
    {
        window.resize(640, 360);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        QElapsedTimer waited;
        waited.start();
        while (!window.isDrawingAhead() && waited.elapsed() < 5000) {
            QCoreApplication::processEvents();
            QThread::msleep(1);
        }
        for (int pass = 0; pass < passes; ++pass)
            QCoreApplication::processEvents();
        return window.isDrawingAhead();
    }

    /** A deck of the timeline by city, then by plan. */
    static PresenterDeck timelineDeck()
    {
        TimelineRequest byPlan;
        byPlan.lanes = TimelineRequest::Lanes::Plans;
        return PresenterDeck{QStringLiteral("timelines"),
                             {PresenterSlide::timeline({}), PresenterSlide::timeline(byPlan)}};
    }

    /** @p figure drawn whole at 640×360. */
    static QImage drawn(Figure &figure)
    {
        QImage image(640, 360, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::black);
        QPainter painter(&image);
        figure.render(&painter, QRectF(0, 0, 640, 360));
        return image;
    }

    /** Slide @p index of @p deck as a window that has drawn no other shows it. */
    QImage drawnAlone(int index, QSize size, bool korean, const PresenterDeck &deck = PresenterDeck::standard()) const
    {
        PresenterWindow window(SlideData(m_dataset), deck);
        window.resize(size);
        if (korean)
            window.toggleLanguage();
        window.setCurrentIndex(index);
        return window.grab().toImage();
    }

    std::shared_ptr<const Dataset> m_dataset;
};

QTEST_MAIN(TestPresenterWindow)
#include "TestPresenterWindow.moc"
