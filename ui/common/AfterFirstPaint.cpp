#include "common/AfterFirstPaint.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace innoatlas {

void AfterFirstPaint::run(QWidget *window, QObject *context, std::function<void()> work)
{
    if (window->isVisible()) {
        QTimer::singleShot(0, context, std::move(work));
        return;
    }
    new AfterFirstPaint(window, context, std::move(work));
}

AfterFirstPaint::AfterFirstPaint(QWidget *window, QObject *context, std::function<void()> work)
    : QObject(context), m_window(window), m_work(std::move(work))
{
    // The paint event of the window or of any widget in it, whichever comes first.
    qApp->installEventFilter(this);
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_started && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == m_window) {
        m_started = true;
        qApp->removeEventFilter(this);
        // After the paint has been flushed to the screen, not inside it.
        QTimer::singleShot(0, this, &AfterFirstPaint::start);
    }
    return false;
}

void AfterFirstPaint::start()
{
    m_work();
    deleteLater();
}

} // namespace innoatlas
