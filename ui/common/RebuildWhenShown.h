#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace innoatlas {

/**
 * A view's contents made again for the interface language when they can be seen: at once when the view is shown,
 * else on its next show. A language switch at national scale rebuilt every chart and timeline of the window, shown
 * or not: 0.1-0.2 s each, and with the timeline's 52,000 marks made again, 35 MB more memory.
 */
class RebuildWhenShown : public QObject
{
public:
    /** Watches @p view (its parent) and calls @p rebuild to make its contents again. */
    RebuildWhenShown(QWidget *view, std::function<void()> rebuild);

    /** The interface language changed: rebuilds now when the view is visible, else on its next show. */
    void languageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_rebuild;
    bool m_outOfDate = false;
};

} // namespace innoatlas
