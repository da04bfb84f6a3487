#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace innoatlas {

/**
 * Runs work once a window has painted for the first time, or at once (from the event loop) when
 * it is already on the screen. For work on other threads that would otherwise share the machine's
 * cores with the window's first layout and paint: reading a national database's statistics, its
 * integrity check.
 */
class AfterFirstPaint : public QObject
{
public:
    /** Calls @p work after @p window's first paint; nothing when @p context is destroyed first. */
    static void run(QWidget *window, QObject *context, std::function<void()> work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstPaint(QWidget *window, QObject *context, std::function<void()> work);
    void start();

    QWidget *m_window;
    std::function<void()> m_work;
    bool m_started = false;
};

} // namespace innoatlas
