#include "FirstPaintProbe.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QPointer>
#include <QTabWidget>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace innoatlas {

namespace {
qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

/** VmHWM of /proc/self/status: the most memory the process held, in kB. */
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

void FirstPaintProbe::installIfRequested(QWidget *window)
{
    bool ok = false;
    const qint64 spawn = qEnvironmentVariable("INNOATLAS_BENCH_SPAWN_NS").toLongLong(&ok);
    if (ok)
        new FirstPaintProbe(window, spawn);
}

FirstPaintProbe::FirstPaintProbe(QWidget *window, qint64 spawnNs)
    : QObject(window), m_window(window), m_spawnNs(spawnNs)
{
    // The window's own paint event or its first child's, whichever comes first: both mean the
    // window is on the screen.
    qApp->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == m_window) {
        m_painted = true;
        std::printf("first-paint-ms %.3f\n", double(monotonicNs() - m_spawnNs) / 1e6);
        std::fflush(stdout);
        QTimer::singleShot(0, this, &FirstPaintProbe::finish);
    }
    return false;
}

void FirstPaintProbe::visitEveryTab()
{
    // The tabs are timed on a window at rest: the reads it starts after its first paint (the status bar's counts, the
    // integrity check, the timeline's data read ahead) run on a pool of their own, which is waited for first, once
    // the window has started them. How long they took is printed as "background-reads-ms N".
    QApplication::processEvents();
    if (auto *reads = qApp->findChild<QThreadPool *>(QStringLiteral("backgroundReads"))) {
        QElapsedTimer waited;
        waited.start();
        reads->waitForDone();
        QApplication::processEvents();
        std::printf("background-reads-ms %.1f\n", waited.nsecsElapsed() / 1e6);
    }
    for (QTabWidget *tabs : m_window->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            QElapsedTimer shown;
            shown.start();
            tabs->setCurrentIndex(i);
            m_window->repaint();
            QApplication::processEvents();
            std::printf("tab-shown-ms %s %.1f\n", qPrintable(tabs->widget(i)->objectName()),
                        shown.nsecsElapsed() / 1e6);
        }
    }
}

void FirstPaintProbe::present()
{
    // Presenter mode as F5 starts it, on the window whose tabs were visited: "presenter-ms start N" to its first slide
    // drawn, then for each further slide: as a presenter pauses on a slide, the window draws the next one ahead
    // ("presenter-ms ahead I N", to its nextSlideReady; "presenter-ms held I N", the longest turn of the event loop
    // meanwhile), then "presenter-ms slide I N" to that slide shown.
    auto *start = m_window->findChild<QAction *>(QStringLiteral("presentAction"));
    if (!start)
        return;
    QElapsedTimer shown;
    shown.start();
    start->trigger();
    QWidget *presenter = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("presenterWindow") && widget->isVisible())
            presenter = widget;
    }
    if (!presenter)
        return;
    presenter->repaint();
    QApplication::processEvents();
    std::printf("presenter-ms start %.1f\n", shown.nsecsElapsed() / 1e6);
    const int count = presenter->property("slideCount").toInt();
    for (int i = 1; i < count; ++i) {
        QElapsedTimer ahead;
        ahead.start();
        qint64 heldNs = 0; // the longest turn of the event loop meanwhile: how long a key would wait
        while (!presenter->property("nextSlideReady").toBool() && ahead.elapsed() < 60000) {
            QElapsedTimer turn;
            turn.start();
            QApplication::processEvents();
            heldNs = std::max(heldNs, turn.nsecsElapsed());
            QThread::msleep(1);
        }
        std::printf("presenter-ms ahead %d %.1f\n", i + 1, ahead.nsecsElapsed() / 1e6);
        std::printf("presenter-ms held %d %.1f\n", i + 1, heldNs / 1e6);
        shown.restart();
        QMetaObject::invokeMethod(presenter, "next");
        presenter->repaint();
        QApplication::processEvents();
        std::printf("presenter-ms slide %d %.1f\n", i + 1, shown.nsecsElapsed() / 1e6);
    }
    // Closed as the user closes it, then the event loop runs before the next view: the window is deleted.
    QPointer<QWidget> closed(presenter);
    presenter->close();
    for (int pass = 0; closed && pass < 100; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QApplication::processEvents();
    }
}

void FirstPaintProbe::review()
{
    // The translation workspace as its action opens it, at the entry the window shows: "workspace-ms N" to its rows
    // read (on another thread) and drawn.
    auto *open = m_window->findChild<QAction *>(QStringLiteral("actionTranslationWorkspace"));
    if (!open)
        return;
    QElapsedTimer shown;
    shown.start();
    open->trigger();
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("translationWorkspace") && widget->isVisible()) {
            // Its "reading" property: the probe is built into the bare window too, which has no workspace.
            while (widget->property("reading").toBool()) {
                QApplication::processEvents();
                QThread::msleep(1);
            }
            widget->repaint();
            QApplication::processEvents();
            std::printf("workspace-ms %.1f\n", shown.nsecsElapsed() / 1e6);
            widget->close();
        }
    }
    QApplication::processEvents();
}

void FirstPaintProbe::switchLanguages()
{
    // The interface language switched on each tab of the window, as a translator compares the two: to the other
    // language and back, each from the action to the window drawn ("language-switch-ms TAB N", the worst of the two).
    auto *korean = m_window->findChild<QAction *>(QStringLiteral("actionInterfaceKorean"));
    auto *english = m_window->findChild<QAction *>(QStringLiteral("actionInterfaceEnglish"));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    if (!korean || !english || !tabs)
        return;
    QAction *back = korean->isChecked() ? korean : english;
    QAction *other = back == korean ? english : korean;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        m_window->repaint();
        QApplication::processEvents();
        double worst = 0;
        for (QAction *action : {other, back}) {
            QElapsedTimer switched;
            switched.start();
            action->trigger();
            m_window->repaint();
            QApplication::processEvents();
            worst = std::max(worst, switched.nsecsElapsed() / 1e6);
        }
        std::printf("language-switch-ms %s %.1f\n", qPrintable(tabs->widget(i)->objectName()), worst);
    }
}

void FirstPaintProbe::finish()
{
    qApp->removeEventFilter(this);
    if (qEnvironmentVariable("INNOATLAS_BENCH_VISIT") == QLatin1String("1")) {
        visitEveryTab();
        std::printf("tabs-peak-rss-kb %lld\n", peakRssKb());
        present();
        std::printf("presented-peak-rss-kb %lld\n", peakRssKb());
        review();
        std::printf("reviewed-peak-rss-kb %lld\n", peakRssKb());
        switchLanguages();
    }
    std::printf("peak-rss-kb %lld\n", peakRssKb());
    std::fflush(stdout);
    QApplication::quit();
}

} // namespace innoatlas
