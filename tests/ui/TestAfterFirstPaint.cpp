// Work on other threads waits until the window is on the screen, so that on a two-core machine it
// does not slow the window's first layout and paint; once the window is up, it starts at once.

#include "common/AfterFirstPaint.h"

#include <QLabel>
#include <QMainWindow>
#include <QPointer>
#include <QTest>

using namespace innoatlas;

class TestAfterFirstPaint : public QObject
{
    Q_OBJECT

private slots:
    void waitsForTheWindowsFirstPaint()
    {
        QMainWindow window;
        window.setCentralWidget(new QLabel(QStringLiteral("대전 · Daejeon")));
        bool painted = false;
        bool ran = false;
        bool paintedWhenRan = false;
        struct PaintSpy : QObject
        {
            bool *painted;
            explicit PaintSpy(bool *p) : painted(p) {}
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::Paint)
                    *painted = true;
                return false;
            }
        } spy(&painted);
        window.centralWidget()->installEventFilter(&spy);
        AfterFirstPaint::run(&window, &window, [&] {
            ran = true;
            paintedWhenRan = painted;
        });
        QTest::qWait(100);
        QVERIFY(!ran);
        window.show();
        QTRY_VERIFY(ran);
        QVERIFY(paintedWhenRan);
    }

    void runsAtOnceForAWindowAlreadyShown()
    {
        QMainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int runs = 0;
        AfterFirstPaint::run(&window, &window, [&] { ++runs; });
        QTRY_COMPARE(runs, 1);
        QTest::qWait(50);
        window.update();
        QTest::qWait(50);
        QCOMPARE(runs, 1);
    }

    void nothingRunsWhenItsContextIsGone()
    {
        QMainWindow window;
        auto *context = new QObject;
        bool ran = false;
        AfterFirstPaint::run(&window, context, [&] { ran = true; });
        delete context;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(100);
        QVERIFY(!ran);
    }
};

QTEST_MAIN(TestAfterFirstPaint)
#include "TestAfterFirstPaint.moc"
