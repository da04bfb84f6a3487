// The reference of the start-up benchmarks: a bare QMainWindow program, measured by the same
// FirstPaintProbe as InnoAtlas (it prints the time from its start to its first paint and quits).

#include "perf/FirstPaintProbe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    innoatlas::FirstPaintProbe::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}
