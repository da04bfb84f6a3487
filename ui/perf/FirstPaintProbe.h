#pragma once

#include <QObject>

class QWidget;

namespace innoatlas {

/**
 * Measures a program's start for the benchmarks (tests/bench): when INNOATLAS_BENCH_SPAWN_NS holds
 * the CLOCK_MONOTONIC time at which the program was started, the first paint event of the window
 * prints "first-paint-ms N". With INNOATLAS_BENCH_VISIT=1 it then waits for the reads the window
 * starts after its first paint (the thread pool named "backgroundReads"; "background-reads-ms N")
 * and shows every tab of the window once, printing "tab-shown-ms NAME N" for each: from the tab
 * chosen to the window painted with it and every event that brought handled (NAME is the page's
 * object name), then "tabs-peak-rss-kb N". It then starts presenter mode as F5 does
 * ("presenter-ms start N", to its first slide drawn) and shows each further slide
 * ("presenter-ms slide I N"), then "presented-peak-rss-kb N". It then opens the translation
 * workspace through its action ("workspace-ms N", to it drawn) and closes it. Finally it prints
 * "peak-rss-kb N" and quits. Without the variable it does nothing.
 *
 * Depends on QtWidgets only, so that a bare QMainWindow program is measured the same way.
 */
class FirstPaintProbe : public QObject
{
public:
    /** Watches @p window when the benchmark variable is set. */
    static void installIfRequested(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaintProbe(QWidget *window, qint64 spawnNs);
    void finish();
    void visitEveryTab();
    void present();
    void review();
    void switchLanguages();

    QWidget *m_window;
    qint64 m_spawnNs;
    bool m_painted = false;
};

} // namespace innoatlas
