// The references of the start-up benchmarks, measured by the same FirstPaintProbe as InnoAtlas (each
// prints the time from its start to its first paint and quits):
//   bench-bare-window           a bare QMainWindow, the reference of the targets of issue #7;
//   bench-bare-window --label   the same window showing one line of Korean and English text, the least
//                               a window that shows any text costs (fonts found, shaped and drawn).

#include "perf/FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    if (QApplication::arguments().contains(QStringLiteral("--label")))
        window.setCentralWidget(new QLabel(QStringLiteral("이노아틀라스 InnoAtlas")));
    innoatlas::FirstPaintProbe::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}
